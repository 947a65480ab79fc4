// Сообщения src/lib/figures/ по-русски: слова внутри чисел (format.ts), подписи к графикам
// градиента и их легенды. Числа приходят уже записанными по-русски (0,73; 1,5e-20) или как
// счётчики, которые шаблон согласует сам: «100 шагов», «после 21 шага».
import type { figures as en } from '../en/figures';
import { integer, plural } from '../numbers';

/** «1 шаг», «3 шага», «100 шагов» (именительный и винительный: «за 100 шагов», «100 шагов назад»). */
const steps = (n: number): string => plural(n, { one: 'шаг', few: 'шага', many: 'шагов', other: 'шага' });
/** «1 шага», «100 шагов» (родительный: «после 100 шагов»). */
const stepsOf = (n: number): string => plural(n, { one: 'шага', few: 'шагов', many: 'шагов', other: 'шага' });
/** «из 41 радиуса», «из 40 радиусов»; «из 49 смещений» */
const RADII_OF = { one: 'радиуса', few: 'радиусов', many: 'радиусов', other: 'радиуса' };
const BIASES_OF = { one: 'смещения', few: 'смещений', many: 'смещений', other: 'смещения' };

export const figures: typeof en = {
  format: {
    exactlyZero: 'ровно 0',
    unknown: 'неизвестно',
    unbounded: 'не ограничена',
    notFinite: 'не конечна',
    // «γ = sup|φ′| не ограничена»: связка не нужна
    gammaIs: (word) => word,
    // как у Intl.NumberFormat('ru'): неразрывный пробел перед знаком процента
    percent: (n) => `${n}\u00a0%`,
    and: 'и'
  },

  labels: {
    hiddenUnit: 'скрытый нейрон',
    unitOfE: 'компонента e',
    inputUnit: 'компонента входа',
    fullCellPanel: (arch) => `${arch}, полный |∂L/∂c| ячейки`,
    bound: (base) => `оценка: (γ‖W‖)ᵏ = ${base}ᵏ`,
    rnnTheory: (base) => `теория: ρᵏ = ${base}ᵏ`,
    linearRnnTheory: (base) => `линейная RNN: ρᵏ = ${base}ᵏ`,
    lstmCell: 'LSTM, ячейка ‖∂L/∂c‖',
    lstmHighway: 'LSTM, магистраль Πf',
    forgetTheory: 'теория: σ(b_f)ᵏ',
    windowCut: (arch, k) => `${arch} ‖∂L/∂xₜ‖, ровно 0 с k = ${integer(k)}`,
    gruUpdatePath: 'GRU, путь обновления Πz',
    updateTheory: 'теория: σ(b_z)ᵏ',
    memoryKept: 'Доля cₛ, оставшаяся в c к шагу T (= Πf назад до s)',
    memoryCell: 'Полный градиент ячейки |∂L/∂cₛ|',
    stepShare: (arch) => `${arch}: доля шага k`,
    beyondShare: (arch) => `${arch}: шаги дальше k`
  },

  captions: {
    activation: (name) => (name === 'relu' ? 'ReLU' : name),
    linearTheory: (power) => `Теория линейной RNN: ρᵀ = ${power} — степень матрицы: затухание или взрыв.`,
    bound: (gamma, base) => `|φ′| ≤ ${gamma} даёт лишь оценку (γ‖W‖)ᵏ = ${base}ᵏ`,
    noBound: (word) => `производная φ′ ${word}, и даже (γ‖W‖)ᵏ не ограничивает эту RNN`,
    reluTakesBack: 'ReLU ничего не пропускает назад там, где её вход отрицателен (φ′ = 0)',
    saturates: (phi) => `${phi} насыщается при больших состояниях, где φ′ < 1`,
    whyBounded: (power, kept, T, takesBack) =>
      ` Линейная RNN выросла бы в ${power} раз; эта за ${steps(T)} сохраняет ${kept}: ` +
      `${takesBack}, и это отнимает часть или весь рост от радиуса.`,
    rnnText: (phi, bound, why) => `Пунктир ρᵏ — линейная RNN; с ${phi} ${bound} (Pascanu и др., 2013).${why}`,
    rnnBrief: (here, phi, bound) => `Пунктир ρᵏ — линейная RNN${here ? `, здесь ${here}` : ''}; при ${phi} ${bound}`,
    briefBound: (gamma) => `условие |φ′| ≤ ${gamma} делает (γ‖W‖)ᵏ лишь оценкой (Pascanu и др., 2013).`,
    briefNoBound: (word) => `производная φ′ ${word}: оценки (γ‖W‖)ᵏ нет.`,
    keeps: (what) => `${what} сохраняет`,
    cellOf: (arch) => `ячейка ${arch}`,
    atFirstPosition: ' в первой позиции (e₁)',
    windowOutside: (cut, last, N) =>
      ` начиная с ${integer(cut)}-го шага назад: входы с x₁ по x${last} лежат вне окна N = ${integer(N)}`,
    windowInside: (T, N) => ` в x₁ (все ${integer(T)} внутри окна N = ${integer(N)})`,
    summary: (T, kept) => `${steps(T)} назад: ${kept}.`,
    matrixMechanism: (archs) => `${archs}: затухание или взрыв (через W)`,
    lstmMechanism: 'LSTM (ячейка): разбавление вдоль Πf плюс пути через h',
    gruMechanism: 'GRU: разбавление вдоль Πz плюс пути через W',
    highwayHead: (kept, T) =>
      `Магистраль Πf LSTM сама по себе сохраняет ${kept} за ${steps(T)}: это разбавление, а не степень матрицы.`,
    cellGrows: (kept, exploding) =>
      `Полная ячейка: растёт до ${kept} через h и W${exploding ? ', матричная часть взрывается' : ''}.`,
    cellMore: (kept) => `Полная ячейка: ${kept} — больше, за счёт h и W.`,
    cellBelow: (kept) => `Полная ячейка: лишь ${kept}; пути через h и W гасят часть.`,
    cellWith: (kept) => `Полная ячейка: ${kept}, как у магистрали.`,
    highwayBrief: (kept, above, grows) =>
      `Магистраль Πf LSTM сама по себе сохраняет ${kept}: разбавление, а не степень матрицы` +
      (above ? `; ${grows ? 'рост' : 'избыток'} градиента ячейки идёт через h и W.` : '.'),
    residualPath: (arch, T, kept) =>
      `${arch}: якобиан каждого шага — I + diag(φ′)W, единичная матрица плюс якобиан RNN; ` +
      `за ${steps(T)} градиент состояния составляет ${kept} от своего значения на шаге потерь.`,
    attentionPath: (arch, kept) =>
      `${arch}: один шаг от каждой позиции до последней, на любом расстоянии; ` +
      `градиент первой позиции составляет ${kept} от градиента последней (у той есть ещё и остаточный путь).`,
    softmaxSpread: (count, largest, uniform) =>
      ` Функция softmax распределяет вес: наибольший из ${integer(count)} равен ${largest} ` +
      `(при равномерном: 1/T = ${uniform}).`,
    windowAllInside: (arch, T, N) =>
      `${arch}: ${T === 1 ? 'единственный шаг лежит' : `все ${steps(T)} лежат`} внутри окна N = ${integer(N)}, ` +
      'так что каждый вход получает градиент через один слой.',
    windowCutPath: (arch, N, cut) =>
      `${arch}: входы из последних N = ${integer(N)} шагов получают градиент через один слой; ` +
      `начиная с ${integer(cut)}-го шага назад он ровно 0 — жёсткий обрез, который обучение не сдвинет.`
  },

  phase: {
    atRadius: (ratio, rho) => `${ratio} при ρ = ${rho}`,
    atBias: (ratio, b) => `${ratio} при b = ${b}`,
    allHalted: (T) =>
      `При каждом радиусе перебора эта φ выводит сеть за пределы двойной точности до шага ${integer(T)}: ` +
      'ни одной строки не нарисовать (строки заштрихованы).',
    sweepingRadius: 'Перебираем спектральный радиус…',
    sweepingBias: 'Перебираем смещение вентиля…',
    haltedFrom: (rho) =>
      ` Начиная с ρ = ${rho}, эта φ выводит сеть за пределы двойной точности: эти строки заштрихованы, ` +
      'и подпись учитывает только строки ниже них.',
    radiiSoFar: (done, rows) => ` (пока ${integer(done)} из ${plural(rows, RADII_OF)})`,
    biasesSoFar: (done, rows) => ` (пока ${integer(done)} из ${plural(rows, BIASES_OF)})`,
    radiusSwept: (max) => (max ? `радиусе перебора (до ${max})` : 'радиусе перебора'),
    everyBias: 'смещении',
    radiusHead: (T, partial) => `После ${stepsOf(T)}${partial} градиент`,
    tanhTakesBack: ' Наклон tanh меньше 1 и отнимает то, что добавляет радиус больше 1.',
    shrunkAtEvery: (head, swept, low, high) => `${head} уменьшился при каждом ${swept}: ${low}, ${high}.`,
    grownAtEvery: (head, swept, low, high) => `${head} вырос при каждом ${swept}: ${low}, ${high}.`,
    isBoth: (head, low, high) => `${head}: ${low} и ${high}.`,
    radiusBetweenNear1: '; между ними он остаётся около 1',
    radiusBetweenEither: '; между ними — в обе стороны',
    radiusSplit: (head, upTo, low, from, high, middle) =>
      `${head} уменьшился при ρ ≤ ${upTo} (${low}) и вырос при ρ ≥ ${from} (${high})${middle}: ` +
      'Bengio, Simard и Frasconi (1994).',
    biasHead: (T, partial, lstm) =>
      `После ${stepsOf(T)}${partial} ${lstm ? 'полный градиент ячейки' : 'полный градиент состояния'}`,
    biasBetweenNear1: '; между ними — в пределах 3× от 1',
    biasBetweenEither: '; между ними — в обе стороны',
    most: (at) => `до ${at}`,
    biasSplit: (head, upTo, low, from, high, middle) =>
      `${head} уменьшился при b ≤ ${upTo} (${low}) и вырос при b ≥ ${from} (${high})${middle}.`,
    onlyDilutes: (lstm, top, power) =>
      ` ${lstm ? 'Магистраль Πf' : 'Путь обновления Πz'} лишь разбавляет (σ(${top})ᵀ = ${power})`,
    growthVia: '; рост идёт через h и W.'
  },

  memory: {
    forward: (unit, kept, T, median) =>
      `Нейрон ${integer(unit)} сохраняет ${kept} от значения, записанного ${steps(T)} назад (слева; половина ` +
      `нейронов — не больше ${median}); магистраль Πf переносит ту же долю ${kept} своего ∂L/∂c из T назад в s: ` +
      'одно произведение, разбавление вперёд и назад.',
    cellAbove: (grows, cell, highway, matrix) =>
      ` Полный градиент ячейки (справа) ${grows ? 'растёт до' : 'сохраняет'} ${cell} — больше, чем магистраль ` +
      `(${highway}, по всем нейронам): это добавляют пути через h (W и вентили)` +
      `${matrix ? `, матричная часть ${matrix === 'exploding' ? 'взрывается' : 'растёт'}` : ''}.`,
    cellBelow: (cell, highway) =>
      ` Полный градиент ячейки (справа) сохраняет лишь ${cell} — меньше, чем магистраль (${highway}, по всем ` +
      'нейронам): пути через h гасят его часть.',
    cellWith: (cell, highway) =>
      ` Полный градиент ячейки (справа) сохраняет ${cell}, как и магистраль (${highway}): пути через h ` +
      'добавляют мало.'
  },

  shares: {
    allBut: (rest) => `всё, кроме ${rest}`,
    almostNothing: 'почти ничего (меньше 10⁻¹²)',
    only: (share) => `лишь ${share}`,
    nothing: 'ничего',
    oneStepZero: 'Один шаг от h₀ = 0: ∂L/∂W = δ₁h₀ᵀ ровно нуль (градиент получают только U и b).',
    allZero: 'При этих настройках каждое слагаемое ∂L/∂W ровно нуль: градиента по весам нет.',
    // «99,04 % ∂L/∂W (RNN) и 93,3 % (LSTM)»: названия моделей в скобках, без падежей
    shareOf: (share, arch, first) => `${share}${first ? ' ∂L/∂W' : ''} (${arch})`,
    lastCarry: (recent) => (recent === 1 ? 'На последний шаг приходится' : `На последние ${steps(recent)} приходится`),
    stepsBefore: (far) => (far === 1 ? 'на шаги до последнего' : `на шаги до последних ${integer(far)}`),
    recentAndFar: (recent, before, far) => `${recent}; ${before} — ${far}`,
    the: (arch) => arch,
    theOwn: (arch) => arch,
    faint: (archs) =>
      ` ${archs}: дальние слагаемые слишком малы, чтобы направлять W; обучение следует за недавним прошлым.`,
    strong: (archs) => ` ${archs}: дальние шаги всё ещё несут заметную долю — градиент до них доходит.`
  }
};
