import type { exporting as en } from '../en/exporting';

export const exporting: typeof en = {};
