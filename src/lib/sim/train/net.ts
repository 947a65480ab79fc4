// A trainable network: the lab's rnn, lstm or gru (the same cells, gate layout and parameter
// builders as the simulator, so training starts from the exact network on screen) with a
// linear readout y = v^T h_T + c, and the mean squared error over a batch. Backpropagation
// through time in plain doubles: training keeps its gradients in range by clipping, and a
// vanished gradient is just small here, not lost (the figures' exact log-space engine is
// sim/rnn.ts, lstm.ts, gru.ts). Every parameter lives in one Float64Array, so the optimiser
// and the clipping see one vector.
import { ger, matVec } from '../linalg';
import { buildParams } from '../params';
import { normals } from '../random';
import { GATES, type Arch, type Spec } from '../spec';
import type { Sequence } from './tasks';

export interface Net {
  arch: Arch;
  activation: 'tanh' | 'linear' | 'relu';
  n: number;
  m: number;
  /** every parameter: W (G n x n), U (G n x m), b (G n), v (n), c (1) */
  theta: Float64Array;
  W: Float64Array;
  U: Float64Array;
  b: Float64Array;
  v: Float64Array;
  c: Float64Array;
}

/** Views of W, U, b, v, c in one vector of parameters (or of their gradients). */
export function layout(arch: Arch, n: number, m: number, theta: Float64Array): Pick<Net, 'W' | 'U' | 'b' | 'v' | 'c'> {
  const G = GATES[arch] * n;
  let off = 0;
  const take = (len: number) => theta.subarray(off, (off += len));
  return { W: take(G * n), U: take(G * m), b: take(G), v: take(n), c: take(1) };
}

export function parameterCount(arch: Arch, n: number, m: number): number {
  const G = GATES[arch] * n;
  return G * n + G * m + G + n + 1;
}

/** The network a simulation spec builds (W, U, b with the forget or update bias), readout v ~ N(0, 1/n), c = 0. */
export function netFromSpec(spec: Spec): Net {
  if (spec.activation === 'custom') throw new Error('activation: training supports tanh, linear and relu');
  const p = buildParams(spec);
  const { arch, hidden: n, inputSize: m } = spec;
  const theta = new Float64Array(parameterCount(arch, n, m));
  const net: Net = { arch, activation: spec.activation, n, m, theta, ...layout(arch, n, m, theta) };
  net.W.set(p.W);
  net.U.set(p.U);
  net.b.set(p.b);
  net.v.set(normals(spec.seed, 'train-readout', n, 1 / Math.sqrt(n)));
  return net;
}

const sigmoid = (a: number) => 1 / (1 + Math.exp(-a));

/** out += A^T d (A rows x cols, d of rows). */
function matTVecAdd(A: Float64Array, rows: number, cols: number, d: Float64Array, out: Float64Array): void {
  for (let i = 0; i < rows; i++) {
    const di = d[i];
    if (di === 0) continue;
    const r = i * cols;
    for (let j = 0; j < cols; j++) out[j] += A[r + j] * di;
  }
}
/** Scratch for one sequence of up to `length` steps: states and gates kept for the backward pass. */
interface Tape {
  /** h_0..h_L */
  H: Float64Array;
  /** rnn: pre-activations; lstm: i, f, g, o and c, tanh(c) per step; gru: r, z, n, W_n h per step */
  S: Float64Array;
  C: Float64Array;
}

function tape(net: Net, length: number): Tape {
  const { n } = net;
  const G = GATES[net.arch];
  return {
    H: new Float64Array((length + 1) * n),
    S: new Float64Array(length * (G + 1) * n),
    C: new Float64Array((length + 1) * n * 2)
  };
}

/** Runs one sequence; returns y = v^T h_L + c. The tape keeps what the backward pass reads. */
function forward(net: Net, seq: Sequence, tp: Tape, a: Float64Array): number {
  const { n, m, W, U, b, arch } = net;
  const G = GATES[arch] * n;
  const L = seq.length;
  const { H, S, C } = tp;
  H.fill(0, 0, n);
  C.fill(0, 0, 2 * n);
  const ux = new Float64Array(G);
  for (let t = 1; t <= L; t++) {
    const hp = (t - 1) * n;
    matVec(W, G, n, H, hp, a);
    matVec(U, G, m, seq.x, (t - 1) * m, ux);
    const h = t * n;
    if (arch === 'rnn') {
      const s = (t - 1) * 2 * n;
      for (let i = 0; i < n; i++) {
        const z = a[i] + ux[i] + b[i];
        S[s + i] = z;
        H[h + i] = net.activation === 'tanh' ? Math.tanh(z) : net.activation === 'relu' ? Math.max(0, z) : z;
      }
    } else if (arch === 'lstm') {
      const s = (t - 1) * 5 * n;
      for (let i = 0; i < n; i++) {
        const ig = sigmoid(a[i] + ux[i] + b[i]);
        const fg = sigmoid(a[n + i] + ux[n + i] + b[n + i]);
        const gg = Math.tanh(a[2 * n + i] + ux[2 * n + i] + b[2 * n + i]);
        const og = sigmoid(a[3 * n + i] + ux[3 * n + i] + b[3 * n + i]);
        const c = fg * C[(t - 1) * 2 * n + i] + ig * gg;
        const tc = Math.tanh(c);
        S[s + i] = ig;
        S[s + n + i] = fg;
        S[s + 2 * n + i] = gg;
        S[s + 3 * n + i] = og;
        C[t * 2 * n + i] = c;
        C[t * 2 * n + n + i] = tc;
        H[h + i] = og * tc;
      }
    } else {
      // the lab's gru: n_t = tanh(U_n x + b_n + r * (W_n h)); h_t = (1 - z) n_t + z h_{t-1}
      const s = (t - 1) * 4 * n;
      for (let i = 0; i < n; i++) {
        const r = sigmoid(a[i] + ux[i] + b[i]);
        const z = sigmoid(a[n + i] + ux[n + i] + b[n + i]);
        const wn = a[2 * n + i];
        const nn = Math.tanh(ux[2 * n + i] + b[2 * n + i] + r * wn);
        S[s + i] = r;
        S[s + n + i] = z;
        S[s + 2 * n + i] = nn;
        S[s + 3 * n + i] = wn;
        H[h + i] = (1 - z) * nn + z * H[hp + i];
      }
    }
  }
  let y = net.c[0];
  for (let i = 0; i < n; i++) y += net.v[i] * H[L * n + i];
  return y;
}

/**
 * Adds dy * d y / d theta to `grad` (laid out as theta) by backpropagation through time. With
 * `hNorms`, also writes log10 ||dL/dh_{L-k}|| at index k (k = 0..L), for the gradient-flow figure.
 */
function backward(net: Net, seq: Sequence, tp: Tape, dy: number, grad: Float64Array, hNorms?: Float64Array): void {
  const { n, m, W, arch } = net;
  const G = GATES[arch] * n;
  const L = seq.length;
  const { H, S, C } = tp;
  const g = layout(arch, n, m, grad);
  g.c[0] += dy;
  const dh = new Float64Array(n);
  const dc = new Float64Array(n);
  const da = new Float64Array(G);
  const dW = new Float64Array(G); // what W^T multiplies (the gru's candidate block carries r)
  for (let i = 0; i < n; i++) {
    g.v[i] += dy * H[L * n + i];
    dh[i] = dy * net.v[i];
  }
  for (let t = L; t >= 1; t--) {
    if (hNorms) hNorms[L - t] = 0.5 * Math.log10(dh.reduce((acc, d) => acc + d * d, 0));
    const hp = (t - 1) * n;
    if (arch === 'rnn') {
      const s = (t - 1) * 2 * n;
      for (let i = 0; i < n; i++) {
        const z = S[s + i];
        const d = net.activation === 'tanh' ? 1 - H[t * n + i] ** 2 : net.activation === 'relu' ? (z > 0 ? 1 : 0) : 1;
        da[i] = dW[i] = dh[i] * d;
      }
    } else if (arch === 'lstm') {
      const s = (t - 1) * 5 * n;
      for (let i = 0; i < n; i++) {
        const [ig, fg, gg, og] = [S[s + i], S[s + n + i], S[s + 2 * n + i], S[s + 3 * n + i]];
        const tc = C[t * 2 * n + n + i];
        const dct = dc[i] + dh[i] * og * (1 - tc * tc);
        da[i] = dct * gg * ig * (1 - ig);
        da[n + i] = dct * C[(t - 1) * 2 * n + i] * fg * (1 - fg);
        da[2 * n + i] = dct * ig * (1 - gg * gg);
        da[3 * n + i] = dh[i] * tc * og * (1 - og);
        dc[i] = dct * fg;
      }
      dW.set(da);
    } else {
      const s = (t - 1) * 4 * n;
      for (let i = 0; i < n; i++) {
        const [r, z, nn, wn] = [S[s + i], S[s + n + i], S[s + 2 * n + i], S[s + 3 * n + i]];
        const dan = dh[i] * (1 - z) * (1 - nn * nn);
        da[i] = dW[i] = dan * wn * r * (1 - r);
        da[n + i] = dW[n + i] = dh[i] * (H[hp + i] - nn) * z * (1 - z);
        da[2 * n + i] = dan;
        dW[2 * n + i] = dan * r;
        dh[i] *= z; // the direct path h_{t-1} -> h_t; the matrix paths are added below
      }
    }
    ger(g.W, G, n, dW, H, 1, hp);
    ger(g.U, G, m, da, seq.x, 1, (t - 1) * m);
    for (let i = 0; i < G; i++) g.b[i] += da[i];
    if (arch !== 'gru') dh.fill(0);
    matTVecAdd(W, G, n, dW, dh);
  }
  if (hNorms) hNorms[L] = 0.5 * Math.log10(dh.reduce((acc, d) => acc + d * d, 0));
}

/** The network's output for one sequence. */
export function predict(net: Net, seq: Sequence): number {
  return forward(net, seq, tape(net, seq.length), new Float64Array(GATES[net.arch] * net.n));
}

/**
 * Mean squared error over a batch and its gradient (written into `grad`, laid out as theta).
 * With `hNorms`, the gradient flow of the batch's first sequence (log10 ||dL/dh_{L-k}||).
 */
export function lossAndGradient(net: Net, batch: Sequence[], grad: Float64Array, hNorms?: Float64Array): number {
  grad.fill(0);
  const longest = Math.max(...batch.map((s) => s.length));
  const tp = tape(net, longest);
  const a = new Float64Array(GATES[net.arch] * net.n);
  let loss = 0;
  batch.forEach((seq, k) => {
    const y = forward(net, seq, tp, a);
    const e = y - seq.target;
    loss += e * e;
    backward(net, seq, tp, (2 * e) / batch.length, grad, k === 0 ? hNorms : undefined);
  });
  return loss / batch.length;
}
