import { canBothBeTrue, figureValue, type FigureValue } from './figureValue';
import type { Discernment } from './discernment';
import type { Run } from './game';
import type { LocalText } from './localText';
import type { PlayRound, Skill } from './rounds';
import { SKILLS } from './rounds';
import type { Score } from './scoring';

/**
 * What each picture shows, as plain data with positions in 0..1: the canvas draws it, the DOM
 * text equivalent says it, and a test can find each mark's pixel from the same numbers.
 */

export interface NumberLineMark {
  articleId: string;
  outlet: LocalText;
  figure: string;
  value: FigureValue | null;
  /** Where the mark starts and ends along the line (0..1); a ray ends at 1 (or starts at 0). */
  from: number;
  to: number;
}

export interface NumberLineModel {
  kind: 'number-line';
  marks: NumberLineMark[];
  unit: string;
  /** The figures on the line, in reading order; null when fewer than two can be placed. */
  overlap: boolean | null;
  /** The end of the axis (its start is 0). */
  max: number;
}

type Figures = readonly { articleId: string; outlet: LocalText; quote: string; figure: string }[];

/** The unit most figures share: figures in other units are listed but not placed on the line. */
function commonUnit(values: (FigureValue | null)[]): string {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v.unit, (counts.get(v.unit) ?? 0) + 1);
  let best = '';
  let n = 0;
  for (const [unit, c] of counts) if (c > n) [best, n] = [unit, c];
  return best;
}

/** A round number above the largest finite bound, so rays have room to be seen as rays. */
function niceMax(n: number): number {
  if (!(n > 0)) return 1;
  const target = n * 1.25;
  const step = 10 ** Math.floor(Math.log10(target));
  return Math.ceil(target / step) * step;
}

export function numberLineModel(figures: Figures): NumberLineModel {
  const values = figures.map((f) => figureValue(f.figure));
  const unit = commonUnit(values);
  const placed = values.map((v) => (v && v.unit === unit ? v : null));
  const finite = placed.flatMap((v) => (v ? [v.lo, ...(Number.isFinite(v.hi) ? [v.hi] : [])] : []));
  const max = niceMax(Math.max(0, ...finite));
  const at = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x / max)) : 1);
  const marks = figures.map((f, i) => {
    const v = placed[i] ?? null;
    return { articleId: f.articleId, outlet: f.outlet, figure: f.figure, value: v, from: v ? at(v.lo) : 0, to: v ? at(v.hi) : 0 };
  });
  const on = placed.filter((v): v is FigureValue => v !== null);
  const overlap = on.length < 2 ? null : on.every((a, i) => on.every((b, j) => i === j || canBothBeTrue(a, b)));
  return { kind: 'number-line', marks, unit, overlap, max };
}

export interface CopyCard {
  articleId: string;
  outlet: LocalText;
  /** Card centre, 0..1 across and down. */
  x: number;
  y: number;
}

export interface CopyThread {
  /** The latest round answered so far in which these outlets printed the same passage. */
  roundId: string;
  /** How many such rounds (one thread per set of outlets, however many passages they share). */
  passages: number;
  /** Outlets that print the passage, in card order. */
  articleIds: string[];
}

export interface CopyMapModel {
  kind: 'copy-map';
  cards: CopyCard[];
  threads: CopyThread[];
  /** Threads revealed before this moment (the newest is drawn in). */
  previous: number;
}

/** A who-said-it round's answer is known to the player once its feedback is on screen. */
function answered(run: Run, i: number): boolean {
  return run.finished || i < run.index || (i === run.index && run.stage === 'feedback');
}

/**
 * Outlets as cards round an oval, and a thread for every who-said-it round answered so far
 * that more than one outlet printed: the map grows as the level goes on.
 */
export function copyMapModel(run: Run, outletOf: (articleId: string) => LocalText): CopyMapModel {
  const who = run.rounds.map((r, i) => ({ r, i })).filter(({ r }) => r.type === 'who-said-it');
  const ids: string[] = [];
  for (const { r } of who) for (const o of r.questions[0]?.options ?? []) if (!ids.includes(o.id)) ids.push(o.id);
  ids.sort();
  const n = ids.length;
  const cards = ids.map((articleId, k) => {
    const a = n === 1 ? 0 : (2 * Math.PI * k) / n - Math.PI / 2;
    return { articleId, outlet: outletOf(articleId), x: n === 1 ? 0.5 : 0.5 + 0.36 * Math.cos(a), y: n === 1 ? 0.5 : 0.5 + 0.34 * Math.sin(a) };
  });
  const thread = (r: PlayRound): CopyThread | null => {
    const printed = r.copiedIn ?? r.questions[0]?.correct ?? [];
    const inOrder = ids.filter((id) => printed.includes(id));
    return inOrder.length > 1 ? { roundId: r.id, articleIds: inOrder, passages: 1 } : null;
  };
  // The same outlets sharing a second passage thicken their thread rather than draw it again; the
  // thread moves to the end, so the round just answered is the one drawn in.
  const byOutlets = new Map<string, CopyThread>();
  for (const { r } of who.filter(({ i }) => answered(run, i))) {
    const t = thread(r);
    if (!t) continue;
    const key = t.articleIds.join(' ');
    const had = byOutlets.get(key);
    byOutlets.delete(key);
    byOutlets.set(key, { ...t, passages: (had?.passages ?? 0) + 1 });
  }
  const shown = [...byOutlets.values()];
  const current = run.rounds[run.index];
  const isNew = !run.finished && run.stage === 'feedback' && current?.type === 'who-said-it' && shown.some((t) => t.roundId === current.id);
  return { kind: 'copy-map', cards, threads: shown, previous: isNew ? shown.length - 1 : shown.length };
}

export interface DiscernmentRow {
  skill: Skill;
  tally: Pick<Discernment, 'hits' | 'misses' | 'falseAlarms' | 'correctRejections'>;
  reading: Discernment['reading'];
  /** Share of real ones flagged, and of clean ones flagged by mistake; null with none of that kind. */
  hitRate: number | null;
  falseAlarmRate: number | null;
}

export interface DiscernmentModel {
  kind: 'discernment';
  rows: DiscernmentRow[];
}

/** Per skill practised: flagged what was there (hits) against flagged what was not (false alarms). */
export function discernmentModel(score: Score): DiscernmentModel {
  const rows = SKILLS.filter((s) => score.bySkill[s].rounds > 0).map((skill) => {
    const d = score.bySkill[skill].discernment;
    const signals = d.hits + d.misses;
    const noise = d.falseAlarms + d.correctRejections;
    return {
      skill,
      tally: { hits: d.hits, misses: d.misses, falseAlarms: d.falseAlarms, correctRejections: d.correctRejections },
      reading: d.reading,
      hitRate: signals > 0 ? d.hits / signals : null,
      falseAlarmRate: noise > 0 ? d.falseAlarms / noise : null,
    };
  });
  return { kind: 'discernment', rows };
}

export type PictureModel = NumberLineModel | CopyMapModel | DiscernmentModel;
