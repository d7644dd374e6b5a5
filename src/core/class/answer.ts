import { MAX_POINTED } from '../game';
import type { PlayRound } from '../rounds';
import { HINTS, type Hint, type PointedSpan, type RoundPlay } from '../scoring';

/**
 * A round play as it arrives from a student's device: untrusted JSON. Only what the round can
 * hold is kept (its questions, its options, a few pointed spans in its articles' range); anything
 * else makes the whole answer refused, so a tampered client cannot store junk in a report.
 */
export function parsePlay(round: PlayRound, raw: unknown, articleLength: (articleId: string) => number | undefined): RoundPlay | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const choicesRaw = r.choices;
  if (!choicesRaw || typeof choicesRaw !== 'object' || Array.isArray(choicesRaw)) return null;
  const choices: Record<string, string[]> = {};
  for (const [qid, picks] of Object.entries(choicesRaw as Record<string, unknown>)) {
    const q = round.questions.find((x) => x.id === qid);
    if (!q || !Array.isArray(picks) || picks.length === 0 || picks.length > q.options.length) return null;
    if (!picks.every((p) => typeof p === 'string' && q.options.some((o) => o.id === p))) return null;
    const unique = [...new Set(picks as string[])];
    if (!q.multi && unique.length !== 1) return null;
    choices[qid] = unique;
  }
  const pointedRaw = r.pointed ?? [];
  if (!Array.isArray(pointedRaw) || pointedRaw.length > MAX_POINTED) return null;
  const pointed: PointedSpan[] = [];
  for (const p of pointedRaw) {
    if (!p || typeof p !== 'object') return null;
    const { articleId, start, end } = p as Record<string, unknown>;
    if (typeof articleId !== 'string' || !Number.isInteger(start) || !Number.isInteger(end)) return null;
    const len = articleLength(articleId);
    if (len === undefined || (start as number) < 0 || (end as number) <= (start as number) || (end as number) > len) return null;
    pointed.push({ articleId, start: start as number, end: end as number });
  }
  const hintsRaw = r.hints ?? [];
  if (!Array.isArray(hintsRaw) || !hintsRaw.every((h) => (HINTS as readonly unknown[]).includes(h))) return null;
  return { choices, pointed, hints: [...new Set(hintsRaw as Hint[])] };
}

/** Every question has a choice: the student is done with this round. */
export const isComplete = (round: PlayRound, play: RoundPlay): boolean => round.questions.every((q) => (play.choices[q.id]?.length ?? 0) > 0);
