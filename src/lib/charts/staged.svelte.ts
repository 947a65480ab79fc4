// A view that mounts a lot of DOM at once (the explorer at n = 256: 256 eigenvalue handles,
// three 300 x 300 maps) would block the page for one long task. `staged()` turns true one task
// after the first frame, so the rest of a view can mount in a task of its own.

/**
 * Call during component initialisation; `ready` becomes true one task after the next frame,
 * counted from when `after()` is true (to chain stages: `staged(() => first.ready)`).
 */
export function staged(after: () => boolean = () => true): { readonly ready: boolean } {
  let ready = $state(false);
  $effect(() => {
    if (ready || !after()) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => (ready = true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  });
  return {
    get ready() {
      return ready;
    }
  };
}
