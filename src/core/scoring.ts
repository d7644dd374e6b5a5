import type { Span } from './articleModel';
import { discernment, type Decision, type Discernment } from './discernment';
import { NO_VIEW, SKILLS, type PlayRound, type Question, type Skill } from './rounds';

/** A sentence the player pointed at as evidence. */
export interface PointedSpan extends Span {
  articleId: string;
}

export const HINTS = ['open-article', 'search-phrase'] as const;
export type Hint = (typeof HINTS)[number];

/** Everything a player did in one round: plain JSON, so it can be saved, sent and replayed. */
export interface RoundPlay {
  /** Question id → chosen option ids (one, or several for "tick every outlet"). */
  choices: Record<string, string[]>;
  pointed: PointedSpan[];
  hints: Hint[];
}

export const emptyPlay = (): RoundPlay => ({ choices: {}, pointed: [], hints: [] });

/** What a hint costs, in points of the round it is used in. */
export const HINT_COST = 1;

export interface QuestionResult {
  id: Question['id'];
  points: number;
  max: number;
  hits: number;
  falseAlarms: number;
}

export type EvidenceResult = 'right' | 'wrong' | 'none';

export interface RoundResult {
  points: number;
  max: number;
  questions: QuestionResult[];
  evidence: EvidenceResult;
  hintsUsed: number;
  /** Every question right and the evidence found. */
  perfect: boolean;
}

/**
 * One question's points. Ticking outlets is scored as hits minus false alarms (never below 0),
 * so naming the copy matters and ticking everything earns nothing.
 */
export function questionResult(q: Question, chosen: readonly string[] | undefined): QuestionResult {
  const picks = [...new Set(chosen ?? [])].filter((c) => q.options.some((o) => o.id === c));
  const hits = picks.filter((c) => q.correct.includes(c)).length;
  const falseAlarms = picks.length - hits;
  if (q.multi) return { id: q.id, points: Math.max(0, hits - falseAlarms), max: q.correct.length, hits, falseAlarms };
  const right = picks.length === 1 && hits === 1;
  return { id: q.id, points: right ? 1 : 0, max: 1, hits, falseAlarms };
}

export function evidenceResult(round: PlayRound, pointed: readonly PointedSpan[]): EvidenceResult {
  if (pointed.length === 0) return 'none';
  const hit = pointed.some((p) => round.evidence.some((e) => e.articleId === p.articleId && p.start < e.span.end && e.span.start < p.end));
  return hit ? 'right' : 'wrong';
}

/** One evidence point per round that has evidence; hints cost points, never below zero. */
export function roundResult(round: PlayRound, play: RoundPlay | undefined): RoundResult {
  const p = play ?? emptyPlay();
  const questions = round.questions.map((q) => questionResult(q, p.choices[q.id]));
  const evidence = evidenceResult(round, p.pointed);
  const evidenceMax = round.evidence.length > 0 ? 1 : 0;
  const earned = questions.reduce((s, q) => s + q.points, 0) + (evidence === 'right' ? evidenceMax : 0);
  const max = questions.reduce((s, q) => s + q.max, 0) + evidenceMax;
  const hintsUsed = p.hints.length;
  const perfect = questions.every((q) => q.points === q.max) && (evidenceMax === 0 || evidence === 'right');
  return { points: Math.max(0, earned - hintsUsed * HINT_COST), max, questions, evidence, hintsUsed, perfect };
}

/**
 * The flag-or-pass decisions a round holds, for discernment: each outlet ticked or not, whether
 * the figures were called a contradiction, whether a passage was called the author's own view.
 */
export function decisions(round: PlayRound, play: RoundPlay | undefined): Decision[] {
  const chosen = (id: Question['id']) => play?.choices[id];
  const q = (id: Question['id']) => round.questions.find((x) => x.id === id);
  switch (round.type) {
    case 'who-said-it': {
      const outlet = q('outlet');
      const picks = chosen('outlet');
      if (!outlet || !picks) return [];
      return outlet.options.map((o) => ({ signal: outlet.correct.includes(o.id), response: picks.includes(o.id) }));
    }
    case 'opinion-or-reporting': {
      const kind = q('kind');
      const pick = chosen('kind')?.[0];
      if (!kind || pick === undefined) return [];
      return [{ signal: kind.correct.includes('opinion'), response: pick === 'opinion' }];
    }
    case 'opinion-pair': {
      const view = q('view');
      const pick = chosen('view')?.[0];
      if (!view || pick === undefined) return [];
      return view.options.filter((o) => o.id !== NO_VIEW).map((o) => ({ signal: view.correct.includes(o.id), response: pick === o.id }));
    }
    case 'conflicting-figures': {
      const conflict = q('conflict');
      const pick = chosen('conflict')?.[0];
      if (!conflict || pick === undefined) return [];
      return [{ signal: conflict.correct.includes('yes'), response: pick === 'yes' }];
    }
  }
}

export interface SkillScore {
  points: number;
  max: number;
  rounds: number;
  discernment: Discernment;
}

export interface Score {
  points: number;
  max: number;
  rounds: number;
  perfectRounds: number;
  hintsUsed: number;
  bySkill: Record<Skill, SkillScore>;
}

export function scoreRounds(rounds: readonly PlayRound[], plays: Readonly<Record<string, RoundPlay>>): Score {
  const per = Object.fromEntries(SKILLS.map((s) => [s, { points: 0, max: 0, rounds: 0, decisions: [] as Decision[] }])) as Record<
    Skill,
    { points: number; max: number; rounds: number; decisions: Decision[] }
  >;
  let points = 0;
  let max = 0;
  let perfectRounds = 0;
  let hintsUsed = 0;
  for (const round of rounds) {
    const r = roundResult(round, plays[round.id]);
    const s = per[round.skill];
    s.points += r.points;
    s.max += r.max;
    s.rounds++;
    s.decisions.push(...decisions(round, plays[round.id]));
    points += r.points;
    max += r.max;
    hintsUsed += r.hintsUsed;
    if (r.perfect) perfectRounds++;
  }
  const bySkill = Object.fromEntries(
    SKILLS.map((skill) => {
      const { decisions: d, ...rest } = per[skill];
      return [skill, { ...rest, discernment: discernment(d) }];
    }),
  ) as Record<Skill, SkillScore>;
  return { points, max, rounds: rounds.length, perfectRounds, hintsUsed, bySkill };
}

/** Stars out of three for the level select screen. */
export function starsFor(score: { points: number; max: number }): 0 | 1 | 2 | 3 {
  if (score.max === 0) return 0;
  const ratio = score.points / score.max;
  if (ratio >= 0.9) return 3;
  if (ratio >= 0.7) return 2;
  if (ratio >= 0.4) return 1;
  return 0;
}
