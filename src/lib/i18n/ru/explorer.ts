import type { explorer as en } from '../en/explorer';

export const explorer: typeof en = {};
