// Chart ticks and chart words follow the page's language: English exactly as d3 wrote them
// before the catalogue, Russian with a decimal comma and thin-space thousands from five digits.
import { afterEach, describe, expect, test } from 'vitest';
import * as d3 from 'd3';
import { linearTickFormat, numberFormat } from '../../src/lib/charts/ticks';
import { fixed, foreignWords, msg, setLocale, THIN_SPACE } from '../../src/lib/i18n/index';

afterEach(() => setLocale('en'));

describe('tick formats', () => {
  test("English is d3's own output", () => {
    for (const spec of ['d', '~g'])
      for (const v of [0, 1, -2, 0.8, 1.25, 1000, 20000, 123456, -0.5])
        expect(numberFormat(spec)(v)).toBe(d3.format(spec)(v));
    const y = d3.scaleLinear([0, 1]);
    const x = d3.scaleLinear([0, 25000]);
    for (const [scale, count] of [
      [y, 6],
      [x, 10]
    ] as const)
      for (const t of scale.ticks(count))
        expect(linearTickFormat(scale.domain(), count)(t)).toBe(scale.tickFormat(count)(t));
  });

  test('Russian: a decimal comma, no group in four digits, a thin space from five', () => {
    setLocale('ru');
    expect(numberFormat('~g')(0.8)).toBe('0,8');
    expect(numberFormat('~g')(-1.25)).toBe('−1,25');
    expect(numberFormat('d')(1000)).toBe('1000');
    expect(numberFormat('d')(20000)).toBe(`20${THIN_SPACE}000`);
    expect(numberFormat('~g')(0.00001)).toBe('0,00001'); // digits after the comma are never grouped
    const format = linearTickFormat([0, 1], 6);
    expect(d3.scaleLinear([0, 1]).ticks(6).map(format)).toEqual(['0,0', '0,2', '0,4', '0,6', '0,8', '1,0']);
    expect(linearTickFormat([0, 25000], 10)(15000)).toBe(`15${THIN_SPACE}000`);
  });
});

describe('chart words', () => {
  test('English is as it was', () => {
    const c = msg().charts;
    expect(c.colorLabel('10⁻⁶', '10⁶')).toBe(
      'colour scale from 10⁻⁶ (blue, shrunk) to 10⁶ (red, grown); values beyond are saturated'
    );
    expect(c.heatmapLabel('RNN |∂L/∂h|', 32, 101)).toBe('RNN |∂L/∂h|: 32 rows by 101 columns of colour');
    expect(c.slope(fixed(1.0234, 2))).toBe(': slope 1.02');
  });

  test('Russian: the legend, the table and the labels at real numbers', () => {
    setLocale('ru');
    const c = msg().charts;
    const texts = [
      c.colorLabel('10⁻⁶', '10⁶'),
      c.heatmapLabel('RNN |∂L/∂h|', 32, 101),
      `LSTM${c.slope(fixed(1.0234, 2))}`,
      c.valueAt(fixed(0.7312, 3), '12'),
      c.tableCaption('Норма градиента', c.ratioAxis, c.stepsBack),
      c.costCaption('Время'),
      c.underflow,
      c.range,
      c.limitsTooltip
    ];
    expect(texts[1]).toBe('RNN |∂L/∂h|: 32 строки на 101 столбец цветных клеток');
    expect(texts[2]).toBe('LSTM: наклон 1,02');
    expect(texts[3]).toBe('0,731 на шаге 12');
    for (const t of texts) expect(foreignWords(t), t).toEqual([]);
  });
});
