// An independent attention layer for the tests: the equations of issue 18 written out as they read
// (q, k_s, v_s per position, Math.exp, Math.sin / Math.cos positions), none of the kernel's folding.
export interface RefWeights {
  n: number;
  m: number;
  H: number;
  positionScale: number;
  U: number[][];
  b: number[];
  Wq: number[][];
  Wk: number[][];
  Wv: number[][];
  Wo: number[][];
}

export function refPositions(n: number, t: number): number[] {
  return Array.from({ length: n }, (_, k) => {
    const i = Math.floor(k / 2);
    const a = t / 10000 ** ((2 * i) / n);
    return k % 2 === 0 ? Math.sin(a) : Math.cos(a);
  });
}

export const refEmbed = (w: RefWeights, x: number[][]): number[][] =>
  x.map((xt, t) => {
    const p = refPositions(w.n, t + 1);
    return w.U.map((row, i) => row.reduce((s, u, k) => s + u * xt[k], w.b[i] + w.positionScale * p[i]));
  });

const mv = (A: number[][], v: number[], rows: number[]) => rows.map((r) => A[r].reduce((s, a, c) => s + a * v[c], 0));

/** h_T of embeddings e (the last position attends to all), and the weights per head. */
export function refLayer(w: RefWeights, e: number[][]): { h: number[]; alpha: number[][] } {
  const { n, H } = w;
  const d = n / H;
  const T = e.length;
  const heads: number[] = [];
  const alpha: number[][] = [];
  for (let j = 0; j < H; j++) {
    const rows = Array.from({ length: d }, (_, a) => j * d + a);
    const q = mv(w.Wq, e[T - 1], rows);
    const z = e.map((es) => mv(w.Wk, es, rows).reduce((s, k, a) => s + k * q[a], 0) / Math.sqrt(d));
    const max = Math.max(...z);
    const ex = z.map((v) => Math.exp(v - max));
    const sum = ex.reduce((s, v) => s + v, 0);
    const al = ex.map((v) => v / sum);
    alpha.push(al);
    const head = new Array(d).fill(0);
    e.forEach((es, s) => mv(w.Wv, es, rows).forEach((v, a) => (head[a] += al[s] * v)));
    heads.push(...head);
  }
  const all = Array.from({ length: n }, (_, i) => i);
  const out = mv(w.Wo, heads, all);
  return { h: e[T - 1].map((v, i) => v + out[i]), alpha };
}

export const refLoss = (w: RefWeights, x: number[][], r: number[]): number =>
  refLayer(w, refEmbed(w, x)).h.reduce((s, v, i) => s + v * r[i], 0);
