// The readable reference: the same model and the same BPTT, written directly in mathjs
// with plain doubles (no log scaling, textbook derivative formulas). It is 10-65x slower
// than the kernels and under- or overflows past ~10^+-300, so it is for tests and the
// benchmark only: the fast kernels must agree with it wherever it is valid, and its
// perturbable forward pass is what the finite-difference checks differentiate.
import { dotMultiply, multiply, transpose, add } from 'mathjs';
import type { Gradients } from './gradients';
import { GATES } from './spec';
import type { Params } from './params';

type Vec = number[];
type Mat = number[][];

const sigmoid = (v: Vec): Vec => v.map((a) => 1 / (1 + Math.exp(-a)));
const tanh = (v: Vec): Vec => v.map(Math.tanh);
const oneMinus = (v: Vec): Vec => v.map((a) => 1 - a);
const mul = (...vs: Vec[]): Vec => vs.reduce((acc, v) => dotMultiply(acc, v) as Vec);
const plus = (...vs: Vec[]): Vec => vs.reduce((acc, v) => add(acc, v) as Vec);
const mv = (A: Mat, v: Vec): Vec => multiply(A, v) as Vec;
const mtv = (A: Mat, v: Vec): Vec => multiply(transpose(A), v) as Vec;
const log10Norm = (v: Vec): number => Math.log10(Math.hypot(...v));

function matrix(a: Float64Array, rows: number, cols: number): Mat {
  return Array.from({ length: rows }, (_, i) => Array.from(a.subarray(i * cols, (i + 1) * cols)));
}

/** Gate block k (rows k*n..(k+1)*n) of a stacked matrix or vector. */
const block = <T>(a: T[], k: number, n: number): T[] => a.slice(k * n, (k + 1) * n);

function phi(act: Params['activation'], p?: Params): { f: (v: Vec) => Vec; df: (v: Vec) => Vec } {
  if (act === 'custom') return { f: (v) => v.map(p!.custom!.phi), df: (v) => v.map(p!.custom!.dphi) };
  if (act === 'tanh') return { f: tanh, df: (v) => oneMinus(mul(tanh(v), tanh(v))) };
  if (act === 'relu') return { f: (v) => v.map((a) => Math.max(0, a)), df: (v) => v.map((a) => (a > 0 ? 1 : 0)) };
  return { f: (v) => v, df: (v) => v.map(() => 1) };
}

/** Add delta to component i of a state: which state, at which step. */
export interface Perturbation {
  kind: 'h' | 'c' | 'x';
  t: number;
  i: number;
  delta: number;
}

interface Trace {
  /** h_0..h_T, c_0..c_T (lstm), pre-activations per step (index t - 1), W_n h_{t-1} (gru) */
  h: Vec[];
  c: Vec[];
  pre: Vec[];
  wn: Vec[];
  loss: number;
}

function forward(p: Params, perturb?: Perturbation): Trace {
  const { n, m, T } = p;
  const G = GATES[p.arch];
  const W = matrix(p.W, G * n, n);
  const U = matrix(p.U, G * n, m);
  const b = Array.from(p.b);
  const bump = (kind: Perturbation['kind'], t: number, v: Vec): Vec =>
    perturb && perturb.kind === kind && perturb.t === t
      ? v.map((a, i) => (i === perturb.i ? a + perturb.delta : a))
      : v;
  const tr: Trace = {
    h: [bump('h', 0, Array.from(p.h0))],
    c: [bump('c', 0, Array.from(p.c0))],
    pre: [],
    wn: [],
    loss: 0
  };
  for (let t = 1; t <= T; t++) {
    const x = bump('x', t, Array.from(p.x.subarray((t - 1) * m, t * m)));
    const hPrev = tr.h[t - 1];
    const wh = mv(W, hPrev);
    const ux = mv(U, x);
    const a = plus(wh, ux, b);
    let h: Vec;
    if (p.arch === 'rnn') {
      h = phi(p.activation, p).f(a);
    } else if (p.arch === 'residual') {
      h = plus(hPrev, phi(p.activation, p).f(a)); // the identity path beside phi
    } else if (p.arch === 'lstm') {
      const [i, f, g, o] = [
        sigmoid(block(a, 0, n)),
        sigmoid(block(a, 1, n)),
        tanh(block(a, 2, n)),
        sigmoid(block(a, 3, n))
      ];
      const c = bump('c', t, plus(mul(f, tr.c[t - 1]), mul(i, g)));
      tr.c.push(c);
      h = mul(o, tanh(c));
    } else {
      const r = sigmoid(block(a, 0, n));
      const z = sigmoid(block(a, 1, n));
      const wn = block(wh, 2, n);
      const an = plus(block(ux, 2, n), block(b, 2, n), mul(r, wn)); // r gates W_n h only
      a.splice(2 * n, n, ...an);
      tr.wn.push(wn);
      h = plus(mul(oneMinus(z), tanh(an)), mul(z, hPrev));
    }
    tr.pre.push(a);
    tr.h.push(bump('h', t, h));
  }
  tr.loss = multiply(Array.from(p.r), tr.h[T]) as unknown as number;
  return tr;
}

/** h_0..h_T with an optional perturbation: what the connectivity checks differentiate. */
export function referenceStates(p: Params, perturb?: Perturbation): number[][] {
  return forward(p, perturb).h;
}

/** L = r^T h_T, with an optional perturbation: what finite differences differentiate. */
export function referenceLoss(p: Params, perturb?: Perturbation): number {
  return forward(p, perturb).loss;
}

/** BPTT in plain doubles; returns the same fields as the fast kernels (per-unit included). */
export function referenceGradients(p: Params): Gradients {
  const { n, T } = p;
  const tr = forward(p);
  const W = matrix(p.W, GATES[p.arch] * n, n);
  const U = matrix(p.U, GATES[p.arch] * n, p.m);
  const gh: Vec[] = [];
  const gc: Vec[] = [];
  const gx: Vec[] = [];
  const path: Vec[] = [];
  gh[T] = Array.from(p.r);
  if (p.arch === 'lstm') {
    gc[T] = mul(gh[T], sigmoid(block(tr.pre[T - 1], 3, n)), oneMinus(mul(tanh(tr.c[T]), tanh(tr.c[T]))));
    path[T] = gc[T];
  }
  if (p.arch === 'gru') path[T] = gh[T];
  for (let t = T; t >= 1; t--) {
    const a = tr.pre[t - 1];
    let da: Vec;
    let back: Vec = [];
    if (p.arch === 'rnn' || p.arch === 'residual') {
      da = mul(gh[t], phi(p.activation, p).df(a));
      // residual: dh_t/dh_{t-1} = I + diag(phi'(a_t)) W, so dL/dh_{t-1} = dL/dh_t + W^T da
      if (p.arch === 'residual') back = plus(gh[t], mtv(W, da));
    } else if (p.arch === 'lstm') {
      const [i, f, g, o] = [
        sigmoid(block(a, 0, n)),
        sigmoid(block(a, 1, n)),
        tanh(block(a, 2, n)),
        sigmoid(block(a, 3, n))
      ];
      const dsig = (s: Vec) => mul(s, oneMinus(s));
      da = [
        ...mul(gc[t], g, dsig(i)),
        ...mul(gc[t], tr.c[t - 1], dsig(f)),
        ...mul(gc[t], i, oneMinus(mul(g, g))),
        ...mul(gh[t], tanh(tr.c[t]), dsig(o))
      ];
      path[t - 1] = mul(path[t], f);
    } else {
      const r = sigmoid(block(a, 0, n));
      const z = sigmoid(block(a, 1, n));
      const nt = tanh(block(a, 2, n));
      const dn = mul(gh[t], oneMinus(z), oneMinus(mul(nt, nt)));
      const dr = mul(dn, tr.wn[t - 1], r, oneMinus(r));
      const dz = mul(
        gh[t],
        plus(
          tr.h[t - 1],
          nt.map((v) => -v)
        ),
        z,
        oneMinus(z)
      );
      da = [...dr, ...dz, ...dn];
      back = plus(mul(z, gh[t]), mtv(W, [...dr, ...dz, ...mul(r, dn)]));
      path[t - 1] = mul(path[t], z);
    }
    gx[t - 1] = mtv(U, da);
    gh[t - 1] = p.arch === 'gru' || p.arch === 'residual' ? back : mtv(W, da);
    if (p.arch === 'lstm') {
      const f = sigmoid(block(a, 1, n));
      gc[t - 1] =
        t > 1
          ? plus(
              mul(f, gc[t]),
              mul(gh[t - 1], sigmoid(block(tr.pre[t - 2], 3, n)), oneMinus(mul(tanh(tr.c[t - 1]), tanh(tr.c[t - 1]))))
            )
          : mul(f, gc[t]);
    }
  }
  const logs = (vs: Vec[]) => Float64Array.from(vs, log10Norm);
  const perUnit = (vs: Vec[]) => vs.map((v) => Float64Array.from(v, (a) => Math.log10(Math.abs(a))));
  return {
    hGradLog10: logs(gh),
    xGradLog10: logs(gx),
    ...(p.arch === 'lstm' ? { cGradLog10: logs(gc), cellPathLog10: logs(path) } : {}),
    ...(p.arch === 'gru' ? { updatePathLog10: logs(path) } : {}),
    perUnit: { h: perUnit(gh), ...(p.arch === 'lstm' ? { c: perUnit(gc) } : {}) }
  };
}
