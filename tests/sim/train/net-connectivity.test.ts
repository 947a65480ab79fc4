// The trained network's connectivity map: the trainer's weights handed to the simulator's
// connectivity code (connectivity.ts, tested against finite differences there) must give the
// map the simulator computes for the same weights and inputs given as an explicit spec; the
// maps before and after a run, the marked steps, and the caption's numbers read from them.
import { describe, expect, it } from 'vitest';
import { connectivity } from '../../../src/lib/sim/connectivity';
import { buildParams } from '../../../src/lib/sim/params';
import { parseSpec } from '../../../src/lib/sim/spec';
import { netFromSpec } from '../../../src/lib/sim/train/net';
import {
  connectivityForecast,
  connectivitySeconds,
  NET_CONNECTIVITY_MAX_SECONDS,
  netConnectivity,
  trainedConnectivity
} from '../../../src/lib/sim/train/net-connectivity';
import { sequenceSource } from '../../../src/lib/sim/train/tasks';
import { train } from '../../../src/lib/sim/train/train';
import { networkSpec, runsOf, validateTrainSpec } from '../../../src/lib/sim/train/train-spec';
import { connectivityCaption, mapsSkippedNote, reachLog10 } from '../../../src/lib/figures/training-figures';
import type { TrainingRun } from '../../../src/lib/model/training-run';
import { explicitSpec } from './explicit-spec';

const RECURRENT_ARCHS = ['rnn', 'lstm', 'gru', 'residual'] as const;

describe('connectivity of a trained network', () => {
  it.each(RECURRENT_ARCHS)("%s: the trainer's weights give the simulator's map for the same explicit spec", (arch) => {
    const [run] = runsOf(validateTrainSpec({ arch, hidden: 5, steps: 12 }));
    const net = netFromSpec(networkSpec(run));
    net.theta.forEach((v, i) => (net.theta[i] = v + 0.2 * Math.sin(3 * i + 2)));
    const seq = sequenceSource({ task: 'adding', steps: 12, noise: 0, pulse: 1 }, 2, 'conn')();
    const { readout: _r, ...spec } = explicitSpec(net, seq);
    const parsed = parseSpec(spec);
    if (!parsed.ok) throw parsed.error;
    const want = connectivity(buildParams(parsed.spec)).values;
    const got = netConnectivity(net, seq).values;
    expect(got).toHaveLength(seq.length ** 2);
    got.forEach((v, i) => (Number.isFinite(want[i]) ? expect(v).toBeCloseTo(want[i], 10) : expect(v).toBe(want[i])));
  });

  it('before and after a run: the untrained map, the trained one, the marks, and a caption read from them', () => {
    const [run] = runsOf(validateTrainSpec({ arch: 'lstm', hidden: 6, steps: 10, iterations: 60, evalSize: 20 }));
    const result = train(run);
    const maps = trainedConnectivity(run, result.theta)!;
    const seq = sequenceSource({ task: 'adding', steps: 10, noise: 0, pulse: 1 }, run.seed, 'eval')();
    expect(maps.T).toBe(seq.length);
    expect(Array.from(maps.before)).toEqual(Array.from(netConnectivity(netFromSpec(networkSpec(run)), seq).values));
    expect(Array.from(maps.after)).not.toEqual(Array.from(maps.before)); // training moved the weights
    expect(maps.marked).toEqual(
      Array.from({ length: seq.length }, (_, t) => t + 1).filter((s) => seq.x[2 * s - 1] === 1)
    );
    expect(maps.marked).toHaveLength(2);
    const T = maps.T;
    const s = Math.min(...maps.marked);
    expect(reachLog10(maps.before, T, s)).toBe(maps.before[(T - 1) * T + s - 1] - maps.before[T * T - 1]);
    const runState: TrainingRun = {
      arch: 'lstm',
      spec: run,
      history: result.history,
      status: 'done',
      solvedAt: result.solvedAt,
      divergedAt: null,
      seconds: result.seconds,
      error: '',
      connectivity: maps
    };
    const caption = connectivityCaption([runState]);
    expect(caption).toContain(`the first marked input (step ${s} of ${T})`);
    expect(caption).toMatch(/LSTM .* before training, .* after\. White/);
  });

  it('on the latch the marks are the pulse, and the caption says why a falling dependence is no failure', () => {
    const [run] = runsOf(
      validateTrainSpec({ arch: 'rnn', hidden: 4, task: 'latch', steps: 12, pulse: 3, iterations: 20, evalSize: 10 })
    );
    const result = train(run);
    const maps = trainedConnectivity(run, result.theta)!;
    expect(maps.T).toBe(12);
    expect(maps.marked).toEqual([1, 2, 3]);
    const caption = connectivityCaption([
      {
        arch: 'rnn',
        spec: run,
        history: result.history,
        status: 'done',
        solvedAt: null,
        divergedAt: null,
        seconds: 0,
        error: '',
        connectivity: maps
      }
    ]);
    expect(caption).toContain('the first step of the pulse (step 1 of 12)');
    expect(caption).toContain('On the latch a falling dependence is no failure');
  });
});

describe('the maps at long sequences: drawn when the forecast fits, else said why', () => {
  it('the forecast grows with L squared and with the gate rows; an LSTM of 16 units fits T = 1000', () => {
    expect(connectivitySeconds('lstm', 16, 2, 2000) / connectivitySeconds('lstm', 16, 2, 1000)).toBeCloseTo(4, 2);
    expect(connectivitySeconds('lstm', 16, 2, 500)).toBeGreaterThan(connectivitySeconds('gru', 16, 2, 500));
    expect(connectivitySeconds('gru', 16, 2, 500)).toBeGreaterThan(connectivitySeconds('rnn', 16, 2, 500));
    const [lstm16] = runsOf(validateTrainSpec({ arch: 'lstm', hidden: 16, steps: 1000, iterations: 0 }));
    const f = connectivityForecast(lstm16);
    // the first evaluation sequence is the one the maps use: [T, 1.1 T] on the adding problem
    expect(f.length).toBe(sequenceSource({ task: 'adding', steps: 1000, noise: 0.2, pulse: 3 }, 1, 'eval')().length);
    expect(f.length).toBeGreaterThanOrEqual(1000);
    expect(f.affordable).toBe(f.seconds <= NET_CONNECTIVITY_MAX_SECONDS);
    expect(f.affordable).toBe(true);
  });

  it('over the bound nothing is computed, and the note gives the forecast and the sequence', () => {
    const [wide] = runsOf(validateTrainSpec({ arch: 'lstm', hidden: 64, steps: 1000, iterations: 0 }));
    const f = connectivityForecast(wide);
    expect(f.affordable).toBe(false);
    const start = performance.now();
    expect(trainedConnectivity(wide, netFromSpec(networkSpec(wide)).theta)).toBeNull();
    expect(performance.now() - start).toBeLessThan(2000); // refused before the T^2 work, not after it
    const run: TrainingRun = {
      arch: 'lstm',
      spec: wide,
      history: [],
      status: 'done',
      solvedAt: null,
      divergedAt: null,
      seconds: 1,
      error: '',
      connectivity: null
    };
    expect(mapsSkippedNote([run])).toMatch(
      new RegExp(
        `^No connectivity map for LSTM: on its ${f.length}-step sequence the two maps are forecast at ` +
          `about .+, over the page's ${NET_CONNECTIVITY_MAX_SECONDS} s`
      )
    );
    expect(mapsSkippedNote([{ ...run, divergedAt: 40 }])).toBe(
      'No connectivity map for LSTM: it diverged, there is no trained network to map.'
    );
    expect(mapsSkippedNote([{ ...run, status: 'running' }])).toBe('');
  });
});
