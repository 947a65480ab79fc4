// The lab state in the URL: every control, so a link reproduces the exact figure. Reading
// a URL edited by hand goes through the engine's own schema (spec.ts, shared with the CLI)
// field by field, then the page's narrower ranges; whatever is malformed is dropped or
// clamped with a notice naming the field. Notices are plain text: nothing from the URL is
// ever inserted as HTML.
import { formulaProblem } from '../sim/nonlinearity';
import { ARCHS, FORGET_INITS, LIMITS, parseSpec } from '../sim/spec';
import { TASKS } from '../sim/train/task-registry';
import type { Arch } from '../sim/spec';
import {
  ARCH_FIELD_NAMES,
  clampEigenPart,
  clampField,
  clampHeads,
  compareProblem,
  DEFAULT_STATE,
  fieldInUse,
  hiddenUnits,
  inArchOrder,
  LEGACY_COMPARE,
  MAX_COMPARED,
  EIGEN_LIMIT,
  LATCH_FIELDS,
  TRAIN_FIELDS,
  VIEWS,
  type View,
  type Eigenvalue,
  type LabState
} from './lab-state';
import { readSweepSteps } from './length-sweep';
import { localNumber, msg } from '../i18n/index';

/** A number as the page's language writes it. */
const num = (x: number): string => localNumber(String(x));

/** URL parameter -> state field; the names are the spec's wherever the spec has the field. */
const NUMERIC = [
  'steps',
  'radius',
  'forgetBias',
  'updateBias',
  'hidden',
  'inputScale',
  'seed',
  'decades',
  'condition',
  'chronoMax',
  ...ARCH_FIELD_NAMES,
  ...LATCH_FIELDS,
  ...TRAIN_FIELDS,
  'sweepSeeds'
] as const;
/** Fields the engine schema knows, with how to put the URL value into a spec to check it. */
const SPEC_CHECK: Partial<Record<keyof LabState, (v: unknown) => unknown>> = {
  steps: (v) => ({ steps: v }),
  radius: (v) => ({ recurrent: { radius: v } }),
  forgetBias: (v) => ({ forgetBias: v }),
  updateBias: (v) => ({ updateBias: v }),
  hidden: (v) => ({ hidden: v }),
  inputScale: (v) => ({ inputScale: v }),
  seed: (v) => ({ seed: v }),
  // the formula is checked on its own; here only the activation's name
  activation: (v) => ({ activation: v, ...(v === 'custom' ? { formula: 'x' } : {}) })
};
const ORDER: (keyof LabState)[] = [
  'view',
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
  'bidirectional'
];
const TRAIN_CHOICES = ['trainTask', 'trainOptimizer'] as const;
/** The length sweep's choices: with the training's fields (sweepSteps=20,100,500&sweepSeeds=3). */
const SWEEP_FIELDS = ['sweepSteps', 'sweepSeeds'] as const;
/**
 * Written only when in use: the formula with a custom activation, eig and condition with the
 * eigenvalue init, heads and positionScale with attention compared, window with the window, the
 * latch's fields on the latch view, the training's on the training view, each group also when it
 * differs from the defaults.
 */
const CONDITIONAL = [
  'formula',
  'eig',
  'condition',
  // chrono init: forgetInit with an LSTM compared, chronoMax with chrono on, each also when not the default
  'forgetInit',
  'chronoMax',
  ...ARCH_FIELD_NAMES,
  ...LATCH_FIELDS,
  ...TRAIN_FIELDS,
  ...TRAIN_CHOICES,
  ...SWEEP_FIELDS
];
const KNOWN = [...ORDER, ...CONDITIONAL];

/** Eigenvalues as "re:im" with im >= 0; each complex one stands for its conjugate pair. */
export function eigenvaluesToText(values: Eigenvalue[]): string {
  return values
    .filter(([, im]) => im >= 0)
    .map(([re, im]) => `${+re.toFixed(4)}:${+im.toFixed(4)}`)
    .join(',');
}

/** The inverse of eigenvaluesToText, clamping each part into the explorer's square; notices say what changed. */
export function textToEigenvalues(text: string, notices: string[]): Eigenvalue[] | null {
  const out: Eigenvalue[] = [];
  for (const token of text.split(',')) {
    const parts = token.split(':').map((x) => (x.trim() === '' ? NaN : Number(x)));
    if (parts.length !== 2 || !parts.every(Number.isFinite)) {
      notices.push(msg().model.url.eigFormat(show(token)));
      return null;
    }
    let [re, im] = parts;
    if (Math.abs(re) > EIGEN_LIMIT || Math.abs(im) > EIGEN_LIMIT) {
      notices.push(msg().model.url.eigRange(num(EIGEN_LIMIT), `${re}:${im}`));
    }
    re = clampEigenPart(re);
    im = clampEigenPart(im);
    im = Math.abs(im);
    if (im === 0) out.push([re, 0]);
    else out.push([re, im], [re, -im]);
  }
  if (out.length > LIMITS.hidden[1]) {
    notices.push(msg().model.url.eigCount(num(LIMITS.hidden[1]), num(out.length)));
    return null;
  }
  return out;
}

/** Every field, in a fixed order, so equal states give equal URLs. Extra parameters (the tour step) go after. */
export function stateToQuery(state: LabState, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of ORDER) params.set(key, key === 'compare' ? state.compare.join(',') : String(state[key]));
  for (const f of ARCH_FIELD_NAMES)
    if (fieldInUse(state, f) || state[f] !== DEFAULT_STATE[f]) params.set(f, String(state[f]));
  if (state.activation === 'custom') params.set('formula', state.formula);
  if (state.compare.includes('lstm') || state.forgetInit !== DEFAULT_STATE.forgetInit)
    params.set('forgetInit', state.forgetInit);
  if (state.forgetInit === 'chrono' || state.chronoMax !== DEFAULT_STATE.chronoMax)
    params.set('chronoMax', String(state.chronoMax));
  if (state.init === 'eigenvalues') {
    params.set('eig', eigenvaluesToText(state.eigenvalues));
    params.set('condition', String(state.condition));
  }
  const latchChanged = LATCH_FIELDS.some((f) => state[f] !== DEFAULT_STATE[f]);
  if (state.view === 'latch' || latchChanged) for (const f of LATCH_FIELDS) params.set(f, String(state[f]));
  const trainKeys = [...TRAIN_CHOICES, ...TRAIN_FIELDS];
  const trainChanged = trainKeys.some((f) => state[f] !== DEFAULT_STATE[f]);
  if (state.view === 'training' || trainChanged) for (const f of trainKeys) params.set(f, String(state[f]));
  const sweepChanged = SWEEP_FIELDS.some((f) => String(state[f]) !== String(DEFAULT_STATE[f]));
  if (state.view === 'training' || sweepChanged) for (const f of SWEEP_FIELDS) params.set(f, String(state[f]));
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  // compare=rnn,lstm,attention as a person writes it: a comma needs no escape in a query
  // and so are the sweep's lengths (sweepSteps=20,100,500): digits and commas only
  const plain = (key: string, text: string) => (q: string) =>
    q.replace(`${key}=${encodeURIComponent(text)}`, `${key}=${text}`);
  const lengths = String(state.sweepSteps);
  const compare = plain('compare', state.compare.join(','));
  return `?${plain('sweepSteps', lengths)(compare(params.toString()))}`;
}

/**
 * Parameters of the page rather than of the lab: the tour step, the language, and an embedded
 * figure with its control strip. They are read into `extra` and written back after the settings.
 */
export const PAGE_KEYS = ['tour', 'lang', 'embed', 'controls'] as const;

export interface UrlRead {
  state: LabState;
  /** One line per field that was dropped or changed: field, allowed values, what was given. */
  notices: string[];
  /** parameters that are not lab state (PAGE_KEYS: the tour step, the language), as given */
  extra: Record<string, string>;
}

/** At most this many notices are shown for one address; the rest are counted. */
export const MAX_NOTICES = 8;

/**
 * The notices as the page shows them: each distinct one once, with how often it occurred, at most
 * MAX_NOTICES of them and a count of the rest. A hand-edited or garbled link (`?a=1&` pasted 2000
 * times) must not bury the page under identical lines.
 */
export function summarizeNotices(notices: string[]): string[] {
  const counts = new Map<string, number>();
  for (const n of notices) counts.set(n, (counts.get(n) ?? 0) + 1);
  const m = msg().model.url;
  const lines = [...counts].map(([n, k]) => (k > 1 ? m.repeated(n, k) : n));
  if (lines.length <= MAX_NOTICES) return lines;
  const rest = lines.length - (MAX_NOTICES - 1);
  return [...lines.slice(0, MAX_NOTICES - 1), m.more(rest)];
}

const show = (raw: string) => JSON.stringify(raw.length > 40 ? `${raw.slice(0, 37)}...` : raw);

/**
 * The compared set from the URL: 1 to MAX_COMPARED distinct archs separated by commas, any order,
 * or an old link's name (rnn-lstm, rnn-gru, lstm-gru, rnn-lstm-gru). A string is the notice.
 */
export function readCompare(raw: string): Arch[] | string {
  if (Object.hasOwn(LEGACY_COMPARE, raw)) return [...LEGACY_COMPARE[raw]];
  const names = raw.split(',').map((a) => a.trim());
  const problem = compareProblem(raw.trim() === '' ? [] : names);
  if (!problem) return inArchOrder(names as Arch[]);
  return msg().model.compare.rule(num(MAX_COMPARED), ARCHS.join(', '), show(raw), problem);
}

export function queryToState(search: string, base: LabState = DEFAULT_STATE): UrlRead {
  const params = new URLSearchParams(search);
  const state: LabState = { ...base };
  const notices: string[] = [];
  const extra: Record<string, string> = {};
  const m = msg().model.url;
  for (const [key, raw] of params) {
    if ((PAGE_KEYS as readonly string[]).includes(key)) {
      extra[key] = raw;
      continue;
    }
    if (!(KNOWN as string[]).includes(key)) {
      notices.push(m.unknownKey(show(key), KNOWN.join(', ')));
      continue;
    }
    if (key === 'eig') {
      const values = textToEigenvalues(raw, notices);
      if (values) state.eigenvalues = values;
      continue;
    }
    if (key === 'formula') {
      const problem = formulaProblem(raw);
      if (problem) notices.push(m.formula(problem, show(raw), show(state.formula)));
      else state.formula = raw;
      continue;
    }
    if (key === 'view') {
      if ((VIEWS as readonly string[]).includes(raw)) state.view = raw as View;
      else notices.push(m.oneOf('view', VIEWS.join(', '), show(raw), state.view));
      continue;
    }
    if (key === 'trainTask' || key === 'trainOptimizer') {
      const allowed: readonly string[] = key === 'trainTask' ? TASKS : ['adam', 'sgd'];
      if (allowed.includes(raw)) (state as unknown as Record<string, string>)[key] = raw;
      else notices.push(m.oneOf(key, allowed.join(', '), show(raw), state[key]));
      continue;
    }
    if (key === 'forgetInit') {
      if ((FORGET_INITS as readonly string[]).includes(raw)) state.forgetInit = raw as LabState['forgetInit'];
      else notices.push(m.oneOf('forgetInit', FORGET_INITS.join(', '), show(raw), state.forgetInit));
      continue;
    }
    if (key === 'sweepSteps') {
      const read = readSweepSteps(raw);
      if (read.ok) state.sweepSteps = read.value;
      else notices.push(m.kept(read.problem, state.sweepSteps.join(',')));
      continue;
    }
    if (key === 'bidirectional') {
      if (raw === 'true' || raw === 'false') state.bidirectional = raw === 'true';
      else notices.push(m.trueOrFalse('bidirectional', show(raw), String(state.bidirectional)));
      continue;
    }
    const field = key as keyof LabState;
    if (field === 'compare') {
      const read = readCompare(raw);
      if (Array.isArray(read)) state.compare = read;
      else notices.push(m.kept(read, state.compare.join(',')));
      continue;
    }
    if (field === 'init') {
      // the engine also knows eigenvalues and explicit, which need more than a URL field
      if (raw === 'orthogonal' || raw === 'gaussian' || raw === 'eigenvalues') state.init = raw;
      else notices.push(m.oneOf('init', 'orthogonal, gaussian, eigenvalues', show(raw), state.init));
      continue;
    }
    const isNumeric = (NUMERIC as readonly string[]).includes(field);
    const value: unknown = isNumeric && raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
    const check = SPEC_CHECK[field];
    const verdict = check ? parseSpec(check(value)) : { ok: true as const };
    if (!isNumeric) {
      if (verdict.ok) (state as unknown as Record<string, unknown>)[field] = value;
      else notices.push(m.kept(verdict.error.message, String(state[field])));
      continue;
    }
    // Out of the engine's range or the page's, or not a number at all: clamped to the page's
    // range or kept, with a message naming the URL's field, the page's range (the engine's may
    // be wider) and the text as given.
    const numericField = field as (typeof NUMERIC)[number];
    const clamped = clampField(numericField, raw, state[numericField], field);
    state[numericField] = clamped.value;
    if (clamped.message) notices.push(clamped.message);
    else if (!verdict.ok) notices.push(m.setTo(verdict.error.message, num(clamped.value)));
  }
  if (state.init === 'eigenvalues' && state.eigenvalues.length === 0) {
    notices.push(m.eigMissing('eig'));
    state.init = 'orthogonal';
  }
  if (state.activation === 'custom' && formulaProblem(state.formula)) state.activation = base.activation;
  // read last: the hidden size (or the eigenvalues) may come after heads in the address
  const heads = clampHeads(state.heads, base.heads, hiddenUnits(state), 'heads');
  if (heads.message) notices.push(heads.message);
  state.heads = heads.value;
  return { state, notices: summarizeNotices(notices), extra };
}
