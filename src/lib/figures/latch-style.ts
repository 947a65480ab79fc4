// The latch view's shared drawing constants. The two bits take orange and purple (ColorBrewer's
// PuOr ends): told apart with any colour vision, and distinct from the lab's red-blue scale,
// which means "exploded" and "vanished" everywhere else.
export const BIT_COLORS = { plus: '#e66101', minus: '#5e3c99' } as const;

export { LATCH_RANGE } from '../sim/latch';
