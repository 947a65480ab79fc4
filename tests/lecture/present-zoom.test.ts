import { describe, expect, it } from 'vitest';
import { presentZoom } from '../../src/lib/lecture/present-zoom';

describe('presentation zoom', () => {
  it('lays 1280 x 720 out as it is and zooms larger screens to the same picture', () => {
    expect(presentZoom(1280, 720)).toBe(1);
    expect(presentZoom(1920, 1080)).toBe(1.5); // 16 px chart type becomes 24 px
    expect(presentZoom(2560, 1440)).toBe(2);
  });
  it('fits the narrower side of another shape, and never shrinks a small screen', () => {
    expect(presentZoom(1920, 1200)).toBe(1.5);
    expect(presentZoom(2560, 1080)).toBe(1.5);
    expect(presentZoom(390, 844)).toBe(1);
    expect(presentZoom(1024, 768)).toBe(1);
  });
});
