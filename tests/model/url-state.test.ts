import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../src/lib/sim/index';
import { checkLatchSpec } from '../../src/lib/sim/latch';
import { DEFAULT_STATE, latchSpecFor, specFor, type LabState } from '../../src/lib/model/lab-state';
import { TASKS } from '../../src/lib/sim/train/task-registry';
import { MAX_NOTICES, queryToState, stateToQuery } from '../../src/lib/model/url-state';

describe('URL state', () => {
  it('round-trips every field', () => {
    const state: LabState = {
      ...DEFAULT_STATE,
      compare: ['rnn', 'lstm', 'gru'],
      steps: 250,
      radius: 0.97,
      init: 'gaussian',
      activation: 'relu',
      forgetBias: 2.5,
      updateBias: -1,
      hidden: 48,
      inputScale: 0.3,
      seed: 7,
      decades: 30,
      view: 'explorer',
      bidirectional: false
    };
    const read = queryToState(stateToQuery(state, { tour: '3' }));
    expect(read.state).toEqual(state);
    expect(read.notices).toEqual([]);
    expect(read.extra).toEqual({ tour: '3' });
  });

  it('the training fields: written on the training view or when changed, checked, round-tripped', () => {
    const trained: LabState = {
      ...DEFAULT_STATE,
      view: 'training',
      trainTask: 'latch',
      trainSteps: 50,
      trainIterations: 4000,
      trainRate: 0.003,
      trainClip: 0,
      trainOptimizer: 'sgd'
    };
    expect(queryToState(stateToQuery(trained))).toEqual({ state: trained, notices: [], extra: {} });
    const read = queryToState('?trainTask=toString&trainOptimizer=rmsprop&trainSteps=9999');
    expect(read.notices).toEqual([
      'trainTask: must be one of adding, latch, got "toString"; kept adding',
      'trainOptimizer: must be one of adam, sgd, got "rmsprop"; kept adam',
      'trainSteps: must be an integer from 8 to 1000; 9999 was set to 1000'
    ]);
  });

  it('chrono init: forgetInit with an LSTM compared, chronoMax with chrono on; bad values named, previous kept', () => {
    const chrono: LabState = { ...DEFAULT_STATE, forgetInit: 'chrono', chronoMax: 500 };
    const query = stateToQuery(chrono);
    expect(query).toContain('forgetInit=chrono&chronoMax=500');
    expect(queryToState(query)).toEqual({ state: chrono, notices: [], extra: {} });
    expect(stateToQuery(DEFAULT_STATE)).toContain('forgetInit=constant'); // the default compares an LSTM
    expect(stateToQuery(DEFAULT_STATE)).not.toContain('chronoMax');
    expect(stateToQuery({ ...DEFAULT_STATE, compare: ['rnn', 'gru'] })).not.toContain('forgetInit');
    const bad = queryToState('?forgetInit=uniform&chronoMax=1', chrono);
    expect(bad.state).toEqual({ ...chrono, chronoMax: 2 });
    expect(bad.notices).toEqual([
      'forgetInit: must be one of constant, chrono, got "uniform"; kept chrono',
      'chronoMax: must be an integer from 2 to 5000; 1 was set to 2'
    ]);
    const junk = queryToState('?chronoMax=lots', chrono);
    expect(junk.state.chronoMax).toBe(500);
    expect(junk.notices).toEqual(['chronoMax: must be an integer from 2 to 5000; "lots" is not a number, kept 500']);
    expect(queryToState('?chronoMax=99999').notices).toEqual([
      'chronoMax: must be an integer from 2 to 5000; 99999 was set to 5000'
    ]);
  });

  it('every task of the registry is a valid trainTask, and the notice lists them', () => {
    for (const trainTask of TASKS) expect(queryToState(`?trainTask=${trainTask}`).state.trainTask).toBe(trainTask);
    expect(queryToState('?trainTask=copy').notices[0]).toContain(`must be one of ${TASKS.join(', ')}`);
  });

  it('a garbled link: each distinct notice once, with its count, and at most MAX_NOTICES lines', () => {
    // the issue's link: "a" once, then "?a" (the pasted "?" starts the name) 1999 times
    const repeated = queryToState('?a=1&'.repeat(2000));
    expect(repeated.notices).toHaveLength(2);
    expect(repeated.notices[0]).toMatch(/^"a" is not a lab setting and was ignored \(settings: [^)]*\)$/);
    expect(repeated.notices[1]).toMatch(/^"\?a" is not a lab setting and was ignored .* \(1999 times\)$/);
    const many = queryToState(`?${Array.from({ length: 50 }, (_, i) => `junk${i}=1`).join('&')}`);
    expect(many.notices).toHaveLength(MAX_NOTICES);
    many.notices.slice(0, -1).forEach((n, i) => expect(n).toMatch(new RegExp(`^"junk${i}" is not a lab setting`)));
    expect(many.notices.at(-1)).toBe(`and ${50 - (MAX_NOTICES - 1)} more problems in the address, not listed`);
    // a few different problems are all listed, in the address's order
    expect(queryToState('?hidden=x&steps=0&b=1').notices).toHaveLength(3);
  });

  it('the latch fields: written on the latch view or when changed, and round-tripped', () => {
    expect(stateToQuery(DEFAULT_STATE)).not.toContain('latch');
    const latch: LabState = {
      ...DEFAULT_STATE,
      view: 'latch',
      latchW: 1.35,
      latchNoise: 0.65,
      latchPulse: 2.2,
      latchLength: 7,
      latchSteps: 640
    };
    const query = stateToQuery(latch);
    expect(query).toContain('latchW=1.35&latchNoise=0.65&latchPulse=2.2&latchLength=7&latchSteps=640');
    expect(queryToState(query)).toEqual({ state: latch, notices: [], extra: {} });
    // changed but on another view: still in the link, so switching views loses nothing
    const away = { ...latch, view: 'gradients' as const };
    expect(queryToState(stateToQuery(away)).state).toEqual(away);
  });

  it.each([
    // the page's range (1 to 5000), never the engine's wider one (1 to 100000)
    ['?steps=0', { steps: 1 }, 'steps: must be an integer from 1 to 5000; 0 was set to 1'],
    ['?steps=-5', { steps: 1 }, 'steps: must be an integer from 1 to 5000; -5 was set to 1'],
    ['?steps=9999', { steps: 5000 }, 'steps: must be an integer from 1 to 5000; 9999 was set to 5000'],
    ['?steps=abc', { steps: 100 }, 'steps: must be an integer from 1 to 5000; "abc" is not a number, kept 100'],
    ['?radius=-1', { radius: 0 }, 'radius: must be a number from 0 to 2; -1 was set to 0'],
    ['?radius=5', { radius: 2 }, 'radius: must be a number from 0 to 2; 5 was set to 2'],
    [
      '?activation=sigmoid',
      { activation: 'tanh' },
      'activation: must be one of tanh, linear, relu, custom, got "sigmoid"; kept tanh'
    ],
    [
      '?init=explicit',
      { init: 'orthogonal' },
      'init: must be one of orthogonal, gaussian, eigenvalues, got "explicit"; kept orthogonal'
    ],
    [
      '?activation=custom&formula=alert(1)',
      { activation: 'custom' },
      'formula: function "alert" is not allowed, got "alert(1)"; kept "x / (1 + abs(x))"'
    ],

    ['?view=3d', {}, 'view: must be one of gradients, explorer, latch, training, reach, got "3d"; kept gradients'],
    ['?latchW=5', { latchW: 3 }, 'latchW: must be a number from 0 to 3; 5 was set to 3'],
    ['?latchNoise=-1', { latchNoise: 0 }, 'latchNoise: must be a number from 0 to 2; -1 was set to 0'],
    ['?latchLength=2.6', { latchLength: 3 }, 'latchLength: must be an integer from 1 to 50; 2.6 was set to 3'],
    [
      '?latchSteps=constructor',
      {},
      'latchSteps: must be an integer from 2 to 1000; "constructor" is not a number, kept 100'
    ],
    ['?latchPulse=1e400', {}, 'latchPulse: must be a number from 0 to 3; "1e400" is not a number, kept 1'],
    [
      '?compare=cnn',
      { compare: ['rnn', 'lstm'] },
      'compare: must be 1 to 4 different architectures from rnn, lstm, gru, residual, attention, window, ' +
        'separated by commas (for example rnn,lstm,attention), got "cnn": "cnn" is not an architecture; kept rnn,lstm'
    ],
    ['?hidden=1e9', { hidden: 256 }, 'hidden: must be an integer from 1 to 256; 1e9 was set to 256'],
    [
      '?foo=1',
      {},
      '"foo" is not a lab setting and was ignored (settings: view, compare, steps, radius, init, activation, ' +
        'forgetBias, updateBias, hidden, inputScale, seed, decades, bidirectional, formula, eig, condition, ' +
        'forgetInit, chronoMax, heads, ' +
        'positionScale, window, ' +
        'latchW, latchNoise, latchPulse, latchLength, latchSteps, trainSteps, trainIterations, trainRate, ' +
        'trainClip, trainTask, trainOptimizer, sweepSteps, sweepSeeds)'
    ]
  ])('%s is repaired with a notice', (search, fields, notice) => {
    const read = queryToState(search);
    expect(read.state).toEqual({ ...DEFAULT_STATE, ...fields });
    expect(read.notices).toEqual([notice]);
  });

  it('round-trips a custom formula and eigenvalues with their conjugates', () => {
    const state: LabState = {
      ...DEFAULT_STATE,
      activation: 'custom',
      formula: '1.5 * tanh(x)',
      init: 'eigenvalues',
      eigenvalues: [
        [0.9, 0.3],
        [0.9, -0.3],
        [-0.5, 0]
      ],
      condition: 30
    };
    const q = stateToQuery(state);
    expect(q).toContain('eig=0.9%3A0.3%2C-0.5%3A0');
    const read = queryToState(q);
    expect(read.notices).toEqual([]);
    expect(read.state).toEqual(state);
    expect(parseSpec(specFor(read.state, 'rnn')).ok).toBe(true);
  });

  it('malformed eigenvalues are refused, and without eigenvalues the init falls back to orthogonal', () => {
    const read = queryToState('?init=eigenvalues&eig=0.9:0.3,abc');
    expect(read.state.init).toBe('orthogonal');
    expect(read.notices).toEqual([
      'eig: each eigenvalue must be written re:im (for example 0.9:0.3), got "abc"; kept the previous eigenvalues',
      'eig: init "eigenvalues" needs eigenvalues (eig=re:im,...); using orthogonal'
    ]);
  });

  it('eigenvalues beyond the explorer square are clamped, each complex one brings its conjugate', () => {
    const read = queryToState('?init=eigenvalues&eig=3:0.5,0.2:-0.1');
    expect(read.state.eigenvalues).toEqual([
      [2, 0.5],
      [2, -0.5],
      [0.2, 0.1],
      [0.2, -0.1]
    ]);
    expect(read.notices).toEqual(['eig: real and imaginary parts must be from -2 to 2, got 3:0.5; clamped']);
  });

  it('markup in a URL stays text in the notice (the page renders notices as text)', () => {
    const read = queryToState('?activation=<img src=x onerror=alert(1)>');
    expect(read.notices[0]).toContain('"<img src=x onerror=alert(1)>"');
    expect(read.state.activation).toBe('tanh');
  });

  it('any query string gives a state every compared engine spec accepts (property)', () => {
    const key = fc.constantFrom(
      'compare',
      'steps',
      'radius',
      'init',
      'activation',
      'forgetBias',
      'updateBias',
      'hidden',
      'inputScale',
      'seed',
      'decades',
      'tour',
      'x',
      'formula',
      'eig',
      'condition',
      'heads',
      'positionScale',
      'window',
      'view',
      'bidirectional',
      'latchW',
      'latchNoise',
      'latchPulse',
      'latchLength',
      'latchSteps',
      'forgetInit',
      'chronoMax'
    );
    const value = fc.oneof(
      fc.string(),
      fc.double().map(String),
      fc.integer().map(String),
      fc.constantFrom(
        'NaN',
        'Infinity',
        '-0',
        '1e400',
        '',
        'custom',
        'eigenvalues',
        'tanh(x)',
        '0.5:0.5,1:0',
        'true',
        'attention',
        'rnn,attention,window',
        '3',
        'chrono',
        'constant'
      )
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 8 }), (pairs) => {
        const search = `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
        const { state } = queryToState(search);
        for (const arch of state.compare) expect(parseSpec(specFor(state, arch)).ok).toBe(true);
        expect(() => checkLatchSpec(latchSpecFor(state))).not.toThrow();
      }),
      { numRuns: 400 }
    );
  });

  it.each(['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf'])(
    'a prototype name as the value of every field is refused with a notice: %s',
    (name) => {
      for (const key of ['compare', 'init', 'activation', 'view', 'bidirectional', 'steps', 'formula', 'eig', 'tour']) {
        const read = queryToState(`?${key}=${name}`);
        for (const arch of read.state.compare) expect(parseSpec(specFor(read.state, arch)).ok).toBe(true);
        if (key !== 'tour') expect(read.notices.join(' ')).toContain(key === 'formula' ? 'formula' : key);
      }
      expect(queryToState(`?${name}=1`).notices[0]).toContain('is not a lab setting');
    }
  );

  it('hostile links: prototype names, extreme numbers, unicode, long and nested junk; each read within 200 ms', () => {
    const PROTO = [
      'toString',
      '__proto__',
      'constructor',
      'prototype',
      'hasOwnProperty',
      'valueOf',
      '__defineGetter__'
    ];
    const key = fc.oneof(
      fc.constantFrom(...Object.keys(DEFAULT_STATE), 'eig', 'tour', ...PROTO),
      fc.string({ unit: 'grapheme', maxLength: 12 })
    );
    const value = fc.oneof(
      fc.constantFrom(
        ...PROTO,
        '1e308',
        '-1e308',
        '5e-324',
        '1e-400',
        '9'.repeat(400),
        '0x10',
        '١٢',
        'Infinity',
        '[]',
        '{}'
      ),
      fc.constantFrom(
        'x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x',
        '(x+0)*(x+1)*(x+2)*(x+3)*(x+4)*(x+5)*(x+6)*(x+7)*(x+8)'
      ),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ minLength: 500, maxLength: 3000 }),
      fc.json({ maxDepth: 4 }),
      fc
        .array(fc.tuple(fc.double(), fc.double()), { maxLength: 300 })
        .map((es) => es.map(([a, b]) => `${a}:${b}`).join(','))
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 8 }), (pairs) => {
        const search = `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
        const start = performance.now();
        const read = queryToState(search);
        expect(performance.now() - start).toBeLessThan(200);
        expect(Object.getPrototypeOf(read.state)).toBe(Object.prototype);
        for (const arch of read.state.compare) expect(parseSpec(specFor(read.state, arch)).ok).toBe(true);
        // the longest notice lists every setting (an unknown key's): it grows with the settings, not the input
        for (const n of read.notices) expect(n.length).toBeLessThan(550);
      }),
      { numRuns: 300 }
    );
  });
});

describe('compare: any set of 1 to 4 architectures', () => {
  const allowed =
    'compare: must be 1 to 4 different architectures from rnn, lstm, gru, residual, attention, window, separated by ' +
    'commas (for example rnn,lstm,attention)';

  it('is written with plain commas, in ARCHS order, and read back in any order', () => {
    const state: LabState = { ...DEFAULT_STATE, compare: ['rnn', 'lstm', 'attention'] };
    const query = stateToQuery(state);
    expect(query).toContain('&compare=rnn,lstm,attention&');
    expect(queryToState(query).state.compare).toEqual(['rnn', 'lstm', 'attention']);
    const read = queryToState('?compare=window,attention,rnn');
    expect(read.state.compare).toEqual(['rnn', 'attention', 'window']);
    expect(read.notices).toEqual([]);
    expect(queryToState('?compare=rnn%2Cgru').state.compare).toEqual(['rnn', 'gru']);
  });

  it.each([
    ['rnn-lstm', ['rnn', 'lstm']],
    ['rnn-gru', ['rnn', 'gru']],
    ['lstm-gru', ['lstm', 'gru']],
    ['rnn-lstm-gru', ['rnn', 'lstm', 'gru']]
  ])('an old link compare=%s still opens its pair', (old, archs) => {
    const read = queryToState(`?compare=${old}`);
    expect(read.state.compare).toEqual(archs);
    expect(read.notices).toEqual([]);
  });

  it.each([
    ['', 'no architecture was named'],
    ['rnn,lstm,gru,residual,attention', '5 architectures were named'],
    ['rnn,lstm,gru,residual,attention,window', '6 architectures were named'],
    ['rnn,rnn', 'rnn is named twice'],
    ['rnn,,lstm', '"" is not an architecture'],
    ['rnn,transformer', '"transformer" is not an architecture']
  ])('compare=%j is refused, the previous set kept: %s', (raw, why) => {
    const base: LabState = { ...DEFAULT_STATE, compare: ['gru', 'window'] };
    const read = queryToState(`?compare=${raw}`, base);
    expect(read.state.compare).toEqual(['gru', 'window']);
    expect(read.notices).toEqual([`${allowed}, got ${JSON.stringify(raw)}: ${why}; kept gru,window`]);
  });

  it('heads, positionScale and window: written when their arch is compared or changed, clamped, round-tripped', () => {
    expect(stateToQuery(DEFAULT_STATE)).not.toMatch(/heads|positionScale|window/);
    const state: LabState = {
      ...DEFAULT_STATE,
      compare: ['attention', 'window'],
      heads: 4,
      positionScale: 0,
      window: 1
    };
    const query = stateToQuery(state);
    expect(query).toContain('heads=4&positionScale=0&window=1');
    expect(queryToState(query).state).toEqual(state);
    expect(stateToQuery({ ...DEFAULT_STATE, window: 512 })).toContain('window=512');
    expect(queryToState('?window=600').notices).toEqual([
      'window: must be an integer from 1 to 512; 600 was set to 512'
    ]);
    expect(queryToState('?positionScale=-1').notices).toEqual([
      'positionScale: must be a number from 0 to 10; -1 was set to 0'
    ]);
  });

  it('heads must divide the hidden size, whichever comes first in the address', () => {
    for (const q of ['?compare=attention&heads=3&hidden=32', '?compare=attention&hidden=32&heads=3']) {
      const read = queryToState(q);
      expect(read.state.heads).toBe(2);
      expect(read.notices).toEqual([
        'heads: must be an integer from 1 to 8 that divides the hidden size (32); 3 was set to 2'
      ]);
    }
    const hidden6 = queryToState('?compare=attention&hidden=6&heads=8');
    expect(hidden6.state.heads).toBe(6);
    expect(hidden6.notices).toEqual([
      'heads: must be an integer from 1 to 8 that divides the hidden size (6); 8 was set to 6'
    ]);
  });
});
