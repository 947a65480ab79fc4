// Numbers as the language writes them. English keeps what the page always printed ("0.731",
// "12000"); Russian writes a decimal comma and groups the thousands of numbers of five digits or
// more with a narrow no-break space ("0,731", "12 000", but "1000": a four-digit number is not
// split, as Russian typography has it). Exponents stay typeset by figures/format.ts.
import { getLocale, type Locale } from './locale';

/** U+202F NARROW NO-BREAK SPACE: a thin space that never breaks a number across lines. */
export const THIN_SPACE = '\u202f';

interface NumberStyle {
  decimal: string;
  thousands: string;
  /** group the integer part only from this many digits on */
  groupFrom: number;
}

const STYLES: Record<Locale, NumberStyle> = {
  en: { decimal: '.', thousands: '', groupFrom: Infinity },
  ru: { decimal: ',', thousands: THIN_SPACE, groupFrom: 5 }
};

const style = (): NumberStyle => STYLES[getLocale()];

function group(digits: string, s: NumberStyle): string {
  if (digits.length < s.groupFrom) return digits;
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, s.thousands);
}

/**
 * A number already written the English way ("-1234.5", "0.731", "2.7e-5", "12000") in the
 * page's language. Anything that is not a plain number comes back as it was.
 */
export function localNumber(text: string): string {
  const m = /^([-−+]?)(\d+)(?:\.(\d+))?(e[-+]?\d+)?$/.exec(text);
  if (!m) return text;
  const s = style();
  const [, sign, int, frac, exp] = m;
  return `${sign}${group(int, s)}${frac !== undefined ? s.decimal + frac : ''}${exp ?? ''}`;
}

/**
 * Every number in a text (a caption, a notice) in the page's language. In English the text is
 * unchanged. Numbers inside words ("log10", "b_f", "v2") are left alone.
 */
export function localizeNumbers(text: string): string {
  if (getLocale() === 'en') return text;
  return text.replace(/(?<![\w.,])\d+(?:\.\d+)?(?![\w]|\.\d)/g, (n) => localNumber(n));
}

/** x with d decimals: "0.73" / "0,73". */
export const fixed = (x: number, d: number): string => localNumber(x.toFixed(d));

/** x with p significant digits: "0.0073" / "0,0073"; "1.2e+5" comes back as "1.2e5". */
export const precision = (x: number, p: number): string => localNumber(x.toPrecision(p).replace('e+', 'e'));

/** A whole number: "12000" / "12 000". */
export const integer = (n: number): string => localNumber(String(Math.round(n)));

/**
 * The language's number style for d3-format's formatLocale, so chart axes agree with captions:
 * `formatLocale(d3NumberLocale())`.
 */
export function d3NumberLocale(): {
  decimal: string;
  thousands: string;
  grouping: number[];
  currency: [string, string];
  minus: string;
} {
  const s = style();
  return { decimal: s.decimal, thousands: s.thousands || ',', grouping: [3], currency: ['', ''], minus: '−' };
}

/** One Intl.PluralRules per language: captions ask for a form per count, on every redraw. */
const PLURAL_RULES = new Map<Locale, Intl.PluralRules>();

/** The plural form a count takes, by the language's rules (Intl.PluralRules): one, few, many, other. */
export function pluralForm(n: number): Intl.LDMLPluralRule {
  const locale = getLocale();
  let rules = PLURAL_RULES.get(locale);
  if (!rules) PLURAL_RULES.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n);
}

/**
 * A count with its noun in the right form: plural(3, {one: 'шаг', few: 'шага', many: 'шагов'})
 * is "3 шага"; 21 is "21 шаг"; 1.5 "1,5 шага". English needs only one and other.
 */
export function plural(n: number, forms: { one: string; few?: string; many?: string; other?: string }): string {
  const form = pluralForm(n);
  const noun = forms[form as keyof typeof forms] ?? forms.other ?? forms.many ?? forms.few ?? forms.one;
  return `${Number.isInteger(n) ? integer(n) : localNumber(String(n))} ${noun}`;
}
