// Recurrent matrices built to a spectrum (orthogonal, gaussian, or given eigenvalues),
// and the spectrum of the matrix actually used. Every matrix is n x n, row-major.
//
// A base matrix depends only on (init, seed, n, block) or on the requested eigenvalues,
// never on the radius: W = radius * base exactly, so its eigenvalues are radius times
// the base's and its spectral norm is radius times the base's. Bases and their spectra
// are cached, so dragging the radius costs one scaling, not a decomposition (ml-matrix's
// eig takes ~20-50 ms at n = 32 and ~600 ms at n = 256, measured here).
import { pow } from './det-math';
import { EigenvalueDecomposition, Matrix, QrDecomposition, SingularValueDecomposition } from 'ml-matrix';
import { normals } from './random';
import { conjugateBlocks } from './spec';

export interface Spectrum {
  /** Eigenvalues as [re, im] pairs, largest modulus first. */
  eigenvalues: [number, number][];
  spectralRadius: number;
  spectralNorm: number;
}

export interface Base {
  matrix: Float64Array;
  /** Spectrum of `matrix`, decomposed on first use and then kept. */
  spectrum(): Spectrum;
}

const cache = new Map<string, Base & { decomposed(): boolean }>();
const CACHE_SIZE = 48;

/** Whether the base under this key is built (and, with `spectrum`, decomposed): then it costs nothing. */
export function hasBase(key: string, spectrum: boolean): boolean {
  const hit = cache.get(key);
  return hit !== undefined && (!spectrum || hit.decomposed());
}

/** The cache key of a base matrix: everything it depends on, never the radius. */
export function baseKey(
  init: 'orthogonal' | 'gaussian' | 'eigenvalues',
  seed: number,
  block: string,
  n: number,
  eigen?: { eigenvalues: readonly (readonly [number, number])[]; condition: number }
): string {
  if (!eigen) return `${init}|${seed}|${block}|${n}`;
  return `${init}|${seed}|${block}|${n}|${eigen.condition}|${eigen.eigenvalues.map((e) => e.join(',')).join(';')}`;
}

function cached(key: string, build: () => Float64Array): Base {
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key); // re-insert: Map order is our LRU order
    cache.set(key, hit);
    return hit;
  }
  const matrix = build();
  let spectrum: Spectrum | undefined;
  const entry = {
    matrix,
    spectrum: () => (spectrum ??= spectrumOf(matrix, Math.round(Math.sqrt(matrix.length)))),
    decomposed: () => spectrum !== undefined
  };
  cache.set(key, entry);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return entry;
}

function toMatrix(a: Float64Array, n: number): Matrix {
  const m = new Matrix(n, n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) m.set(i, j, a[i * n + j]);
  return m;
}

function fromMatrix(m: Matrix): Float64Array {
  const n = m.rows;
  const a = new Float64Array(n * m.columns);
  for (let i = 0; i < n; i++) for (let j = 0; j < m.columns; j++) a[i * m.columns + j] = m.get(i, j);
  return a;
}

/** Eigenvalues (ml-matrix's Hessenberg QR), spectral radius, and largest singular value. */
export function spectrumOf(a: Float64Array, n: number): Spectrum {
  const m = toMatrix(a, n);
  const eig = new EigenvalueDecomposition(m, { assumeSymmetric: false });
  const re = eig.realEigenvalues;
  const im = eig.imaginaryEigenvalues;
  const eigenvalues = re.map((r, i) => [r, im[i]] as [number, number]);
  eigenvalues.sort((p, q) => Math.hypot(q[0], q[1]) - Math.hypot(p[0], p[1]) || q[1] - p[1]);
  const svd = new SingularValueDecomposition(m, {
    computeLeftSingularVectors: false,
    computeRightSingularVectors: false
  });
  return {
    eigenvalues,
    spectralRadius: eigenvalues.length ? Math.hypot(eigenvalues[0][0], eigenvalues[0][1]) : 0,
    spectralNorm: svd.norm2
  };
}

const haarCache = new Map<string, Matrix>();

/**
 * Haar-random orthogonal matrix: QR of a Gaussian with R's diagonal made positive (Mezzadri
 * 2007). Cached: an eigenvalue drag rebuilds V Lambda V^-1 but not the rotations in V.
 */
function haarOrthogonal(seed: number, label: string, n: number): Matrix {
  const key = `${seed}|${label}|${n}`;
  let q = haarCache.get(key);
  if (!q) {
    q = haarOrthogonalUncached(seed, label, n);
    haarCache.set(key, q);
    if (haarCache.size > 4 * CACHE_SIZE) haarCache.delete(haarCache.keys().next().value as string);
  }
  return q;
}

function haarOrthogonalUncached(seed: number, label: string, n: number): Matrix {
  const g = new Matrix(n, n);
  const z = normals(seed, label, n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) g.set(i, j, z[i * n + j]);
  const qr = new QrDecomposition(g);
  const q = qr.orthogonalMatrix;
  const r = qr.upperTriangularMatrix;
  for (let j = 0; j < n; j++) if (r.get(j, j) < 0) for (let i = 0; i < n; i++) q.set(i, j, -q.get(i, j));
  return q;
}

/** radius = 1 orthogonal base: every eigenvalue and every singular value has modulus 1. */
export function orthogonalBase(seed: number, block: string, n: number): Base {
  return cached(baseKey('orthogonal', seed, block, n), () => fromMatrix(haarOrthogonal(seed, `W:${block}`, n)));
}

/** I.i.d. Gaussian entries rescaled to spectral radius exactly 1 (non-normal: its norm is larger). */
export function gaussianBase(seed: number, block: string, n: number): Base {
  return cached(baseKey('gaussian', seed, block, n), () => {
    const a = normals(seed, `W:${block}`, n * n, 1 / Math.sqrt(n));
    const rho = spectrumOf(a, n).spectralRadius;
    if (rho > 0) for (let i = 0; i < a.length; i++) a[i] /= rho;
    return a;
  });
}

/**
 * W = V Lambda V^-1 with Lambda real block-diagonal (a 2x2 block [[a, b], [-b, a]] per
 * complex pair a +- bi) and V = Q1 diag(sigma) Q2^T, sigma log-spaced from 1 to
 * `condition`: so cond(V) = condition exactly, and condition = 1 gives a normal W.
 * Eigenvalues must come in conjugate pairs (the spec schema checks it).
 */
export function eigenvalueBase(
  eigenvalues: readonly (readonly [number, number])[],
  condition: number,
  seed: number,
  block: string,
  n: number
): Base {
  return cached(baseKey('eigenvalues', seed, block, n, { eigenvalues, condition }), () => {
    const lambda = Matrix.zeros(n, n);
    let k = 0;
    for (const [re, im] of conjugateBlocks(eigenvalues).blocks) {
      if (im === 0) {
        lambda.set(k, k, re);
        k += 1;
      } else {
        lambda.set(k, k, re);
        lambda.set(k + 1, k + 1, re);
        lambda.set(k, k + 1, im);
        lambda.set(k + 1, k, -im);
        k += 2;
      }
    }
    const q1 = haarOrthogonal(seed, `V1:${block}`, n);
    const q2 = haarOrthogonal(seed, `V2:${block}`, n);
    // pow from det-math, not **: the same V in every engine, so training it matches in Node and the page
    const sigma = Array.from({ length: n }, (_, i) => (n === 1 ? 1 : pow(condition, i / (n - 1))));
    const v = q1.mmul(Matrix.diag(sigma)).mmul(q2.transpose());
    const vInv = q2.mmul(Matrix.diag(sigma.map((s) => 1 / s))).mmul(q1.transpose());
    return fromMatrix(v.mmul(lambda).mmul(vInv));
  });
}

/** The spectrum of scale * base, from the base's decomposition (exact scaling of every eigenvalue). */
export function scaledSpectrum(base: Base, scale: number): Spectrum {
  const s = base.spectrum();
  return {
    eigenvalues: s.eigenvalues.map(([re, im]) => [scale * re, scale * im]),
    spectralRadius: Math.abs(scale) * s.spectralRadius,
    spectralNorm: Math.abs(scale) * s.spectralNorm
  };
}
