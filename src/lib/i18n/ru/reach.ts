import type { reach as en } from '../en/reach';
import { integer, plural, pluralForm } from '../numbers';

const STEPS = { one: 'шаг', few: 'шага', many: 'шагов' };
const HEADS = { one: 'голова', few: 'головы', many: 'голов' };
/** "3 из 14 замеров": after «из» the genitive */
const OF_RUNS = { one: 'замера', few: 'замеров', many: 'замеров' };
const RUNS = { one: 'замер', few: 'замера', many: 'замеров' };
/** «в 100 раз», «в 2 раза», «в 1,5 раза»: the word after a ratio written for the language */
function times(ratio: string): string {
  const n = Number(ratio.replace(/\u202f/g, '').replace(',', '.'));
  return !Number.isInteger(n) || pluralForm(n) === 'few' ? 'раза' : 'раз';
}

export const reach: typeof en = {
  headingLead: 'Как далеко назад видит каждая модель:',
  headingTail: 'в зависимости от k',
  chartTitle: 'Как далеко назад видит каждая модель',
  yTitle: '‖∂L/∂x_T−k‖ (без нормировки)',

  exactlyZero: 'ровно 0',
  zeroBeyondN: (name, N) => `${name}: ровно 0 дальше N = ${N}`,
  zeroBeyondK: (name, k) => `${name}: ровно 0 дальше k = ${k}`,
  pathAttention: 'путь в 1 шаг при любом k',
  pathWindowAny: 'один слой в пределах окна',
  pathWindowIn: (N) => `путь в 1 шаг (k < N = ${N})`,
  pathWindowOut: (k, N) => `пути нет вовсе: ${k} ≥ N = ${N}`,
  pathRecurrence: (k) => `путь в ${plural(k, STEPS)} по рекуррентной связи`,
  reading: (name, value, path) => `${name} ${value} (${path})`,
  caption: (k, readings) =>
    k === 0
      ? `На последнем входе (k = 0; T = 1) градиент ‖∂L/∂x‖ равен: ${readings}.`
      : `На ${plural(k, STEPS)} назад (k = ${integer(k)}) до входа доходит градиент ‖∂L/∂x‖: ${readings}.`,
  windowCut: (N) => `градиент окна равен ровно 0 дальше N = ${N} (k ≥ ${N})`,
  cutsNote: (cuts) => ` На графике ${cuts}: его линия обрывается на точке.`,
  absoluteNote: ' Нормы абсолютные: у всех моделей одни и те же входы и один и тот же выход rᵀh_T.',

  attentionHeading: 'Веса внимания последней позиции',
  attentionChartTitle: 'Веса внимания последней позиции',
  attentionYTitle: 'вес α входа',
  attentionXTitle: 'шаги назад, k = T − s',
  oneHead: 'веса (1 голова)',
  head: (j) => `голова ${j}`,
  uniformLabel: (u) => `равномерно: 1/T = ${u}`,
  weightAt: (head, k) => `${head !== null ? `голова ${head}, ` : ''}k = ${k}`,
  attentionReading: (name, T, H, max, maxAt, min, minAt, uniform, near) =>
    `${name}: последняя позиция по T = ${T} входам (${plural(H, HEADS)}): ` +
    `наибольший вес ${max} (${maxAt}), наименьший ${min} (${minAt}); равномерный вес 1/T = ${uniform}. ` +
    `${near} весов отличаются от 1/T не более чем вдвое: `,
  attentionSpread:
    'путь к каждому входу — один шаг, но вес каждого входа мал, а с ним мал и его градиент ' +
    '(разбавление в ширину, а не в глубину), пока обучение не сфокусирует внимание.',
  attentionFocused: (ratio) => `эти веса сфокусированы: наибольший больше 1/T в ${ratio} ${times(ratio)}.`,
  noWeights: 'Прогон внимания на экране не сообщил весов.',
  attentionAbsent: (compared) =>
    `Внимания нет среди сравниваемых моделей (${compared}): добавьте его, чтобы увидеть, как при ` +
    'инициализации его вес распределяется по всем T входам, примерно по 1/T на каждый.',

  costHeading: 'Затраты на этом устройстве: время на последовательность (прямой + обратный проход) от T',
  measure: 'Измерить на этом устройстве',
  cancel: 'Отменить',
  sizesMeasured: 'Выполнено замеров',
  costChartTitle: 'Время на последовательность от T',
  costHint: (from, to, budget) =>
    `Замеряет каждую сравниваемую модель при T от ${from} до ${to} (с удвоением) в фоновом потоке, ` +
    `не дольше ${budget} с.`,
  statusRunning: (measured, total) => `Измерение: ${integer(measured)} из ${plural(total, OF_RUNS)}`,
  statusError: (error) => `Измерение не удалось: ${error}`,
  statusCancelled: (measured, total) => `Отменено после ${integer(measured)} из ${plural(total, OF_RUNS)}`,
  slowModel: (name, T, ms) => `${name}: остановка на T = ${T} (${ms} мс)`,
  statusBudget: (budget, measured, total, stops) =>
    `Остановлено по лимиту ${budget} с: ${integer(measured)} из ${plural(total, OF_RUNS)}${stops}`,
  statusComplete: (measured, seconds, stops) => `Выполнено ${plural(measured, RUNS)} за ${seconds} с${stops}`,
  memoryCaption: (T) => `Память для генерации ещё одного токена после T = ${T}`,
  memoryModel: 'модель',
  memoryFloats: 'чисел',
  memoryKept: 'что хранится',
  formulaLstm: '2n (h и c), не растёт',
  formulaAttention: '2n·T (ключи и значения), растёт с T',
  formulaWindow: 'N·m (последние N входов), не растёт',
  formulaState: 'n (состояние), не растёт',
  slope: (name, slope, from, to) => `${name} ${slope} (T от ${from} до ${to})`,
  slopes: (list) =>
    `Наклоны в осях log–log: ${list}. Работа рекуррентной сети растёт как T¹, полного каузального слоя ` +
    'внимания — как T²; постоянные затраты (веса, входы, подготовка) уменьшают наклон, измеренный при малых T. ',
  floatsKept: (T, list, attention) =>
    `Чисел хранится для генерации ещё одного токена после T = ${T}: ${list}` +
    (attention ? ' (кэш внимания растёт с каждым токеном).' : '.')
};
