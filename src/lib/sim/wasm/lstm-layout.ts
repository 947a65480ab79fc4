// The LSTM's forward record and pre-activations, described once: which block holds which
// gate, and where step t's numbers sit. lstm-cell.ts writes the record (in JavaScript, or
// through the lstmCells kernel of kernels.wat); lstm.ts, connectivity.ts and
// train/lstm-deltas.ts read it (the last also through the lstmDeltas kernel of
// batch-kernels.wat). The .wat kernels name the blocks (LSTM_PRE_F, LSTM_Q_O, LSTM_TG_PRIME)
// and scripts/build-wasm.mjs writes in the numbers from here, so no reader keeps its own copy.
// Plain data without imports: the build script evaluates this file on its own.

/** The pre-activation blocks, n rows each, in the row order of W, U and b (params.ts): i, f, g, o. */
export const LSTM_PRE = { i: 0, f: 1, g: 2, o: 3 } as const;
/** Q, one row of 3n a step: the sigmoid gates as signed q (activations.ts gateQ), n each. */
export const LSTM_Q = { i: 0, f: 1, o: 2 } as const;
/** TG, one row of 2n a step: tanh(g) and its derivative, n each. */
export const LSTM_TG = { tanh: 0, prime: 1 } as const;

const Q_WIDTH = Object.keys(LSTM_Q).length;
const TG_WIDTH = Object.keys(LSTM_TG).length;

/** The forward record a backward pass reads: row t - 1 of Q and TG for step t, rows t = 0..T of the cell's. */
export interface LstmRecord {
  /** the gates i, f, o as signed q, a row of 3n per step (LSTM_Q) */
  Q: Float64Array;
  /** tanh(g) and tanh'(g), a row of 2n per step (LSTM_TG) */
  TG: Float64Array;
  /** c_t, tanh(c_t), tanh'(c_t): a row of n each for t = 0..T */
  C: Float64Array;
  TC: Float64Array;
  DTC: Float64Array;
}

/** The length of each array of the record, by name, for n units and T steps. */
export function lstmRecordLengths(n: number, T: number): Record<keyof LstmRecord, number> {
  return { Q: T * Q_WIDTH * n, TG: T * TG_WIDTH * n, C: (T + 1) * n, TC: (T + 1) * n, DTC: (T + 1) * n };
}

/** The record over arrays laid out in the order of lstmRecordLengths' names (as Object.values gives them). */
export function lstmRecordFrom(arrays: Float64Array[]): LstmRecord {
  const names = Object.keys(lstmRecordLengths(0, 0)) as (keyof LstmRecord)[];
  return Object.fromEntries(names.map((k, i) => [k, arrays[i]])) as unknown as LstmRecord;
}

/** Where step t (1..T) of a record of n units keeps its numbers: the start of each block of n in its array. */
export interface LstmRow {
  /** the starts of the step's rows of Q and TG (the kernels add the block offsets themselves) */
  qRow: number;
  tgRow: number;
  /** in Q: the gates i, f, o */
  qi: number;
  qf: number;
  qo: number;
  /** in TG: tanh(g), tanh'(g) */
  tg: number;
  dtg: number;
  /** in C, TC and DTC: c_{t-1} and c_t */
  cPrev: number;
  c: number;
}

export function lstmRow(n: number, t: number): LstmRow {
  const q = (t - 1) * Q_WIDTH * n;
  const g = (t - 1) * TG_WIDTH * n;
  return {
    qRow: q,
    tgRow: g,
    qi: q + LSTM_Q.i * n,
    qf: q + LSTM_Q.f * n,
    qo: q + LSTM_Q.o * n,
    tg: g + LSTM_TG.tanh * n,
    dtg: g + LSTM_TG.prime * n,
    cPrev: (t - 1) * n,
    c: t * n
  };
}

/** The start of each pre-activation block (and of each block of the deltas laid out like it) for n units. */
export function lstmPreBlocks(n: number): Record<keyof typeof LSTM_PRE, number> {
  return { i: LSTM_PRE.i * n, f: LSTM_PRE.f * n, g: LSTM_PRE.g * n, o: LSTM_PRE.o * n };
}
