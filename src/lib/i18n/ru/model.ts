import type { model as en } from '../en/model';
import { integer, plural, pluralForm } from '../numbers';

/** The noun for a count: one (1, 21), few (2-4, 22), many (5-20, 25); a fraction takes few. */
const form = (n: number, one: string, few: string, many: string): string => {
  const f = pluralForm(n);
  return f === 'one' ? one : f === 'many' ? many : few;
};
/** "из 1 шага", "до 200 шагов": the genitive after a preposition. */
const stepsGenitive = (n: number) => `${integer(n)} ${form(n, 'шага', 'шагов', 'шагов')}`;

export const model: typeof en = {
  fields: {
    steps: 'Длина последовательности',
    radius: 'Спектральный радиус',
    forgetBias: 'Смещение забывающего вентиля',
    updateBias: 'Смещение вентиля обновления',
    hidden: 'Размер скрытого слоя',
    inputScale: 'Масштаб входа',
    seed: 'Зерно',
    decades: 'Цветовой диапазон',
    condition: 'Ненормальность',
    chronoMax: 'Хроно T_max',
    heads: 'Головы внимания',
    positionScale: 'Масштаб позиций',
    window: 'Окно N',
    latchW: 'Вес w',
    latchNoise: 'Шум σ',
    latchPulse: 'Амплитуда импульса',
    latchLength: 'Длина импульса L',
    latchSteps: 'Число шагов T',
    trainSteps: 'Длина задачи T',
    trainIterations: 'Итерации',
    trainRate: 'Скорость обучения',
    trainClip: 'Обрезка нормы (0: нет)',
    sweepSeeds: 'Зёрен на длину'
  },
  steps: (n, text) => `${text} ${form(n, 'шаг', 'шага', 'шагов')}`,
  stepsGenitive: (n, text) => `${text} ${form(n, 'шага', 'шагов', 'шагов')}`,
  compareLabel: (labels) =>
    labels.length < 2 ? labels.join('') : `${labels.slice(0, -1).join(', ')} и ${labels[labels.length - 1]}`,
  clamp: {
    allowed: (isInteger, lo, hi) => `${isInteger ? 'целое число' : 'число'} от ${lo} до ${hi}`,
    empty: 'указано не число',
    notNumber: (shown) => `«${shown}» — не число`,
    kept: (label, allowed, what, previous) => `${label}: нужно ${allowed}; ${what}, оставлено ${previous}`,
    set: (label, allowed, shown, value) => `${label}: нужно ${allowed}; ${shown} заменено на ${value}`,
    heads: (label, lo, hi, n, shown, value) =>
      `${label}: нужно целое число от ${lo} до ${hi}, на которое делится размер скрытого слоя (${n}); ` +
      `${shown} заменено на ${value}`
  },
  compare: {
    unknown: (name) => `${name} — не архитектура`,
    twice: (name) => `${name} указана дважды`,
    none: 'не указано ни одной архитектуры',
    tooMany: (n) => `указано архитектур: ${n}`,
    rule: (most, archs, given, problem) =>
      `compare: нужно от 1 до ${most} разных архитектур из ${archs} через запятую ` +
      `(например, rnn,lstm,attention), указано ${given}: ${problem}`
  },
  url: {
    eigFormat: (given) =>
      `eig: каждое собственное значение записывается как «действительная:мнимая часть» (например, 0.9:0.3), ` +
      `указано ${given}; оставлены прежние собственные значения`,
    eigRange: (limit, given) =>
      `eig: действительная и мнимая части должны быть от −${limit} до ${limit}, указано ${given}; ` +
      'приведено к границе',
    eigCount: (most, given) =>
      `eig: не больше ${most} собственных значений (по одному на нейрон скрытого слоя), указано ${given}; ` +
      'оставлены прежние собственные значения',
    eigMissing: (key) =>
      `${key}: выбрана инициализация по собственным значениям, но сами значения не указаны (${key}=0.9:0.3,…); ` +
      'взята ортогональная',
    repeated: (notice, times) => `${notice} (${plural(times, { one: 'раз', few: 'раза', many: 'раз' })})`,
    more: (n) =>
      `и ещё ${plural(n, { one: 'ошибка', few: 'ошибки', many: 'ошибок' })} в адресе, ` +
      `${form(n, 'не показана', 'не показаны', 'не показаны')}`,
    unknownKey: (key, known) => `${key} — не настройка лаборатории, пропущено (настройки: ${known})`,
    formula: (problem, given, kept) => `formula: ${problem}, указано ${given}; оставлено ${kept}`,
    oneOf: (key, allowed, given, kept) => `${key}: допустимо одно из ${allowed}, указано ${given}; оставлено ${kept}`,
    trueOrFalse: (key, given, kept) => `${key}: допустимо true или false, указано ${given}; оставлено ${kept}`,
    kept: (notice, kept) => `${notice}; оставлено ${kept}`,
    setTo: (notice, value) => `${notice}; заменено на ${value}`
  },
  presets: {
    circle: 'все на одной окружности (0,9)',
    rotation: 'вращение: пара на единичной окружности',
    slow: 'одна медленная мода (0,99) среди малых',
    mixed: 'смесь: внутри и вне окружности',
    nonNormal: 'ненормальная: все внутри, базис скошен'
  },
  sweep: {
    notNumber: (shown) => `${shown} — не число`,
    notInteger: (token) => `${token} — не целое число`,
    outside: (token, lo, hi) => `${token} вне диапазона от ${lo} до ${hi}`,
    rule: (field, most, lo, hi, given, why) =>
      `${field}: нужно от 1 до ${most} длин, каждая — целое число от ${lo} до ${hi}, через запятую ` +
      `(например, 20,100,500), указано ${given}: ${why}`,
    none: 'не указано ни одной длины',
    tooMany: (n) => `указано разных длин: ${n}`,
    refused: (problem) => `Перебор длин с этими настройками не запустить: ${problem}`,
    overBound: (runs, time, cores, bound) =>
      `Перебор длин: ${plural(runs, { one: 'запуск займёт', few: 'запуска займут', many: 'запусков займут' })} ` +
      `около ${time} на ${integer(cores)} ${form(cores, 'ядре', 'ядрах', 'ядрах')}, больше предела страницы ` +
      `(${bound}): возьмите меньше длин или короче, меньше зёрен или итераций либо запустите перебор на ночь ` +
      'командой `npm run --silent train -- SWEEP.json > sweep.json` и откройте этот файл здесь.',
    runs: (n, iterations) =>
      `${plural(n, { one: 'запуск', few: 'запуска', many: 'запусков' })} по ${iterations} итераций`,
    cores: (n) => plural(n, { one: 'ядро', few: 'ядра', many: 'ядер' }),
    cost: (runs, time, cores) => `${runs}, около ${time} на этом компьютере (${cores})`
  },
  sweepFile: {
    prefix: (problem) => `файл перебора: ${problem}`,
    tooLarge: (mb) => `должен быть не больше ${mb} МБ, а он больше`,
    tooLargeBytes: (mb, bytes) => `должен быть не больше ${mb} МБ, а его размер ${bytes} байт`,
    unread: (why) => `не удалось прочитать (${why})`,
    notJson: (why) => `должен быть в формате JSON (${why})`,
    number: 'должно быть числом',
    accuracy: 'должно быть числом от 0 до 1',
    accuracyMax: 'должно быть от 0 до 1',
    boolean: (yes, no) => `должно быть ${yes} или ${no}`,
    entry: (fields) => `должна быть записью истории ${fields}`,
    runSpec: 'должна быть спецификацией запуска, которую напечатала команда обучения',
    history: 'должна быть массивом записей истории',
    seconds: 'должно быть числом секунд',
    run: (fields) => `должен быть результатом запуска ${fields}`,
    runs: 'должен быть массивом запусков',
    sweep: (command, fields) => `должен быть JSON-объектом, который печатает ${command}: ${fields}, или одним запуском`,
    noRuns: (field) => `${field}: нужен хотя бы один запуск, указано []`,
    tooManyEntries: (most, given) => `runs: не больше ${most} записей, указано ${given}`,
    oneLength: 'должна быть длиной одного запуска (числом)'
  },
  budget: {
    underOne: 'меньше 1 с',
    seconds: (s) => `${s} с`,
    minutes: (min, s) => `${min} мин${s !== null ? ` ${s} с` : ''}`,
    hours: (h, min) => `${h} ч${min !== null ? ` ${min} мин` : ''}`,
    exactly: (n) => `последовательности ровно из ${stepsGenitive(n)}`,
    between: (lo, hi) => `последовательности от ${integer(lo)} до ${stepsGenitive(hi)}`,
    fits: (fit, T, units) => `не больше ${fit} при длине задачи T = ${T} и размере скрытого слоя ${units}`,
    noFit: (T, units) => `не помещаются при длине задачи T = ${T} и размере скрытого слоя ${units}`,
    over: (allowed, arch, time, bound) =>
      `Итерации: ${allowed}: запуск ${arch} по прогнозу займёт около ${time}, больше предела страницы ` +
      `(${bound} на запуск; возьмите меньше итераций, короче T или меньше нейронов; долгие запуски: npm run train)`,
    forecastPart: (arch, time) => `${arch} — около ${time}`,
    forecast: (parts) =>
      `Прогноз при этих настройках: ${parts.join(', ')} на запуск (модель затрат движка, ` +
      'на простаивающем двухъядерном ноутбуке)'
  }
};
