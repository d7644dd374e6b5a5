import type { GameStore } from '../state/store';
import { whileReading } from '../app/whileReading';

/**
 * Phaser arrives while the player reads the first round (the title screen has no picture), never
 * on top of a tap. Until then a picture is its text alone. A canvas that cannot start is
 * reported through `onError`; the game goes on without it.
 */
export function loadPicturesWhenIdle(root: HTMLElement, store: GameStore, onError: (error: unknown) => void): void {
  whileReading(
    store,
    (s) => s.screen !== 'title',
    300,
    () => {
      // Without a 2D canvas, importing Phaser alone throws later in an image callback no caller can
      // catch (its feature probe): check first, and do not load it at all.
      if (!document.createElement('canvas').getContext('2d')) return onError(new Error('this browser has no 2D canvas'));
      // The first 2D context of the page and the start of the import were one long idle task on a phone.
      void new Promise((resolve) => setTimeout(resolve, 0))
        .then(() => import('./startGame'))
        // Phaser's modules were evaluated in short slices; the game starts in a task of its own.
        .then((module) => new Promise<typeof module>((resolve) => setTimeout(() => resolve(module), 0)))
        .then(({ startPictures }) => startPictures(root, store))
        .then((pictures) => {
          const w = window as unknown as { __lateral?: Record<string, unknown> };
          w.__lateral = { ...w.__lateral, pictures };
        })
        .catch(onError);
    },
  );
}
