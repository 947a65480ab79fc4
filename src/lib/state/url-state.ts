// The lab state in the URL: every control, so a link reproduces the exact figure. Reading
// a URL edited by hand goes through the engine's own schema (spec.ts, shared with the CLI)
// field by field, then the page's narrower ranges; whatever is malformed is dropped or
// clamped with a notice naming the field. Notices are plain text: nothing from the URL is
// ever inserted as HTML.
import { parseSpec } from '../sim/spec';
import { clampField, COMPARISONS, DEFAULT_STATE, FIELDS, type Comparison, type LabState } from './lab-state';

/** URL parameter -> state field; the names are the spec's wherever the spec has the field. */
const NUMERIC = ['steps', 'radius', 'forgetBias', 'updateBias', 'hidden', 'inputScale', 'seed', 'decades'] as const;
/** Fields the engine schema knows, with how to put the URL value into a spec to check it. */
const SPEC_CHECK: Partial<Record<keyof LabState, (v: unknown) => unknown>> = {
  steps: (v) => ({ steps: v }),
  radius: (v) => ({ recurrent: { radius: v } }),
  forgetBias: (v) => ({ forgetBias: v }),
  updateBias: (v) => ({ updateBias: v }),
  hidden: (v) => ({ hidden: v }),
  inputScale: (v) => ({ inputScale: v }),
  seed: (v) => ({ seed: v }),
  activation: (v) => ({ activation: v })
};
const ORDER: (keyof LabState)[] = ['compare', 'steps', 'radius', 'init', 'activation', 'forgetBias', 'updateBias', 'hidden', 'inputScale', 'seed', 'decades'];

/** Every field, in a fixed order, so equal states give equal URLs. Extra parameters (the tour step) go after. */
export function stateToQuery(state: LabState, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of ORDER) params.set(key, String(state[key]));
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return `?${params.toString()}`;
}

export interface UrlRead {
  state: LabState;
  /** One line per field that was dropped or changed: field, allowed values, what was given. */
  notices: string[];
  /** parameters that are not lab state (the tour step), as given */
  extra: Record<string, string>;
}

const show = (raw: string) => JSON.stringify(raw.length > 40 ? `${raw.slice(0, 37)}...` : raw);

export function queryToState(search: string, base: LabState = DEFAULT_STATE): UrlRead {
  const params = new URLSearchParams(search);
  const state: LabState = { ...base };
  const notices: string[] = [];
  const extra: Record<string, string> = {};
  for (const [key, raw] of params) {
    if (key === 'tour') {
      extra.tour = raw;
      continue;
    }
    if (!(ORDER as string[]).includes(key)) {
      notices.push(`${show(key)} is not a lab setting and was ignored (settings: ${ORDER.join(', ')})`);
      continue;
    }
    const field = key as keyof LabState;
    if (field === 'compare') {
      if (raw in COMPARISONS) state.compare = raw as Comparison;
      else notices.push(`compare: must be one of ${Object.keys(COMPARISONS).join(', ')}, got ${show(raw)}; kept ${state.compare}`);
      continue;
    }
    if (field === 'init') {
      // the engine also knows eigenvalues and explicit, which need more than a URL field
      if (raw === 'orthogonal' || raw === 'gaussian') state.init = raw;
      else notices.push(`init: must be one of orthogonal, gaussian, got ${show(raw)}; kept ${state.init}`);
      continue;
    }
    const isNumeric = (NUMERIC as readonly string[]).includes(field);
    const value: unknown = isNumeric && raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
    const check = SPEC_CHECK[field];
    const verdict = check ? parseSpec(check(value)) : { ok: true as const };
    if (!isNumeric) {
      if (verdict.ok) (state as unknown as Record<string, unknown>)[field] = value;
      else notices.push(`${verdict.error.message}; kept ${String(state[field])}`);
      continue;
    }
    const numericField = field as (typeof NUMERIC)[number];
    if (typeof value !== 'number') {
      notices.push(`${verdict.ok ? `${FIELDS[numericField].label}: must be a number` : verdict.error.message}; kept ${String(state[numericField])}`);
      continue;
    }
    // A number: out of the engine's range or the page's, it is clamped to the page's range.
    const clamped = clampField(numericField, value, state[numericField]);
    state[numericField] = clamped.value;
    if (!verdict.ok) notices.push(`${verdict.error.message}; set to ${clamped.value}`);
    else if (clamped.message) notices.push(clamped.message);
  }
  return { state, notices, extra };
}
