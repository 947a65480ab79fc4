import { afterEach, describe, expect, test } from 'vitest';
import {
  d3NumberLocale,
  fixed,
  integer,
  localizeNumbers,
  localNumber,
  plural,
  precision,
  setLocale,
  THIN_SPACE
} from '../../src/lib/i18n/index';

afterEach(() => setLocale('en'));

describe('numbers in English', () => {
  test('are what the page always printed', () => {
    expect(fixed(0.7314, 3)).toBe('0.731');
    expect(integer(12000)).toBe('12000');
    expect(precision(123456, 2)).toBe('1.2e5');
    expect(localizeNumbers('σ(8)⁵⁰⁰ = 0.85 after 12000 steps')).toBe('σ(8)⁵⁰⁰ = 0.85 after 12000 steps');
    expect(plural(1, { one: 'step', other: 'steps' })).toBe('1 step');
    expect(plural(2, { one: 'step', other: 'steps' })).toBe('2 steps');
  });
});

describe('numbers in Russian', () => {
  test('decimal comma, thin-space thousands from five digits on', () => {
    setLocale('ru');
    expect(fixed(0.7314, 3)).toBe('0,731');
    expect(integer(1000)).toBe('1000');
    expect(integer(12000)).toBe(`12${THIN_SPACE}000`);
    expect(integer(-1234567)).toBe(`-1${THIN_SPACE}234${THIN_SPACE}567`);
    expect(localNumber('2.7e-5')).toBe('2,7e-5');
    expect(localNumber('v2.1')).toBe('v2.1');
  });
  test('in a text: numbers change, words with digits do not', () => {
    setLocale('ru');
    expect(localizeNumbers('ρ = 0.95, T = 10000, log10 |∂L/∂h|, b_f = 1.5')).toBe(
      `ρ = 0,95, T = 10${THIN_SPACE}000, log10 |∂L/∂h|, b_f = 1,5`
    );
  });
  test('plural forms: 1 шаг, 3 шага, 5 шагов, 21 шаг, 1,5 шага', () => {
    setLocale('ru');
    const f = { one: 'шаг', few: 'шага', many: 'шагов', other: 'шага' };
    expect([1, 3, 5, 11, 21, 1.5].map((n) => plural(n, f))).toEqual([
      '1 шаг',
      '3 шага',
      '5 шагов',
      '11 шагов',
      '21 шаг',
      '1,5 шага'
    ]);
  });
  test('d3 axes get the same style', () => {
    setLocale('ru');
    expect(d3NumberLocale()).toMatchObject({ decimal: ',', thousands: THIN_SPACE });
  });
});
