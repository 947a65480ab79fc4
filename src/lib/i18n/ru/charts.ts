import type { charts as en } from '../en/charts';

export const charts: typeof en = {};
