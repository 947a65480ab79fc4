// A sweep file from the CLI read back on the page: what the CLI prints reads to the same runs,
// and every malformed file gets one message naming its field, never an exception.
import { describe, expect, it } from 'vitest';
import { MAX_SWEEP_FILE_BYTES, readSweepFile } from '../../src/lib/model/sweep-file';
import { resultToJSON } from '../../src/lib/sim/index';
import { train } from '../../src/lib/sim/train/train';
import { runsOf, validateTrainSpec } from '../../src/lib/sim/train/train-spec';

// exactly what src/cli/train.ts prints for a sweep: lean runs, no theta, norms or flow
function cliSweep(input: Record<string, unknown>): string {
  const spec = validateTrainSpec(input);
  const runs = runsOf(spec).map((run) => {
    const { theta: _t, history, ...result } = train(run);
    return {
      ...result,
      history: history.map(({ normsLog10: _n, flowLog10: _f, flowMarks: _m, ...e }) => e)
    };
  });
  return resultToJSON({ spec, runs });
}

const small = { arch: 'lstm', hidden: 2, steps: [8, 12], seeds: 2, iterations: 4, evalEvery: 2, evalSize: 4, batch: 2 };

describe('reading a sweep file', () => {
  it("reads the CLI's sweep into finished runs, lengths ascending", () => {
    const text = cliSweep(small);
    const r = readSweepFile(text);
    if (!r.ok) throw new Error(r.error);
    const printed = JSON.parse(text);
    expect(r.sweep.lengths).toEqual([8, 12]);
    expect(r.sweep.runs).toHaveLength(4);
    r.sweep.runs.forEach((run, i) => {
      expect(run.status).toBe('done');
      expect(run.arch).toBe('lstm');
      expect(run.spec.steps).toBe(printed.runs[i].spec.steps);
      expect(run.spec.seed).toBe(printed.runs[i].spec.seed);
      expect(run.solvedAt).toBe(printed.runs[i].solvedAt);
      expect(run.history.map((e) => e.evalAccuracy)).toEqual(
        printed.runs[i].history.map((e: { evalAccuracy: number }) => e.evalAccuracy)
      );
    });
  });

  it('reads one run (not a sweep) as a sweep of one', () => {
    const spec = validateTrainSpec({ ...small, steps: 8, seeds: undefined });
    const { theta: _t, ...one } = train(runsOf(spec)[0]);
    const r = readSweepFile(resultToJSON(one));
    expect(r.ok && r.sweep.runs.length).toBe(1);
  });

  const valid = JSON.parse(cliSweep({ ...small, steps: [8], seeds: 1 }));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON document edited by hand
  const edit = (f: (o: any) => void) => {
    const o = structuredClone(valid);
    f(o);
    return JSON.stringify(o);
  };
  it.each([
    ['{"spec": ', /^sweep file: must be JSON \(/],
    ['[1, 2]', /^sweep file: spec: must be the JSON object `npm run train` prints/],
    ['null', /^sweep file: spec: must be the JSON object/],
    [edit((o) => (o.runs = [])), /^sweep file: runs: must hold at least one run, got \[\]$/],
    [edit((o) => (o.runs[0].history[0].evalAccuracy = 2)), /^sweep file: runs\[0\]\.history\[0\]\.evalAccuracy: /],
    [edit((o) => (o.runs[0].spec.arch = 'cnn')), /^sweep file: runs\[0\]\.spec\.arch: must be one of rnn, /],
    [edit((o) => (o.runs[0].spec.steps = [8, 12])), /^sweep file: runs\[0\]\.spec\.steps: must be one run's length/],
    [edit((o) => (o.spec.hidden = 1e9)), /^sweep file: hidden: must be an integer from 1 to 128, got 1000000000$/],
    [edit((o) => (o.runs[0].solvedAt = 'soon')), /^sweep file: runs\[0\]\.solvedAt: /],
    [edit((o) => delete o.runs[0].history), /^sweep file: runs\[0\]\.history: must be an array/],
    [' '.repeat(MAX_SWEEP_FILE_BYTES + 1), /^sweep file: must be at most 20 MB/]
  ])('a bad file: %#', (text, message) => {
    const r = readSweepFile(text);
    expect(r.ok ? 'read' : r.error).toMatch(message);
  });

  it('ignores a __proto__ key instead of polluting anything', () => {
    const text = JSON.stringify(valid).replace('"iteration":', '"__proto__":{"polluted":true},"iteration":');
    expect(text).toContain('__proto__');
    const r = readSweepFile(text);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
