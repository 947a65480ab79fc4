// The export dialog's and the slide's words in Russian (issue 20): the footer states every
// parameter with decimal commas, the figure menu and the QR note read in Russian; file names
// stay machine names.
import { afterEach, describe, expect, it } from 'vitest';
import { foreignWords, msg, setLocale } from '../../src/lib/i18n/index';
import { DEFAULT_STATE } from '../../src/lib/model/lab-state';
import { fileName, FIGURES, slideFooter } from '../../src/lib/export/names';
import { theoryFor } from '../../src/lib/figures/shown';

afterEach(() => setLocale('en'));

describe('the export in Russian', () => {
  const lab = { ...DEFAULT_STATE, compare: ['lstm' as const], radius: 0.9, forgetBias: 1.5 };

  it('the slide footer: every parameter, in Russian, with decimal commas', () => {
    const english = slideFooter(lab, theoryFor(lab));
    expect(english).toMatch(/^Gradient Flow Lab\. LSTM, T = 100, spectral radius 0\.90 \(orthogonal\), /);
    expect(english).toContain('forget bias 1.5 (sigma 0.818), ');
    setLocale('ru');
    const footer = slideFooter(lab, theoryFor(lab));
    expect(footer).toMatch(
      /^Лаборатория потока градиентов\. LSTM, T = 100, спектральный радиус 0,90 \(ортогональная\), /
    );
    expect(footer).toContain('смещение забывающего вентиля 1,5 (σ = 0,818), ');
    expect(footer).toContain('диапазон цвета от 10⁻');
    expect(foreignWords(footer)).toEqual([]);
  });

  it('the figure menu and the messages read in Russian; file names stay machine names', () => {
    setLocale('ru');
    const labels = FIGURES.map((f) => f.label);
    expect(labels[0]).toBe('Весь слайд (16:9)');
    expect(labels.flatMap((l) => foreignWords(l))).toEqual([]);
    const t = msg().exporting;
    const status = t.dialog.savedImage(fileName(lab, 'heatmaps', 'png', 2), 1234.5, 2000);
    expect(status).toMatch(/^Сохранён файл lstm_T100_radius0\.90_heatmaps@2x\.png \(1235 × 2000 пикс\.\)$/);
    expect(foreignWords(t.link.privatePage('127.0.0.1:4173'))).toEqual([]);
    expect(t.missing.figure('heatmaps', FIGURES[1].label)).toBe('«Тепловые карты»: этого рисунка нет на экране');
  });
});

describe('the link a Russian slide prints', () => {
  it('opens the lab in Russian (lang=ru); an English page prints the link it always did', async () => {
    const { shareLink } = await import('../../src/lib/export/public-link');
    const english = shareLink(DEFAULT_STATE, 'https://course.example.edu/lab/', 3);
    expect(english).not.toContain('lang=');
    setLocale('ru');
    const russian = shareLink(DEFAULT_STATE, 'https://course.example.edu/lab/', 3);
    expect(russian).toBe(`${english}&lang=ru`);
  });
});
