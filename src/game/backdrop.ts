import Phaser from 'phaser';
import { PALETTE } from './palette';

/**
 * Drifting news slips: paper cards with column lines, a calm motion behind the reading.
 * Drawn with Graphics only (no textures to load).
 */
export class Backdrop {
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly slips: Phaser.GameObjects.Graphics[] = [];
  private color: number;

  constructor(private readonly scene: Phaser.Scene, color: number, count = 9) {
    this.color = color;
    this.bg = scene.add.graphics();
    for (let i = 0; i < count; i++) this.slips.push(this.makeSlip(i));
    this.layout();
    scene.scale.on(Phaser.Scale.Events.RESIZE, this.layout, this);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => scene.scale.off(Phaser.Scale.Events.RESIZE, this.layout, this));
  }

  private makeSlip(i: number): Phaser.GameObjects.Graphics {
    const g = this.scene.add.graphics();
    const w = 90 + ((i * 37) % 70);
    const h = w * 1.3;
    g.fillStyle(PALETTE.paper, 0.06 + (i % 3) * 0.02);
    g.fillRoundedRect(-w / 2, -h / 2, w, h, 6);
    g.lineStyle(2, PALETTE.paper, 0.08);
    for (let y = -h / 2 + 16; y < h / 2 - 10; y += 12) g.lineBetween(-w / 2 + 10, y, w / 2 - 10 - ((y * 7) % 20), y);
    g.setAngle(((i * 53) % 40) - 20);
    return g;
  }

  layout(): void {
    const { width, height } = this.scene.scale;
    this.bg.clear();
    this.bg.fillStyle(this.color, 1);
    this.bg.fillRect(0, 0, width, height);
    this.bg.fillStyle(PALETTE.accent, 0.05);
    this.bg.fillCircle(width * 0.85, height * 0.15, Math.max(width, height) * 0.35);
    this.bg.fillStyle(PALETTE.teal, 0.06);
    this.bg.fillCircle(width * 0.1, height * 0.9, Math.max(width, height) * 0.3);
    this.slips.forEach((slip, i) => {
      this.scene.tweens.killTweensOf(slip);
      slip.setPosition(((i * 0.137 + 0.05) % 1) * width, ((i * 0.291 + 0.1) % 1) * height);
      this.scene.tweens.add({
        targets: slip,
        y: slip.y - 40 - (i % 4) * 15,
        angle: slip.angle + (i % 2 ? 6 : -6),
        duration: 7000 + i * 900,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.easeInOut',
      });
    });
  }

  /** Ease to another screen colour. */
  tintTo(color: number): void {
    this.color = color;
    this.layout();
  }
}
