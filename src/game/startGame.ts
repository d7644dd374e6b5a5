import Phaser from 'phaser';
import type { GameStore } from '../state/store';
import { pictureModel } from '../ui/views/pictures';
import { FONTS_WARM, PICTURE_SCENE, PICTURE_SETTLED, PictureScene, type PictureData } from './pictureScene';
import { currentTokens } from './tokens';

export interface Pictures {
  game: Phaser.Game;
  /** Look for a picture slot now (the views call nothing: a DOM observer does this). */
  sync(): void;
  destroy(): void;
}

/** How long Phaser may take to boot (a slow phone takes under a second) before the pictures give up. */
const BOOT_DEADLINE_MS = 20_000;

const reducedMotion = (): boolean => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The picture slot on screen now, if any: the first one that is laid out. */
function visibleSlot(root: ParentNode): HTMLElement | null {
  for (const slot of root.querySelectorAll<HTMLElement>('.picture-canvas')) if (slot.getClientRects().length > 0) return slot;
  return null;
}

/** When the screen holding `slot` ends its entrance animation; null if it is not animating. */
function landing(slot: HTMLElement): Promise<void> | null {
  const screen = slot.closest<HTMLElement>('.screen');
  const running = screen?.getAnimations?.().filter((a) => a.playState === 'running') ?? [];
  if (running.length === 0) return null;
  // A screen replaced mid-animation cancels it (a rejected promise): look again all the same.
  return Promise.allSettled(running.map((a) => a.finished)).then(() => undefined);
}

/**
 * One Phaser game for every picture. The views render a slot (`.picture-canvas`) with a
 * model; this moves the one canvas into whichever slot is on screen and starts the picture
 * scene on its model. No slot: the canvas is taken out and the loop sleeps (no frames spent).
 *
 * Resolves once Phaser has booted; rejects if it cannot (the caller shows errors.graphics).
 */
export function startPictures(root: HTMLElement, store: GameStore): Promise<Pictures> {
  const first = visibleSlot(root);
  // A parked home with a real size for boot, when no picture is on screen yet.
  const dock = document.createElement('div');
  dock.className = 'picture-dock';
  dock.setAttribute('aria-hidden', 'true');
  dock.style.setProperty('position', 'fixed');
  dock.style.setProperty('left', '-10000px');
  dock.style.setProperty('width', '320px');
  dock.style.setProperty('height', '160px');
  document.body.appendChild(dock);

  return new Promise((resolve, reject) => {
    let game: Phaser.Game;
    try {
      game = new Phaser.Game({
        // Canvas: 2D pictures, cheap on a phone and steady in headless browsers (WebGL is software there).
        type: Phaser.CANVAS,
        parent: dock,
        transparent: true,
        banner: false,
        audio: { noAudio: true },
        // Pictures take no input. `input: false` is not read as "off": each device must be turned
        // off, or Phaser listens to every touch on the page (36 ms per tap at 4x CPU) and keeps a
        // finger on the picture from scrolling the page.
        input: { keyboard: false, mouse: false, touch: false, gamepad: false, windowEvents: false },
        // A picture needs a clock and tweens; input, loader, lights and data plugins only cost boot time.
        plugins: { default: ['Clock', 'TweenManager'] },
        scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
        render: { antialias: true, roundPixels: true },
        scene: [],
        callbacks: { postBoot: () => booted() },
      });
    } catch (error) {
      dock.remove();
      reject(error);
      return;
    }

    let slot: HTMLElement | null = null;
    // Counts syncs that changed the picture: a start still pending from an older one is dropped.
    let placings = 0;
    let model: unknown = null;
    let modelKey: string | null = null;
    let dealtFor: string | null = null;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    // A still picture needs no frames: the loop sleeps once the scene settles and wakes for the
    // next picture or a change of size, so the page keeps its CPU for the player's taps.
    let settleTimer: ReturnType<typeof setTimeout> | undefined;
    // A picture still in motion (or still making its labels) keeps the loop awake whatever else
    // asks for rest; it says when it is done (PICTURE_SETTLED).
    let moving = false;
    const sleepSoon = (ms: number) => {
      clearTimeout(settleTimer);
      if (moving) return;
      settleTimer = setTimeout(() => {
        if (!destroyed && game.loop.running) game.loop.sleep();
      }, ms);
    };
    const wake = () => {
      clearTimeout(settleTimer);
      if (!game.loop.running) game.loop.wake();
    };
    // Waking the loop draws a frame at once (Phaser's wake ticks): from the observer that would be
    // inside the browser's own rendering of the frame that placed the picture, one long task of
    // both. The frame is drawn in a task of its own instead.
    let resizeTimer: ReturnType<typeof setTimeout> | undefined;
    const resized = new ResizeObserver(() => {
      if (!slot || resizeTimer !== undefined) return;
      resizeTimer = setTimeout(() => {
        resizeTimer = undefined;
        if (!slot || destroyed) return;
        wake();
        sleepSoon(300);
      }, 0);
    });

    const place = (target: HTMLElement) => {
      resized.disconnect();
      resized.observe(target);
      target.classList.add('live');
      target.appendChild(game.canvas);
      const scale = game.scale as Phaser.Scale.ScaleManager & { parent: HTMLElement; parentIsWindow: boolean };
      scale.parent = target;
      scale.parentIsWindow = false;
      scale.getParentBounds();
      scale.refresh();
    };

    let destroyed = false;
    const sync = () => {
      timer = undefined;
      if (destroyed) return;
      const next = visibleSlot(root);
      const nextModel = next ? pictureModel(next) : undefined;
      if (next === slot && nextModel === model) return;
      // Whatever this sync does replaces a picture still being started by an earlier one.
      placings++;
      // A view re-rendered with the same picture (a tap elsewhere on the screen): move the canvas
      // into the new slot and keep the scene, rather than redraw and replay its motion.
      const key = nextModel ? JSON.stringify(nextModel) : null;
      const same = key !== null && key === modelKey && game.scene.isActive(PICTURE_SCENE);
      slot?.classList.remove('live');
      slot = next;
      model = nextModel ?? null;
      modelKey = key;
      if (same && next) {
        place(next);
        // Moved and resized: draw a few frames in the new slot, then rest again.
        wake();
        sleepSoon(200);
        return;
      }
      if (!next || !nextModel) {
        resized.disconnect();
        moving = false;
        // During a level the scene stays, asleep with the loop: the next picture reuses it and its
        // labels. Out of a level nothing is kept.
        if (store.getState().screen !== 'round') game.scene.stop(PICTURE_SCENE);
        dock.appendChild(game.canvas);
        clearTimeout(settleTimer);
        game.loop.sleep();
        return;
      }
      // A new screen is still rising into place: the picture waits for it to land, asleep. Its
      // first frames then do not share the browser's frames with the screen's first paint and
      // layout (they were the slowest frames of every picture, twice the rest).
      const rising = !reducedMotion() ? landing(next) : null;
      if (rising) {
        slot = null;
        model = null;
        modelKey = null;
        moving = false;
        clearTimeout(settleTimer);
        game.loop.sleep();
        void rising.then(schedule);
        return;
      }
      place(next);
      // Placing measured the page; making the scene (its labels and first drawing) and its first
      // frame follow in tasks of their own, each short on a slow phone. A newer sync meanwhile wins.
      const placed = placings;
      startTimer = setTimeout(() => {
        if (placed !== placings || destroyed || slot !== next) return;
        begin(nextModel);
        wakeFrame = requestAnimationFrame(() => {
          if (placed === placings && !destroyed) wake();
        });
      }, 0);
    };

    let startTimer: ReturnType<typeof setTimeout> | undefined;
    let wakeFrame = 0;
    const begin = (nextModel: NonNullable<ReturnType<typeof pictureModel>>) => {
      const run = store.getState().run;
      const playKey = run ? `${run.levelId}:${run.seed}` : null;
      const data: PictureData = {
        model: nextModel,
        tokens: currentTokens(),
        lang: store.getState().progress.language ?? document.documentElement.lang ?? 'en',
        motion: !reducedMotion(),
        deal: nextModel.kind === 'copy-map' && playKey !== dealtFor,
      };
      if (nextModel.kind === 'copy-map') dealtFor = playKey;
      // A picture follows a picture: the running scene draws it, keeping the labels both share.
      const scene = game.scene.getScene(PICTURE_SCENE) as PictureScene | null;
      moving = true;
      if (scene && game.scene.isActive(PICTURE_SCENE)) scene.show(data);
      else game.scene.start(PICTURE_SCENE, data);
    };

    // After the next paint, not before it: a tap's own frame never waits for the picture. The
    // latest change wins: a view finished in a second step (feedback's evidence and copy map) is
    // laid out in the browser's own frame before the picture measures its slot, rather than
    // inside the picture's task.
    const schedule = () => {
      if (frame) cancelAnimationFrame(frame);
      clearTimeout(timer);
      frame = requestAnimationFrame(() => {
        frame = 0;
        timer = setTimeout(sync, 0);
      });
    };
    const observer = new MutationObserver(schedule);

    // postBoot runs just before Phaser starts its loop: act once it has (else the loop would run
    // on, drawing an empty canvas 60 times a second while no picture is on screen), in a task of
    // its own (boot is long enough already).
    // Phaser boots in a task after its constructor (phaserStepsPlugin), where an error no longer
    // reaches the catch above: a game that has not booted in time is taken as one that cannot.
    const bootDeadline = setTimeout(() => {
      dock.remove();
      reject(new Error('the graphics did not start in time'));
    }, BOOT_DEADLINE_MS);
    const booted = () => {
      clearTimeout(bootDeadline);
      setTimeout(ready, 0);
    };
    const ready = () => {
      game.scene.add(PICTURE_SCENE, PictureScene, false);
      game.events.on(PICTURE_SETTLED, () => {
        moving = false;
        sleepSoon(100);
      });
      observer.observe(root, { childList: true, subtree: true });
      const unsubscribe = store.subscribe(schedule);
      // Make the scene now, with no picture, in a task of its own, and measure its fonts in tasks of their own:
      // the first picture then only draws (making the scene, measuring and drawing were one long task on a phone).
      // A picture already on screen is drawn once that is done; its text stands for it meanwhile.
      const onScreen = !!(first || visibleSlot(root));
      if (onScreen) game.events.once(FONTS_WARM, () => void (timer ??= setTimeout(sync, 0)));
      else game.loop.sleep();
      startTimer = setTimeout(() => {
        if (!destroyed && !game.scene.isActive(PICTURE_SCENE) && placings === 0) game.scene.start(PICTURE_SCENE, { tokens: currentTokens() });
        else if (onScreen) sync();
      }, 0);
      resolve({
        game,
        sync,
        destroy: () => {
          observer.disconnect();
          unsubscribe();
          destroyed = true;
          clearTimeout(settleTimer);
          resized.disconnect();
          if (frame) cancelAnimationFrame(frame);
          clearTimeout(timer);
          clearTimeout(startTimer);
          clearTimeout(resizeTimer);
          cancelAnimationFrame(wakeFrame);
          game.destroy(true);
          dock.remove();
        },
      });
    };
  });
}
