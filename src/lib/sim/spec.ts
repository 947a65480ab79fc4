// The one schema for a simulation spec. The CLI, the page's controls and (later)
// the URL all go through parseSpec, so a value means the same thing everywhere
// and every refusal names the field, the allowed range and what was given.
import * as z from 'zod';
import { allowedText, formulaProblem, MAX_FORMULA_LENGTH } from './nonlinearity';
import { msg } from '../i18n/index';

/** The words of a refused spec, in the page's language: read when a value is refused, never at load. */
const words = () => msg().sim.spec;

export const ARCHS = ['rnn', 'lstm', 'gru', 'residual', 'attention', 'window'] as const;
/** The architectures that carry a state from step to step (the rest read the inputs directly). */
export const RECURRENT_ARCHS = ['rnn', 'lstm', 'gru', 'residual'] as const;
export const ACTIVATIONS = ['tanh', 'linear', 'relu', 'custom'] as const;
export const INITS = ['orthogonal', 'gaussian', 'eigenvalues', 'explicit'] as const;
/** The LSTM's forget-gate bias: the constant forgetBias, or chrono (Tallec & Ollivier 2018). */
export const FORGET_INITS = ['constant', 'chrono'] as const;
export type Arch = (typeof ARCHS)[number];
export type RecurrentArch = (typeof RECURRENT_ARCHS)[number];
export const isRecurrent = (arch: Arch): arch is RecurrentArch => (RECURRENT_ARCHS as readonly Arch[]).includes(arch);
export type Activation = (typeof ACTIVATIONS)[number];
export type Init = (typeof INITS)[number];

/** Gate blocks stacked in W, U and b: rnn 1; lstm i, f, g, o; gru r, z, n; residual 1. */
export const GATES: Record<RecurrentArch, number> = { rnn: 1, lstm: 4, gru: 3, residual: 1 };

/** Fields only some architectures read: any other arch refuses them (they would silently do nothing). */
export const ARCH_FIELDS = {
  heads: ['attention'],
  positionScale: ['attention'],
  window: ['window']
} as const satisfies Record<string, readonly Arch[]>;

/** Their defaults, filled in for the archs that read them (a validated rnn spec has none of them). */
export const ARCH_FIELD_DEFAULTS: Record<keyof typeof ARCH_FIELDS, number> = { heads: 1, positionScale: 1, window: 16 };

/** An explicit weight's shape: [rows, cols] of a matrix or [length] of a vector, and how to say it. */
export interface WeightShape {
  dims: [number, number] | [number];
  what: string;
}

/** The shapes of explicit weights, by name, for an arch, hidden n, inputSize m (and the window's N). */
export function weightShapes(s: {
  arch: Arch;
  hidden: number;
  inputSize: number;
  window?: number;
}): Record<string, WeightShape> {
  const { arch, hidden: n, inputSize: m } = s;
  const w = words();
  const square = { dims: [n, n], what: w.square(n) } as WeightShape;
  if (arch === 'attention')
    return {
      U: { dims: [n, m], what: w.byInput(n, m) },
      b: { dims: [n], what: w.hidden },
      Wq: square,
      Wk: square,
      Wv: square,
      Wo: square
    };
  if (arch === 'window') {
    const N = s.window ?? ARCH_FIELD_DEFAULTS.window;
    return {
      Win: { dims: [n, N * m], what: w.byWindow(n, N * m) },
      b: { dims: [n], what: w.hidden }
    };
  }
  const g = GATES[arch];
  return {
    W: { dims: [g * n, n], what: w.gateRows(g, g * n, n) },
    U: { dims: [g * n, m], what: w.gateInputs(g * n, m) },
    b: { dims: [g * n], what: w.gateBias(g) }
  };
}

/** Allowed ranges, shared with the page so a slider never offers what the schema refuses. */
export const LIMITS = {
  hidden: [1, 256],
  inputSize: [1, 64],
  steps: [1, 100000],
  radius: [0, 10],
  condition: [1, 1e6],
  eigenvalue: [-10, 10],
  forgetBias: [-20, 20],
  updateBias: [-20, 20],
  inputScale: [0, 10],
  heads: [1, 8],
  positionScale: [0, 10],
  window: [1, 512],
  chronoMax: [2, 100000],
  seed: [0, 4294967295],
  value: [-1e6, 1e6]
} as const;

export const DEFAULT_SPEC = {
  arch: 'rnn',
  hidden: 32,
  inputSize: 4,
  steps: 100,
  activation: 'tanh',
  recurrent: { init: 'orthogonal', radius: 1, condition: 1 },
  forgetBias: 1,
  updateBias: 1,
  inputScale: 1,
  seed: 1,
  perUnit: false,
  paramGrads: false
} as const;

// Each rule's message is a function, so it is written when a value is refused, in the language
// of that moment (the schemas are built once, at load).
export const intIn = ([lo, hi]: readonly [number, number]) => {
  const error = () => words().integerFrom(lo, hi);
  return z.number({ error }).int({ error }).min(lo, { error }).max(hi, { error });
};

export const numIn = ([lo, hi]: readonly [number, number]) => {
  const error = () => words().numberFrom(lo, hi);
  return z.number({ error }).min(lo, { error }).max(hi, { error });
};

export const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: () => words().oneOf(values) });

const vector = z.array(numIn(LIMITS.value), { error: () => words().arrayOfNumbers });
const matrix = z.array(vector, { error: () => words().arrayOfRows });

const recurrentSchema = z.strictObject(
  {
    init: oneOf(INITS).default(DEFAULT_SPEC.recurrent.init),
    radius: numIn(LIMITS.radius).default(DEFAULT_SPEC.recurrent.radius),
    condition: numIn(LIMITS.condition).default(DEFAULT_SPEC.recurrent.condition),
    eigenvalues: z
      .array(z.tuple([numIn(LIMITS.eigenvalue), numIn(LIMITS.eigenvalue)], { error: () => words().pair }), {
        error: () => words().pairs
      })
      .optional()
  },
  { error: () => words().recurrentObject }
);

const specSchema = z
  .strictObject(
    {
      arch: oneOf(ARCHS).default(DEFAULT_SPEC.arch),
      hidden: intIn(LIMITS.hidden).default(DEFAULT_SPEC.hidden),
      inputSize: intIn(LIMITS.inputSize).default(DEFAULT_SPEC.inputSize),
      steps: intIn(LIMITS.steps).default(DEFAULT_SPEC.steps),
      activation: oneOf(ACTIVATIONS).default(DEFAULT_SPEC.activation),
      recurrent: recurrentSchema.default({ ...DEFAULT_SPEC.recurrent }),
      forgetBias: numIn(LIMITS.forgetBias).default(DEFAULT_SPEC.forgetBias),
      updateBias: numIn(LIMITS.updateBias).default(DEFAULT_SPEC.updateBias),
      inputScale: numIn(LIMITS.inputScale).default(DEFAULT_SPEC.inputScale),
      heads: intIn(LIMITS.heads).optional(),
      positionScale: numIn(LIMITS.positionScale).optional(),
      window: intIn(LIMITS.window).optional(),
      forgetInit: oneOf(FORGET_INITS).optional(),
      chronoMax: intIn(LIMITS.chronoMax).optional(),
      seed: intIn(LIMITS.seed).default(DEFAULT_SPEC.seed),
      perUnit: z.boolean({ error: () => words().boolean }).default(DEFAULT_SPEC.perUnit),
      paramGrads: z
        .union([z.boolean(), z.literal('byStep')], { error: () => words().paramGrads })
        .default(DEFAULT_SPEC.paramGrads),
      formula: z
        .string({ error: () => words().formulaText(allowedText()) })
        .max(MAX_FORMULA_LENGTH, { error: () => words().atMostCharacters(MAX_FORMULA_LENGTH) })
        .optional(),
      weights: z
        .record(z.string(), z.array(z.union([numIn(LIMITS.value), vector]), { error: () => words().array }), {
          error: () => words().weightsObject
        })
        .optional(),
      inputs: matrix.optional(),
      readout: vector.optional(),
      h0: vector.optional(),
      c0: vector.optional()
    },
    { error: () => words().jsonObject }
  )
  .superRefine((s, ctx) => {
    const fail = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const w = words();
    const n = s.hidden;
    const m = s.inputSize;
    const shape = (path: (string | number)[], rows: number[][] | undefined, r: number, c: number, what: string) => {
      if (!rows) return;
      if (rows.length !== r) return fail(path, w.rows(r, what, rows.length));
      const bad = rows.findIndex((row) => row.length !== c);
      if (bad >= 0) fail([...path, bad], w.entries(c, rows[bad].length));
    };
    const length = (path: string[], v: number[] | undefined, len: number, what: string) => {
      if (v && v.length !== len) fail(path, w.entriesOf(len, what, v.length));
    };

    if (s.activation === 'custom') {
      if (s.formula === undefined) fail(['formula'], w.formulaRequired);
      else {
        const problem = formulaProblem(s.formula);
        // a parser that did not load is not the formula's fault: say that, not "must use only"
        if (problem === msg().sim.formula.parserMissing) fail(['formula'], problem);
        else if (problem) fail(['formula'], w.formulaOnly(allowedText(), problem));
      }
    } else if (s.formula !== undefined) fail(['formula'], w.formulaUnused);

    const { init, eigenvalues } = s.recurrent;
    if (init === 'eigenvalues') {
      if (!eigenvalues) fail(['recurrent', 'eigenvalues'], w.eigenvaluesRequired(n));
      else if (eigenvalues.length !== n)
        fail(['recurrent', 'eigenvalues'], w.eigenvaluesPerUnit(n, eigenvalues.length));
      else {
        const missing = unpairedEigenvalue(eigenvalues);
        if (missing >= 0) {
          const [re, im] = eigenvalues[missing];
          fail(
            ['recurrent', 'eigenvalues', missing],
            w.conjugate(`${re}${im < 0 ? '-' : '+'}${Math.abs(im)}i`, re, -im)
          );
        }
      }
    } else if (eigenvalues) fail(['recurrent', 'eigenvalues'], w.eigenvaluesUnused);

    for (const [field, archs] of Object.entries(ARCH_FIELDS))
      if (s[field as keyof typeof ARCH_FIELDS] !== undefined && !(archs as readonly Arch[]).includes(s.arch))
        fail([field], w.onlyFor(archs));
    if (s.forgetInit !== undefined && s.arch !== 'lstm') fail(['forgetInit'], w.onlyFor(['lstm']));
    else if (s.chronoMax !== undefined && s.forgetInit !== 'chrono') fail(['chronoMax'], w.chronoOnly);
    if (s.arch === 'attention' && n % (s.heads ?? ARCH_FIELD_DEFAULTS.heads) !== 0) fail(['heads'], w.headsDivide(n));

    const shapes = weightShapes(s);
    const names = Object.keys(shapes);
    const quoted = names.map((k) => `"${k}"`).join(', ');
    if (init === 'explicit') {
      if (!s.weights) fail(['weights'], w.weightsRequired(quoted));
      else {
        const unknown = Object.keys(s.weights).find((k) => !names.includes(k));
        if (unknown !== undefined) fail(['weights', unknown], w.notAWeight(s.arch, quoted));
        for (const [name, { dims, what }] of Object.entries(shapes)) {
          const given = s.weights[name];
          if (given === undefined) fail(['weights', name], w.weightRequired(s.arch, what));
          else if (dims.length === 1) {
            if (given.some((v) => typeof v !== 'number')) fail(['weights', name], w.arrayOfNumbers);
            else length(['weights', name], given as number[], dims[0], what);
          } else if (given.some((row) => !Array.isArray(row))) fail(['weights', name], w.arrayOfRows);
          else shape(['weights', name], given as number[][], dims[0], dims[1], what);
        }
      }
    } else if (s.weights) fail(['weights'], w.weightsUnused);

    shape(['inputs'], s.inputs, s.steps, m, w.inputsShape(s.steps, m));
    length(['readout'], s.readout, n, w.hidden);
    if (s.readout && s.readout.every((v) => v === 0)) fail(['readout'], w.zeroReadout);
    length(['h0'], s.h0, n, w.hidden);
    length(['c0'], s.c0, n, w.hidden);
  });

export type SpecInput = z.input<typeof specSchema>;
type ParsedSpec = z.output<typeof specSchema>;
/** A validated spec: the fields of its arch (heads, positionScale, window) filled in, the others absent. */
export type Spec = ParsedSpec;

/** Fills in the defaults of the fields only some archs read, for the archs that read them. */
function withArchDefaults(spec: ParsedSpec): Spec {
  const out = { ...spec };
  for (const field of Object.keys(ARCH_FIELDS) as (keyof typeof ARCH_FIELDS)[])
    if ((ARCH_FIELDS[field] as readonly Arch[]).includes(spec.arch)) out[field] ??= ARCH_FIELD_DEFAULTS[field];
  return out;
}

/**
 * A spectrum as the blocks of a real matrix: each real eigenvalue [re, 0], and each complex
 * one paired with its conjugate (to 1e-12 relative) as one [re, im], im > 0, taken as the
 * mean of the two, so a pair given slightly off (1 + 1e-13i twice) still builds n x n.
 * `unpaired` is the index of the first complex eigenvalue with no conjugate, or -1.
 */
export function conjugateBlocks(values: readonly (readonly [number, number])[]): {
  blocks: [number, number][];
  unpaired: number;
} {
  const used = new Array(values.length).fill(false);
  const blocks: [number, number][] = [];
  for (let i = 0; i < values.length; i++) {
    if (used[i]) continue;
    const [re, im] = values[i];
    used[i] = true;
    if (im === 0) {
      blocks.push([re, 0]);
      continue;
    }
    const tol = 1e-12 * Math.max(1, Math.hypot(re, im));
    const close = ([r2, i2]: readonly [number, number], k: number) =>
      !used[k] && Math.abs(r2 - re) <= tol && Math.abs(i2 + im) <= tol;
    const j = values.findIndex(close);
    if (j < 0) return { blocks, unpaired: i };
    used[j] = true;
    const pairIm = Math.abs(im - values[j][1]) / 2;
    const pairRe = (re + values[j][0]) / 2;
    // a pair that averages onto the real axis is two equal reals
    if (pairIm === 0) blocks.push([pairRe, 0], [pairRe, 0]);
    else blocks.push([pairRe, pairIm]);
  }
  return { blocks, unpaired: -1 };
}

/** Index of the first complex eigenvalue whose conjugate is missing, or -1. Each conjugate is used once. */
export function unpairedEigenvalue(values: readonly (readonly [number, number])[]): number {
  return conjugateBlocks(values).unpaired;
}

export class SpecError extends Error {
  constructor(
    readonly field: string,
    readonly rule: string,
    readonly given: string
  ) {
    super(words().error(field, rule, given));
    this.name = 'SpecError';
  }
}

export type ParseResult = { ok: true; spec: Spec } | { ok: false; error: SpecError };

/** Validates anything (parsed JSON, URL fields, control values) against the spec schema. Never throws. */
export function parseSpec(input: unknown): ParseResult {
  const r = parseWith(specSchema, input);
  return r.ok ? { ok: true, spec: withArchDefaults(r.value) } : r;
}

/** Validates against any schema built from this file's rules; the first problem becomes a SpecError. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown
): { ok: true; value: z.output<S> } | { ok: false; error: SpecError } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  if (issue.code === 'unrecognized_keys') {
    const field = formatPath([...issue.path, issue.keys[0]]);
    return {
      ok: false,
      error: new SpecError(field, words().unknownField, describe(valueAt(input, [...issue.path, issue.keys[0]])))
    };
  }
  return {
    ok: false,
    error: new SpecError(formatPath(issue.path) || 'spec', issue.message, describe(valueAt(input, issue.path)))
  };
}

/** Like parseSpec, but throws the SpecError. */
export function validateSpec(input: unknown): Spec {
  const r = parseSpec(input);
  if (!r.ok) throw r.error;
  return r.spec;
}

/** recurrent.eigenvalues[0]; a key that is not an identifier is quoted: ["a b"]. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    const name = String(key);
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) return `${acc}[${JSON.stringify(name)}]`;
    return acc ? `${acc}.${name}` : name;
  }, '');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function describe(v: unknown): string {
  if (v === undefined) return words().nothing;
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  let text: string;
  try {
    text = JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x)) ?? typeof v;
  } catch {
    text = Object.prototype.toString.call(v); // cyclic or exotic input: say what it is, never throw
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Chrono initialisation (Tallec & Ollivier 2018, eq. 16): b_f = log(u), u ~ U[1, T_max - 1] per
 * unit, and b_i = -b_f, so unit i's forget gate keeps a value for about u_i steps: memory lengths
 * spread from 1 to T_max instead of one constant 1/(1 - sigma(b)) for every unit. T_max is
 * chronoMax, by default the sequence length.
 */
export function chronoBiases(spec: Pick<Spec, 'hidden' | 'steps' | 'chronoMax' | 'seed'>, uniform: () => number) {
  const tMax = spec.chronoMax ?? Math.max(2, spec.steps);
  return Float64Array.from({ length: spec.hidden }, () => Math.log(1 + uniform() * (tMax - 2)));
}
