// The LSTM record's one description (wasm/lstm-layout.ts): its rows tile the record, params.ts
// stacks W's gate blocks in its order, and the .wat kernels take their block numbers from it
// (lstm-layout-permuted.test.ts moves every block and checks the lab still computes the same).
import { describe, expect, it } from 'vitest';
import { BLOCKS, buildParams, CONTROLLED } from '../../../src/lib/sim/params';
import { validateSpec } from '../../../src/lib/sim/spec';
import { LSTM_PRE, lstmPreBlocks, lstmRecordLengths, lstmRow } from '../../../src/lib/sim/wasm/lstm-layout';
// @ts-expect-error plain ES module script without types
import { lstmLayout, source } from '../../../scripts/build-wasm.mjs';

describe('the LSTM layout', () => {
  it.each([1, 4, 7])("the steps' rows tile the record: every entry written once, n = %i", (n) => {
    const T = 5;
    const lengths = lstmRecordLengths(n, T);
    const seen = {
      Q: new Array(lengths.Q).fill(0),
      TG: new Array(lengths.TG).fill(0),
      C: new Array(lengths.C).fill(0)
    };
    seen.C.fill(1, 0, n); // row 0: c_0, given
    for (let t = 1; t <= T; t++) {
      const r = lstmRow(n, t);
      expect(r.cPrev).toBe(lstmRow(n, t - 1).c); // c_{t-1}: the row the step before wrote
      for (let i = 0; i < n; i++) {
        for (const k of [r.qi, r.qf, r.qo]) seen.Q[k + i]++;
        for (const k of [r.tg, r.dtg]) seen.TG[k + i]++;
        seen.C[r.c + i]++;
      }
      expect(Math.min(r.qi, r.qf, r.qo)).toBe(r.qRow);
      expect(Math.min(r.tg, r.dtg)).toBe(r.tgRow);
    }
    for (const counts of Object.values(seen)) expect(counts.every((c) => c === 1)).toBe(true);
    expect([lengths.TC, lengths.DTC]).toEqual([lengths.C, lengths.C]);
    expect(Object.values(lstmPreBlocks(n)).sort((a, b) => a - b)).toEqual([0, n, 2 * n, 3 * n]);
  });

  it("is params.ts's block order: W_f is the controlled block and b_f takes the forget bias", () => {
    BLOCKS.lstm.forEach((gate, k) => expect(LSTM_PRE[gate as keyof typeof LSTM_PRE]).toBe(k));
    expect(CONTROLLED.lstm.block).toBe(LSTM_PRE.f);
    const n = 3;
    const [b0, b5] = [0, 5].map((forgetBias) => buildParams(validateSpec({ arch: 'lstm', hidden: n, forgetBias })).b);
    b5.forEach((v, r) => expect(v - b0[r]).toBe(Math.floor(r / n) === LSTM_PRE.f ? 5 : 0));
  });

  it('every LSTM_ name in the .wat kernels is replaced by its number; an unknown one is refused', () => {
    const layout = lstmLayout();
    expect(layout.LSTM_PRE).toEqual(LSTM_PRE);
    expect(source()).not.toMatch(/\bLSTM_[A-Z]+_[A-Z]+\b/);
    expect(() => source({ ...layout, LSTM_TG: { tanh: 0 } })).toThrow(/LSTM_TG_PRIME is not in lstm-layout.ts/);
  });
});
