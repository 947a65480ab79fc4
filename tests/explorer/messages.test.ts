// The explorer's words: English as the components wrote them, Russian at real numbers.
import { afterEach, describe, expect, test } from 'vitest';
import { fixed, foreignWords, localNumber, msg, setLocale, THIN_SPACE } from '../../src/lib/i18n/index';

afterEach(() => setLocale('en'));

describe('explorer, English', () => {
  test('the texts are those the components had', () => {
    const e = msg().explorer;
    expect(e.waiting(5000, 'RNN and LSTM', '40 s', '2 s', 12500000)).toBe(
      'The maps at T = 5000 (RNN and LSTM) are forecast to take about 40 s on this device, more than the 2 s the ' +
        'explorer computes unasked: the work grows as T², 12,500,000 cells a map. They fill in as they are ' +
        'computed, and the page stays usable meanwhile.'
    );
    expect(e.tooLong(2000, 5000)).toBe(
      'Connectivity maps are computed for sequence lengths up to 2000; lower the sequence length (now 5000) to ' +
        'see them.'
    );
    expect(e.handle(`${fixed(0.5, 2)} ± ${fixed(0.3, 2)}i`, true)).toBe(
      'eigenvalue 0.50 ± 0.30i (a conjugate pair): arrow keys move it, Shift for larger steps'
    );
    expect(e.showing('orthogonal')).toBe('Showing the eigenvalues of the orthogonal matrix in use.');
  });
});

describe('explorer, Russian', () => {
  test('the forecast, the handles and the readout at real numbers', () => {
    setLocale('ru');
    const e = msg().explorer;
    const waiting = e.waiting(5000, 'RNN и LSTM', '40 с', '2 с', 12500000);
    expect(waiting).toContain(`T = 5000 (RNN и LSTM)`);
    expect(waiting).toContain(`12${THIN_SPACE}500${THIN_SPACE}000 клеток на карту`);
    const handle = e.handle(`${fixed(0.5, 2)} ± ${fixed(0.3, 2)}i`, true);
    expect(handle).toMatch(/^собственное значение 0,50 ± 0,30i \(комплексно-сопряжённая пара\)/);
    expect(e.conditionValue(localNumber('1.5'))).toBe('число обусловленности 1,5');
    expect(e.showing('gaussian')).toBe('Показаны собственные значения используемой гауссовой матрицы.');
    const texts = [
      waiting,
      handle,
      e.tooLong(2000, 12000),
      e.planeTitle('W'),
      e.mapTitle(e.bilstmTitle),
      e.selected(e.none),
      e.setSteps(500),
      e.computedIn(1234.5),
      e.showing('orthogonal')
    ];
    expect(texts[2]).toContain(`(сейчас 12${THIN_SPACE}000)`);
    for (const t of texts) expect(foreignWords(t), t).toEqual([]);
  });
});
