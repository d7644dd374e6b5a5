import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ClassAction, ClassOptions, ClassSession, Phase } from '../core/class/session';
import type { RoundPlay } from '../core/scoring';

/**
 * Class sessions in SQLite. Every change is written before anyone is told about it, so a
 * restart loses nothing. Several server processes on one machine may share the file (WAL):
 * each change runs in an IMMEDIATE transaction and bumps the session's version, and a process
 * whose cached copy is older reloads it first.
 */
interface SessionRow {
  code: string;
  secret_hash: string;
  level_id: string;
  seed: number;
  options: string;
  phase: Phase;
  round: number;
  opened_at: string;
  created_at: number;
  ended_at: number | null;
  version: number;
}

const MAX_CACHED = 2000;

export class ClassStore {
  private readonly db: Database.Database;
  private readonly cache = new Map<string, { version: number; session: ClassSession }>();
  private readonly q;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a power cut may lose the last moments, a process crash loses nothing.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS sessions (
        code TEXT PRIMARY KEY, secret_hash TEXT NOT NULL, level_id TEXT NOT NULL, seed INTEGER NOT NULL,
        options TEXT NOT NULL, phase TEXT NOT NULL, round INTEGER NOT NULL, opened_at TEXT NOT NULL,
        created_at INTEGER NOT NULL, ended_at INTEGER, version INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS seats (
        id TEXT PRIMARY KEY, code TEXT NOT NULL REFERENCES sessions(code), token_hash TEXT NOT NULL UNIQUE,
        nickname TEXT NOT NULL, joined_at INTEGER NOT NULL, removed INTEGER NOT NULL DEFAULT 0);
      CREATE INDEX IF NOT EXISTS seats_code ON seats(code);
      CREATE TABLE IF NOT EXISTS answers (
        code TEXT NOT NULL, seat_id TEXT NOT NULL REFERENCES seats(id), round_id TEXT NOT NULL, play TEXT NOT NULL,
        answered_at INTEGER, PRIMARY KEY (seat_id, round_id));
      CREATE INDEX IF NOT EXISTS answers_code ON answers(code);
    `);
    this.q = {
      version: this.db.prepare<[string], { version: number }>('SELECT version FROM sessions WHERE code = ?'),
      session: this.db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE code = ?'),
      seats: this.db.prepare<[string], { id: string; nickname: string; joined_at: number; removed: number }>(
        'SELECT id, nickname, joined_at, removed FROM seats WHERE code = ? ORDER BY joined_at, rowid',
      ),
      answers: this.db.prepare<[string], { seat_id: string; round_id: string; play: string; answered_at: number | null }>(
        'SELECT seat_id, round_id, play, answered_at FROM answers WHERE code = ?',
      ),
      insertSession: this.db.prepare(
        `INSERT INTO sessions (code, secret_hash, level_id, seed, options, phase, round, opened_at, created_at, ended_at, version)
         VALUES (@code, @secret_hash, @level_id, @seed, @options, @phase, @round, @opened_at, @created_at, @ended_at, 1)`,
      ),
      updateMeta: this.db.prepare('UPDATE sessions SET phase = ?, round = ?, opened_at = ?, ended_at = ?, version = version + 1 WHERE code = ?'),
      bump: this.db.prepare('UPDATE sessions SET version = version + 1 WHERE code = ?'),
      insertSeat: this.db.prepare('INSERT INTO seats (id, code, token_hash, nickname, joined_at, removed) VALUES (?, ?, ?, ?, ?, 0)'),
      updateSeat: this.db.prepare('UPDATE seats SET nickname = ?, removed = ? WHERE id = ? AND code = ?'),
      upsertAnswer: this.db.prepare(
        `INSERT INTO answers (code, seat_id, round_id, play, answered_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (seat_id, round_id) DO UPDATE SET play = excluded.play, answered_at = coalesce(answers.answered_at, excluded.answered_at)`,
      ),
      seatByToken: this.db.prepare<[string, string], { id: string }>('SELECT id FROM seats WHERE code = ? AND token_hash = ?'),
      secretHash: this.db.prepare<[string], { secret_hash: string }>('SELECT secret_hash FROM sessions WHERE code = ?'),
      exists: this.db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM sessions WHERE code = ?'),
    };
  }

  exists(code: string): boolean {
    return (this.q.exists.get(code)?.n ?? 0) > 0;
  }

  create(session: ClassSession, secretHash: string): void {
    this.q.insertSession.run({
      code: session.code,
      secret_hash: secretHash,
      level_id: session.levelId,
      seed: session.seed,
      options: JSON.stringify(session.options),
      phase: session.phase,
      round: session.round,
      opened_at: JSON.stringify(session.openedAt),
      created_at: session.createdAt,
      ended_at: session.endedAt,
    });
    this.remember(session.code, 1, session);
  }

  /** Most recently used sessions stay in memory; the rest are read back from the file when needed. */
  private remember(code: string, version: number, session: ClassSession): void {
    this.cache.delete(code);
    this.cache.set(code, { version, session });
    if (this.cache.size > MAX_CACHED) this.cache.delete(this.cache.keys().next().value!);
  }

  secretHash(code: string): string | undefined {
    return this.q.secretHash.get(code)?.secret_hash;
  }

  seatByToken(code: string, tokenHash: string): string | undefined {
    return this.q.seatByToken.get(code, tokenHash)?.id;
  }

  /** The session as stored now (the cached copy when no other process has changed it). */
  get(code: string): ClassSession | undefined {
    const v = this.q.version.get(code)?.version;
    if (v === undefined) return undefined;
    const cached = this.cache.get(code);
    if (cached && cached.version === v) return cached.session;
    const session = this.load(code);
    if (session) this.remember(code, v, session);
    return session;
  }

  private load(code: string): ClassSession | undefined {
    const row = this.q.session.get(code);
    if (!row) return undefined;
    const plays: ClassSession['plays'] = {};
    const answeredAt: ClassSession['answeredAt'] = {};
    for (const a of this.q.answers.all(code)) {
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
      seats: this.q.seats.all(code).map((s) => ({ id: s.id, nickname: s.nickname, joinedAt: s.joined_at, removed: s.removed === 1 })),
      plays,
      answeredAt,
      openedAt: JSON.parse(row.opened_at) as Record<string, number>,
      createdAt: row.created_at,
      endedAt: row.ended_at,
    };
  }

  /**
   * Apply a change under a write lock shared by every process using the file: `decide` sees
   * the newest session and returns the next one (or null to change nothing).
   */
  change<T>(code: string, decide: (s: ClassSession) => { next: ClassSession; action: ClassAction; tokenHash?: string; result: T } | { next: null; result: T }): T | undefined {
    const run = this.db.transaction(() => {
      const current = this.get(code);
      if (!current) return undefined;
      const d = decide(current);
      if (!d.next) return { result: d.result };
      this.write(d.next, d.action, d.tokenHash);
      const version = this.q.version.get(code)!.version;
      this.remember(code, version, d.next);
      return { result: d.result };
    });
    return run.immediate()?.result;
  }

  private write(s: ClassSession, action: ClassAction, tokenHash?: string): void {
    switch (action.type) {
      case 'join': {
        const seat = s.seats.find((x) => x.id === action.seatId)!;
        this.q.insertSeat.run(seat.id, s.code, tokenHash ?? '', seat.nickname, seat.joinedAt);
        this.q.bump.run(s.code);
        return;
      }
      case 'rename':
      case 'remove': {
        const seat = s.seats.find((x) => x.id === action.seatId)!;
        this.q.updateSeat.run(seat.nickname, seat.removed ? 1 : 0, seat.id, s.code);
        this.q.bump.run(s.code);
        return;
      }
      case 'answer':
        this.q.upsertAnswer.run(s.code, action.seatId, action.roundId, JSON.stringify(action.play), s.answeredAt[action.seatId]?.[action.roundId] ?? null);
        this.q.bump.run(s.code);
        return;
      case 'open':
      case 'reveal':
      case 'next':
      case 'end':
        this.q.updateMeta.run(s.phase, s.round, JSON.stringify(s.openedAt), s.endedAt, s.code);
        return;
    }
  }

  cachedCount(): number {
    return this.cache.size;
  }

  /** Forget cached copies (memory); the file keeps everything. */
  evict(code: string): void {
    this.cache.delete(code);
  }

  close(): void {
    this.db.close();
  }
}
