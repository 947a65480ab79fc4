// How numbers read on screen: powers of ten with superscripts, ratios in scientific notation.
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

/** A ratio given as log10, in plain or scientific notation: "0.73", "2.7e-5", "1.4e4", "10^-1505". */
export function ratioFromLog10(l: number): string {
  if (l === -Infinity) return 'exactly 0';
  if (!Number.isFinite(l)) return 'unknown';
  if (l >= 2 && l < 3) return String(Math.round(10 ** l)); // 750, not toPrecision's "7.5e+2"
  if (l > -3 && l < 2) return (10 ** l).toPrecision(2).replace(/\.?0+$/, '') || '0';
  if (Math.abs(l) > 300) return `${pow10Label(Math.floor(l))}`;
  const exp = Math.floor(l);
  const mant = 10 ** (l - exp);
  const m = mant.toFixed(1);
  return m === '10.0' ? `1.0e${exp + 1}` : `${m}e${exp}`;
}

/**
 * Every "1.5e-20" in a text typeset as "1.5 × 10⁻²⁰", for slides read from the back row. The
 * spaces are no-break spaces: a number is never split across two lines.
 */
export function typesetExponents(text: string): string {
  return text.replace(
    /\b(\d+(?:\.\d+)?)e([+-]?\d+)\b/g,
    (_, m: string, e: string) => `${m}\u00a0×\u00a0${pow10Label(+e)}`
  );
}

/** ratioFromLog10 with the exponent typeset: "1.0 × 10⁻²⁰" rather than "1.0e-20". */
export const typesetRatio = (l: number): string => typesetExponents(ratioFromLog10(l));
