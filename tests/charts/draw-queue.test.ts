import { describe, expect, it } from 'vitest';
import { HEAVY_CELLS, queuedDraws, scheduleDraw } from '../../src/lib/charts/draw-queue';

/** Resolves after the queue's next message-channel task (and the ones queued before it). */
const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

describe('scheduleDraw', () => {
  it('runs a small draw at once, inside the caller', () => {
    let ran = 0;
    scheduleDraw({}, HEAVY_CELLS - 1, () => ran++);
    expect(ran).toBe(1);
  });

  it('runs heavy draws later, one per task, in the order they were asked for', async () => {
    const order: number[] = [];
    const seenAfter: number[] = []; // draws done when each draw's task ended (its microtasks ran)
    [{}, {}, {}].forEach((o, i) =>
      scheduleDraw(o, HEAVY_CELLS, () => {
        order.push(i);
        queueMicrotask(() => seenAfter.push(order.length));
      })
    );
    expect(order).toEqual([]);
    expect(queuedDraws()).toBe(3);
    for (let i = 0; i < 10 && queuedDraws() > 0; i++) await nextTask();
    await nextTask();
    expect(order).toEqual([0, 1, 2]);
    expect(seenAfter).toEqual([1, 2, 3]); // all in one task would give [3, 3, 3]
    expect(queuedDraws()).toBe(0);
  });

  it('keeps only the newest draw of an owner, and cancels on teardown', async () => {
    const owner = {};
    const seen: number[] = [];
    scheduleDraw(owner, HEAVY_CELLS, () => seen.push(1));
    scheduleDraw(owner, HEAVY_CELLS, () => seen.push(2));
    const cancelled = {};
    const cancel = scheduleDraw(cancelled, HEAVY_CELLS, () => seen.push(3));
    cancel();
    await nextTask();
    await nextTask();
    expect(seen).toEqual([2]);
  });

  it('a small draw for an owner drops its queued heavy one (the newest settings win)', async () => {
    const owner = {};
    const seen: string[] = [];
    scheduleDraw(owner, HEAVY_CELLS * 4, () => seen.push('heavy'));
    scheduleDraw(owner, 10, () => seen.push('small'));
    await nextTask();
    expect(seen).toEqual(['small']);
  });

  it('a draw that throws does not stall the ones behind it', async () => {
    const seen: number[] = [];
    scheduleDraw({}, HEAVY_CELLS, () => {
      throw new Error('boom');
    });
    scheduleDraw({}, HEAVY_CELLS, () => seen.push(1));
    const errors: unknown[] = [];
    const onError = (e: unknown) => errors.push(e);
    process.on('uncaughtException', onError);
    for (let i = 0; i < 5; i++) await nextTask();
    process.off('uncaughtException', onError);
    expect(seen).toEqual([1]);
  });
});
