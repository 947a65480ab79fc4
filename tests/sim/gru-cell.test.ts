// The GRU forward step in both of its kernels (WebAssembly SIMD, JavaScript) against 64-digit
// arithmetic, on every unit count edge (pairs and an odd tail) and on the pre-activations
// where precision is lost first: saturation, tiny values, overflow of exp.
import { describe, expect, it } from 'vitest';
import { sigmaOfQ } from '../../src/lib/sim/activations';
import { GRU_ROW, gruCells } from '../../src/lib/sim/gru-cell';
import { normals } from '../../src/lib/sim/random';
import { kernelRuns, kernels, workspace } from '../../src/lib/sim/wasm/arena';
import { exact, expectGate, preActivations, rel, tanh, tanhPrime } from '../helpers/exact';

/** Step t = 2 from wh = W h, ux = U x + b and h_{t-1}; the record row and h_t. */
function run(n: number, wh0: Float64Array, ux0: Float64Array, hPrev: Float64Array, inKernels: boolean) {
  const lengths = [3 * n, 3 * n, 2 * GRU_ROW * n, n];
  const [wh, ux, F, h] = inKernels ? workspace(lengths) : lengths.map((l) => new Float64Array(l));
  wh.set(wh0);
  ux.set(ux0);
  h.set(hPrev);
  const before = kernelRuns.gruCells;
  gruCells(wh, ux, n, 2, F, h);
  const wasm = kernelRuns.gruCells > before; // which kernel really ran
  const row = Array.from(F.subarray(GRU_ROW * n));
  const block = (k: number) => row.slice(k * n, (k + 1) * n);
  return {
    qr: block(0),
    qz: block(1),
    tn: block(2),
    dtn: block(3),
    whn: block(4),
    hp: block(5),
    h: Array.from(h),
    buffer: F.buffer,
    wasm
  };
}

function inputs(n: number, seed: number) {
  const wh = preActivations(3 * n, seed);
  const ux = normals(seed, 'ux', 3 * n, 2);
  // saturate a_r and a_z both ways through ux as well
  [800, -800, 1e-300].forEach((v, k) => (ux[(k * 5) % (2 * n)] = v));
  return { wh, ux, hPrev: normals(seed, 'h', n, 0.7) };
}

describe('gruCells', () => {
  it('runs in WebAssembly on kernel memory and in JavaScript otherwise', () => {
    const { wh, ux, hPrev } = inputs(3, 1);
    expect(run(3, wh, ux, hPrev, true).buffer).toBe(kernels!.memory.buffer);
    expect(run(3, wh, ux, hPrev, false).buffer).not.toBe(kernels!.memory.buffer);
  });

  it.each([1, 2, 3, 5, 8, 33])('both kernels match 64-digit arithmetic to 1e-14, n = %i', (n) => {
    const { wh, ux, hPrev } = inputs(n, n);
    for (const inKernels of [true, false]) {
      const r = run(n, wh, ux, hPrev, inKernels);
      expect(r.wasm).toBe(inKernels);
      for (let i = 0; i < n; i++) {
        expectGate(r.qr[i], wh[i] + ux[i]);
        expectGate(r.qz[i], wh[n + i] + ux[n + i]);
        // the candidate from the stored reset gate (its own rounding is what the pass uses)
        const an = exact('u + r * w', { u: ux[2 * n + i], r: sigmaOfQ(r.qr[i]), w: wh[2 * n + i] });
        const scale = Math.abs(ux[2 * n + i]) + Math.abs(sigmaOfQ(r.qr[i]) * wh[2 * n + i]);
        // a_n carries two roundings against the size of its terms (errAn); tanh is 1-Lipschitz,
        // and |d log tanh'(a) / da| = 2 |tanh a| <= 2
        const errAn = 3 * Number.EPSILON * scale;
        expect(Math.abs(r.tn[i] - tanh(an))).toBeLessThanOrEqual(1e-14 * Math.abs(tanh(an)) + errAn);
        expect(rel(r.dtn[i], tanhPrime(an))).toBeLessThan(1e-14 + 2 * errAn);
        expect(r.whn[i]).toBe(wh[2 * n + i]);
        expect(r.hp[i]).toBe(hPrev[i]);
        const [oneMinusZ, z] = [sigmaOfQ(-r.qz[i]), sigmaOfQ(r.qz[i])];
        const h = exact('a * b + c * d', { a: oneMinusZ, b: r.tn[i], c: z, d: hPrev[i] });
        expect(Math.abs(r.h[i] - h)).toBeLessThanOrEqual(
          3 * Number.EPSILON * (Math.abs(oneMinusZ * r.tn[i]) + Math.abs(z * hPrev[i]))
        );
      }
    }
  });

  it('the two kernels agree to a few ulps everywhere, exact zeros included', () => {
    const n = 33;
    const { wh, ux, hPrev } = inputs(n, 9);
    const a = run(n, wh, ux, hPrev, true);
    const b = run(n, wh, ux, hPrev, false);
    expect([a.wasm, b.wasm]).toEqual([true, false]); // really the two kernels
    for (const key of ['qr', 'qz', 'tn', 'dtn', 'whn', 'hp', 'h'] as const)
      a[key].forEach((v, i) => {
        if (b[key][i] === 0) expect(v).toBe(0);
        else expect(rel(v, b[key][i])).toBeLessThan(1e-15 * 8);
      });
  });
});
