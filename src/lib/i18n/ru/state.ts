import type { state as en } from '../en/state';

export const state: typeof en = {
  langNotice: (given, allowed, shownIn) =>
    `lang: допустимы ${allowed.join(', ')}, а указано ${given}; страница показана на языке «${shownIn}»`,
  tourNotice: (most, given) => `tour: нужен номер шага от 1 до ${most}, указано ${given}; тур не запущен`,
  parserUnloaded: (kept) =>
    `Нелинейность: не удалось загрузить модуль разбора формул (нет сети?); оставлена нелинейность «${kept}».`,
  computing: (n, T) => `Вычисляется n = ${n}, T = ${T}…`,
  trainRefused: (problem) => `С этими настройками обучение не запустить: ${problem}`,
  fileNamed: (name, problem) => `${name}: ${problem}`,
  phase: {
    radius: (arch) => `${arch}: спектральный радиус`,
    lstmBias: 'LSTM, полный градиент ячейки: смещение b_f',
    gruBias: 'GRU, полный градиент состояния: смещение b_z'
  }
};
