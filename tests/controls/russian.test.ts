// The sidebar at lang=ru: every label and value text from the Russian catalogue, numbers with a
// decimal comma; and no English left written into the markup of the frame, the controls or the
// lecture tools (everything a reader sees comes from msg()).
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { fixed, foreignWords, integer, localNumber, msg, setLocale } from '../../src/lib/i18n/index';
import { besideOne } from '../../src/lib/figures/format';
import { sigmoidOf } from '../../src/lib/sim/theory';

afterEach(() => setLocale('en'));

describe('the controls in Russian', () => {
  test("the sliders' value texts count in Russian and write a decimal comma", () => {
    setLocale('ru');
    const m = msg().controls;
    expect([1, 2, 5, 21].map(m.stepsValue)).toEqual(['1 шаг', '2 шага', '5 шагов', '21 шаг']);
    expect(m.headsValue(4, 8)).toBe('4 головы, в каждой 8 нейронов');
    expect(m.windowValue(1)).toBe('последний 1 вход');
    expect(m.windowValue(64)).toBe('последние 64 входа');
    expect(m.chronoValue(21)).toBe('память до 21 шага');
    expect(m.decadesValue(10)).toBe('плюс-минус 10 порядков');
    const sigma = m.sigmaValue(fixed(1.25, 2), localNumber(besideOne(sigmoidOf(1.25), 3)));
    expect(sigma).toMatch(/^1,25, σ 0,7\d+$/);
    expect(m.byEigenvalues(12)).toContain('(их 12;');
    expect(m.chronoOverride(integer(99))).toContain('u из U[1, 99]');
    const texts = [sigma, m.stepsValue(100), m.headsValue(2, 16), m.chronoOverride('99'), m.compare.rule('4')];
    for (const t of texts) expect(foreignWords(t)).toEqual([]);
  });

  test('English stays as it was', () => {
    const m = msg().controls;
    expect(m.stepsValue(1)).toBe('1 steps');
    expect(m.headsValue(1, 32)).toBe('1 head of 32 units');
    expect(m.windowValue(2)).toBe('the last 2 inputs');
    expect(m.sigmaValue(fixed(1.25, 2), '0.78')).toBe('1.25, sigma 0.78');
  });
});

/** The text a component writes into its markup itself: text nodes and static labels, no {expressions}. */
function writtenText(source: string): string[] {
  let s = source.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<!--[\s\S]*?-->/g, ' ');
  const attributes = [...s.matchAll(/\b(?:aria-label|title|placeholder|alt)="([^"{]*)"/g)].map((m) => m[1]);
  for (let before = ''; before !== s;) [before, s] = [s, s.replace(/\{[^{}]*\}/g, ' ')];
  const text = s.replace(/<[^>]*>/g, '\n').split('\n');
  return [...attributes, ...text].map((t) => t.trim()).filter(Boolean);
}

describe('no English written into the markup', () => {
  const files = [
    'src/App.svelte',
    'src/lib/controls/Controls.svelte',
    'src/lib/controls/CompareChoice.svelte',
    'src/lib/controls/FormulaField.svelte',
    'src/lib/controls/SelectControl.svelte',
    'src/lib/controls/StopSlider.svelte',
    'src/lib/lecture/ShortcutsDialog.svelte',
    'src/lib/lecture/TourBar.svelte'
  ];
  test.each(files)('%s', (file) => {
    const english = writtenText(readFileSync(file, 'utf8')).filter((t) => foreignWords(t).length > 0);
    expect(english).toEqual([]);
  });
});
