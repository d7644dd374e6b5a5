import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ClassSession } from '../core/class/session';
import { rowWrite, SessionCache, sessionFromRows, StorageError, type ClassStorage, type Decision, type SessionRows } from './classStorage';

/** How long a server starting on a file another process is setting up keeps trying, and how long it waits between tries. */
const SETUP_PATIENCE_MS = 10_000;
const SETUP_RETRY_MS = 50;

/** Runs `work`, again after a short wait while SQLite answers that the file is locked, until SETUP_PATIENCE_MS have passed. */
export function retryWhileLocked(work: () => void): void {
  const until = Date.now() + SETUP_PATIENCE_MS;
  for (;;) {
    try {
      work();
      return;
    } catch (e) {
      const code = (e as { code?: string }).code ?? '';
      if (!code.startsWith('SQLITE_BUSY') || Date.now() > until) throw e;
      // (A synchronous wait: the constructor runs once, at start-up, before the server listens.)
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, SETUP_RETRY_MS);
    }
  }
}

/**
 * Class sessions in SQLite (the default: embedded, nothing to install). Every change is written
 * before anyone is told about it, so a restart loses nothing. Several server processes on one
 * machine may share the file (WAL): each change runs in an IMMEDIATE transaction and bumps the
 * session's version, and a process whose cached copy is older reloads it first.
 * better-sqlite3 is synchronous: the async methods do all their work before they return, so
 * messages are handled in the order they arrive, as they were before storage was async.
 */
export class SqliteStore implements ClassStorage {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private readonly cache = new SessionCache();
  private readonly q;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    const schema = `
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
    `;
    // Two servers starting together on one new file (the two-process test, under load) meet while one of them switches
    // the file to WAL, and SQLite may refuse the other at once with "database is locked", busy timeout or not: setting
    // up is tried again for a few seconds before the server gives up.
    retryWhileLocked(() => {
      this.db.pragma('busy_timeout = 5000');
      this.db.pragma('journal_mode = WAL');
      // NORMAL in WAL mode: a power cut may lose the last moments, a process crash loses nothing.
      this.db.pragma('synchronous = NORMAL');
      this.db.transaction(() => this.db.exec(schema)).immediate();
    });
    this.q = {
      version: this.db.prepare<[string], { version: number }>('SELECT version FROM sessions WHERE code = ?'),
      session: this.db.prepare<[string], SessionRows['session']>('SELECT * FROM sessions WHERE code = ?'),
      seats: this.db.prepare<[string], SessionRows['seats'][number]>('SELECT id, nickname, joined_at, removed FROM seats WHERE code = ? ORDER BY joined_at, rowid'),
      answers: this.db.prepare<[string], SessionRows['answers'][number]>('SELECT seat_id, round_id, play, answered_at FROM answers WHERE code = ?'),
      insertSession: this.db.prepare(
        `INSERT INTO sessions (code, secret_hash, level_id, seed, options, phase, round, opened_at, created_at, ended_at, version)
         VALUES (@code, @secret_hash, @level_id, @seed, @options, @phase, @round, @opened_at, @created_at, @ended_at, 1)
         ON CONFLICT (code) DO NOTHING`,
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
      answerCount: this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM answers'),
      answerCountOf: this.db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM answers WHERE code = ?'),
    };
  }

  /** Database errors become StorageError (try again); anything else (a bug) passes through as it is. */
  private guard<T>(what: string, work: () => T): T {
    try {
      return work();
    } catch (e) {
      throw e instanceof Database.SqliteError ? new StorageError(what, e) : e;
    }
  }

  async create(session: ClassSession, secretHash: string): Promise<boolean> {
    const info = this.guard('create', () =>
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
      }),
    );
    if (info.changes === 0) return false;
    this.cache.set(session.code, 1, session);
    return true;
  }

  async secretHash(code: string): Promise<string | undefined> {
    return this.guard('secret', () => this.q.secretHash.get(code)?.secret_hash);
  }

  async seatByToken(code: string, tokenHash: string): Promise<string | undefined> {
    return this.guard('seat', () => this.q.seatByToken.get(code, tokenHash)?.id);
  }

  async get(code: string): Promise<ClassSession | undefined> {
    return this.guard('read', () => this.current(code));
  }

  private current(code: string): ClassSession | undefined {
    const v = this.q.version.get(code)?.version;
    if (v === undefined) return undefined;
    const cached = this.cache.get(code, v);
    if (cached) return cached;
    const row = this.q.session.get(code);
    if (!row) return undefined;
    const session = sessionFromRows({ session: row, seats: this.q.seats.all(code), answers: this.q.answers.all(code) });
    this.cache.set(code, v, session);
    return session;
  }

  async change<T>(code: string, decide: (s: ClassSession) => Decision<T>): Promise<T | undefined> {
    const run = this.db.transaction(() => {
      const current = this.current(code);
      if (!current) return undefined;
      const d = decide(current);
      if (!d.next) return { result: d.result };
      this.write(d.next, rowWrite(d.next, d.action, d.tokenHash));
      this.cache.set(code, this.q.version.get(code)!.version, d.next);
      return { result: d.result };
    });
    return this.guard('change', () => run.immediate())?.result;
  }

  private write(s: ClassSession, w: ReturnType<typeof rowWrite>): void {
    switch (w.kind) {
      case 'seat-insert':
        this.q.insertSeat.run(w.id, s.code, w.tokenHash, w.nickname, w.joinedAt);
        this.q.bump.run(s.code);
        return;
      case 'seat-update':
        this.q.updateSeat.run(w.nickname, w.removed ? 1 : 0, w.id, s.code);
        this.q.bump.run(s.code);
        return;
      case 'answer':
        this.q.upsertAnswer.run(s.code, w.seatId, w.roundId, w.play, w.answeredAt);
        this.q.bump.run(s.code);
        return;
      case 'meta':
        this.q.updateMeta.run(w.phase, w.round, w.openedAt, w.endedAt, s.code);
        return;
    }
  }

  async answerCount(codes?: readonly string[]): Promise<number> {
    if (!codes) return this.q.answerCount.get()!.n;
    return codes.reduce((n, c) => n + this.q.answerCountOf.get(c)!.n, 0);
  }

  cachedCount(): number {
    return this.cache.size;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
