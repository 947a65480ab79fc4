import type { gradients as en } from '../en/gradients';

export const gradients: typeof en = {};
