import type { figures as en } from '../en/figures';

export const figures: typeof en = {};
