import type { GameStore } from '../state/store';

/**
 * Phaser arrives while the player reads, never on top of a tap: when the browser is idle, or
 * at the latest a few seconds after the first screen. Until then a picture is its text alone.
 * A canvas that cannot start is reported through `onError`; the game goes on without it.
 */
export function loadPicturesWhenIdle(root: HTMLElement, store: GameStore, onError: (error: unknown) => void): void {
  const load = () =>
    import('./startGame')
      .then(({ startPictures }) => startPictures(root, store))
      .then((pictures) => {
        (window as unknown as { __lateral?: Record<string, unknown> }).__lateral ??= {};
        (window as unknown as { __lateral: Record<string, unknown> }).__lateral.pictures = pictures;
      })
      .catch(onError);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void load(), { timeout: 3000 });
  else setTimeout(() => void load(), 1500);
}
