import type { lecture as en } from '../en/lecture';

export const lecture: typeof en = {};
