import { describe, expect, it } from 'vitest';
import { typesetExponents } from '../../src/lib/figures/format';
import { DEFAULT_STATE } from '../../src/lib/model/lab-state';
import { TOUR } from '../../src/lib/tour/tour';

// The slide typesets every exponent of its caption (slide-layout.ts): "1.3e30" beside
// "7.9 × 10⁻³¹" reads as two different notations to a room.
describe('the slide caption typesets every exponent', () => {
  it('also a number that ends a sentence or a clause', () => {
    expect(typesetExponents('mirrors it: 1.3e30.')).toBe('mirrors it: 1.3\u00a0×\u00a010³⁰.');
    expect(typesetExponents('(2.5e-14), then 1e-3; and 4.2e-10.')).toBe(
      '(2.5\u00a0×\u00a010⁻¹⁴), then 1\u00a0×\u00a010⁻³; and 4.2\u00a0×\u00a010⁻¹⁰.'
    );
  });
  it('leaves alone what is not a number in scientific notation', () => {
    for (const s of ['v2.1e3', '3.0e-1.5', 'x1e5', '1e5x']) expect(typesetExponents(s)).toBe(s);
  });
  it('tour step 2 (radius 0.5 and 2): no plain exponent left', () => {
    const state = { ...DEFAULT_STATE, ...TOUR[1].state };
    const caption = TOUR[1].caption({
      state,
      curves: [],
      results: [],
      shares: [],
      latch: null,
      latchGrid: null,
      training: []
    });
    expect(caption).toMatch(/\de\d/); // the raw caption has one (the slide's input)
    expect(typesetExponents(caption)).not.toMatch(/\de-?\d/);
  });
});
