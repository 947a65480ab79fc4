import { describe, expect, it } from 'vitest';
import { count, moveMode, toEigenvalues, toModes } from '../../src/lib/explorer/modes';
import { unpairedEigenvalue } from '../../src/lib/sim/spec';
import { PRESETS } from '../../src/lib/model/eigen-presets';

describe('eigenvalue editing', () => {
  it('a complex eigenvalue drags its conjugate with it', () => {
    const r = moveMode(
      [
        [0.9, 0.3],
        [0.5, 0]
      ],
      0,
      0.7,
      0.6
    );
    expect(toEigenvalues(r.modes)).toEqual([
      [0.7, 0.6],
      [0.7, -0.6],
      [0.5, 0]
    ]);
  });

  it('dragged from below the axis, it moves the same pair', () => {
    expect(toEigenvalues(moveMode([[0.9, 0.3]], 0, 0.8, -0.4).modes)).toEqual([
      [0.8, 0.4],
      [0.8, -0.4]
    ]);
  });

  it('a real eigenvalue stays on the axis, unless pulled off far enough with another real to pair', () => {
    expect(
      toEigenvalues(
        moveMode(
          [
            [0.5, 0],
            [0.2, 0]
          ],
          0,
          0.6,
          0.05
        ).modes
      )
    ).toEqual([
      [0.6, 0],
      [0.2, 0]
    ]);
    const pulled = moveMode(
      [
        [0.5, 0],
        [0.2, 0]
      ],
      0,
      0.6,
      0.3
    );
    expect(toEigenvalues(pulled.modes)).toEqual([
      [0.6, 0.3],
      [0.6, -0.3]
    ]);
    expect(toEigenvalues(moveMode([[0.5, 0]], 0, 0.6, 0.5).modes)).toEqual([[0.6, 0]]); // alone: stays real
  });

  it('a pair brought to the axis splits into two reals; the count never changes', () => {
    const r = moveMode([[0.9, 0.3]], 0, 0.4, 0.01);
    expect(toEigenvalues(r.modes)).toEqual([
      [0.4, 0],
      [0.4, 0]
    ]);
    expect(count(r.modes)).toBe(2);
  });

  it('positions are kept inside the explorer square', () => {
    expect(toEigenvalues(moveMode([[0.5, 0]], 0, 7, 0).modes)).toEqual([[2, 0]]);
  });

  it.each(PRESETS.map((p) => p.id))('preset %s gives n conjugate-closed eigenvalues for n = 1..33', (id) => {
    const p = PRESETS.find((x) => x.id === id)!;
    for (let n = 1; n <= 33; n++) {
      const values = p.make(n);
      expect(values).toHaveLength(n);
      expect(unpairedEigenvalue(values)).toBe(-1);
      expect(toEigenvalues(toModes(values))).toHaveLength(n);
    }
  });
});
