// Workers handle one message at a time; awaiting this lets the messages already queued (a
// newer request) run first, so a worker can drop work a newer request made stale.

/** Resolves after the messages queued before the call have been handled. */
export const yieldToMessages = (): Promise<void> =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
