import Phaser from 'phaser';
import type { CopyMapModel, DiscernmentModel, NumberLineModel, PictureModel } from '../core/pictures';
import { BAR_X0, BAR_X1, copyCardSize, discernmentRowY, LINE_X0, LINE_X1, NUMBER_LINE_AXIS_Y, numberLineRowY } from '../core/pictureLayout';
import { pickText } from '../core/localText';
import type { Tokens } from './tokens';

export interface PictureData {
  model: PictureModel;
  tokens: Tokens;
  lang: string;
  /** Play the motion (cards dealt, lines drawn); false when the player prefers reduced motion. */
  motion: boolean;
  /** Deal the copy map's cards (the first time it appears in a play), rather than lay them down. */
  deal: boolean;
}

export const PICTURE_SCENE = 'picture';

const fontMetrics = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();

let measureContext: CanvasRenderingContext2D | null | undefined;
/** The label fonts the pictures use, measured once ahead of the first picture. */
const WARM_FONTS = ['bold 12px', 'bold 11px', 'bold 10px', '12px'] as const;

/**
 * "Outlet: figure" as it fits on the line: a long outlet name is cut with an ellipsis first (the
 * figure is what the line is about), then the figure. The full words are in the picture's text.
 */
export function lineLabel(outlet: string, figure: string, width: number, family: string): string {
  return remembered(`line|${outlet}|${figure}|${width}|${family}`, () => fitLineLabel(outlet, figure, width, family));
}

/**
 * Measured answers by their question: the copy map asks the same of the same outlets in every
 * round, and measuring text (a font's first use above all) was the largest share of a picture's start.
 */
const measured = new Map<string, string | number>();
function remembered<T extends string | number>(key: string, work: () => T): T {
  const known = measured.get(key);
  if (known !== undefined) return known as T;
  if (measured.size > 500) measured.clear();
  const value = work();
  measured.set(key, value);
  return value;
}

function fitLineLabel(outlet: string, figure: string, width: number, family: string): string {
  const full = `${outlet}: ${figure}`;
  measureContext ??= document.createElement('canvas').getContext('2d');
  const ctx = measureContext;
  if (!ctx) return full;
  ctx.font = `12px ${family}`;
  const fits = (text: string) => ctx.measureText(text).width <= width;
  if (fits(full)) return full;
  const cut = (text: string, rest: (kept: string) => string): string => {
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(rest(text.slice(0, mid)))) lo = mid;
      else hi = mid - 1;
    }
    return rest(text.slice(0, lo));
  };
  const shortOutlet = cut(outlet, (kept) => `${kept.trimEnd()}…: ${figure}`);
  if (fits(shortOutlet) && !shortOutlet.startsWith('…')) return shortOutlet;
  return cut(full, (kept) => `${kept.trimEnd()}…`);
}

/**
 * The font size (12px down to 9px) at which an outlet's name wraps to two lines on its card. A
 * long name ("AFP via The Moscow Times") wrapped at 12px took four lines and was then shrunk as a
 * block, far smaller than a smaller font on two lines would be.
 */
export function cardLabelSize(text: string, width: number, family: string): number {
  return remembered(`card|${text}|${width}|${family}`, () => fitCardLabel(text, width, family));
}

function fitCardLabel(text: string, width: number, family: string): number {
  measureContext ??= document.createElement('canvas').getContext('2d');
  const ctx = measureContext;
  if (!ctx) return 12;
  const words = text.split(/\s+/).filter(Boolean);
  for (const size of [12, 11, 10]) {
    ctx.font = `bold ${size}px ${family}`;
    let lines = 1;
    let line = '';
    for (const word of words) {
      const next = line ? `${line} ${word}` : word;
      if (line && ctx.measureText(next).width > width) {
        lines++;
        line = word;
      } else line = next;
    }
    if (lines <= 2) return size;
  }
  return 9;
}

/** What makes two labels the same texture: their words and the style they were made with. */
function labelKey(text: string, style: Phaser.Types.GameObjects.Text.TextStyle | Phaser.GameObjects.TextStyle): string {
  const wrap = 'wordWrapWidth' in style ? style.wordWrapWidth : (style.wordWrap?.width ?? null);
  return JSON.stringify([text, style.fontFamily, style.fontSize, style.color, style.fontStyle, style.align ?? 'left', wrap]);
}
/** Emitted by the scene when it starts drawing a picture, with the ms that setting it up took. */
export const PICTURE_STARTED = 'picture-started';
/** Emitted by the scene when its picture is complete and nothing moves any more. */
export const PICTURE_SETTLED = 'picture-settled';
/** The scene made ahead has measured the labels' fonts (see warmFonts). */
export const FONTS_WARM = 'fonts-warm';

/**
 * One scene draws whichever picture is on screen, from its model. Everything is Graphics and a
 * few Text labels. The next picture on screen reuses the scene (`show`) and any label whose words
 * and style it shares (the copy map's cards, round after round): a label is a canvas texture,
 * costly to make. Labels the new picture does not use are destroyed, so nothing piles up.
 */
export class PictureScene extends Phaser.Scene {
  private data_!: PictureData;
  /** No picture yet (made ahead): nothing to draw. */
  private blank = true;
  /** The next frame is the picture's first (see update). */
  private firstFrame = false;
  /** The font family to measure ahead, made with no picture. */
  private warmWith: string | null = null;
  private g!: Phaser.GameObjects.Graphics;
  /** The picture's labels by position (mark or card); a gap is a label still to be made. */
  private labels: (Phaser.GameObjects.Text | undefined)[] = [];
  /** New labels, made one per frame: each is a canvas texture, and a picture's worth at once was a long task on a phone. */
  private toMake: (() => void)[] = [];
  /** Labels of an earlier picture that this one does not use, hidden and destroyed one per frame. */
  private toDiscard: Phaser.GameObjects.Text[] = [];
  /** The picture's motion is over; it is settled once its last label is made too. */
  private still = true;
  /** Last picture's labels by words and style, offered to the next picture. */
  private spare = new Map<string, Phaser.GameObjects.Text[]>();
  private progress = { p: 1 };

  constructor() {
    super(PICTURE_SCENE);
  }

  /**
   * Started with no picture (Phaser passes an empty object): the scene is made ahead, while the
   * player reads, so the first picture is drawn by `show` instead of also making the scene.
   */
  init(data: Partial<PictureData>): void {
    this.blank = data.model === undefined;
    this.warmWith = this.blank ? (data.tokens?.sans ?? null) : null;
    if (!this.blank) this.data_ = data as PictureData;
    this.labels = [];
    this.toMake = [];
    this.toDiscard = [];
    this.spare = new Map();
  }

  create(): void {
    this.g = this.add.graphics();
    if (!this.blank) this.begin();
    else if (this.warmWith) {
      // Fonts are slow to measure the first time: measured now, in a task of their own, not in the first picture's.
      const family = this.warmWith;
      window.setTimeout(() => this.sys.isActive() && this.warmFonts(family), 0);
    }
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this));
  }

  /** Draw another picture in this running scene (cheaper than restarting it). */
  show(data: PictureData): void {
    this.tweens.killAll();
    this.time.removeAllEvents();
    this.data_ = data;
    this.blank = false;
    this.begin();
  }

  private begin(): void {
    const began = performance.now();
    const { motion } = this.data_;
    this.progress = { p: motion ? 0 : 1 };
    for (const label of this.labels) {
      if (!label) continue;
      const key = labelKey(label.text, label.style);
      this.spare.set(key, [...(this.spare.get(key) ?? []), label]);
    }
    this.labels = [];
    this.toMake = [];
    this.still = false;
    this.firstFrame = true;
    this.makeLabels();
    // Labels this picture does not use go one per frame (update), not all in the picture's first task.
    for (const left of this.spare.values()) for (const label of left) this.toDiscard.push(label.setVisible(false));
    this.spare.clear();
    this.draw();
    // Once drawn in full the picture is still: the game may stop its loop (see startGame).
    const settled = () => {
      this.still = true;
      if (this.settledNow()) this.game.events.emit(PICTURE_SETTLED);
    };
    if (motion) {
      this.tweens.add({ targets: this.progress, p: 1, duration: 700, ease: 'Cubic.easeOut', onUpdate: () => this.draw(), onComplete: settled });
    } else this.time.delayedCall(0, settled);
    this.game.events.emit(PICTURE_STARTED, performance.now() - began);
  }

  override update(): void {
    // The picture's first frame only draws: its shapes come first, labels from the next frame on.
    if (this.firstFrame) {
      this.firstFrame = false;
      return;
    }
    const discard = this.toDiscard.pop();
    discard?.destroy();
    const make = this.toMake.shift();
    if (make) {
      make();
      // The canvas may have changed size since the picture began: fit the new label to it now.
      this.fitLabels();
      this.draw();
    }
    if ((make || discard) && this.settledNow()) this.game.events.emit(PICTURE_SETTLED);
  }

  /**
   * The fonts the labels use, measured once before any picture needs them (Phaser's own text metrics stay per label: a
   * probe label cost more than it saved), one font per task: on a slow phone the four together were one long task.
   */
  private warmFonts(family: string, fonts: readonly string[] = WARM_FONTS): void {
    measureContext ??= document.createElement('canvas').getContext('2d');
    const [font, ...rest] = fonts;
    if (measureContext && font !== undefined) {
      measureContext.font = `${font} ${family}`;
      measureContext.measureText('Outlet 0123456789');
    }
    if (measureContext && rest.length) window.setTimeout(() => this.sys.isActive() && this.warmFonts(family, rest), 0);
    else this.game.events.emit(FONTS_WARM);
  }

  /** Nothing moves and no label is waiting to be made or destroyed. */
  private settledNow(): boolean {
    return this.still && this.toMake.length === 0 && this.toDiscard.length === 0;
  }

  private onResize(): void {
    if (this.blank) return;
    this.fitLabels();
    this.draw();
  }

  /** Label `i`: one the last picture had with the same words and style, or a new one made on a coming frame. */
  private label(i: number, origin: [number, number], text: string, size: number, color: string, bold = false, extra: Phaser.Types.GameObjects.Text.TextStyle = {}): void {
    const style: Phaser.Types.GameObjects.Text.TextStyle = {
      ...extra,
      fontFamily: this.data_.tokens.sans,
      fontSize: `${size}px`,
      color,
      fontStyle: bold ? 'bold' : 'normal',
      // The canvas has one pixel per CSS pixel (Phaser's Canvas renderer has no resolution), so a
      // label made at the screen's density was only scaled down again in every frame's drawImage.
      resolution: 1,
    };
    const reused = this.spare.get(labelKey(text, style))?.pop();
    if (reused) {
      this.labels[i] = reused.setOrigin(...origin);
      return;
    }
    this.toMake.push(() => {
      // Measuring a font draws it: once per font, not once per label.
      const key = `${style.fontFamily}|${size}|${bold}`;
      const known = fontMetrics.get(key);
      const t = this.add.text(0, 0, text, known ? { ...style, metrics: known } : style).setOrigin(...origin);
      if (!known) fontMetrics.set(key, t.style.getTextMetrics());
      this.labels[i] = t;
    });
  }

  private cardWidth(model: CopyMapModel): number {
    return Math.max(30, this.scale.width * copyCardSize(model.cards.length).w - 8);
  }

  /** Room for a number-line label: the line's own width. */
  private lineLabelWidth(): number {
    return this.scale.width * (LINE_X1 - LINE_X0);
  }

  /** Labels that depend on the canvas size (card names, number-line labels): set once per size, not per frame. */
  private fitLabels(rewrap = true): void {
    const { model, lang, tokens } = this.data_;
    if (model.kind === 'number-line' && rewrap) {
      const width = this.lineLabelWidth();
      model.marks.forEach((m, i) => {
        const text = lineLabel(pickText(m.outlet, lang), m.figure, width, tokens.sans);
        const label = this.labels[i];
        if (label && label.text !== text) label.setText(text);
      });
    }
    if (model.kind !== 'copy-map') return;
    const h = this.scale.height * copyCardSize(model.cards.length).h;
    const width = this.cardWidth(model);
    for (const label of this.labels) {
      if (!label) continue;
      if (rewrap && label.style.wordWrapWidth !== width) label.setWordWrapWidth(width);
      label.setScale(Math.min(1, (h - 4) / Math.max(1, label.height)));
    }
  }

  private makeLabels(): void {
    const { model, tokens, lang } = this.data_;
    if (model.kind === 'number-line') {
      const width = this.lineLabelWidth();
      model.marks.forEach((m, i) => this.label(i, [0, 1], lineLabel(pickText(m.outlet, lang), m.figure, width, tokens.sans), 12, m.value ? tokens.inkCss : tokens.mutedCss));
    } else if (model.kind === 'copy-map') {
      // Wrapped to the card's width from the start: each change of wrap redraws the label's texture.
      const width = this.cardWidth(model);
      model.cards.forEach((c, i) => {
        const name = pickText(c.outlet, lang);
        this.label(i, [0.5, 0.5], name, cardLabelSize(name, width, tokens.sans), tokens.inkCss, true, { align: 'center', wordWrap: { width } });
      });
      this.fitLabels(false);
    }
  }

  private draw(): void {
    const { model } = this.data_;
    this.g.clear();
    if (model.kind === 'number-line') this.drawNumberLine(model);
    else if (model.kind === 'copy-map') this.drawCopyMap(model);
    else this.drawDiscernment(model);
  }

  private drawNumberLine(m: NumberLineModel): void {
    const { width: W, height: H } = this.scale;
    const t = this.data_.tokens;
    const g = this.g;
    const p = this.progress.p;
    const x = (f: number) => W * (LINE_X0 + (LINE_X1 - LINE_X0) * f);
    const axisY = H * NUMBER_LINE_AXIS_Y;
    g.lineStyle(2, t.muted, 1);
    g.lineBetween(x(0), axisY, x(1), axisY);
    for (const f of [0, 0.25, 0.5, 0.75, 1]) g.lineBetween(x(f), axisY - 4, x(f), axisY + 4);

    // Where every placed figure can hold at once (overlap), or the gap that rules it out.
    const placed = m.marks.filter((k) => k.value);
    if (placed.length >= 2 && p > 0.6) {
      const lo = Math.max(...placed.map((k) => k.from));
      const hi = Math.min(...placed.map((k) => k.to));
      const a = (p - 0.6) / 0.4;
      if (lo <= hi) {
        g.fillStyle(t.right, 0.22 * a);
        g.fillRect(x(lo) - 4, H * 0.06, Math.max(8, x(hi) - x(lo) + 8), axisY - H * 0.06);
      } else {
        g.fillStyle(t.wrong, 0.18 * a);
        g.fillRect(x(hi), H * 0.06, x(lo) - x(hi), axisY - H * 0.06);
      }
    }

    m.marks.forEach((k, i) => {
      const y = H * numberLineRowY(i, m.marks.length);
      const label = this.labels[i];
      label?.setPosition(Math.round(x(0)), Math.round(y - 9));
      if (!k.value) return;
      const color = i % 2 ? t.accent : t.night;
      const grow = Math.min(1, Math.max(0, p * 1.6 - i * 0.15));
      const x1 = x(k.from);
      const x2 = x(k.from + (k.to - k.from) * grow);
      g.fillStyle(color, 1);
      g.lineStyle(6, color, k.value.kind === 'approx' ? 0.55 : 1);
      if (k.value.kind === 'exact') {
        g.fillCircle(x1, y, 7 * Math.max(0.3, grow));
        return;
      }
      if (x2 > x1) g.lineBetween(x1, y, x2, y);
      if (k.value.kind === 'approx') g.fillCircle((x(k.from) + x(k.to)) / 2, y, 6);
      else if (k.value.kind === 'atLeast' && grow >= 1) g.fillTriangle(x2 + 10, y, x2 - 2, y - 8, x2 - 2, y + 8);
      else g.fillRect(x1 - 2, y - 8, 4, 16);
      if (k.value.kind !== 'atLeast' && grow >= 1) g.fillRect(x2 - 2, y - 8, 4, 16);
    });
  }

  private drawCopyMap(m: CopyMapModel): void {
    const { width: W, height: H } = this.scale;
    const t = this.data_.tokens;
    const g = this.g;
    const p = this.progress.p;
    const size = copyCardSize(m.cards.length);
    const deal = this.data_.deal ? p : 1;
    const at = (i: number) => {
      const c = m.cards[i] as CopyMapModel['cards'][number];
      // Dealt from the bottom centre, one after another.
      const k = Math.min(1, Math.max(0, deal * (1 + m.cards.length * 0.25) - i * 0.25));
      return { x: W * (0.5 + (c.x - 0.5) * k), y: H * (1.1 + (c.y - 1.1) * k) };
    };
    const index = new Map(m.cards.map((c, i) => [c.articleId, i]));
    m.threads.forEach((th, n) => {
      const fresh = n >= m.previous;
      const draw = fresh ? Math.max(0, (p - 0.3) / 0.7) : 1;
      // Outlets that share more passages get a thicker thread.
      g.lineStyle((fresh ? 5 : 3) + Math.min(3, th.passages - 1), fresh ? t.accent : t.teal, fresh ? 1 : 0.8);
      for (let k = 1; k < th.articleIds.length; k++) {
        const a = at(index.get(th.articleIds[k - 1] as string) ?? 0);
        const b = at(index.get(th.articleIds[k] as string) ?? 0);
        g.lineBetween(a.x, a.y, a.x + (b.x - a.x) * draw, a.y + (b.y - a.y) * draw);
      }
    });
    const w = W * size.w;
    const h = H * size.h;
    m.cards.forEach((_, i) => {
      const { x, y } = at(i);
      g.fillStyle(t.paper, 1);
      g.fillRoundedRect(x - w / 2, y - h / 2, w, h, 8);
      g.lineStyle(2, t.night, 1);
      g.strokeRoundedRect(x - w / 2, y - h / 2, w, h, 8);
      this.labels[i]?.setPosition(Math.round(x), Math.round(y));
    });
  }

  private drawDiscernment(m: DiscernmentModel): void {
    const { width: W, height: H } = this.scale;
    const t = this.data_.tokens;
    const g = this.g;
    const p = this.progress.p;
    const x = (f: number) => W * (BAR_X0 + (BAR_X1 - BAR_X0) * f);
    m.rows.forEach((r, i) => {
      const y = H * discernmentRowY(i, m.rows.length);
      // Track, then hits (found what was there) and false alarms (flagged what was not) below.
      g.fillStyle(t.muted, 0.18);
      g.fillRoundedRect(x(0), y - 9, x(1) - x(0), 12, 6);
      g.fillRoundedRect(x(0), y + 7, x(1) - x(0), 12, 6);
      if (r.hitRate !== null) {
        g.fillStyle(t.right, 1);
        g.fillRoundedRect(x(0), y - 9, Math.max(12, (x(r.hitRate) - x(0)) * p), 12, 6);
      }
      if (r.falseAlarmRate !== null) {
        g.fillStyle(t.wrong, 1);
        g.fillRoundedRect(x(0), y + 7, Math.max(12, (x(r.falseAlarmRate) - x(0)) * p), 12, 6);
      }
    });
  }
}
