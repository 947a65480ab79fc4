import type { worker as en } from '../en/worker';

// the browser's own words (`detail`) are English: the Russian message says what stopped without them
export const worker: typeof en = {
  simFailed: (_detail) => 'фоновое вычисление прервалось (остановился фоновый поток)',
  sweepFailed: (_detail) => 'фоновое вычисление прервалось (остановился фоновый поток)',
  trainFailed: (_detail) => 'обучение в фоновом потоке прервалось',
  costFailed: (_detail) => 'измерение прервалось (остановился фоновый поток)'
};
