// Messages of src/lib/lecture/ (English: the source every other language is typed against).
export const lecture = {
  /** the keyboard shortcuts list (ShortcutsDialog.svelte); the keys themselves stay as printed on a keyboard */
  shortcuts: {
    title: 'Keyboard shortcuts',
    tour: 'start or leave the guided tour',
    steps: 'next / previous tour step (when no control has focus)',
    present: 'presentation mode: full screen, large type, high contrast',
    escape: 'leave presentation mode, close this list',
    export: 'export figures, the slide and the data',
    list: 'this list',
    keyboard: (tab: string, pages: string, ends: string) =>
      `Every control works from the keyboard too: ${tab} to it, then arrows, ${pages}, ${ends}, or type a value.`,
    close: 'Close'
  },
  /** the tour bar (TourBar.svelte); the steps' own texts are the tour's */
  tourBar: {
    region: 'Guided tour',
    count: (step: string, total: string) => `Tour ${step} / ${total}`,
    prevLabel: 'Previous step',
    prev: '← Prev',
    nextLabel: 'Next step',
    next: 'Next →',
    link: 'Link to this step',
    copy: 'Copy link',
    copied: 'Copied',
    exit: 'Exit tour'
  },
  /** the theme menu (theme.ts) */
  themes: { system: 'system', light: 'light', dark: 'dark', contrast: 'high contrast' }
};
