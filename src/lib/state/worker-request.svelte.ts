// One sweep request at a time, keyed on what it computes: the phase diagrams and the
// connectivity maps both follow the settings on screen this way. An empty key (not shown, or
// a newer engine run under way, which gets the CPU first) cancels the request in flight; a key
// whose maps are complete on screen (back from a view switch or a run) is not recomputed.
import { untrack } from 'svelte';
import { SweepClient } from '../worker/sweep-client';

/**
 * Call during component initialisation. start(client, done) sends the request for the
 * current key (read untracked) and calls done() when its maps are complete; it may return a
 * cleanup, run when the key changes.
 */
export function keyedWorkerRequest(
  key: () => string,
  start: (client: SweepClient, done: () => void) => (() => void) | void
): void {
  let client: SweepClient | null = null;
  let completedKey = '';
  $effect(() => () => client?.terminate());
  $effect(() => {
    const requested = key();
    if (!requested) {
      client?.cancel();
      return;
    }
    if (requested === completedKey) return;
    completedKey = '';
    const c = (client ??= new SweepClient());
    return untrack(() => start(c, () => (completedKey = requested)));
  });
}
