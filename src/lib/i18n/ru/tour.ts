import type { tour as en } from '../en/tour';

export const tour: typeof en = {};
