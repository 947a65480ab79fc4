import type { controls as en } from '../en/controls';

export const controls: typeof en = {};
