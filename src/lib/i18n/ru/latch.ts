import type { latch as en } from '../en/latch';
import { plural } from '../numbers';

const STEPS = { one: 'шаг', few: 'шага', many: 'шагов' };
/** "из 20 траекторий", "из 21 траектории": after «из» the genitive */
const OF_TRAJECTORIES = { one: 'траектории', few: 'траекторий', many: 'траекторий' };
/** "по 64 траектории", "по 5 траекторий" */
const EACH_TRAJECTORIES = { one: 'траектории', few: 'траектории', many: 'траекторий' };
const CELLS = { one: 'клетка', few: 'клетки', many: 'клеток' };
const POINTS = { one: 'неподвижная точка', few: 'неподвижные точки', many: 'неподвижных точек' };

export const latch: typeof en = {
  controls: 'Управление защёлкой',
  seed: 'Зерно шума',
  newNoise: 'Новый шум',
  introLead: 'Один нейрон,',
  introRest:
    ': импульс записывает бит (его знак), затем идёт шум. Бит сохраняется только в аттракторе, где |f′| < 1, ' +
    'а там ∂aₜ/∂a₁ уменьшается на каждом шаге (Bengio, Simard и Frasconi 1994).',
  mapHeading: 'Отображение a ↦ w·tanh(a) и его неподвижные точки',
  trajectoriesHeading: 'Траектории с шумом: сохранится ли бит?',
  gradientHeading: 'Как далеко назад доходит градиент: |∂aₜ/∂a₁|',
  gradientChartTitle: 'Градиент защёлки по шагам',
  gradientXTitle: 'шаги после шага 1, t − 1',
  tradeoffHeading: 'Надёжная память или градиент: компромисс',
  gridError: (error) => `Не удалось вычислить сетку: ${error}`,
  gridComputing: (ws, noises, trajectories) =>
    `Вычисляется сетка ${ws} × ${noises}, по ${plural(trajectories, EACH_TRAJECTORIES)} в каждой клетке…`,
  gridTime: (ms) => `Сетка: ${ms} мс.`,

  gridLabel: 'Доля сохранённых битов и градиент по весу самосвязи и шуму',
  gridImage: 'Две карты по w от 0 до 3 и шуму от 0 до 2: доля траекторий, сохранивших бит, и медианный градиент',
  keptPanel: (T) => `бит сохранён до шага ${T}`,
  gradPanel: 'медиана |∂a_T/∂a₁|',
  wAxis: 'вес самосвязи w',
  noiseAxis: 'шум σ',
  gridFilled: (filled, rows) => `Вычислено уровней шума: ${filled} из ${rows}.`,

  mapLabel: 'Отображение a в w tanh(a) и его неподвижные точки',
  mapImage: (w, n) => `w tanh(a) и тождественная прямая, w = ${w}: ${plural(n, POINTS)}`,
  mapXTitle: 'состояние aₜ₋₁',
  mapYTitle: 'aₜ − hₜ (до входа)',
  identity: 'тождественная прямая',
  attracts: 'притягивает, |f′| < 1',
  repels: 'отталкивает, |f′| > 1',
  marginal: 'нейтральная, |f′| = 1',
  basinPlus: 'бассейн +, бит +1',
  basinMinus: 'бассейн −, бит −1',
  pointsCaption: (w) => `Неподвижные точки a → w·tanh(a), w = ${w}`,
  kind: 'тип',
  kinds: { stable: 'устойчивая', unstable: 'неустойчивая', marginal: 'нейтральная' },

  trajectoriesLabel: 'Траектории защёлки с шумом',
  trajectoriesImage: (n, T, kept) => `Траектории с шумом: ${n}, шагов: ${T}; бит сохраняют ${kept}`,
  stepAxis: 'шаг t',
  stateAxis: 'состояние aₜ',
  pulse: (n) => `импульс, ${plural(n, STEPS)}`,
  bitPlus: 'бит +1',
  bitMinus: 'бит −1',
  bitLost: 'бит потерян к шагу T',
  attractors: 'аттракторы ±x̄',
  keptSummary: (kept, n, T) => `Бит до шага ${T} сохранён в ${kept} из ${plural(n, OF_TRAJECTORIES)}.`,

  noisyCurves: 'траектории с шумом (тонкие, цвет их бита)',
  cleanCurve: 'без шума (бит +1)',

  onePoint: (w, what) => `w = ${w}: одна неподвижная точка, a = 0; ${what}.`,
  oneAttracts: (slope) =>
    `она притягивает (|f′| = ${slope} < 1): любое состояние затухает к 0, так что бит может хранить ` +
    'только знак, и любой шум его затем стирает',
  oneMarginal:
    'она нейтральна (|f′| = 1): состояния возвращаются к 0 медленнее геометрической прогрессии, и шум стирает бит',
  threePoints: (w, plus, slope, zeroSlope) =>
    `w = ${w}: три неподвижные точки. ±${plus} притягивают (|f′| = ${slope} < 1), по бассейну притяжения ` +
    `с каждой стороны от 0, а 0 отталкивает (|f′| = ${zeroSlope}): импульс, переводящий a через 0, ` +
    'записывает бит, который отображение затем удерживает.',
  noPulse: (T) => `Импульс равен 0: бит не записан, и знак на шаге ${T} определяет шум.`,
  pulseAll: (T) => `импульс длится все ${plural(T, STEPS)}: шум так и не доходит до состояния`,
  pulseThenNoise: (pulse, length, noise) => `импульс ${pulse} на ${plural(length, STEPS)}, затем шум σ = ${noise}`,
  allKept: 'все биты сохранены',
  allLost: 'все биты потеряны',
  someLost: (lost) => `бит потерян в ${lost} из них`,
  quiet: ' Без шума даже затухающее состояние сохраняет знак: добавьте шум, чтобы проверить память.',
  kept: (kept, n, T, inputs, verdict) =>
    `Бит до шага ${T} сохранён в ${kept} из ${plural(n, OF_TRAJECTORIES)} (${inputs}): ${verdict}.`,
  noisyAllEnd: (at) => ` Все траектории с шумом приходят к ${at}.`,
  noisyRange: (lo, hi) => ` Траектории с шумом приходят к значениям от ${lo} до ${hi}.`,
  inAttractor: (slope) =>
    ` В аттракторе каждый шаг умножает градиент на f′ = ${slope}: чем надёжнее память, тем меньше множитель.`,
  nearZero: (w, grows) => ` Вблизи 0 каждый шаг умножает градиент на w = ${w}${grows ? ': градиент растёт' : ''}.`,
  gradient: (value, T, rest) => `Без шума |∂a_T/∂a₁| = ${value} при T = ${T}.${rest}`,
  partial: (filled, rows) => ` (готово уровней шума: ${filled} из ${rows})`,
  noRobust: 'ни одна клетка с шумом не сохраняет бит в 95\u00a0% своих траекторий',
  robust: (cells, grad) =>
    `там, где бит выживает хотя бы в 95\u00a0% траекторий (${plural(cells, CELLS)} с шумом), ` +
    `|∂a_T/∂a₁| не больше ${grad}`,
  noLive: 'ни в одной клетке с шумом |∂a_T/∂a₁| не достигает 10⁻²',
  live: (percent) => `везде, где |∂a_T/∂a₁| ≥ 10⁻², бит сохраняют не более ${percent}\u00a0% траекторий`,
  moral: ' Либо надёжная память, либо градиент, доходящий назад: не оба сразу.',
  moralNoPulse: ' Импульс равен 0: бит не записан, и размена памяти на градиент нет. Задайте величину импульса.',
  moralPulseAll: (T) =>
    ` Импульс длится все ${plural(T, STEPS)}: шум не доходит до состояния, и память ничто не проверяет.`,
  moralMostSteps: (T) => ` Даже при T = ${T}, наибольшем в этом виде, компромисс ещё не проявился.`,
  moralMoreSteps: (T) => ` При T = ${T} компромисс ещё не проявился: попробуйте больше шагов.`,
  tradeoff: (T, partial, robust, live, moral) => `При T = ${T}${partial}: ${robust}; ${live}.${moral}`
};
