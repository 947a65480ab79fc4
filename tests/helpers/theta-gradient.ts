// A trainer's gradient against central differences of its own loss, parameter by parameter: the
// check every architecture's trainer shares (tests/sim/train/net.test.ts, window-net, attention).
import { expect } from 'vitest';

/**
 * Checks `grad` (the gradient the trainer wrote for theta) entry by entry against
 * (loss(theta + h e_i) - loss(theta - h e_i)) / 2h; `loss(scratch)` evaluates at the current theta.
 * Returns how many entries had a nonzero difference quotient (a check that met only zeros is no check).
 */
export function expectThetaGradient(
  theta: Float64Array,
  grad: Float64Array,
  loss: (scratch: Float64Array) => number,
  h = 1e-6
): number {
  const scratch = new Float64Array(theta.length);
  let checked = 0;
  for (let i = 0; i < theta.length; i++) {
    const keep = theta[i];
    theta[i] = keep + h;
    const up = loss(scratch);
    theta[i] = keep - h;
    const down = loss(scratch);
    theta[i] = keep;
    const fd = (up - down) / (2 * h);
    expect(Math.abs(grad[i] - fd)).toBeLessThan(1e-7 + 1e-6 * Math.abs(fd));
    if (fd !== 0) checked++;
  }
  return checked;
}
