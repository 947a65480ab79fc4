// Messages of src/lib/state/ (English: the source every other language is typed against).
export const state = {
  langNotice: (given: string, allowed: readonly string[], shownIn: string) =>
    `lang: must be one of ${allowed.join(', ')}, got ${given}; the page is in ${shownIn}`
};
