// The frame's postMessage API: a host page (a slide deck on a slide change) sends
// `{type: 'set', radius: 1.1, steps: 200}`; each key is a URL key and each value is read exactly
// as the same key in an address would be (model/url-state.ts), so a message can do what a link
// can and nothing else. A message with any problem changes nothing and is answered with
// `{type: 'error', message}`; the frame says `{type: 'ready', figure}` once its figure is drawn.
import { msg } from '../i18n/index';
import type { LabState } from '../model/lab-state';
import { PAGE_KEYS, queryToState } from '../model/url-state';

export type SetResult = { ok: true; state: LabState } | { ok: false; message: string };

/** An example of a set message, as the errors quote it. */
export const SET_EXAMPLE = '{type: "set", radius: 1.1}';

/** The settings a `set` message asks for, from the current ones; the message's fields checked as a URL's. */
export function readSetMessage(data: unknown, current: LabState): SetResult {
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, message: msg().embed.setNotObject(SET_EXAMPLE) };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === 'type') continue;
    // the frame shows one figure of one view, in the language it was opened in
    if (key === 'view' || (PAGE_KEYS as readonly string[]).includes(key))
      return { ok: false, message: msg().embed.setPageKey(key) };
    const text =
      typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean'
        ? String(value)
        : Array.isArray(value) && value.every((v) => typeof v === 'number' || typeof v === 'string')
          ? value.join(',')
          : null;
    if (text === null) return { ok: false, message: msg().embed.setValue(key) };
    params.set(key, text);
  }
  const read = queryToState(`?${params}`, current);
  if (read.notices.length) return { ok: false, message: read.notices.join('; ') };
  return { ok: true, state: read.state };
}

/** The fields a new state changes, with their new values (compared as the URL writes them). */
export function changedFields(from: LabState, to: LabState): (keyof LabState)[] {
  return (Object.keys(to) as (keyof LabState)[]).filter((k) => JSON.stringify(from[k]) !== JSON.stringify(to[k]));
}
