// The WebAssembly kernels and the memory they work in. A kernel run asks for all its
// buffers at once (workspace), so the memory grows, if at all, before any view of it
// exists: a later grow would detach them. Every workspace starts at byte 0, so its views
// live until the next workspace() and no longer: each view is stamped with its workspace's
// generation, and a kernel handed a view of an earlier one throws (StaleWorkspaceError), so
// an old view can never feed another run's numbers to a kernel. (Detaching old views with a
// memory.grow(0) on every workspace() was tried: V8 then copies the whole memory, and after
// one large run every training iteration paid for it, seven to sixteen times slower.)
// Without WebAssembly SIMD the same buffers are plain Float64Arrays and linalg.ts runs
// its JavaScript loops instead.
import { KERNELS_WASM_BASE64 } from './kernels';

export interface Kernels {
  memory: WebAssembly.Memory;
  matVec(A: number, rows: number, cols: number, x: number, y: number): void;
  ger(A: number, rows: number, cols: number, a: number, b: number, w: number): void;
  lstmCells(
    pre: number,
    n: number,
    cPrev: number,
    q: number,
    tg: number,
    c: number,
    tc: number,
    dtc: number,
    h: number
  ): void;
  gruCells(wh: number, ux: number, n: number, f: number, h: number): void;
  gemm(A: number, B: number, C: number, M: number, K: number, N: number): void;
  gemmTN(A: number, B: number, C: number, M: number, R: number, N: number): void;
  tanhCells(a: number, n: number, h: number, d: number): void;
  flushTiny(v: number, n: number): void;
  lstmDeltas(
    count: number,
    nb: number,
    q: number,
    tg: number,
    cp: number,
    tc: number,
    dtc: number,
    dh: number,
    dc: number,
    da: number
  ): void;
  /** for the tests: exp and expm1 of n (even) doubles */
  expArray(x: number, n: number, e: number, em1: number): void;
}

function instantiate(): Kernels | null {
  try {
    const bytes = Uint8Array.from(atob(KERNELS_WASM_BASE64), (c) => c.charCodeAt(0));
    return new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports as unknown as Kernels;
  } catch {
    return null; // no WebAssembly, or no SIMD: the JavaScript loops serve
  }
}

export const kernels: Kernels | null = typeof WebAssembly === 'object' ? instantiate() : null;

/** The buffers the kernels' memory was seen through before it last grew: their views are stale. */
const retired = new WeakSet<ArrayBufferLike>();
/** The latest workspace(); each of its views is stamped with it. */
let generation = 0;
const stamped = new WeakMap<Float64Array, number>();
/** A view of the kernels' memory from an earlier workspace() (a subarray of one is not stamped, and passes). */
const stale = (a: Float64Array) => retired.has(a.buffer) || (stamped.get(a) ?? generation) !== generation;

/** A view of an earlier workspace reached a kernel: its numbers would have been another run's. */
export class StaleWorkspaceError extends Error {
  constructor() {
    super('a view of an earlier kernel workspace was used after a newer workspace() replaced it (wasm/arena.ts)');
    this.name = 'StaleWorkspaceError';
  }
}

/**
 * True when the kernels can run on these arrays in place: every one a view of their memory.
 * Throws StaleWorkspaceError when one is a view of an earlier workspace.
 */
export function inKernelMemory(...arrays: Float64Array[]): boolean {
  const buffer = kernels?.memory.buffer;
  if (buffer === undefined) return false;
  let all = true;
  for (const a of arrays) {
    if (stale(a)) throw new StaleWorkspaceError();
    if (a.buffer !== buffer) all = false;
  }
  return all;
}

/** True unless one of the arrays is a view of a workspace that a later workspace() replaced. */
export function isCurrent(...arrays: Float64Array[]): boolean {
  return !arrays.some(stale);
}

/** How often each WebAssembly kernel has run: the tests read it to prove which path a run took. */
export const kernelRuns = {
  matVec: 0,
  ger: 0,
  lstmCells: 0,
  gruCells: 0,
  gemm: 0,
  gemmTN: 0,
  lstmDeltas: 0,
  tanhCells: 0,
  flushTiny: 0
};

const PAGE = 65536;
const align = (bytes: number) => Math.ceil(bytes / 16) * 16; // v128 loads like 16-byte alignment

/**
 * Float64Array buffers of the given lengths, in the kernels' memory when there is one. They
 * stay valid until the next workspace(), which detaches them.
 */
export function workspace(lengths: number[]): Float64Array[] {
  if (!kernels) return lengths.map((n) => new Float64Array(n));
  const memory = kernels.memory;
  const bytes = lengths.reduce((sum, n) => sum + align(n * 8), 0);
  const old = memory.buffer;
  if (bytes > old.byteLength) {
    try {
      memory.grow(Math.ceil((bytes - old.byteLength) / PAGE));
    } catch {
      // beyond what the engine grants a wasm memory (4 GiB at most): the JavaScript loops
      // serve, on ordinary arrays, as they do without WebAssembly
      return lengths.map((n) => new Float64Array(n));
    }
    // a grow detaches the buffer the memory was seen through (WebAssembly JS API,
    // Memory.prototype.grow: "refresh the memory buffer"): its views read as empty
    if (memory.buffer !== old) retired.add(old);
  }
  generation++;
  let offset = 0;
  return lengths.map((n) => {
    const view = new Float64Array(memory.buffer, offset, n);
    stamped.set(view, generation);
    offset += align(n * 8);
    return view;
  });
}

/** workspace() by name: a buffer of each given length, under the same name, laid out in the given order. */
export function namedWorkspace<K extends string>(lengths: Record<K, number>): Record<K, Float64Array> {
  const names = Object.keys(lengths) as K[];
  const views = workspace(names.map((k) => lengths[k]));
  return Object.fromEntries(names.map((k, i) => [k, views[i]])) as Record<K, Float64Array>;
}

/** Copies of the given arrays in the kernels' memory, then scratch buffers of the given lengths. */
export function workspaceWith(copies: Float64Array[], scratch: number[]): Float64Array[] {
  const views = workspace([...copies.map((a) => a.length), ...scratch]);
  copies.forEach((a, i) => views[i].set(a));
  return views;
}
