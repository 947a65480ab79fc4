// Slider positions <-> values for controls whose useful values are not evenly spaced.
// A range input steps one position per arrow key, so the stops decide what the keyboard
// can reach: 0.95, 0.99, 1.00 and 1.01 are all one key press apart near 1.

/** A fixed list of values, one per slider position. */
export interface Stops {
  values: readonly number[];
  /** position of the stop nearest to v */
  position(v: number): number;
}

function stops(values: number[]): Stops {
  const sorted = [...new Set(values.map((v) => +v.toFixed(6)))].sort((a, b) => a - b);
  return {
    values: sorted,
    position(v: number) {
      let best = 0;
      for (let i = 1; i < sorted.length; i++) if (Math.abs(sorted[i] - v) < Math.abs(sorted[best] - v)) best = i;
      return best;
    }
  };
}

const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => from + i * step);

/** Spectral radius 0..2: 0.05 apart, 0.01 apart from 0.9 to 1.1. */
export const RADIUS_STOPS = stops([...range(0, 0.9, 0.05), ...range(0.9, 1.1, 0.01), ...range(1.1, 2, 0.05)]);

/** Sequence length 10..1000, about 20 stops per decade, on round numbers (typed values go to 5000). */
export const STEPS_STOPS = stops([
  ...range(10, 30, 1),
  ...range(32, 60, 2),
  ...range(65, 100, 5),
  ...range(110, 200, 10),
  ...range(225, 500, 25),
  ...range(550, 1000, 50)
]);

/** Chrono's T_max 2..5000: the sequence length's stops, from 2, and on to the page's longest sequence. */
export const CHRONO_MAX_STOPS = stops([
  ...range(2, 9, 1),
  ...STEPS_STOPS.values,
  ...range(1250, 2000, 250),
  ...range(2500, 5000, 500)
]);

/** Hidden size: powers of two and the numbers between that lecturers pick. */
export const HIDDEN_STOPS = stops([1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256]);

/** Forget and update bias -4..8 in quarter steps. */
export const BIAS_STOPS = stops(range(-4, 8, 0.25));

/** Input scale 0..3. */
export const INPUT_SCALE_STOPS = stops([...range(0, 1, 0.05), ...range(1.1, 3, 0.1)]);

/** Colour range, in decades. */
export const DECADE_STOPS = stops([2, 5, 10, 20, 30, 50, 100, 200, 400]);

/** Non-normality: the eigenbasis's condition number, 1 (normal) to 1000. */
export const CONDITION_STOPS = stops([1, 1.5, 2, 3, 5, 7, 10, 15, 20, 30, 50, 70, 100, 150, 200, 300, 500, 700, 1000]);

/** The latch's self-weight 0..3: 0.05 apart, 0.01 apart from 0.9 to 1.1 where the fixed points split. */
export const LATCH_W_STOPS = stops([...range(0, 0.9, 0.05), ...range(0.9, 1.1, 0.01), ...range(1.1, 3, 0.05)]);

/** The latch's noise 0..2 and pulse amplitude 0..3. */
export const LATCH_NOISE_STOPS = stops(range(0, 2, 0.05));
export const LATCH_PULSE_STOPS = stops(range(0, 3, 0.1));

/** The pulse's length 1..50 and the latch's steps 2..1000. */
export const LATCH_LENGTH_STOPS = stops(range(1, 50, 1));
export const LATCH_STEPS_STOPS = stops([
  ...range(2, 30, 1),
  ...range(32, 60, 2),
  ...STEPS_STOPS.values.filter((v) => v > 60)
]);

/** Training: the task's length 8..1000, the budget 100..20000 iterations, the learning rate (log scale), the clip. */
export const TRAIN_STEPS_STOPS = stops([
  ...range(8, 30, 1),
  ...range(32, 60, 2),
  ...STEPS_STOPS.values.filter((v) => v > 60)
]);
export const TRAIN_ITERATIONS_STOPS = stops([
  ...range(100, 1000, 100),
  ...range(1500, 5000, 500),
  ...range(6000, 10000, 1000),
  ...range(12000, 20000, 2000)
]);
export const TRAIN_RATE_STOPS = stops([
  0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.003, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.2, 0.5, 1
]);
export const TRAIN_CLIP_STOPS = stops([0, 0.1, 0.2, 0.5, 1, 2, 5, 10]);

/** Attention's heads: the numbers from 1 to 8 that divide the hidden size n, so every stop is valid. */
export const headStops = (n: number): Stops => stops(range(1, 8, 1).filter((h) => n % h === 0));

/** Attention's position scale 0..10: 0 (no positions), then finely around the default 1. */
export const POSITION_SCALE_STOPS = stops([...range(0, 2, 0.1), ...range(2.5, 10, 0.5)]);

/** The window's length N 1..512: every length to 16, then about six stops an octave. */
export const WINDOW_STOPS = stops([
  ...range(1, 16, 1),
  20,
  24,
  28,
  32,
  40,
  48,
  56,
  64,
  80,
  96,
  112,
  128,
  160,
  192,
  224,
  256,
  320,
  384,
  448,
  512
]);
