import type { latch as en } from '../en/latch';

export const latch: typeof en = {};
