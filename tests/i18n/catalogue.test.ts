// Every language has every message of the English catalogue, of the same kind (a text or a
// function of the same arity), and the Russian texts hold no Latin word beyond the allowed
// symbols and names (i18n/latin.ts). The type check catches a missing key; this test also
// catches one hidden behind a cast, and an English text pasted in untranslated.
import { describe, expect, test } from 'vitest';
import { CATALOGUES, foreignWords } from '../../src/lib/i18n/index';

type Tree = { [key: string]: unknown };

/** [path, value] for every leaf: "controls.steps" -> text or function. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? leaves(v as Tree, `${prefix}${k}.`) : [[prefix + k, v]]
  );
}

const en = new Map(leaves(CATALOGUES.en as unknown as Tree));

describe('the catalogues', () => {
  test('English has messages (the test reads something)', () => {
    expect(en.size).toBeGreaterThan(0);
  });
  for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
    if (locale === 'en') continue;
    const other = new Map(leaves(catalogue as unknown as Tree));
    test(`${locale} has every English key and no other`, () => {
      expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
    });
    test(`${locale}: each message is of the English kind (text, list, or function of the same arity)`, () => {
      const wrong = [...en].filter(([k, v]) => {
        const o = other.get(k);
        if (typeof v === 'function') return typeof o !== 'function' || o.length !== v.length;
        if (Array.isArray(v)) return !Array.isArray(o) || o.length !== v.length;
        return typeof o !== typeof v;
      });
      expect(wrong.map(([k]) => k)).toEqual([]);
    });
    test(`${locale}: no text is left in English (Latin words beyond symbols and names)`, () => {
      const texts = [...other].flatMap(([k, v]) =>
        typeof v === 'string' ? [[k, v]] : Array.isArray(v) ? v.map((x, i) => [`${k}[${i}]`, String(x)]) : []
      );
      const english = texts.filter(([, v]) => foreignWords(v).length > 0).map(([k, v]) => `${k}: ${v}`);
      expect(english).toEqual([]);
    });
  }
});

describe('foreignWords', () => {
  test('finds English words and lets symbols, model names and authors through', () => {
    expect(foreignWords('Градиент RNN и LSTM, tanh, b_f, log10, x₁, Bengio et al.')).toEqual([]);
    expect(foreignWords('Градиент steps назад')).toEqual(['steps']);
  });
});
