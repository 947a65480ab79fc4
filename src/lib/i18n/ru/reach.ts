import type { reach as en } from '../en/reach';

export const reach: typeof en = {};
