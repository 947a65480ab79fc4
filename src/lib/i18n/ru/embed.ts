import type { embed as en } from '../en/embed';

export const embed: typeof en = {};
