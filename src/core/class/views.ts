import type { PlayRound, Skill } from '../rounds';
import { roundResult, scoreRounds, type RoundPlay, type RoundResult, type Score } from '../scoring';
import type { Discernment } from '../discernment';
import { classBySkill, distribution, hardestItems, studentReports, type HardItem, type QuestionDistribution, type StudentReport } from './report';
import { answeredCount, roundsPlayed, seatOf, type ClassOptions, type ClassSession, type Phase } from './session';

/**
 * What each side may see. The teacher's view holds nicknames, counts and (after Reveal) the
 * class's distribution; a student's view holds only that student's own answers and results.
 */
export interface HostView {
  code: string;
  levelId: string;
  seed: number;
  options: ClassOptions;
  phase: Phase;
  round: number;
  roundCount: number;
  seats: { id: string; nickname: string }[];
  answered: number;
  seated: number;
  distribution: QuestionDistribution[] | null;
  report: { students: StudentReport[]; hardest: HardItem[]; bySkill: Record<Skill, Discernment> } | null;
}

export interface StudentView {
  code: string;
  levelId: string;
  seed: number;
  phase: Phase;
  round: number;
  roundCount: number;
  seatId: string;
  nickname: string;
  removed: boolean;
  /** This student's play of the current round, so a reconnecting phone resumes where it was. */
  play: RoundPlay | null;
  /** After Reveal: this student's result for the round. */
  result: RoundResult | null;
  /** After End: this student's score over the rounds played. */
  final: Score | null;
}

export function hostView(s: ClassSession, rounds: readonly PlayRound[]): HostView {
  const round = s.phase === 'round' || s.phase === 'reveal' ? rounds[s.round] : undefined;
  const ended = s.phase === 'ended';
  return {
    code: s.code,
    levelId: s.levelId,
    seed: s.seed,
    options: s.options,
    phase: s.phase,
    round: s.round,
    roundCount: rounds.length,
    seats: s.seats.filter((x) => !x.removed).map(({ id, nickname }) => ({ id, nickname })),
    ...answeredCount(s, rounds),
    distribution: s.phase === 'reveal' && round ? distribution(s, round) : null,
    report: ended ? { students: studentReports(s, rounds), hardest: hardestItems(s, rounds), bySkill: classBySkill(s, rounds) } : null,
  };
}

export function studentView(s: ClassSession, rounds: readonly PlayRound[], seatId: string): StudentView | null {
  const seat = seatOf(s, seatId);
  if (!seat) return null;
  const round = s.phase === 'round' || s.phase === 'reveal' ? rounds[s.round] : undefined;
  const mine = s.plays[seat.id] ?? {};
  const play = round ? (mine[round.id] ?? null) : null;
  return {
    code: s.code,
    levelId: s.levelId,
    seed: s.seed,
    phase: s.phase,
    round: s.round,
    roundCount: rounds.length,
    seatId: seat.id,
    nickname: seat.nickname,
    removed: seat.removed,
    play,
    result: s.phase === 'reveal' && round ? roundResult(round, play ?? undefined) : null,
    final: s.phase === 'ended' ? scoreRounds(roundsPlayed(s, rounds), mine) : null,
  };
}
