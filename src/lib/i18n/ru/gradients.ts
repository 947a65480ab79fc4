import type { gradients as en } from '../en/gradients';
import { integer, plural, pluralForm } from '../numbers';

/** "1 шаг", "2 шага", "100 шагов" (accusative: "через 5 шагов", "запрошено 5 шагов"). */
const steps = (T: number) => plural(T, { one: 'шаг', few: 'шага', many: 'шагов' });
/** The noun alone, in the form the count takes. */
const noun = (n: number, forms: { one: string; few: string; many: string }) =>
  forms[pluralForm(n) as 'one' | 'few' | 'many'] ?? forms.many;

export const gradients: typeof en = {
  notice: {
    asked: (T: number) =>
      `(Запрошено: ${steps(T)}. Остановка — это то, что данная φ делает с этой сетью, а не ошибка лаборатории.)`,
    changeFormula: 'Измените формулу φ(x).',
    changeSetting: 'Измените названный параметр.',
    nothing: (reason: string, remedy: string) => `При этих настройках показать нечего: ${reason}. ${remedy}`,
    stale: (reason: string, T: number) =>
      `Эти настройки не удалось рассчитать (${reason}). Ниже — последний удавшийся расчёт, со своими ` +
      `настройками (${steps(T)}).`
  },
  heatmapsLabel: 'Тепловые карты градиента по нейронам',
  rows: {
    hidden: 'нейрон скрытого состояния',
    attention: 'компонента eₜ (внимание)',
    window: 'компонента входа (окно)'
  },
  or: ' или ',
  and: ' и ',
  rowsIntro: (rows: string) => `Строка — ${rows}, столбец — шаг назад от функции потерь.`,
  blue: 'Синий',
  shrunk: ': уменьшился;',
  red: 'красный',
  grown: ': вырос.',
  afterSteps: (T: number) => `На ${steps(T)} назад:`,
  tanhHolds: 'Здесь RNN сдерживается нелинейностью tanh, а не радиусом:',
  showExplosion: 'Показать взрыв (линейная φ)',
  lineTitle: 'Норма градиента по шагам назад',
  highwayKeeps: 'Магистраль Πf LSTM хранит',
  after: (T: number) => `за ${steps(T)}`,
  constantGates: (power: string) => `при постоянных вентилях ${power}`,
  chronoInit: (max: number) =>
    `хроно-инициализация: у каждого нейрона своё смещение, b_f,i = log u_i, u_i ∈ [1; ${integer(max)}], ` +
    'единого σ(b)ᵀ нет',
  dilution: 'разбавление',
  gruKeeps: (ratio: string, T: number) => `Путь вентиля обновления Πz в GRU сохраняет ${ratio} за ${steps(T)}:`,
  sharesHeading: 'Откуда берётся ∂L/∂W',
  sharesTitle: 'Откуда берётся ∂L/∂W: доля градиента по весам по шагам назад',
  sharesAxis: 'доля ∂L/∂W',
  noShares: (names: string) => `${names}: нет рекуррентной матрицы, поэтому нет и слагаемых ∂L/∂W по шагам.`,
  phaseUnused: (names: string, many: boolean, none: boolean) =>
    `Фазовые диаграммы: ${many ? 'у моделей' : 'у модели'} ${names} нет рекуррентной матрицы или вентиля ` +
    `для перебора${none ? '; добавьте в сравнение рекуррентную модель, чтобы их увидеть' : ''}.`,
  radiusAxis: 'спектральный радиус ρ',
  forgetBiasAxis: 'смещение забывающего вентиля b_f',
  updateBiasAxis: 'смещение вентиля обновления b_z',
  diagramError: (error: string) => `Эту диаграмму не удалось рассчитать: ${error}`,
  biasChrono:
    'Перебирается одно смещение, общее для всех нейронов; хроно-инициализации из боковой панели ' +
    '(своё смещение у каждого нейрона) на диаграмме нет.',
  sweepMs: (ms: number) => `Перебор: ${integer(ms)} мс.`,
  memoryLabel: 'Память рядом с градиентом (LSTM)',
  memoryTitle: 'LSTM: память вперёд, градиент назад',
  memoryAxis: 'шаги назад от функции потерь, k = T − s',
  memoryScale: 'сохранённая доля или отношение градиентов',
  equations: {
    label: 'Уравнения',
    rnnTitle: 'RNN: одна матрица, применяемая на каждом шаге',
    linearOrthogonal: 'линейная, ортогональная: ',
    noBoundBefore: (gamma: string) => ` — ${gamma}: оценки `,
    noBoundAfter: ' нет',
    customPhi: (formula: string) => `φ(x) = ${formula}, ваша формула`,
    lstmTitle: 'LSTM: аддитивная магистраль через ячейку',
    pathsThrough: 'пути через ',
    lstmNote:
      'Первое слагаемое само по себе — магистраль Πf (σ(b_f)ᵀ при постоянных вентилях): разбавление, ' +
      'ослабляющее сохранённое значение в одно и то же число раз. Пути через h несут W: они затухают ' +
      'или взрываются и могут заставить полный градиент ячейки расти.',
    gruTitle: 'GRU: вентиль обновления интерполирует',
    residualTitle: 'Остаточная RNN: остаточный блок, развёрнутый во времени',
    residualNote: 'Тождественное слагаемое несёт градиент назад; но сеть ничего не забывает, и состояние может расти.',
    attentionTitle: (heads: number, d: number) =>
      `Внимание: один шаг от любой позиции (H = ${integer(heads)} ` +
      `${noun(heads, { one: 'голова', few: 'головы', many: 'голов' })} размерности d = ${integer(d)})`,
    via: 'через ',
    uniform: 'равные веса: ',
    windowTitle: (N: number) =>
      `Окно: последние N = ${integer(N)} ${noun(N, { one: 'вход', few: 'входа', many: 'входов' })}, ничего раньше`,
    for: 'при '
  }
};
