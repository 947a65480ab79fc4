// The lecture tools at lang=ru: theme names read when shown, the tour bar's count with the
// language's numbers, the shortcuts' texts; the keys keep the names a keyboard prints.
import { afterEach, describe, expect, test } from 'vitest';
import { foreignWords, integer, msg, setLocale } from '../../src/lib/i18n/index';
import { THEMES } from '../../src/lib/lecture/theme';

afterEach(() => setLocale('en'));

describe('the lecture tools in Russian', () => {
  test('the theme menu answers in the language of the moment', () => {
    expect(THEMES.map((t) => t.label)).toEqual(['system', 'light', 'dark', 'high contrast']);
    setLocale('ru');
    expect(THEMES.map((t) => t.label)).toEqual(['системная', 'светлая', 'тёмная', 'контрастная']);
    expect(THEMES.map((t) => t.value)).toEqual(['system', 'light', 'dark', 'contrast']);
  });

  test("the tour bar and the shortcuts' list", () => {
    setLocale('ru');
    const m = msg().lecture;
    expect(m.tourBar.count(integer(3), integer(12))).toBe('Тур 3 / 12');
    const keyboard = m.shortcuts.keyboard('Tab', 'Page Up/Down', 'Home/End');
    expect(keyboard).toContain('клавишей Tab, затем стрелки, Page Up/Down, Home/End');
    // only the keys' names are Latin
    expect(foreignWords(keyboard)).toEqual([]); // key names are allowed (latin.ts)
    expect(foreignWords(m.tourBar.count('1', '2'))).toEqual([]);
  });

  test('English stays as it was', () => {
    expect(msg().lecture.shortcuts.keyboard('Tab', 'Page Up/Down', 'Home/End')).toBe(
      'Every control works from the keyboard too: Tab to it, then arrows, Page Up/Down, Home/End, or type a value.'
    );
  });
});
