// The LSTM record's layout is one description (wasm/lstm-layout.ts) that every reader takes
// it from: here it is permuted (every block of Q, TG and the pre-activations moved) and the
// kernels assembled from the permuted text, and the lab still computes the same network,
// which it could not if any reader (TypeScript or WebAssembly) kept offsets of its own.
import { describe, expect, it, vi } from 'vitest';
import { gateQ } from '../../../src/lib/sim/activations';
import { connectivity } from '../../../src/lib/sim/connectivity';
import { gradients } from '../../../src/lib/sim/index';
import { lstmCells } from '../../../src/lib/sim/lstm-cell';
import { buildParams, type Params } from '../../../src/lib/sim/params';
import { normals } from '../../../src/lib/sim/random';
import { validateSpec } from '../../../src/lib/sim/spec';
import { lstmDeltas } from '../../../src/lib/sim/train/lstm-deltas';
import { lossAndGradient, netFromSpec } from '../../../src/lib/sim/train/net';
import { sequenceSource } from '../../../src/lib/sim/train/tasks';
import { networkSpec, runsOf, validateTrainSpec } from '../../../src/lib/sim/train/train-spec';
import { kernelRuns, workspace, workspaceWith } from '../../../src/lib/sim/wasm/arena';
import {
  LSTM_PRE,
  LSTM_Q,
  LSTM_TG,
  lstmPreBlocks,
  lstmRecordFrom,
  lstmRecordLengths,
  lstmRow
} from '../../../src/lib/sim/wasm/lstm-layout';
import { preActivations, rel } from '../../helpers/exact';

const LAYOUT = '../../../src/lib/sim/wasm/lstm-layout';
const KERNELS = '../../../src/lib/sim/wasm/kernels';

vi.mock(import('../../../src/lib/sim/wasm/lstm-layout'), async () => {
  const { readFileSync } = await import('node:fs');
  // @ts-expect-error plain ES module script without types
  const { lstmLayout } = await import('../../../scripts/build-wasm.mjs');
  const text = readFileSync(new URL('../../../src/lib/sim/wasm/lstm-layout.ts', import.meta.url), 'utf8')
    .replace('LSTM_PRE = { i: 0, f: 1, g: 2, o: 3 }', 'LSTM_PRE = { i: 2, f: 3, g: 1, o: 0 }')
    .replace('LSTM_Q = { i: 0, f: 1, o: 2 }', 'LSTM_Q = { i: 1, f: 2, o: 0 }')
    .replace('LSTM_TG = { tanh: 0, prime: 1 }', 'LSTM_TG = { tanh: 1, prime: 0 }');
  return lstmLayout(text);
});
vi.mock(import('../../../src/lib/sim/wasm/kernels'), async () => {
  // @ts-expect-error plain ES module script without types
  const { assemble } = await import('../../../scripts/build-wasm.mjs');
  const layout = await import('../../../src/lib/sim/wasm/lstm-layout'); // the permuted one above
  return { KERNELS_WASM_BASE64: await assemble(layout) };
});

/** W, U or b with its gate blocks (rows of `cols`) moved from the order i, f, g, o to LSTM_PRE's. */
function toLayout(a: Float64Array, n: number, cols: number): Float64Array {
  const out = new Float64Array(a.length);
  (['i', 'f', 'g', 'o'] as const).forEach((gate, k) =>
    out.set(a.subarray(k * n * cols, (k + 1) * n * cols), LSTM_PRE[gate] * n * cols)
  );
  return out;
}

/** The same network with its parameters in the permuted layout's block order. */
const permuted = (p: Params): Params => ({
  ...p,
  W: toLayout(p.W, p.n, p.n),
  U: toLayout(p.U, p.n, p.m),
  b: toLayout(p.b, p.n, 1)
});

const close = (a: ArrayLike<number>, b: ArrayLike<number>, digits: number) =>
  Array.from(a).forEach((v, i) => (Number.isFinite(v) ? expect(v).toBeCloseTo(b[i], digits) : expect(v).toBe(b[i])));

describe('a permuted LSTM layout', () => {
  it('is the one the engine runs on', () => {
    expect([LSTM_PRE, LSTM_Q, LSTM_TG]).toEqual([
      { i: 2, f: 3, g: 1, o: 0 },
      { i: 1, f: 2, o: 0 },
      { tanh: 1, prime: 0 }
    ]);
    expect(lstmRow(5, 2)).toMatchObject({ qi: 20, qf: 25, qo: 15, tg: 15, dtg: 10 });
  });

  it.each([1, 2, 7])('lstmCells: the kernel writes where the JavaScript step does, n = %i', (n) => {
    const lengths = [4 * n, n, ...Object.values(lstmRecordLengths(n, 2))];
    const run = (inKernels: boolean) => {
      const [pre, h, ...arrays] = inKernels ? workspace(lengths) : lengths.map((l) => new Float64Array(l));
      const rec = lstmRecordFrom(arrays);
      pre.set(preActivations(4 * n, n));
      rec.C.set(normals(n, 'c', n), n);
      const before = kernelRuns.lstmCells;
      lstmCells(pre, n, 2, rec, h);
      expect(kernelRuns.lstmCells > before).toBe(inKernels);
      const z = lstmPreBlocks(n);
      const r = lstmRow(n, 2);
      // the forget gate where the layout says, from the block the layout says
      for (let i = 0; i < n; i++) expect(rel(rec.Q[r.qf + i], gateQ(pre[z.f + i]))).toBeLessThan(4e-16);
      const written = (a: Float64Array, at: number, width: number) => a.slice(at, at + width * n); // step 2's row
      return [
        written(rec.Q, r.qRow, 3),
        written(rec.TG, r.tgRow, 2),
        ...[rec.C, rec.TC, rec.DTC, h].map((a) => written(a, a === h ? 0 : r.c, 1))
      ];
    };
    const wasm = run(true);
    run(false).forEach((js, k) =>
      js.forEach((v, i) =>
        v === 0 ? expect(wasm[k][i] === 0).toBe(true) : expect(rel(wasm[k][i], v)).toBeLessThan(8e-15)
      )
    );
  });

  it.each([2, 6])('lstmDeltas: the kernel agrees with the JavaScript loop to the bit, nb = %i', (nb) => {
    const T = 3;
    const plain = Object.values(lstmRecordLengths(nb, T)).map((l, k) => normals(k, 'rec', l));
    plain[0].forEach((v, i) => (plain[0][i] = Math.tanh(v) / 2)); // Q: signed q in (-1/2, 1/2)
    const dh0 = normals(nb, 'dh', nb);
    const dc0 = normals(nb, 'dc', nb);
    const [Q, TG, C, TC, DTC, dh, dc, dA] = workspaceWith([...plain, dh0, dc0], [4 * nb]);
    lstmDeltas({ Q, TG, C, TC, DTC }, 2, nb, dh, dc, dA);
    const [dcJs, dAJs] = [Float64Array.from(dc0), new Float64Array(4 * nb)];
    lstmDeltas(lstmRecordFrom(plain), 2, nb, Float64Array.from(dh0), dcJs, dAJs);
    expect(Array.from(dA)).toEqual(Array.from(dAJs));
    expect(Array.from(dc)).toEqual(Array.from(dcJs));
  });

  it('gives the gradients, the connectivity map and the training gradient of the usual layout', async () => {
    const p = buildParams(validateSpec({ arch: 'lstm', hidden: 5, steps: 40, seed: 3 }));
    const ours = gradients(permuted(p), true, true);
    const oursMap = connectivity(permuted(p)).values;
    const [run] = runsOf(validateTrainSpec({ arch: 'lstm', hidden: 5, steps: 10 }));
    const net = netFromSpec(networkSpec(run));
    const batch = Array.from({ length: 5 }, sequenceSource({ task: 'adding', steps: 10, noise: 0, pulse: 1 }, 1, 'p'));
    const grad = new Float64Array(net.theta.length);
    const netOurs = netFromSpec(networkSpec(run));
    netOurs.W.set(toLayout(net.W, 5, 5));
    netOurs.U.set(toLayout(net.U, 5, net.m));
    netOurs.b.set(toLayout(net.b, 5, 1));
    const gradOurs = new Float64Array(net.theta.length);
    const lossOurs = lossAndGradient(netOurs, batch, gradOurs);

    // the same computations with the committed layout and kernels
    vi.doUnmock(LAYOUT);
    vi.doUnmock(KERNELS);
    vi.resetModules();
    const real = await import('../../../src/lib/sim/index');
    const realConnectivity = await import('../../../src/lib/sim/connectivity');
    const realNet = await import('../../../src/lib/sim/train/net');
    const realLayout = await import('../../../src/lib/sim/wasm/lstm-layout');
    expect(realLayout.LSTM_PRE).toEqual({ i: 0, f: 1, g: 2, o: 3 });
    const theirs = real.gradients(p, true, true);
    for (const key of ['hGradLog10', 'cGradLog10', 'cellPathLog10', 'xGradLog10', 'wGradByStepLog10'] as const)
      close(ours[key]!, theirs[key]!, 10);
    ours.perUnit!.h.forEach((row, t) => close(row, theirs.perUnit!.h[t], 10));
    ours.perUnit!.c!.forEach((row, t) => close(row, theirs.perUnit!.c![t], 10));
    const n = p.n;
    const rows = (W: Float64Array[]) => Float64Array.from(W.flatMap((r) => Array.from(r)));
    close(rows(ours.paramGrad!.W), toLayout(rows(theirs.paramGrad!.W), n, n), 12);
    close(ours.paramGrad!.b, toLayout(theirs.paramGrad!.b, n, 1), 12);
    close(oursMap, realConnectivity.connectivity(p).values, 10);
    const lossTheirs = realNet.lossAndGradient(net, batch, grad);
    expect(lossOurs).toBeCloseTo(lossTheirs, 14);
    const g = realNet.layout('lstm', 5, net.m, grad);
    const gOurs = realNet.layout('lstm', 5, net.m, gradOurs);
    close(gOurs.W, toLayout(g.W, 5, 5), 13);
    close(gOurs.U, toLayout(g.U, 5, net.m), 13);
    close(gOurs.b, toLayout(g.b, 5, 1), 13);
    close(gOurs.v, g.v, 13);
  });
});
