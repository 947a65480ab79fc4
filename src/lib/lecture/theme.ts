// Themes: the system's light or dark by default, either by choice, or high contrast for a
// washed-out projector. The choice is remembered on this machine (not in the URL: it does
// not change what a figure shows).
import { msg } from '../i18n/index';

export type Theme = 'system' | 'light' | 'dark' | 'contrast';

/** The menu's choices; each label is read when shown, in the page's language. */
export const THEMES: { value: Theme; readonly label: string }[] = (
  ['system', 'light', 'dark', 'contrast'] as const
).map((value) => ({
  value,
  get label() {
    return msg().lecture.themes[value];
  }
}));

const KEY = 'gradient-flow-lab:theme';

export function loadTheme(): Theme {
  try {
    const t = localStorage.getItem(KEY);
    return THEMES.some((x) => x.value === t) ? (t as Theme) : 'system';
  } catch {
    return 'system';
  }
}

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    /* storage off: the theme still applies for this visit */
  }
}
