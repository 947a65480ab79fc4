// Gradient steps on one parameter vector: SGD with momentum and Adam (Kingma & Ba 2015), after
// optional gradient-norm clipping (Pascanu, Mikolov & Bengio 2013: g <- theta g / ||g|| when
// ||g|| > theta). Deterministic: plain loops over Float64Arrays, in a fixed order.

export interface Optimizer {
  /** One step on `theta` along `grad` (which may be clipped in place). */
  step(theta: Float64Array, grad: Float64Array): void;
}

/** ||g||, and g scaled to norm `clip` when it is larger (clip 0: never). */
export function clipGradient(grad: Float64Array, clip: number): { norm: number; clipped: boolean } {
  let s = 0;
  for (let i = 0; i < grad.length; i++) s += grad[i] * grad[i];
  const norm = Math.sqrt(s);
  if (clip > 0 && norm > clip) {
    const k = clip / norm;
    for (let i = 0; i < grad.length; i++) grad[i] *= k;
    return { norm, clipped: true };
  }
  return { norm, clipped: false };
}

/** v <- mu v + g; theta <- theta - lr v. */
export function sgd(size: number, learningRate: number, momentum: number): Optimizer {
  const v = new Float64Array(size);
  return {
    step(theta, grad) {
      for (let i = 0; i < size; i++) {
        v[i] = momentum * v[i] + grad[i];
        theta[i] -= learningRate * v[i];
      }
    }
  };
}

/** Adam with beta1 0.9, beta2 0.999, epsilon 1e-8 and bias correction. */
export function adam(size: number, learningRate: number): Optimizer {
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const b1 = 0.9;
  const b2 = 0.999;
  // b1^t and b2^t as running products, not **: pow is implementation-approximated (det-math.ts)
  let p1 = 1;
  let p2 = 1;
  return {
    step(theta, grad) {
      p1 *= b1;
      p2 *= b2;
      const c1 = 1 - p1;
      const c2 = 1 - p2;
      for (let i = 0; i < size; i++) {
        const g = grad[i];
        m[i] = b1 * m[i] + (1 - b1) * g;
        v[i] = b2 * v[i] + (1 - b2) * g * g;
        theta[i] -= (learningRate * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + 1e-8);
      }
    }
  };
}
