// A worker builds its messages in its own copy of the modules, English until told: each request
// carries the page's language and the handler takes it, so a refusal comes back as the page
// speaks (issue 20). Run here with a stand-in for the worker's postMessage.
import { afterEach, describe, expect, it } from 'vitest';
import { foreignWords, getLocale, setLocale } from '../../src/lib/i18n/index';
import { onCostRequest } from '../../src/lib/worker/cost-handler';
import type { CostReply } from '../../src/lib/worker/cost-protocol';

const posted: CostReply[] = [];
(globalThis as unknown as { self: unknown }).self = { postMessage: (m: CostReply) => posted.push(m) };

afterEach(() => {
  posted.length = 0;
  setLocale('en');
});

const job = { specs: [{ arch: 'rnn' as const, hidden: 300, recurrent: { radius: 0.9 } }], lengths: [10], budgetMs: 50 };

describe("the worker answers in the page's language", () => {
  it('a request from a Russian page: the refusal in Russian', () => {
    onCostRequest({ kind: 'cost', id: 1, job, locale: 'ru' });
    expect(getLocale()).toBe('ru');
    const reply = posted[0] as Extract<CostReply, { error: string }>;
    expect(reply.error).toBe('число скрытых нейронов: должно быть целым числом от 1 до 256, получено 300');
    expect(foreignWords(reply.error)).toEqual([]);
  });

  it('a request that names no language (or English): English, as before', () => {
    setLocale('en');
    onCostRequest({ kind: 'cost', id: 2, job });
    onCostRequest({ kind: 'cost', id: 3, job, locale: 'en' });
    const errors = posted.map((m) => (m as Extract<CostReply, { error: string }>).error);
    expect(errors).toEqual(Array(2).fill('hidden: must be an integer from 1 to 256, got 300'));
  });
});
