import Phaser from 'phaser';
import { ScreenScene } from './screenScene';
import { PALETTE } from '../palette';
import { currentRound } from '../../state/store';
import { roundResult } from '../../core/scoring';
import { HUD_HEIGHT } from '../hud';
import { playCue } from '../sound';

export class TitleScene extends ScreenScene {
  constructor() {
    super('title');
  }
}

export class RoundScene extends ScreenScene {
  constructor() {
    super('round');
  }
}

/** A burst of colour: green rings when right, a short red pulse when wrong. */
export class FeedbackScene extends ScreenScene {
  constructor() {
    super('feedback');
  }

  protected override decorate(): void {
    const state = this.deps.store.getState();
    const round = currentRound(state);
    const answers = round && state.run ? state.run.answers[round.id] : undefined;
    const result = round ? roundResult(round, answers) : null;
    const allRight = !!result && result.correct === result.total;
    const color = allRight ? PALETTE.right : PALETTE.wrong;
    const { width } = this.scale;
    playCue(state.progress.soundOn !== false, allRight ? 'right' : 'wrong');
    for (let i = 0; i < (allRight ? 3 : 1); i++) {
      const ring = this.add.graphics({ x: width / 2, y: HUD_HEIGHT + 60 });
      ring.lineStyle(6, color, 0.8);
      ring.strokeCircle(0, 0, 40);
      ring.setScale(0.2);
      this.tweens.add({ targets: ring, scale: 4 + i, alpha: 0, delay: i * 140, duration: 900, ease: 'Cubic.easeOut', onComplete: () => ring.destroy() });
    }
  }
}

/** Stars rise for a finished level. */
export class ResultsScene extends ScreenScene {
  constructor() {
    super('results');
  }

  protected override decorate(): void {
    const { width, height } = this.scale;
    playCue(this.deps.store.getState().progress.soundOn !== false, 'done');
    for (let i = 0; i < 24; i++) {
      const star = this.add.graphics({ x: ((i * 97) % width) + 10, y: height + 20 });
      star.fillStyle(i % 2 ? PALETTE.accent : PALETTE.paper, 0.7);
      star.fillPoints(starPoints(6 + (i % 3) * 3), true);
      this.tweens.add({ targets: star, y: -20, angle: 180, delay: i * 120, duration: 3500 + (i % 5) * 400, ease: 'Sine.easeOut', repeat: -1 });
    }
  }
}

function starPoints(r: number): Phaser.Math.Vector2[] {
  const pts: Phaser.Math.Vector2[] = [];
  for (let i = 0; i < 10; i++) {
    const a = (Math.PI / 5) * i - Math.PI / 2;
    const rr = i % 2 ? r / 2.4 : r;
    pts.push(new Phaser.Math.Vector2(Math.cos(a) * rr, Math.sin(a) * rr));
  }
  return pts;
}

export const SCENES = [TitleScene, RoundScene, FeedbackScene, ResultsScene];
