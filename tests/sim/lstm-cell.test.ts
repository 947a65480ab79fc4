// The LSTM forward step in both of its kernels (WebAssembly SIMD, JavaScript) against
// 64-digit arithmetic, on every unit count edge (pairs and an odd tail) and on the
// pre-activations where precision is lost first: saturation, tiny values, overflow of exp.
import { describe, expect, it } from 'vitest';
import { sigmaOfQ } from '../../src/lib/sim/activations';
import { lstmCells } from '../../src/lib/sim/lstm-cell';
import { normals } from '../../src/lib/sim/random';
import { kernelRuns, kernels, workspace } from '../../src/lib/sim/wasm/arena';
import { lstmRecordFrom, lstmRecordLengths } from '../../src/lib/sim/wasm/lstm-layout';
import { exact, expectGate, preActivations as pre4, rel, tanh, tanhPrime } from '../helpers/exact';

const preActivations = (n: number, seed: number) => pre4(4 * n, seed);

function run(n: number, pre0: Float64Array, cPrev: Float64Array, inKernels: boolean) {
  const T = 2;
  const lengths = [4 * n, n, ...Object.values(lstmRecordLengths(n, T))];
  const views = inKernels ? workspace(lengths) : lengths.map((l) => new Float64Array(l));
  const [pre, h, ...record] = views;
  const rec = lstmRecordFrom(record);
  const { Q, TG, C, TC, DTC } = rec;
  pre.set(pre0);
  C.set(cPrev, n); // row 1 is c_{t-1} for step t = 2
  const before = kernelRuns.lstmCells;
  lstmCells(pre, n, 2, rec, h);
  const wasm = kernelRuns.lstmCells > before; // which kernel really ran
  const at = (a: Float64Array, width: number, row: number) => Array.from(a.subarray(row * width, (row + 1) * width));
  return {
    q: at(Q, 3 * n, 1),
    tg: at(TG, 2 * n, 1),
    c: at(C, n, 2),
    tc: at(TC, n, 2),
    dtc: at(DTC, n, 2),
    h: Array.from(h),
    buffer: pre.buffer,
    wasm
  };
}

describe('lstmCells', () => {
  it('runs in WebAssembly on kernel memory and in JavaScript otherwise', () => {
    const n = 3;
    const pre = preActivations(n, 1);
    expect(run(n, pre, new Float64Array(n), true).buffer).toBe(kernels!.memory.buffer);
    expect(run(n, pre, new Float64Array(n), false).buffer).not.toBe(kernels!.memory.buffer);
  });

  it.each([1, 2, 3, 5, 8, 33])('both kernels match 64-digit arithmetic to 1e-14, n = %i', (n) => {
    const pre = preActivations(n, n);
    const cPrev = normals(n, 'c', n, 2);
    for (const inKernels of [true, false]) {
      const r = run(n, pre, cPrev, inKernels);
      expect(r.wasm).toBe(inKernels);
      for (let i = 0; i < n; i++) {
        const [zi, zf, zg, zo] = [pre[i], pre[n + i], pre[2 * n + i], pre[3 * n + i]];
        const gates: [number, number][] = [
          [r.q[i], zi],
          [r.q[n + i], zf],
          [r.q[2 * n + i], zo]
        ];
        for (const [q, z] of gates) expectGate(q, z);
        expect(rel(r.tg[i], tanh(zg))).toBeLessThan(1e-14);
        expect(rel(r.tg[n + i], tanhPrime(zg))).toBeLessThan(1e-14);
        // the cell from the stored gates (the step's own rounding of sigma is what the pass uses)
        const [f, ig] = [sigmaOfQ(r.q[n + i]), sigmaOfQ(r.q[i])];
        const c = exact('f * cp + i * g', { f, cp: cPrev[i], i: ig, g: r.tg[i] });
        // three roundings, measured against the size of the terms (they may cancel)
        expect(Math.abs(r.c[i] - c)).toBeLessThanOrEqual(
          3 * Number.EPSILON * (Math.abs(f * cPrev[i]) + Math.abs(ig * r.tg[i]))
        );
        expect(rel(r.tc[i], tanh(r.c[i]))).toBeLessThan(1e-14);
        expect(rel(r.dtc[i], tanhPrime(r.c[i]))).toBeLessThan(1e-14);
        expect(rel(r.h[i], sigmaOfQ(r.q[2 * n + i]) * r.tc[i])).toBeLessThan(1e-15);
      }
    }
  });

  it('the two kernels agree to a few ulps everywhere, exact zeros included', () => {
    const n = 33;
    const pre = preActivations(n, 9);
    const cPrev = normals(9, 'c', n, 50); // cells deep in saturation too
    const a = run(n, pre, cPrev, true);
    const b = run(n, pre, cPrev, false);
    expect([a.wasm, b.wasm]).toEqual([true, false]); // really the two kernels
    for (const key of ['q', 'tg', 'c', 'tc', 'dtc', 'h'] as const)
      a[key].forEach((v, i) => {
        if (b[key][i] === 0) expect(v).toBe(0);
        else expect(rel(v, b[key][i])).toBeLessThan(1e-15 * 8);
      });
  });
});
