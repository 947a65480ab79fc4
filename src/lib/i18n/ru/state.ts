import type { state as en } from '../en/state';

export const state: typeof en = {
  langNotice: (given, allowed, shownIn) =>
    `lang: допустимы ${allowed.join(', ')}, а указано ${given}; страница показана на языке «${shownIn}»`
};
