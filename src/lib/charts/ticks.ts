// Axis tick labels in the page's language, read when a chart draws (never at module load: the
// language can change). English is d3's own output, unchanged; Russian writes a decimal comma and
// groups the thousands of a number of five digits or more with a thin space, as the captions do
// (i18n/numbers.ts): "0,5", "1000", "20 000".
import { formatLocale, precisionFixed, tickStep, type NumberValue } from 'd3';
import { d3NumberLocale, getLocale, THIN_SPACE } from '../i18n/index';

/** Integer parts of five digits or more, grouped (never digits after a decimal comma). */
const groupLong = (text: string) =>
  text.replace(/(?<![\d,])\d{5,}/g, (digits) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, THIN_SPACE));

/** d3-format's `spec` ("d", "~g", ",.2f") in the page's language. */
export function numberFormat(spec: string): (v: NumberValue) => string {
  if (getLocale() === 'en') return formatLocale(d3NumberLocale()).format(spec);
  // Russian groups from five digits only: d3's grouping would split "1 000" too
  const format = formatLocale(d3NumberLocale()).format(spec.replace(',', ''));
  return (v) => groupLong(format(v));
}

/**
 * What d3's `scale.tickFormat(count)` gives a linear scale (",f" at the ticks' precision), in
 * the page's language.
 */
export function linearTickFormat(domain: readonly number[], count: number): (v: NumberValue) => string {
  const step = tickStep(domain[0], domain[domain.length - 1], count);
  const precision = precisionFixed(step);
  return numberFormat(Number.isNaN(precision) ? ',f' : `,.${precision}f`);
}
