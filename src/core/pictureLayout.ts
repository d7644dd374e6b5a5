/**
 * Where things sit in each picture, as fractions of the canvas: the game draws with these and
 * the DOM text equivalent records them, so both (and the tests) agree on where a mark is.
 */

/** The number line's ends, across. */
export const LINE_X0 = 0.05;
export const LINE_X1 = 0.95;

/** Outlet i of n on the number line: rows below a label band, the axis at the bottom. */
export function numberLineRowY(i: number, n: number): number {
  const top = 0.12;
  const bottom = 0.82;
  return n <= 1 ? (top + bottom) / 2 : top + ((bottom - top) * (i + 0.5)) / n + 0.05;
}

export const NUMBER_LINE_AXIS_Y = 0.92;

/** Discernment bars run from BAR_X0 (none flagged) to BAR_X1 (all flagged). */
export const BAR_X0 = 0.05;
export const BAR_X1 = 0.95;

/** Row i of n: the skill's hit bar; its false-alarm bar sits just below. */
export function discernmentRowY(i: number, n: number): number {
  return (i + 0.55) / Math.max(n, 1);
}

/** Copy map cards shrink as outlets are added, so they never overlap round the oval. */
export function copyCardSize(n: number): { w: number; h: number } {
  return { w: Math.min(0.3, 1.6 / Math.max(n, 1)), h: 0.16 };
}
