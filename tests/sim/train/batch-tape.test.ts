// The tape's buffers are named once (batch-tape.ts: TapeBuffers and tapeLengths, which the
// type checker holds together): each comes out of the workspace under its own name, with
// its own length, none overlapping another, and the chunk accounting counts every one.
import { describe, expect, it } from 'vitest';
import { RECURRENT_ARCHS } from '../../../src/lib/sim/spec';
import { chunkSize, tapeFor, tapeLengths, type TapeBuffers } from '../../../src/lib/sim/train/batch-tape';
import { netFromSpec } from '../../../src/lib/sim/train/net';
import { sequenceSource } from '../../../src/lib/sim/train/tasks';
import { networkSpec, runsOf, validateTrainSpec } from '../../../src/lib/sim/train/train-spec';
import { kernels } from '../../../src/lib/sim/wasm/arena';

const netOf = (arch: (typeof RECURRENT_ARCHS)[number], hidden: number) =>
  netFromSpec(networkSpec(runsOf(validateTrainSpec({ arch, hidden, steps: 8 }))[0]));

describe('the tape', () => {
  it.each(RECURRENT_ARCHS)(
    '%s: every buffer under its name, of its length, in kernel memory, none overlapping',
    (arch) => {
      const net = netOf(arch, 3);
      const seqs = Array.from({ length: 5 }, sequenceSource({ task: 'adding', steps: 9, noise: 0, pulse: 1 }, 1, 't'));
      const tp = tapeFor(net, seqs);
      const lengths = tapeLengths(net, tp.B, tp.L);
      const names = Object.keys(lengths) as (keyof TapeBuffers)[];
      expect(names).toHaveLength(23);
      const spans = names.map((k) => {
        expect(tp[k].length).toBe(lengths[k]);
        expect(tp[k].buffer).toBe(kernels!.memory.buffer);
        return [tp[k].byteOffset, tp[k].byteOffset + tp[k].byteLength];
      });
      spans.sort((a, b) => a[0] - b[0]);
      for (let k = 1; k < spans.length; k++) expect(spans[k][0]).toBeGreaterThanOrEqual(spans[k - 1][1]);
      expect(Array.from(tp.W)).toEqual(Array.from(net.W)); // and filled from the network
      if (arch === 'lstm') expect(tp.rec).toEqual({ Q: tp.Q, TG: tp.TG, C: tp.C, TC: tp.TC, DTC: tp.DTC });
      else expect(tp.rec).toBeNull();
    }
  );

  it.each(RECURRENT_ARCHS)('%s: the chunk accounting is tapeLengths, each length affine in the batch size', (arch) => {
    for (const hidden of [1, 16, 128])
      for (const L of [8, 220, 1100]) {
        const net = netOf(arch, hidden);
        const doubles = (B: number) => Object.values(tapeLengths(net, B, L)).reduce((sum, k) => sum + k, 0);
        const perSequence = doubles(1) - doubles(0);
        for (const B of [2, 7, 32]) expect(doubles(B)).toBe(doubles(0) + B * perSequence);
        const B = chunkSize(net, L);
        expect(8 * doubles(B)).toBeLessThanOrEqual(48 * 2 ** 20);
        expect(8 * doubles(B + 1)).toBeGreaterThan(48 * 2 ** 20);
      }
  });
});
