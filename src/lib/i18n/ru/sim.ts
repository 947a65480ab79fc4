import type { sim as en } from '../en/sim';
import { localNumber } from '../numbers';

/** A number the Russian way: "0,5", "100 000"; ∞ and «не число» for what left the doubles. */
const n = (x: number) =>
  Number.isNaN(x) ? 'не число' : x === Infinity ? '+∞' : x === -Infinity ? '−∞' : localNumber(String(x));

/** The spec's fields as a reader names them; a path not listed keeps its machine name. */
const FIELDS: Record<string, string> = {
  arch: 'архитектура',
  hidden: 'число скрытых нейронов',
  inputSize: 'размер входа',
  steps: 'длина последовательности',
  activation: 'функция активации',
  formula: 'формула φ(x)',
  'recurrent.init': 'инициализация рекуррентной матрицы',
  'recurrent.radius': 'спектральный радиус',
  'recurrent.condition': 'число обусловленности',
  'recurrent.eigenvalues': 'собственные значения',
  forgetBias: 'смещение забывающего вентиля',
  updateBias: 'смещение вентиля обновления',
  inputScale: 'масштаб входа',
  heads: 'число голов внимания',
  positionScale: 'масштаб позиционного кодирования',
  window: 'ширина окна N',
  forgetInit: 'инициализация забывающего вентиля',
  chronoMax: 'T_max хроно-инициализации',
  seed: 'зерно генератора',
  seeds: 'число зёрен',
  iterations: 'число итераций',
  evalEvery: 'период оценки',
  evalSize: 'размер контрольной выборки',
  pulse: 'длина импульса',
  w: 'вес w',
  noise: 'уровень шума',
  length: 'длина импульса',
  trajectories: 'число траекторий'
};
/** An architecture's id ("attention") as its name. */
const ARCH_NAMES: Record<string, string> = {
  rnn: 'RNN',
  lstm: 'LSTM',
  gru: 'GRU',
  residual: 'Остаточная RNN',
  attention: 'Внимание',
  window: 'Окно'
};
const arch = (id: string) => ARCH_NAMES[id] ?? id;
const field = (path: string) => {
  const base = path.replace(/\[\d+\]$/, '');
  const name = FIELDS[path] ?? FIELDS[base];
  return name ? `${name}${base !== path ? ` ${path.slice(base.length)}` : ''}` : path;
};

export const sim: typeof en = {
  archs: {
    rnn: arch('rnn'),
    lstm: arch('lstm'),
    gru: arch('gru'),
    residual: arch('residual'),
    attention: arch('attention'),
    window: arch('window')
  },
  tasks: {
    adding: {
      label: 'сложение',
      name: 'задаче сложения',
      firstMark: 'первый отмеченный вход',
      about:
        'Bengio и соавт. (1994), Hochreiter и Schmidhuber (1997): в задаче сложения простая RNN, обучаемая ' +
        'градиентным спуском, остаётся на уровне потерь предсказания среднего, а LSTM обучается.'
    },
    latch: {
      label: 'защёлка',
      name: 'защёлке',
      firstMark: 'первый шаг импульса',
      about:
        'Bengio, Simard и Frasconi (1994): в задаче защёлки сеть должна сквозь шум сохранить знак раннего ' +
        'импульса; состояние, надёжно хранящее его, гасит любое возмущение, поэтому градиент к импульсу затухает.'
    }
  },
  spec: {
    error: (path, rule, given) => `${field(path)}: ${rule}, получено ${localNumber(given)}`,
    nothing: 'ничего',
    integerFrom: (lo, hi) => `должно быть целым числом от ${n(lo)} до ${n(hi)}`,
    numberFrom: (lo, hi) => `должно быть числом от ${n(lo)} до ${n(hi)}`,
    oneOf: (values) => `должно быть одним из значений: ${values.join(', ')}`,
    unknownField: 'неизвестное поле',
    arrayOfNumbers: 'должно быть массивом чисел',
    arrayOfRows: 'должно быть массивом строк (массивов чисел)',
    array: 'должно быть массивом',
    pair: 'должно быть парой чисел: действительная и мнимая части',
    pairs: 'должно быть массивом пар чисел (действительная и мнимая части)',
    recurrentObject: 'должно быть объектом с параметрами рекуррентной матрицы (инициализация, радиус)',
    jsonObject: 'должно быть объектом JSON',
    boolean: 'должно быть логическим значением (да или нет)',
    paramGrads: 'должно быть «да», «нет» или «по шагам»',
    formulaText: (allowed) => `должно быть формулой от x (${allowed})`,
    atMostCharacters: (max) => `должно быть не длиннее ${n(max)} символов`,
    weightsObject: 'должно быть объектом из именованных матриц и векторов весов',
    rows: (rows, what, got) => `должно иметь ${n(rows)} строк (${what}), получено ${n(got)}`,
    entries: (count, got) => `должно иметь ${n(count)} элементов, получено ${n(got)}`,
    entriesOf: (count, what, got) => `должно иметь ${n(count)} элементов (${what}), получено ${n(got)}`,
    formulaRequired: 'обязательна для своей функции активации (например, x / (1 + abs(x)))',
    formulaOnly: (allowed, problem) => `можно использовать только ${allowed}: ${problem}`,
    formulaUnused: 'используется только со своей функцией активации',
    eigenvaluesRequired: (count) =>
      `обязательны при инициализации по собственным значениям (${n(count)} пар: действительная и мнимая части)`,
    eigenvaluesPerUnit: (count, got) => `нужна одна пара чисел на скрытый нейрон (${n(count)}), получено ${n(got)}`,
    conjugate: (value, re, im) =>
      `комплексному собственному значению ${value} нужно и сопряжённое [${n(re)}; ${n(im)}]`,
    eigenvaluesUnused: 'используются только при инициализации по собственным значениям',
    onlyFor: (archs) => `используется только в архитектурах: ${archs.map(arch).join(', ')}`,
    chronoOnly: 'используется только с хроно-инициализацией забывающего вентиля',
    headsDivide: (hidden) => `должно делить число скрытых нейронов (${n(hidden)}), чтобы у каждой головы было поровну`,
    weightsRequired: (names) => `обязательны при явно заданных весах ({${names}})`,
    notAWeight: (id, names) => `это не вес архитектуры ${arch(id)} ({${names}})`,
    weightRequired: (id, what) => `обязателен для архитектуры ${arch(id)} (${what})`,
    weightsUnused: 'используются только при явно заданных весах',
    inputsShape: (steps, inputSize) => `по одной на шаг, шагов ${n(steps)}, в каждой по ${n(inputSize)}`,
    hidden: 'по числу скрытых нейронов',
    zeroReadout: 'не может быть целиком нулевым (потери ни от чего бы не зависели)',
    square: (hidden) => `${n(hidden)} строк по ${n(hidden)}`,
    byInput: (hidden, inputSize) => `${n(hidden)} строк по ${n(inputSize)}`,
    byWindow: (hidden, cols) => `${n(hidden)} строк по ${n(cols)} (окно × размер входа)`,
    gateRows: (gates, rows, hidden) => `${n(gates)} × ${n(hidden)} = ${n(rows)} строк по ${n(hidden)}`,
    gateInputs: (rows, inputSize) => `${n(rows)} строк по ${n(inputSize)}`,
    gateBias: (gates) => `${n(gates)} × число скрытых нейронов`
  },
  train: {
    lengths: (lo, hi) => `должно быть списком от ${n(lo)} до ${n(hi)} длин`,
    steps: (lo, hi) => `должно быть целым числом от ${n(lo)} до ${n(hi)} или списком таких чисел`,
    object: 'должно быть объектом JSON с параметрами обучения',
    pulse: (T) => `должна быть короче последовательности (${n(T)} шагов)`,
    evalEvery: (max, least) => `должен быть не меньше числа итераций / ${n(max)} (здесь ${n(least)})`,
    seeds: (max) => `зерно + число зёрен − 1 не должно превышать ${n(max)}`,
    forecast: (seconds, hours, evaluating) =>
      `прогноз времени должен укладываться примерно в час (${n(seconds)} с процессора); здесь около ` +
      `${localNumber(hours)} ч` +
      (evaluating ? ', большая часть — на оценку (оценивайте реже или на меньшей выборке)' : ''),
    entries: (max, runs, entries) =>
      `запусков × записей истории должно быть не больше ${n(max)} (здесь ${n(runs)} запусков по ${n(entries)} записей)`,
    activation: 'функция активации: обучение поддерживает tanh, линейную и ReLU'
  },
  latch: {
    range: (name, whole, lo, hi, got) =>
      `${field(name)}: должно быть ${whole ? 'целым числом' : 'числом'} от ${n(lo)} до ${n(hi)}, ` +
      `получено ${localNumber(got)}`,
    seed: (got) => `зерно генератора: должно быть целым неотрицательным числом, получено ${localNumber(got)}`
  },
  formula: {
    allowed: (functions) => `x, числа, π (pi), e, + - * / ^ и ${functions}`,
    terms: (max) => `формула слишком сложна: больше ${n(max)} членов`,
    nodes: (max) => `формула слишком сложна: больше ${n(max)} операций и членов`,
    depth: (max) => `формула слишком сложна: вложенность глубже ${n(max)} уровней`,
    callByName: (text) => `«${text}» нельзя: вызывайте функции по имени, например tanh(x)`,
    notANumber: (text) => `«${text}» не число`,
    unknownName: (name) => `неизвестное имя «${name}» (переменная — x)`,
    operator: (op) => `оператор «${op}» не разрешён`,
    functionNotAllowed: (name) => `функция «${name}» не разрешена`,
    oneArgument: (name) => `${name} принимает один аргумент`,
    notAllowed: (text) => `«${text}» не разрешено`,
    text: 'должна быть текстом',
    length: (max) => `не длиннее ${n(max)} символов`,
    unreadable: (_why) => 'не удаётся прочитать формулу',
    unusable: 'нельзя использовать',
    parserMissing: 'не удаётся проверить: разборщик формул не загрузился (нет сети?)'
  },
  halt: {
    phi: (formula) => `φ(x) = ${formula}`,
    dphi: (formula) => `φ′(x) для φ(x) = ${formula}`,
    undefinedAt: (step, x, value) => `не определена на шаге ${n(step)} (x = ${localNumber(x)} даёт ${n(value)})`,
    overflowsAt: (step, x, value) => `переполняется на шаге ${n(step)} (x = ${localNumber(x)} даёт ${n(value)})`,
    argument: (step, x) =>
      `не может продолжаться на шаге ${n(step)}: её аргумент W h + U x_t + b ` +
      `${Number.isNaN(x) ? 'перестал быть числом' : `переполнился до ${n(x)}`} (сумма больше 1,8e308)`,
    stop: (step) => (step > 1 ? `: рисунки обрываются на шаге ${n(step - 1)}.` : '.'),
    residual: (formula, step, x, phi, prev, h) =>
      `h_{t-1} + φ(x) при φ(x) = ${formula} переполняется на шаге ${n(step)} (x = ${localNumber(x)}, ` +
      `φ(x) = ${localNumber(phi)}, h_{t-1} = ${localNumber(prev)} даёт ${n(h)})`
  }
};
