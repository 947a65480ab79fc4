import type { charts as en } from '../en/charts';
import { plural } from '../numbers';

export const charts: typeof en = {
  colorTitle: 'отношение к шагу T',
  colorLabel: (lo: string, hi: string) =>
    `цветовая шкала от ${lo} (синий: уменьшился) до ${hi} (красный: вырос); значения за пределами — насыщенные`,
  saturated: '▲▼ за пределами: насыщение',
  zero: 'ровно 0: нет зависимости',
  stepsBack: 'шаги назад от функции потерь, k',
  stepsBackShort: 'шаги назад, k',
  heatmapLabel: (title: string, rows: number, cols: number) =>
    `${title}: ${plural(rows, { one: 'строка', few: 'строки', many: 'строк' })} на ` +
    `${plural(cols, { one: 'столбец', few: 'столбца', many: 'столбцов' })} цветных клеток`,
  ratioAxis: 'отношение к шагу T',
  underflow: 'минимум float32 ≈ 10⁻³⁸',
  overflow: 'максимум float32 ≈ 3·10³⁸',
  range: 'float32: от 10⁻³⁸ до 3·10³⁸',
  limitsNotReached: 'в пределах float32',
  limitsTooltip: 'float32: наименьшее нормализованное 1,2·10⁻³⁸, наибольшее 3,4·10³⁸',
  logScale: ', логарифмическая шкала',
  tableCaption: (title: string, y: string, x: string) => `${title}: ${y} в зависимости от величины «${x}»`,
  largestAt: 'наибольшее, на шаге',
  valueAt: (value: string, at: string) => `${value} на шаге ${at}`,
  stepsToFall: 'шагов до падения ниже 10⁻³',
  never: 'никогда',
  inputStep: 'шаг входа s',
  stateStep: 'шаг состояния t',
  lengthAxis: 'длина последовательности T (лог. шкала)',
  msAxis: 'мс на последовательность',
  slope: (slope: string) => `: наклон ${slope}`,
  logLog: ', логарифмические оси',
  costCaption: (title: string) => `${title}: миллисекунды на последовательность в зависимости от T`,
  model: 'модель',
  ms: 'мс'
};
