// How numbers read on screen: powers of ten with superscripts, ratios in scientific notation, in
// the page's language (decimal comma in Russian: "0,73", "1,5 × 10⁻²⁰"). The numeric work is done
// on English digits (the *Digits functions, which code may parse back); only the text returned for
// the screen is localized, so English output is what it always was.
import { getLocale, localNumber, msg, fixed } from '../i18n/index';

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹'
};

/** An integer exponent in superscript digits: 100 -> "¹⁰⁰". As text it keeps the line's height (a <sup> does not). */
export function superscript(k: number): string {
  return String(Math.round(k)).replace(/[-0-9]/g, (c) => SUPERSCRIPT[c]);
}

/** 10^k as "10⁻²⁰"; 10^0 as "1". */
export function pow10Label(k: number): string {
  if (k === 0) return '1';
  return `10${superscript(k)}`;
}

/**
 * A ratio given as log10 in English digits, for code that computes with it: "0.73", "2.7e-5",
 * "1.4e4", "10⁻¹⁵⁰⁵"; "" for an exact zero or a non-finite value (ratioFromLog10 names those).
 */
export function ratioDigits(l: number): string {
  if (!Number.isFinite(l)) return '';
  // 100..999 as whole numbers (750, not toPrecision's "7.5e+2"; 99.7 rounds to 100, not "1.0e+2")
  if (l >= Math.log10(99.5) && l < 3) return String(Math.round(10 ** l));
  if (l > -3 && l < 3) {
    const s = (10 ** l).toPrecision(2);
    return s.includes('.') ? s.replace(/\.?0+$/, '') : s; // "1.0" -> "1", but "20" stays 20
  }
  if (Math.abs(l) > 300) return `${pow10Label(Math.floor(l))}`;
  const exp = Math.floor(l);
  const mant = 10 ** (l - exp);
  const m = mant.toFixed(1);
  return m === '10.0' ? `1.0e${exp + 1}` : `${m}e${exp}`;
}

/**
 * A ratio given as log10, in plain or scientific notation: "0.73", "2.7e-5", "1.4e4", "10^-1505";
 * in the page's language ("0,73" in Russian).
 */
export function ratioFromLog10(l: number): string {
  if (l === -Infinity) return msg().figures.format.exactlyZero;
  if (!Number.isFinite(l)) return msg().figures.format.unknown;
  return localNumber(ratioDigits(l));
}

/**
 * Every "1.5e-20" in a text typeset as "1.5 × 10⁻²⁰", for slides read from the back row. The
 * spaces are no-break spaces: a number is never split across two lines.
 */
export function typesetExponents(text: string): string {
  // a number on its own (not "v2.1e3", not "3.0e-1.5", but "1.3e30." at a sentence's end); 1e0 is just 1.
  // Another language's decimal comma counts too ("1,5e-20"), but never in English, whose commas separate.
  const number = getLocale() === 'en' ? ENGLISH_EXPONENT : ANY_EXPONENT;
  return text.replace(number, (_, m: string, e: string) => (+e === 0 ? m : `${m}\u00a0×\u00a0${pow10Label(+e)}`));
}
const ENGLISH_EXPONENT = /(?<![\w.])(\d+(?:\.\d+)?)e([+-]?\d+)(?!\w|\.\d)/g;
const ANY_EXPONENT = /(?<![\w.,])(\d+(?:[.,]\d+)?)e([+-]?\d+)(?!\w|[.,]\d)/g;

/** ratioFromLog10 with the exponent typeset: "1.0 × 10⁻²⁰" rather than "1.0e-20". */
export const typesetRatio = (l: number): string => typesetExponents(ratioFromLog10(l));

/**
 * A fraction as a percentage with two or three significant digits, never rounded to a
 * misleading 100%: "50%", "99.6%", "7.8%", "0.78%", ">99.9%" ("99,6 %" in Russian).
 */
export function percentText(f: number): string {
  const percent = msg().figures.format.percent;
  if (f === 1) return percent('100');
  if (f >= 0.9995) return `>${percent(localNumber('99.9'))}`;
  const pct = 100 * f;
  const text = pct >= 10 ? pct.toFixed(1) : pct.toPrecision(2);
  return percent(localNumber(text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text));
}

/** besideOne in English digits, for code that parses it back (+s): never for the screen. */
export function besideOneDigits(v: number, decimals = 2, tolerance = 0): string {
  let s = v.toFixed(decimals);
  if (Math.abs(v - 1) <= tolerance) return s; // rounding noise (an SVD's 1 + 2e-16) is 1
  for (let d = decimals + 1; d <= 20 && Math.sign(+s - 1) !== Math.sign(v - 1); d++) s = v.toFixed(d);
  return s;
}

/**
 * A number with `decimals` decimals, or more where needed to stay on its side of 1: a slope of
 * 0.9999999999999996 is "0.9999999999999996", never "1.0000" beside "< 1". Within `tolerance` of 1
 * it is taken for 1. In the page's language ("0,50"); besideOneDigits is the same in English digits.
 */
export const besideOne = (v: number, decimals = 2, tolerance = 0): string =>
  localNumber(besideOneDigits(v, decimals, tolerance));

/** powerBaseText in English digits, for code that computes with it. */
export function powerBaseDigits(base: number, T: number, decimals = 2): string {
  const power = (b: number) => {
    const l = T * Math.log10(b);
    return Number.isFinite(l) ? ratioDigits(l) : l === -Infinity ? '0' : '?';
  };
  const want = power(base);
  let s = besideOneDigits(base, decimals, 1e-12);
  for (let d = s.length - s.indexOf('.'); d <= 20 && power(+s) !== want; d++) s = base.toFixed(d);
  return s;
}

/**
 * The base of a power base^T with enough decimals for the power to be right: σ(8) = 0.99966 to
 * the 100th is 0.97, and "1.000¹⁰⁰ = 0.97" would be false. At least `decimals`; never printed as
 * 1 unless it is 1. In the page's language ("0,731").
 */
export const powerBaseText = (base: number, T: number, decimals = 2): string =>
  localNumber(powerBaseDigits(base, T, decimals));

/** γ = sup |φ′| (Pascanu et al. 2013) as text: a φ′ without bound has no γ to print. */
export function gammaText(gamma: number, digits = 3): string {
  if (gamma === Infinity) return msg().figures.format.unbounded;
  return Number.isFinite(gamma) ? fixed(gamma, digits) : msg().figures.format.notFinite;
}

/** "≈ 1.000", or "is unbounded": what follows "γ = sup|φ′|" on screen. */
export const gammaClause = (gamma: number): string =>
  Number.isFinite(gamma) ? `≈ ${gammaText(gamma)}` : msg().figures.format.gammaIs(gammaText(gamma));

/** "RNN", "RNN and LSTM", "RNN, LSTM and GRU" ("RNN, LSTM и GRU"). */
export const listText = (parts: readonly string[]): string =>
  parts.length < 2
    ? parts.join('')
    : `${parts.slice(0, -1).join(', ')} ${msg().figures.format.and} ${parts[parts.length - 1]}`;
