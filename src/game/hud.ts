import Phaser from 'phaser';
import type { i18n } from 'i18next';
import { PALETTE } from './palette';
import type { GameStore } from '../state/store';
import { runScore } from '../state/store';

export const HUD_HEIGHT = 48;

/**
 * Progress through the level and the running score, on the canvas: the look of the game,
 * mirrored in the DOM as text ("Round 3 of 10") for screen readers.
 */
export class Hud {
  private readonly bar: Phaser.GameObjects.Graphics;
  private readonly score: Phaser.GameObjects.Text;
  private shown = 0;

  constructor(private readonly scene: Phaser.Scene, private readonly store: GameStore, private readonly i18n: i18n) {
    this.bar = scene.add.graphics().setDepth(10);
    this.score = scene.add
      .text(0, 0, '', { fontFamily: 'system-ui, sans-serif', fontSize: '18px', color: '#fbf8f1', fontStyle: 'bold', resolution: window.devicePixelRatio || 1 })
      .setOrigin(1, 0.5)
      .setDepth(10);
    const { run } = store.getState();
    this.shown = run ? run.index / Math.max(run.rounds.length, 1) : 0;
    this.update(false);
    const unsub = store.subscribe(() => this.update(true));
    scene.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsub();
      scene.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this);
    });
  }

  private onResize(): void {
    this.update(false);
  }

  private target(): number {
    const { run, screen } = this.store.getState();
    if (!run) return 0;
    const done = run.index + (screen === 'feedback' || screen === 'results' ? 1 : 0);
    return done / Math.max(run.rounds.length, 1);
  }

  update(animate: boolean): void {
    const to = this.target();
    const scoreNow = runScore(this.store.getState())?.correct ?? 0;
    const text = this.i18n.t('hud.score', { score: scoreNow });
    if (this.score.text !== text) this.score.setText(text);
    const { width } = this.scene.scale;
    this.score.setPosition(Math.round(width - 16), Math.round(HUD_HEIGHT / 2));
    if (animate && to !== this.shown) {
      const from = { p: this.shown };
      this.scene.tweens.add({ targets: from, p: to, duration: 450, ease: 'Cubic.easeOut', onUpdate: () => this.draw(from.p) });
      this.shown = to;
    } else {
      this.shown = to;
      this.draw(to);
    }
  }

  private draw(p: number): void {
    const { width } = this.scene.scale;
    const x = 16;
    const w = Math.max(40, width - 32 - 130);
    const y = HUD_HEIGHT / 2 - 5;
    this.bar.clear();
    this.bar.fillStyle(PALETTE.night, 0.85);
    this.bar.fillRect(0, 0, width, HUD_HEIGHT);
    this.bar.fillStyle(PALETTE.paper, 0.15);
    this.bar.fillRoundedRect(x, y, w, 10, 5);
    this.bar.fillStyle(PALETTE.accent, 1);
    if (p > 0) this.bar.fillRoundedRect(x, y, Math.max(10, w * p), 10, 5);
  }
}
