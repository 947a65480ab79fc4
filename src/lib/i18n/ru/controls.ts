import type { controls as en } from '../en/controls';
import { integer, localNumber, plural, pluralForm } from '../numbers';

const steps = { one: 'шаг', few: 'шага', many: 'шагов' };
const units = { one: 'нейрон', few: 'нейрона', many: 'нейронов' };
const num = (v: number) => (Number.isInteger(v) ? integer(v) : localNumber(String(v)));

export const controls: typeof en = {
  aside: 'Параметры',
  stepsValue: (v) => plural(v, steps),
  radiusUnused: 'Спектральный радиус и инициализация: ни у одной сравниваемой модели нет рекуррентной матрицы.',
  byEigenvalues: (n) =>
    `Спектральный радиус и размер скрытого слоя заданы вашими собственными значениями ` +
    `(их ${integer(n)}; вкладка «Собственные значения и связность»).`,
  init: 'Рекуррентная инициализация',
  inits: { orthogonal: 'ортогональная', gaussian: 'гауссова (ненормальная)', eigenvalues: 'собственные значения' },
  activationUnused: 'Нелинейность: ни одна сравниваемая модель её не использует.',
  activation: 'Нелинейность',
  activations: { tanh: 'tanh', linear: 'линейная', relu: 'ReLU', custom: 'формула' },
  forgetUnused: 'Смещение забывающего вентиля: это вентиль LSTM, а LSTM не сравнивается.',
  updateUnused: 'Смещение вентиля обновления: это вентиль GRU, а GRU не сравнивается.',
  isSequenceLength: '= длина последовательности',
  isTaskLength: '= длина задачи T',
  sigmaValue: (v, sigma) => `${v}, σ ${sigma}`,
  chronoOverride: (top) =>
    `Смещение забывающего вентиля задано хроно-инициализацией (у каждого нейрона b_f = log u, u из U[1, ${top}], ` +
    'b_i = −b_f); диаграмма по смещению по-прежнему перебирает одно смещение, общее для всех нейронов.',
  forgetInit: 'Инициализация забывающего вентиля',
  forgetInits: { constant: 'постоянное (ползунок выше)', chrono: 'хроно (Tallec и Ollivier)' },
  chronoValue: (v) => `память до ${num(v)} ${pluralForm(v) === 'one' ? 'шага' : 'шагов'}`,
  headsValue: (v, n) => `${plural(v, { one: 'голова', few: 'головы', many: 'голов' })}, в каждой ${plural(n, units)}`,
  noPositions: '0, без позиций',
  windowValue: (v) =>
    `${pluralForm(v) === 'one' ? 'последний' : 'последние'} ` +
    plural(v, { one: 'вход', few: 'входа', many: 'входов' }),
  unitsValue: (v) => plural(v, units),
  newSeed: 'Новое зерно',
  decadesValue: (v) => `плюс-минус ${plural(v, { one: 'порядок', few: 'порядка', many: 'порядков' })}`,
  compare: {
    legend: 'Архитектуры',
    rule: (most) => `от 1 до ${most} рядом`,
    tooMany: (arch, most, others) => `${arch}: рядом не больше ${most} архитектур; сначала снимите одну из: ${others}.`,
    lastOne: (arch) => `${arch}: нужна хотя бы одна архитектура; сначала отметьте другую.`
  },
  formula: {
    label: 'Формула φ(x)',
    symbolic: (derivative) => `= ${derivative} (символьно)`,
    automatic: 'автоматическим дифференцированием (краткой символьной формы нет)',
    refused: (problem, allowed, kept) => `Формула: ${problem}. Допустимо: ${allowed}. Пока используется ${kept}.`
  }
};
