// Presentation mode is laid out for a 1280 x 720 screen (app.css). A larger screen zooms the
// whole page to the same picture: a projector shows any resolution at one size on the wall, so
// the back row reads the same type, and what fits one screen at 720 fits it at 1080.

/** The screen presentation mode is laid out for. */
export const PRESENT_DESIGN = { width: 1280, height: 720 };

/** The page's zoom on a `width` x `height` screen: never below 1 (a phone keeps its own layout). */
export function presentZoom(width: number, height: number): number {
  return Math.max(1, Math.min(width / PRESENT_DESIGN.width, height / PRESENT_DESIGN.height));
}

/**
 * Sets the zoom and the screen's height in the zoomed page's pixels (--present-zoom and
 * --present-height on the root, which app.css reads), following the window; returns the undo.
 */
export function fitPresentation(): () => void {
  const root = document.documentElement.style;
  const fit = () => {
    const zoom = presentZoom(innerWidth, innerHeight);
    root.setProperty('--present-zoom', String(zoom));
    root.setProperty('--present-height', `${innerHeight / zoom}px`);
  };
  fit();
  addEventListener('resize', fit);
  return () => {
    removeEventListener('resize', fit);
    root.removeProperty('--present-zoom');
    root.removeProperty('--present-height');
  };
}
