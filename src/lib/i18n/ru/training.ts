// Сообщения src/lib/training/ и графиков обучения, по-русски. Числа форматируются здесь
// (десятичная запятая, тонкий пробел в тысячах), существительные при числах склоняются.
import type { training as en, TrainingTask } from '../en/training';
import { fixed, integer, localNumber, plural, pluralForm } from '../numbers';

type Forms = { one: string; few: string; many: string; other: string };

/** A number as the page writes it in Russian: 0,01; 12 000. */
const n = (x: number): string => localNumber(String(x));

const STEP: Forms = { one: 'шаг', few: 'шага', many: 'шагов', other: 'шага' };
/** после «до», «из»: до 1 шага, до 200 шагов */
const STEP_GEN: Forms = { one: 'шага', few: 'шагов', many: 'шагов', other: 'шага' };
const ITER: Forms = { one: 'итерация', few: 'итерации', many: 'итераций', other: 'итерации' };
/** после «из»: из 1 итерации, из 100 итераций */
const ITER_GEN: Forms = { one: 'итерации', few: 'итераций', many: 'итераций', other: 'итерации' };
/** после «за»: за 1 итерацию, за 100 итераций */
const ITER_ACC: Forms = { one: 'итерацию', few: 'итерации', many: 'итераций', other: 'итерации' };
const UNIT: Forms = { one: 'нейрон', few: 'нейрона', many: 'нейронов', other: 'нейрона' };
const UNIT_GEN: Forms = { one: 'нейрона', few: 'нейронов', many: 'нейронов', other: 'нейрона' };
/** после «по»: по 1 нейрону, по 16 нейронов */
const UNIT_PO: Forms = { one: 'нейрону', few: 'нейрона', many: 'нейронов', other: 'нейрона' };
const HEAD: Forms = { one: 'голова', few: 'головы', many: 'голов', other: 'головы' };
const INPUT: Forms = { one: 'вход', few: 'входа', many: 'входов', other: 'входа' };
const RUN: Forms = { one: 'прогон', few: 'прогона', many: 'прогонов', other: 'прогона' };
const RUN_GEN: Forms = { one: 'прогона', few: 'прогонов', many: 'прогонов', other: 'прогона' };
/** после «по»: по 1 последовательности, по 32 последовательности, по 25 последовательностей */
const SEQ_PO: Forms = {
  one: 'последовательности',
  few: 'последовательности',
  many: 'последовательностей',
  other: 'последовательности'
};
/** зерно генератора случайных чисел, после «по»: по 1 зерну, по 3 зерна, по 5 зёрен */
const SEED_PO: Forms = { one: 'зерну', few: 'зерна', many: 'зёрен', other: 'зерна' };

/** The tasks in the cases the sentences need. */
const TASKS: Record<TrainingTask, { name: string; on: string; markOf: string }> = {
  adding: { name: 'задача сложения', on: 'на задаче сложения', markOf: 'первого отмеченного входа' },
  latch: { name: 'защёлка', on: 'на защёлке', markOf: 'первого шага импульса' }
};

const STATUS: (typeof en)['progress']['status'] = {
  waiting: 'ожидание',
  running: 'идёт обучение',
  paused: 'пауза',
  done: 'готово',
  error: 'ошибка'
};

const clipText = (clip: number): string => (clip ? n(clip) : 'выкл.');

export const training: typeof en = {
  view: {
    controls: 'Настройки обучения',
    task: 'Задача',
    optimiser: 'Оптимизатор',
    sgdOption: (momentum) => `SGD с моментом ${n(momentum)}`,
    preset: 'Сценарий:',
    start: (again, models) => `${again ? 'Заново обучить' : 'Обучить'} ${models}`,
    pause: 'Пауза',
    resume: 'Продолжить',
    reset: 'Сбросить',
    chronoGates: (max) => `хроно-инициализация забывающих вентилей до ${plural(max, STEP_GEN)}`,
    forgetBias: (bias) => `смещение забывающего вентиля ${n(bias)}`,
    startNote: (hidden, radius, gates, batch) =>
      `«Обучить» обучает сеть из боковой панели (${plural(hidden, UNIT)}, спектральный радиус ${n(radius)}, ` +
      `${gates}) пакетами по ${plural(batch, SEQ_PO)} с линейным выходом и среднеквадратичной ошибкой.`,
    forecastTail: '; во время обучения оставшееся время измеряется.',
    willRefuse: (why) => `Обучение не запустится: ${why}`,
    lossHeading: 'Функция потерь на проверке',
    lossTitle: 'Функция потерь на проверке по итерациям',
    xTitle: 'итерация обучения',
    xName: 'итерация',
    lossY: 'среднеквадратичная ошибка',
    accuracyHeading: 'Точность на проверке',
    accuracyTitle: 'Точность на проверке по итерациям',
    accuracyY: 'доля верных',
    gradHeading: 'Норма градиента до обрезки',
    gradTitle: 'Норма градиента по итерациям',
    clippedRow: 'обрезанные итерации',
    intro: 'Нажмите «Обучить», чтобы обучить сравниваемые архитектуры бок о бок, каждую в своём фоновом потоке.'
  },
  presets: {
    attentionVsLstm: {
      label: (T) => `Внимание против LSTM на задаче сложения, T = ${integer(T)}`,
      about: (hidden, iterations, rate, clip, T) =>
        `Обучает по ${plural(hidden, UNIT_PO)} в каждой модели, ${plural(iterations, ITER)} ` +
        `(Adam ${n(rate)}, обрезка ${n(clip)}): внимание достаёт X₁ и X₂ за один шаг, LSTM — через цепочку ` +
        `до ${plural(T, STEP_GEN)} своего забывающего вентиля.`
    }
  },
  progress: {
    status: STATUS,
    at: (done, total, share) => `итерация ${integer(done)} из ${integer(total)} (${share}\u00a0%)`,
    spent: (duration) => `, затрачено ${duration}`,
    measuring: ', скорость ещё измеряется',
    computing: ', строятся графики обученной сети',
    left: (duration) => `, осталось около ${duration}`,
    paused: (at, spent, left) => `пауза: ${at}${spent}${left === null ? '' : `; после продолжения останется ${left}`}`,
    line: (status, at, spent, eta) => `${STATUS[status]}, ${at}${spent}${eta}`
  },
  runs: {
    baseline: (loss) => `предсказание среднего: ${loss}`,
    clippedAbove: (clip) => `обрезка выше ${n(clip)}`,
    clippedCount: (name, clipped, total) => `${name}: обрезано ${integer(clipped)} из ${plural(total, ITER_GEN)}`,
    dots: (label) => `${label} (точки)`,
    waiting: (name) => `${name}: ждёт свободного ядра`,
    diverged: (name, at) =>
      `${name}: обучение разошлось на итерации ${integer(at)}: функция потерь переполнилась, обучение ` +
      'остановлено (уменьшите скорость обучения или обрежьте градиент)',
    starting: (name) => `${name}: запуск`,
    notSolved: 'задача не решена',
    solvedAt: (iteration) => `95% впервые достигнуто на итерации ${integer(iteration)}`,
    doneIn: (iterations, seconds) => `готово: ${plural(iterations, ITER)} за ${fixed(seconds, 1)} с`,
    status: (name, where, loss, accuracy, solved, radius) =>
      `${name}: ${where}; потери на проверке ${loss}, точность ${accuracy}; ${solved}; ${radius}`,
    noMatrix: 'нет рекуррентной матрицы',
    notFinite: 'не конечен',
    connectivityWhat: (task, _firstMark, step, T) => `${TASKS[task].markOf} (шаг ${integer(step)} из ${integer(T)})`,
    connectivityPart: (name, before, after) => `${name}: ${before} до обучения, ${after} после`,
    connectivityLatch:
      ' На защёлке убывающая зависимость — не провал: сеть, которая держит свой бит в аттракторе, гасит любое ' +
      'возмущение своего состояния, и от импульса тоже (Bengio и др. 1994: устойчивая память — затухающие градиенты).',
    connectivity: (what, parts, latch) =>
      `Насколько последнее состояние ещё зависит от ${what} по сравнению с последним входом: ` +
      `${parts.join('; ')}.${latch} Белый: так же сильно, как вход влияет на свой шаг (диагональ); ` +
      'синий: ослабло; серый: будущее, ровно ноль.',
    chronoOverride: (max) => ` (вместо него хроно-инициализация до ${plural(max, STEP_GEN)})`,
    recurrentSettings: (names, radius, bias, chrono) =>
      `${names}: спектральный радиус ${n(radius)}, смещение забывающего вентиля ${n(bias)}${chrono}`,
    attentionSettings: (names, heads, scale) => `${names}: ${plural(heads, HEAD)}, масштаб позиций ${n(scale)}`,
    windowSettings: (names, inputs) => `${names} на ${plural(inputs, INPUT)}`,
    sgd: (momentum) => `SGD (момент ${n(momentum)})`,
    settings: (hidden, models, task, T, optimiser, rate, clip, batch) =>
      `На экране: ${plural(hidden, UNIT)}${models.length ? `; ${models.join('; ')}` : ''}; ` +
      `${TASKS[task].name}, T = ${integer(T)}; ${optimiser}, скорость обучения ${n(rate)}, ` +
      `обрезка ${clipText(clip)}, пакеты по ${integer(batch)}. «Заново обучить» возьмёт настройки выше.`,
    noMapAttention: 'читает каждый вход за один шаг внимания',
    noMapWindow: 'читает лишь свои последние N входов через один слой',
    noState: 'не имеет состояния',
    noMapReason: (name, why) => `${name} ${why}`,
    mapsMissing: (names, reasons) =>
      `Нет карты для ${names}: нет рекуррентного состояния h_t, а значит, и ‖∂h_t/∂x_s‖ (${reasons.join('; ')}).`,
    skippedDiverged: (name) => `${name}: обучение разошлось, обученной сети нет`,
    skippedSlow: (name, length, duration, max) =>
      `${name}: на последовательности из ${plural(length, STEP_GEN)} две карты по прогнозу займут около ` +
      `${duration}, больше предела страницы в ${integer(max)} с (работа растёт как T²; их построят ` +
      'меньше нейронов или более короткое T)',
    mapsSkipped: (reasons) => `Нет карты связности для ${reasons.join('; ')}.`
  },
  flow: {
    theState: 'состояние',
    theEmbedding: 'представление позиции',
    theInput: 'вход',
    beyond: (k, window) => `ровно 0 (k = ${integer(k)}, за пределами окна N = ${integer(window)})`,
    below: (limit) => `ниже ${limit}`,
    lastRow: (length) => ` (в последней строке ${plural(length, STEP)})`,
    caption: (T, lengths, drawn, at, which, parts) =>
      `Длина задачи T = ${integer(T)}: ${lengths}${drawn}. Точки: отмеченные входы. ` +
      `На последней записанной итерации (до ${integer(at)}) градиент, доходящий до самого дальнего из них, ` +
      `относительно шага потерь${which}: ${parts.join('; ')}.`,
    heading: (what) => `Поток градиента во время обучения: ${what} по шагам назад`,
    note: (window) =>
      'Одна строка на записанную итерацию, для первой последовательности её пакета; цвета как на тепловых картах ' +
      'лаборатории, относительно шага потерь (синий: градиент уменьшился, не дойдя до этого шага; красный: вырос' +
      `${window ? '; серый: ровно ноль, за пределами окна' : ''}).`,
    mapTitle: (name) => `${name}: поток градиента во время обучения`,
    yLabel: 'итерация',
    gradient: 'градиент',
    barTitle: (what) => `${what} относительно шага потерь`
  },
  maps: {
    heading: 'Связность до и после обучения: ‖∂h_t/∂x_s‖ на первой проверочной последовательности',
    untrained: 'до обучения',
    trained: 'после обучения',
    figure: (name, which) => `${name}, ${which}`,
    mapTitle: (name, which) => `${name}: связность ${which}`,
    barTitle: 'относительно диагонали',
    dots: 'Точки: входы, от которых зависит цель, в строке последнего состояния.'
  },
  gates: {
    unbounded: 'не ограничена (каждое f округляется до 1)',
    steps: (text, steps) => `${text} ${/[.,]/.test(text) ? STEP.other : STEP[pluralForm(steps) as keyof Forms]}`,
    units: (k, total) => `${integer(k)} из ${plural(total, UNIT_GEN)}`,
    read: (units, longer, T, unit, memory, meanF) =>
      `${units} ${pluralForm(longer) === 'one' ? 'хранит' : 'хранят'} память дольше длины задачи T = ${integer(T)}; ` +
      `самая долгая у нейрона ${integer(unit)}: ${memory}; среднее f ${fixed(meanF, 3)}`,
    caption: (after, before, T) =>
      `После обучения ${after}. До обучения ${before}. ` +
      'На магистрали ячейки нейрон сохраняет около 1/e записанного значения на протяжении своей длины памяти ' +
      '1/(1 − среднее f): это разбавление, произведение его забывающих вентилей; пути через h могут донести ' +
      'отметку дальше (карты связности показывают все пути). Значения f взяты на первой проверочной ' +
      `последовательности длиной ${plural(T, STEP)}.`,
    heading: 'Забывающие вентили, которым научилась LSTM: f по нейронам и шагам, и длина памяти каждого нейрона',
    untrained: 'до обучения',
    trained: 'после обучения',
    figure: (which) => `LSTM, ${which}`,
    mapTitle: (which) => `Забывающие вентили LSTM ${which}`,
    barTitle: 'забывающий вентиль f',
    barLabel: 'цветовая шкала забывающего вентиля f от 0 (тёмно-синий) до 1 (жёлтый)',
    keep: '1 (хранить)',
    erase: '0 (стереть)',
    lengthsFigure: 'Длина памяти каждого нейрона в сравнении с длиной задачи T',
    mapLabel: (title, rows, cols) => `${title}: ${plural(rows, UNIT)} × ${plural(cols, STEP)}, цвет от f = 0 до f = 1`,
    stepAxis: 'шаг t',
    unitAxis: 'нейрон',
    memoryAxis: 'длина памяти 1/(1 − среднее f), шагов',
    memoryLabel: (units, T) =>
      `длина памяти каждого из ${plural(units, UNIT_GEN)} до и после обучения, логарифмическая шкала, ` +
      `в сравнении с T = ${integer(T)}`
  },
  sweep: {
    rnnClipped: (clip) => `RNN с обрезкой на ${n(clip)}`,
    rnnFree: 'RNN без обрезки',
    cell: (solved, finished, T) => `${integer(solved)} из ${integer(finished)} при T = ${integer(T)}`,
    series: (label, cells) => `${label}: ${cells.length ? cells.join(', ') : 'пока ни один не завершён'}`,
    coincide: (labels, everyLength) =>
      ` ${labels} совпадают на всех ${everyLength ? '' : 'уже завершённых '}длинах ` +
      '(каждая следующая линия тоньше предыдущей).',
    caption: (budget, parts, same, done, total) =>
      `Решено (точность 95%) за ${plural(budget, ITER_ACC)}: ${parts.join('; ')}.${same} ` +
      `Готово ${integer(done)} из ${plural(total, RUN_GEN)}.`,
    chrono: (max) => `хроно-инициализация до ${integer(max)}`,
    forgetBias: (bias) => `смещение забывающего вентиля ${n(bias)}`,
    updateBias: (bias) => `смещение вентиля обновления ${n(bias)}`,
    settings: (archs, hidden, gates, task, lengths, seeds, iterations, optimiser, rate, clip, batch) =>
      `${archs}, ${plural(hidden, UNIT)}${gates.map((g) => `, ${g}`).join('')}, ` +
      `${TASKS[task].name} при T = ${lengths.map(integer).join(', ')}, по ${plural(seeds, SEED_PO)} на длину, ` +
      `${plural(iterations, ITER)}, ${optimiser}, скорость обучения ${n(rate)}, обрезка ${clipText(clip)}, ` +
      `пакеты по ${integer(batch)}`,
    fileNote: (name, runs, settings) =>
      `Показан файл ${name}: ${plural(runs, RUN)}, ${pluralForm(runs) === 'one' ? 'обученный' : 'обученных'} ` +
      `из командной строки (${settings}), а не по настройкам ниже.`,
    staleNote: (settings) =>
      `На графике перебор длин, запущенный раньше (${settings}); с тех пор настройки изменились: ` +
      'запустите перебор снова, чтобы обучить их.',
    section: 'Успех в зависимости от длины последовательности',
    heading: (task, _name) =>
      `Успех в зависимости от длины последовательности (вопрос Bengio и др., ${TASKS[task].on})`,
    chartTitle: 'Доля успешных прогонов в зависимости от длины последовательности',
    xTitle: 'длина последовательности T',
    yTitle: 'доля решённых',
    rnnAgainClipped: (clip) => `с обрезкой на ${n(clip)}`,
    rnnAgainFree: 'без обрезки',
    note: (lengths, seeds, rnnAgain) =>
      `T = ${lengths.map(integer).join(', ')}, по ${plural(seeds, SEED_PO)} на длину, итерации — как выше` +
      `${rnnAgain !== null ? `, и ещё раз RNN ${rnnAgain}` : ''}; прогоны появляются по мере завершения. ` +
      'Сюда можно перетащить файл перебора, созданный командой ',
    noteEnd: '.',
    lengths: 'Длины T',
    lengthsHelp: (min) => `от ${integer(min)} до 1000, не больше 8, через запятую`,
    kept: (problem, kept) => `${problem}; остаются ${kept}`,
    openFile: 'Открыть файл перебора…',
    run: (cost) => `Запустить перебор длин: ${cost}`,
    cancel: 'Остановить перебор',
    closeFile: (hasRuns) => `Закрыть файл${hasRuns ? ' и показать перебор страницы' : ''}`
  }
};
