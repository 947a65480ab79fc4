import type { training as en } from '../en/training';

export const training: typeof en = {};
