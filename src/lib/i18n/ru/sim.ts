import type { sim as en } from '../en/sim';

export const sim: typeof en = {};
