import Phaser from 'phaser';
import type { i18n } from 'i18next';
import type { GameStore, Screen } from '../state/store';
import { SCENES } from './scenes/screens';
import { PALETTE } from './palette';

/**
 * The canvas layer: a thin view over the store. It follows `screen` and never changes state.
 */
export function startGame(parent: HTMLElement, store: GameStore, i18n: i18n): Phaser.Game {
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    backgroundColor: PALETTE.night,
    banner: false,
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 360, height: parent.clientHeight || 640 },
    render: { antialias: true, roundPixels: true },
    callbacks: {
      postBoot: (g) => {
        // Added here, not in the config, so none starts before it has the store.
        for (const SceneClass of SCENES) {
          const scene = new SceneClass();
          g.scene.add(scene.screen, scene, false);
        }
        const show = (screen: Screen) => {
          for (const scene of g.scene.getScenes(false)) if (scene.scene.key !== screen && scene.scene.isActive()) g.scene.stop(scene.scene.key);
          g.scene.start(screen, { store, i18n });
        };
        show(store.getState().screen);
        let last = store.getState().screen;
        let lastIndex = store.getState().run?.index;
        store.subscribe((s) => {
          // A new round re-enters the round scene, so the backdrop fades like a page turn.
          if (s.screen !== last || s.run?.index !== lastIndex) {
            last = s.screen;
            lastIndex = s.run?.index;
            show(s.screen);
          }
        });
      },
    },
  });
  return game;
}
