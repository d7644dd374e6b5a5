import type { ClassAction, ClassOptions, ClassSession, Phase } from '../core/class/session';
import type { RoundPlay } from '../core/scoring';

/**
 * Where class sessions live. Two implementations with the same three tables (sessions, seats,
 * answers) and the same promise: every change is stored before anyone is told about it.
 * - SQLite (`sqliteStore.ts`, the default): one file, embedded; processes on one machine may share it.
 * - PostgreSQL (`postgresStore.ts`, when DATABASE_URL is set): one database shared by processes
 *   on several machines.
 * Methods are async because PostgreSQL is; the SQLite store does its work synchronously inside
 * them, so with it the server behaves exactly as before.
 */
export type Decision<T> = { next: ClassSession; action: ClassAction; tokenHash?: string; result: T } | { next: null; result: T };

export interface ClassStorage {
  readonly kind: 'sqlite' | 'postgres';
  /** Store a new session; false (nothing stored) when its code is already taken. */
  create(session: ClassSession, secretHash: string): Promise<boolean>;
  secretHash(code: string): Promise<string | undefined>;
  seatByToken(code: string, tokenHash: string): Promise<string | undefined>;
  /** The session as stored now (a cached copy when no process has changed it since). */
  get(code: string): Promise<ClassSession | undefined>;
  /**
   * Apply a change under a lock shared by every process using the database: `decide` sees the
   * newest session and returns the next one (or null to change nothing). Undefined: no such session.
   */
  change<T>(code: string, decide: (s: ClassSession) => Decision<T>): Promise<T | undefined>;
  /** Answers stored, all sessions or the given ones (the load benchmark counts what was lost). */
  answerCount(codes?: readonly string[]): Promise<number>;
  /** Sessions held in memory (memory reporting). */
  cachedCount(): number;
  /** Waits for changes under way, then lets go of the database. */
  close(): Promise<void>;
}

/** The database could not be reached or refused the work: nothing was stored, the client should try again. */
export class StorageError extends Error {
  constructor(what: string, cause: unknown) {
    super(`${what}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StorageError';
  }
}

/** One session's rows as both databases return them (JSON columns still as text). */
export interface SessionRows {
  session: {
    code: string;
    level_id: string;
    seed: number;
    options: string;
    phase: Phase;
    round: number;
    opened_at: string;
    created_at: number;
    ended_at: number | null;
  };
  /** In the order the students joined. */
  seats: readonly { id: string; nickname: string; joined_at: number; removed: boolean | number }[];
  answers: readonly { seat_id: string; round_id: string; play: string; answered_at: number | null }[];
}

export function sessionFromRows({ session: row, seats, answers }: SessionRows): ClassSession {
  const plays: ClassSession['plays'] = {};
  const answeredAt: ClassSession['answeredAt'] = {};
  for (const a of answers) {
    (plays[a.seat_id] ??= {})[a.round_id] = JSON.parse(a.play) as RoundPlay;
    if (a.answered_at !== null) (answeredAt[a.seat_id] ??= {})[a.round_id] = a.answered_at;
  }
  return {
    code: row.code,
    levelId: row.level_id,
    seed: row.seed,
    options: JSON.parse(row.options) as ClassOptions,
    phase: row.phase,
    round: row.round,
    seats: seats.map((s) => ({ id: s.id, nickname: s.nickname, joinedAt: s.joined_at, removed: s.removed === true || s.removed === 1 })),
    plays,
    answeredAt,
    openedAt: JSON.parse(row.opened_at) as Record<string, number>,
    createdAt: row.created_at,
    endedAt: row.ended_at,
  };
}

/** What one action writes: a change of the phase, a seat, or one answer (the same for both databases). */
export type RowWrite =
  | { kind: 'seat-insert'; id: string; nickname: string; joinedAt: number; tokenHash: string }
  | { kind: 'seat-update'; id: string; nickname: string; removed: boolean }
  | { kind: 'answer'; seatId: string; roundId: string; play: string; answeredAt: number | null }
  | { kind: 'meta'; phase: Phase; round: number; openedAt: string; endedAt: number | null };

export function rowWrite(s: ClassSession, action: ClassAction, tokenHash?: string): RowWrite {
  switch (action.type) {
    case 'join': {
      const seat = s.seats.find((x) => x.id === action.seatId)!;
      return { kind: 'seat-insert', id: seat.id, nickname: seat.nickname, joinedAt: seat.joinedAt, tokenHash: tokenHash ?? '' };
    }
    case 'rename':
    case 'remove': {
      const seat = s.seats.find((x) => x.id === action.seatId)!;
      return { kind: 'seat-update', id: seat.id, nickname: seat.nickname, removed: seat.removed };
    }
    case 'answer':
      return {
        kind: 'answer',
        seatId: action.seatId,
        roundId: action.roundId,
        play: JSON.stringify(action.play),
        answeredAt: s.answeredAt[action.seatId]?.[action.roundId] ?? null,
      };
    case 'open':
    case 'reveal':
    case 'next':
    case 'end':
      return { kind: 'meta', phase: s.phase, round: s.round, openedAt: JSON.stringify(s.openedAt), endedAt: s.endedAt };
  }
}

/** Most recently used sessions stay in memory; the rest are read back from the database when needed. */
export class SessionCache {
  private readonly map = new Map<string, { version: number; session: ClassSession }>();
  constructor(private readonly max = 2000) {}

  get(code: string, version: number): ClassSession | undefined {
    const c = this.map.get(code);
    return c && c.version === version ? c.session : undefined;
  }

  /** The newest copy held, whatever its version (the caller checks it against the database). */
  latest(code: string): { version: number; session: ClassSession } | undefined {
    return this.map.get(code);
  }

  set(code: string, version: number, session: ClassSession): void {
    this.map.delete(code);
    this.map.set(code, { version, session });
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }

  get size(): number {
    return this.map.size;
  }
}
