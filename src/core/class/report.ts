import { decisions, roundResult, scoreRounds, type Score } from '../scoring';
import { discernment, type Discernment } from '../discernment';
import { SKILLS, type PlayRound, type Question, type Skill } from '../rounds';
import { activeSeats, roundsPlayed, type ClassSession } from './session';

/** How the class answered one question: shown on the projector after Reveal, never who chose what. */
export interface QuestionDistribution {
  questionId: Question['id'];
  options: { id: string; count: number; correct: boolean }[];
  /** Students who answered this question. */
  answered: number;
}

export function distribution(s: ClassSession, round: PlayRound): QuestionDistribution[] {
  const seats = activeSeats(s);
  return round.questions.map((q) => {
    const counts = new Map(q.options.map((o) => [o.id, 0]));
    let answered = 0;
    for (const seat of seats) {
      const picks = s.plays[seat.id]?.[round.id]?.choices[q.id];
      if (!picks?.length) continue;
      answered++;
      for (const p of picks) if (counts.has(p)) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    return { questionId: q.id, answered, options: q.options.map((o) => ({ id: o.id, count: counts.get(o.id) ?? 0, correct: q.correct.includes(o.id) })) };
  });
}

/** Points added for quick perfect rounds, only when the teacher turned speed scoring on. */
export const SPEED_WINDOW_MS = 60_000;

export interface StudentReport {
  seatId: string;
  nickname: string;
  score: Score;
  /** null unless speed scoring is on. */
  speedBonus: number | null;
  /** Round id → points, for the rounds the class played. */
  roundPoints: Record<string, number>;
}

export function studentReports(s: ClassSession, rounds: readonly PlayRound[]): StudentReport[] {
  const played = roundsPlayed(s, rounds);
  return activeSeats(s).map((seat) => {
    const plays = s.plays[seat.id] ?? {};
    const roundPoints = Object.fromEntries(played.map((r) => [r.id, roundResult(r, plays[r.id]).points]));
    let speedBonus: number | null = null;
    if (s.options.speedScoring) {
      speedBonus = 0;
      for (const r of played) {
        const at = s.answeredAt[seat.id]?.[r.id];
        const opened = s.openedAt[r.id];
        if (at === undefined || opened === undefined || !roundResult(r, plays[r.id]).perfect) continue;
        speedBonus += Math.max(0, 1 - (at - opened) / SPEED_WINDOW_MS);
      }
      speedBonus = Math.round(speedBonus * 10) / 10;
    }
    return { seatId: seat.id, nickname: seat.nickname, score: scoreRounds(played, plays), speedBonus, roundPoints };
  });
}

/** The class as a whole, per skill: its discernment pooled over every student's decisions. */
export function classBySkill(s: ClassSession, rounds: readonly PlayRound[]): Record<Skill, Discernment> {
  const played = roundsPlayed(s, rounds);
  const seats = activeSeats(s);
  return Object.fromEntries(
    SKILLS.map((skill) => [skill, discernment(played.filter((r) => r.skill === skill).flatMap((r) => seats.flatMap((seat) => decisions(r, s.plays[seat.id]?.[r.id]))))]),
  ) as Record<Skill, Discernment>;
}

export interface HardItem {
  roundId: string;
  roundIndex: number;
  questionId: Question['id'];
  skill: Skill;
  answered: number;
  right: number;
  /** Share right among those who answered (0–1). */
  share: number;
}

/** Questions the class got wrong most often; unanswered ones count as not right. */
export function hardestItems(s: ClassSession, rounds: readonly PlayRound[], limit = 5): HardItem[] {
  const seats = activeSeats(s);
  if (seats.length === 0) return [];
  const items: HardItem[] = [];
  rounds.forEach((round, roundIndex) => {
    if (!(round.id in s.openedAt)) return;
    for (const q of round.questions) {
      let answered = 0;
      let right = 0;
      for (const seat of seats) {
        const picks = s.plays[seat.id]?.[round.id]?.choices[q.id];
        if (!picks?.length) continue;
        answered++;
        if (picks.length === q.correct.length && picks.every((p) => q.correct.includes(p))) right++;
      }
      items.push({ roundId: round.id, roundIndex, questionId: q.id, skill: round.skill, answered, right, share: right / seats.length });
    }
  });
  return items
    .filter((i) => i.share < 1)
    .sort((a, b) => a.share - b.share || a.roundIndex - b.roundIndex)
    .slice(0, limit);
}

/**
 * A spreadsheet opens a cell starting with = + - @ (or a tab/CR) as a formula: a nickname like
 * "=HYPERLINK(…)" would run. Such cells get a leading apostrophe, then usual CSV quoting.
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const fixed = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

/** One row per student: totals, then per skill points, hits, misses, false alarms, correct rejections, d′ and c; then each round's points. */
export function reportCsv(s: ClassSession, rounds: readonly PlayRound[]): string {
  return csvFromReports(studentReports(s, rounds), roundsPlayed(s, rounds), s.options.speedScoring);
}

/** The same CSV from a report already computed (the teacher's browser has the report, not the session). */
export function csvFromReports(reports: readonly StudentReport[], played: readonly { id: string }[], speedScoring: boolean): string {
  const header = ['nickname', 'points', 'max', ...(speedScoring ? ['speed_bonus'] : [])];
  for (const skill of SKILLS) header.push(...['points', 'max', 'hits', 'misses', 'false_alarms', 'correct_rejections', 'd_prime', 'c'].map((k) => `${skill}_${k}`));
  header.push(...played.map((r, i) => `round_${i + 1}_${r.id}`));
  const rows = reports.map((r) => {
    const row: (string | number | null)[] = [r.nickname, r.score.points, r.score.max, ...(speedScoring ? [r.speedBonus] : [])];
    for (const skill of SKILLS) {
      const k = r.score.bySkill[skill];
      const d = k.discernment;
      row.push(k.points, k.max, d.hits, d.misses, d.falseAlarms, d.correctRejections, fixed(d.dPrime), fixed(d.criterion));
    }
    row.push(...played.map((round) => r.roundPoints[round.id] ?? 0));
    return row;
  });
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Parse our own CSV back (tests, and a teacher's tools): quoted cells, doubled quotes, CRLF rows. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
