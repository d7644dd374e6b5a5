import type { PlayRound } from '../rounds';
import type { RoundPlay } from '../scoring';
import { isComplete } from './answer';
import { cleanNickname } from './nickname';

/**
 * A class session as pure data and one function, (session, rounds, action) → session. The server
 * keeps it in SQLite and applies actions through `classAct`; the rules (who may answer what, when)
 * live here, not in the transport. The rounds are rebuilt from the level and the session's seed,
 * so every student of a class gets the same option order and the report agrees with the screens.
 */
export type Phase = 'lobby' | 'round' | 'reveal' | 'ended';

export interface ClassOptions {
  /** Off by default: speed-based points penalise careful readers and disabled students. */
  speedScoring: boolean;
}

export interface Seat {
  id: string;
  nickname: string;
  joinedAt: number;
  removed: boolean;
}

export interface ClassSession {
  code: string;
  levelId: string;
  seed: number;
  options: ClassOptions;
  phase: Phase;
  /** Index of the round open or revealed now; -1 in the lobby. */
  round: number;
  seats: Seat[];
  /** Seat id → round id → what that student did. */
  plays: Record<string, Record<string, RoundPlay>>;
  /** Seat id → round id → when every question of the round was first answered (ms). */
  answeredAt: Record<string, Record<string, number>>;
  /** Round id → when the teacher opened it (ms). */
  openedAt: Record<string, number>;
  createdAt: number;
  endedAt: number | null;
}

export type ClassAction =
  | { type: 'join'; seatId: string; nickname: string; at: number }
  | { type: 'rename'; seatId: string; nickname: string }
  | { type: 'remove'; seatId: string }
  | { type: 'open'; at: number }
  | { type: 'answer'; seatId: string; roundId: string; play: RoundPlay; at: number }
  | { type: 'reveal' }
  | { type: 'next'; at: number }
  | { type: 'end'; at: number };

export type ClassError = 'closed' | 'no-seat' | 'nickname-empty' | 'nickname-blocked' | 'nickname-taken' | 'class-full' | 'wrong-phase' | 'wrong-round' | 'seat-taken';

export type ClassResult = { ok: true; session: ClassSession } | { ok: false; error: ClassError };

/** A projector lobby list stops being readable well before this; it also bounds memory per class. */
export const MAX_SEATS = 100;

export const DEFAULT_OPTIONS: ClassOptions = { speedScoring: false };

export function newSession(code: string, levelId: string, seed: number, at: number, options: Partial<ClassOptions> = {}): ClassSession {
  return {
    code,
    levelId,
    seed,
    options: { ...DEFAULT_OPTIONS, ...options },
    phase: 'lobby',
    round: -1,
    seats: [],
    plays: {},
    answeredAt: {},
    openedAt: {},
    createdAt: at,
    endedAt: null,
  };
}

export const activeSeats = (s: ClassSession): Seat[] => s.seats.filter((x) => !x.removed);
export const seatOf = (s: ClassSession, seatId: string): Seat | undefined => s.seats.find((x) => x.id === seatId);
export const currentRoundOf = (s: ClassSession, rounds: readonly PlayRound[]): PlayRound | undefined => (s.phase === 'round' || s.phase === 'reveal' ? rounds[s.round] : undefined);
/** The rounds the class has seen: a session ended early is reported on those only. */
export const roundsPlayed = (s: ClassSession, rounds: readonly PlayRound[]): PlayRound[] => rounds.filter((r) => r.id in s.openedAt);

/** How many present students have answered every question of the current round: all the teacher sees mid-round. */
export function answeredCount(s: ClassSession, rounds: readonly PlayRound[]): { answered: number; seated: number } {
  const round = currentRoundOf(s, rounds);
  const seats = activeSeats(s);
  if (!round) return { answered: 0, seated: seats.length };
  const answered = seats.filter((seat) => {
    const p = s.plays[seat.id]?.[round.id];
    return p !== undefined && isComplete(round, p);
  }).length;
  return { answered, seated: seats.length };
}

const fold = (n: string) => n.toLocaleLowerCase();

function nicknameFor(s: ClassSession, raw: string, exceptSeat?: string): { ok: true; nickname: string } | { ok: false; error: ClassError } {
  const clean = cleanNickname(raw);
  if (!clean.ok) return { ok: false, error: clean.reason === 'empty' ? 'nickname-empty' : 'nickname-blocked' };
  if (activeSeats(s).some((x) => x.id !== exceptSeat && fold(x.nickname) === fold(clean.nickname))) return { ok: false, error: 'nickname-taken' };
  return clean;
}

export function classAct(s: ClassSession, rounds: readonly PlayRound[], action: ClassAction): ClassResult {
  const ok = (session: ClassSession): ClassResult => ({ ok: true, session });
  const fail = (error: ClassError): ClassResult => ({ ok: false, error });
  if (s.phase === 'ended') return fail('closed');

  switch (action.type) {
    case 'join': {
      if (s.seats.some((x) => x.id === action.seatId)) return fail('seat-taken');
      if (activeSeats(s).length >= MAX_SEATS) return fail('class-full');
      const name = nicknameFor(s, action.nickname);
      if (!name.ok) return fail(name.error);
      return ok({ ...s, seats: [...s.seats, { id: action.seatId, nickname: name.nickname, joinedAt: action.at, removed: false }] });
    }
    case 'rename': {
      const seat = seatOf(s, action.seatId);
      if (!seat || seat.removed) return fail('no-seat');
      const name = nicknameFor(s, action.nickname, seat.id);
      if (!name.ok) return fail(name.error);
      return ok({ ...s, seats: s.seats.map((x) => (x.id === seat.id ? { ...x, nickname: name.nickname } : x)) });
    }
    case 'remove': {
      const seat = seatOf(s, action.seatId);
      if (!seat || seat.removed) return fail('no-seat');
      return ok({ ...s, seats: s.seats.map((x) => (x.id === seat.id ? { ...x, removed: true } : x)) });
    }
    case 'open': {
      const first = rounds[0];
      if (s.phase !== 'lobby' || !first) return fail('wrong-phase');
      return ok({ ...s, phase: 'round', round: 0, openedAt: { ...s.openedAt, [first.id]: action.at } });
    }
    case 'answer': {
      const seat = seatOf(s, action.seatId);
      if (!seat || seat.removed) return fail('no-seat');
      const round = currentRoundOf(s, rounds);
      if (s.phase !== 'round' || !round) return fail('wrong-phase');
      if (round.id !== action.roundId) return fail('wrong-round');
      const mine = s.answeredAt[seat.id] ?? {};
      const firstComplete = mine[round.id] === undefined && isComplete(round, action.play);
      return ok({
        ...s,
        plays: { ...s.plays, [seat.id]: { ...s.plays[seat.id], [round.id]: action.play } },
        answeredAt: firstComplete ? { ...s.answeredAt, [seat.id]: { ...mine, [round.id]: action.at } } : s.answeredAt,
      });
    }
    case 'reveal':
      if (s.phase !== 'round') return fail('wrong-phase');
      return ok({ ...s, phase: 'reveal' });
    case 'next': {
      if (s.phase !== 'reveal') return fail('wrong-phase');
      const next = rounds[s.round + 1];
      if (!next) return ok({ ...s, phase: 'ended', endedAt: action.at });
      return ok({ ...s, phase: 'round', round: s.round + 1, openedAt: { ...s.openedAt, [next.id]: action.at } });
    }
    case 'end':
      return ok({ ...s, phase: 'ended', endedAt: action.at });
  }
}
