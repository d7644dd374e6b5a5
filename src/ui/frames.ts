/** Runs `fn` in a task of its own after the next frame has been painted, not inside that frame. */
export function afterNextPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

/**
 * Runs `fn` after the new screen's first paint and after the task that focuses it (mount.ts
 * focuses in the task after that paint): the page is still laid out when it is focused, where
 * content put in first would have its layout forced by the focus, a long task on a phone.
 */
export function afterScreenFocus(fn: () => void): void {
  afterNextPaint(() => setTimeout(fn, 0));
}

/**
 * One piece of work waiting for `when`, latest wins: work queued before the wait ends replaces
 * what was queued earlier. Without animation frames (no DOM) the work runs at once.
 */
export function latestWins(when: (run: () => void) => void): (fn: () => void) => void {
  let pending: (() => void) | null = null;
  return (fn) => {
    if (typeof requestAnimationFrame !== 'function') return fn();
    if (!pending)
      when(() => {
        const work = pending;
        pending = null;
        work?.();
      });
    pending = fn;
  };
}
