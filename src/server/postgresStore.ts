import pg from 'pg';
import type { ClassSession } from '../core/class/session';
import { rowWrite, SessionCache, sessionFromRows, StorageError, type ClassStorage, type Decision, type RowWrite, type SessionRows } from './classStorage';

/**
 * Class sessions in PostgreSQL, for server processes on several machines that serve the same
 * classes (SQLite files cannot be shared between machines). Same tables and same promise as the
 * SQLite store: a change is committed before anyone is told about it.
 *
 * Ordering: within a process, work on one class runs one at a time in arrival order (a promise
 * chain per class), as the synchronous SQLite store did, and reads wait behind writes. Between
 * processes, every write names the session version it was decided on and bumps it in the same
 * statement: with a current cached copy (the usual case: a class mostly lives on one process, or
 * its processes take turns) a change is ONE autocommitted statement, which keeps the answer →
 * teacher count path short. Changes to one class that arrive while its previous write is under
 * way are decided in order and written together (answers in one statement), so a busy class does
 * not queue one round trip per answer. When another process got there first, the write matches
 * no row and each change is redone, in order, in a transaction that locks the class's row
 * (SELECT … FOR UPDATE).
 * Tables live in their own schema (`lateral_class`; LATERAL itself is an SQL keyword) so a district's shared database can hold them
 * beside anything else.
 */

/** Schema versions, applied in order once each; a process starting later finds them applied. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE lateral_class.sessions (
     code text PRIMARY KEY, secret_hash text NOT NULL, level_id text NOT NULL, seed bigint NOT NULL,
     options text NOT NULL, phase text NOT NULL, round integer NOT NULL, opened_at text NOT NULL,
     created_at bigint NOT NULL, ended_at bigint, version bigint NOT NULL);
   CREATE TABLE lateral_class.seats (
     id text PRIMARY KEY, code text NOT NULL REFERENCES lateral_class.sessions(code), token_hash text NOT NULL UNIQUE,
     nickname text NOT NULL, joined_at bigint NOT NULL, removed boolean NOT NULL DEFAULT false,
     ord bigint GENERATED ALWAYS AS IDENTITY);
   CREATE INDEX seats_code ON lateral_class.seats(code);
   CREATE TABLE lateral_class.answers (
     code text NOT NULL, seat_id text NOT NULL REFERENCES lateral_class.seats(id), round_id text NOT NULL, play text NOT NULL,
     answered_at bigint, PRIMARY KEY (seat_id, round_id));
   CREATE INDEX answers_code ON lateral_class.answers(code);`,
];

/** Any constant: processes starting together take turns migrating under this advisory lock. */
const MIGRATION_LOCK = 7_411_011;

// Times in ms and seeds are bigint columns; pg returns those as strings unless told otherwise.
const INT8 = 20;
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

// Named statements are parsed once per connection: the answer path runs four round trips, no parsing.
const SQL = {
  version: { name: 'class-version', text: 'SELECT version FROM lateral_class.sessions WHERE code = $1' },
  lock: { name: 'class-lock', text: 'SELECT version FROM lateral_class.sessions WHERE code = $1 FOR UPDATE' },
  load: {
    name: 'class-load',
    text: `SELECT s.code, s.level_id, s.seed, s.options, s.phase, s.round, s.opened_at, s.created_at, s.ended_at, s.version,
      coalesce((SELECT json_agg(json_build_object('id', id, 'nickname', nickname, 'joined_at', joined_at, 'removed', removed) ORDER BY joined_at, ord)
                FROM lateral_class.seats WHERE code = s.code), '[]') AS seats,
      coalesce((SELECT json_agg(json_build_object('seat_id', seat_id, 'round_id', round_id, 'play', play, 'answered_at', answered_at))
                FROM lateral_class.answers WHERE code = s.code), '[]') AS answers
      FROM lateral_class.sessions s WHERE s.code = $1`,
  },
  insertSession: {
    name: 'class-create',
    text: `INSERT INTO lateral_class.sessions (code, secret_hash, level_id, seed, options, phase, round, opened_at, created_at, ended_at, version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1) ON CONFLICT (code) DO NOTHING`,
  },
  secretHash: { name: 'class-secret', text: 'SELECT secret_hash FROM lateral_class.sessions WHERE code = $1' },
  seatByToken: { name: 'class-seat', text: 'SELECT id FROM lateral_class.seats WHERE code = $1 AND token_hash = $2' },
  // Each write happens only if the session is still at version $2 (what the change was decided on)
  // and bumps it in the same statement; no row back: another process changed the class first.
  insertSeat: {
    name: 'class-seat-insert',
    text: `WITH v AS (UPDATE lateral_class.sessions SET version = version + 1 WHERE code = $1 AND version = $2 RETURNING version),
                w AS (INSERT INTO lateral_class.seats (id, code, token_hash, nickname, joined_at) SELECT $3::text, $1::text, $4::text, $5::text, $6::bigint FROM v)
           SELECT version FROM v`,
  },
  updateSeat: {
    name: 'class-seat-update',
    text: `WITH v AS (UPDATE lateral_class.sessions SET version = version + 1 WHERE code = $1 AND version = $2 RETURNING version),
                w AS (UPDATE lateral_class.seats SET nickname = $4, removed = $5 WHERE id = $3 AND code = $1 AND EXISTS (SELECT 1 FROM v))
           SELECT version FROM v`,
  },
  upsertAnswers: {
    name: 'class-answers',
    text: `WITH v AS (UPDATE lateral_class.sessions SET version = version + 1 WHERE code = $1 AND version = $2 RETURNING version),
                w AS (INSERT INTO lateral_class.answers (code, seat_id, round_id, play, answered_at)
                      SELECT $1::text, a.seat_id, a.round_id, a.play, a.answered_at
                      FROM v, unnest($3::text[], $4::text[], $5::text[], $6::bigint[]) AS a(seat_id, round_id, play, answered_at)
                      ON CONFLICT (seat_id, round_id) DO UPDATE SET play = excluded.play, answered_at = coalesce(lateral_class.answers.answered_at, excluded.answered_at))
           SELECT version FROM v`,
  },
  upsertAnswer: {
    name: 'class-answer',
    text: `WITH v AS (UPDATE lateral_class.sessions SET version = version + 1 WHERE code = $1 AND version = $2 RETURNING version),
                w AS (INSERT INTO lateral_class.answers (code, seat_id, round_id, play, answered_at) SELECT $1::text, $3::text, $4::text, $5::text, $6::bigint FROM v
                      ON CONFLICT (seat_id, round_id) DO UPDATE SET play = excluded.play, answered_at = coalesce(lateral_class.answers.answered_at, excluded.answered_at))
           SELECT version FROM v`,
  },
  updateMeta: {
    name: 'class-meta',
    text: `UPDATE lateral_class.sessions SET phase = $3, round = $4, opened_at = $5, ended_at = $6, version = version + 1
           WHERE code = $1 AND version = $2 RETURNING version`,
  },
} as const;

type LoadRow = SessionRows['session'] & { version: number; seats: SessionRows['seats']; answers: SessionRows['answers'] };

interface Queued {
  decide: (s: ClassSession) => Decision<unknown>;
  resolve: (r: unknown) => void;
  reject: (e: unknown) => void;
}

/** Thrown by `decide` (the rules), not by the database: passed on as it is, never as StorageError. */
class FromDecide {
  constructor(readonly error: unknown) {}
}

export class PostgresStore implements ClassStorage {
  readonly kind = 'postgres';
  private readonly cache = new SessionCache();
  /** Per class: the tail of the work queued for it in this process. */
  private readonly chains = new Map<string, Promise<unknown>>();
  /** Per class: changes waiting for the next write (one batch). */
  private readonly waiting = new Map<string, Queued[]>();

  private constructor(private readonly pool: pg.Pool) {}

  /** Connect and bring the schema up to date (idempotent: every process runs it on start). */
  static async open(url: string, poolSize = 10): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: poolSize, types, connectionTimeoutMillis: 10_000 });
    // An idle connection dropped by the server must not crash the process; the next query reconnects.
    pool.on('error', (e) => console.error(`postgres: ${e.message}`));
    const store = new PostgresStore(pool);
    try {
      await store.migrate();
    } catch (e) {
      await pool.end().catch(() => undefined);
      throw new StorageError(`postgres at ${redact(url)}`, e);
    }
    return store;
  }

  private async migrate(): Promise<void> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await c.query('CREATE SCHEMA IF NOT EXISTS lateral_class');
      await c.query('CREATE TABLE IF NOT EXISTS lateral_class.schema_version (version integer NOT NULL)');
      const { rows } = await c.query<{ v: number | null }>('SELECT max(version) AS v FROM lateral_class.schema_version');
      const at = rows[0]?.v ?? 0;
      if (at > MIGRATIONS.length) throw new Error(`the database schema is version ${at}, newer than this server (${MIGRATIONS.length}): update the server`);
      for (let v = at + 1; v <= MIGRATIONS.length; v++) {
        await c.query(MIGRATIONS[v - 1]!);
        await c.query('INSERT INTO lateral_class.schema_version (version) VALUES ($1)', [v]);
      }
      await c.query('COMMIT');
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  }

  /** Run `work` after everything queued before it for this class in this process. */
  private serial<T>(code: string, work: () => Promise<T>): Promise<T> {
    const run = (this.chains.get(code) ?? Promise.resolve()).then(work);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    this.chains.set(code, tail);
    void tail.then(() => {
      if (this.chains.get(code) === tail) this.chains.delete(code);
    });
    return run;
  }

  private async query<R extends pg.QueryResultRow>(what: string, q: { name: string; text: string }, values: unknown[]): Promise<R[]> {
    try {
      return (await this.pool.query<R>({ ...q, values })).rows;
    } catch (e) {
      throw new StorageError(what, e);
    }
  }

  async create(session: ClassSession, secretHash: string): Promise<boolean> {
    const s = session;
    const values = [s.code, secretHash, s.levelId, s.seed, JSON.stringify(s.options), s.phase, s.round, JSON.stringify(s.openedAt), s.createdAt, s.endedAt];
    const inserted = await this.pool.query({ ...SQL.insertSession, values }).then(
      (r) => r.rowCount === 1,
      (e: unknown) => {
        throw new StorageError('create', e);
      },
    );
    if (inserted) this.cache.set(s.code, 1, s);
    return inserted;
  }

  async secretHash(code: string): Promise<string | undefined> {
    return (await this.query<{ secret_hash: string }>('secret', SQL.secretHash, [code]))[0]?.secret_hash;
  }

  async seatByToken(code: string, tokenHash: string): Promise<string | undefined> {
    return (await this.query<{ id: string }>('seat', SQL.seatByToken, [code, tokenHash]))[0]?.id;
  }

  get(code: string): Promise<ClassSession | undefined> {
    return this.serial(code, async () => {
      const v = (await this.query<{ version: number }>('read', SQL.version, [code]))[0]?.version;
      if (v === undefined) return undefined;
      const cached = this.cache.get(code, v);
      if (cached) return cached;
      // One statement: seats and answers from the same snapshot as the version.
      const row = (await this.query<LoadRow>('read', SQL.load, [code]))[0];
      if (!row) return undefined;
      const session = sessionFromRows({ session: row, seats: row.seats, answers: row.answers });
      this.cache.set(code, row.version, session);
      return session;
    });
  }

  change<T>(code: string, decide: (s: ClassSession) => Decision<T>): Promise<T | undefined> {
    return new Promise<T | undefined>((resolve, reject) => {
      const batch = this.waiting.get(code);
      const item: Queued = { decide, resolve: resolve as (r: unknown) => void, reject };
      if (batch) return void batch.push(item);
      // The first change of a batch queues its write; those arriving before it starts join it.
      this.waiting.set(code, [item]);
      void this.serial(code, () => this.writeBatch(code));
    });
  }

  private async writeBatch(code: string): Promise<void> {
    const batch = this.waiting.get(code)!;
    this.waiting.delete(code);
    let fast: Map<Queued, { result: unknown } | { error: unknown }> | null;
    try {
      fast = await this.batchOnCachedCopy(code, batch);
    } catch (e) {
      for (const q of batch) q.reject(e);
      return;
    }
    for (const q of batch) {
      if (fast) {
        const out = fast.get(q)!;
        if ('error' in out) q.reject(out.error);
        else q.resolve(out.result);
        continue;
      }
      // Stale copy (another process changed the class): each change again, in order, under the lock.
      await this.changeLocked(code, q.decide).then(q.resolve, q.reject);
    }
  }

  /**
   * The batch decided in order on the cached copy and written only if no process has changed the
   * class since: one statement for one change or for answers only. Null: nothing cached, or the
   * copy was stale (nothing was written).
   */
  private async batchOnCachedCopy(code: string, batch: readonly Queued[]): Promise<Map<Queued, { result: unknown } | { error: unknown }> | null> {
    const known = this.cache.latest(code);
    if (!known) return null;
    const outcomes = new Map<Queued, { result: unknown } | { error: unknown }>();
    const writes: RowWrite[] = [];
    let session = known.session;
    for (const q of batch) {
      let d: Decision<unknown>;
      try {
        d = q.decide(session);
      } catch (error) {
        outcomes.set(q, { error });
        continue;
      }
      outcomes.set(q, { result: d.result });
      if (!d.next) continue;
      writes.push(rowWrite(d.next, d.action, d.tokenHash));
      session = d.next;
    }
    if (writes.length === 0) {
      // Refusals stand only if the copy they were decided on is still current.
      const v = (await this.query<{ version: number }>('read', SQL.version, [code]))[0]?.version;
      return v === known.version ? outcomes : null;
    }
    let version: number | undefined;
    try {
      version = await this.writeAll(code, known.version, writes);
    } catch (e) {
      throw new StorageError('change', e);
    }
    if (version === undefined) return null;
    this.cache.set(code, version, session);
    return outcomes;
  }

  /** Several writes decided on version `version`: one statement when they are all answers, else one transaction. */
  private async writeAll(code: string, version: number, writes: readonly RowWrite[]): Promise<number | undefined> {
    if (writes.length === 1) return this.write(this.pool, code, version, writes[0]!);
    if (writes.every((w) => w.kind === 'answer')) {
      // One row per seat and round (a student changing an answer twice in a batch): the last play, the first answer time.
      const byKey = new Map<string, Extract<RowWrite, { kind: 'answer' }>>();
      for (const w of writes as Extract<RowWrite, { kind: 'answer' }>[]) {
        const key = JSON.stringify([w.seatId, w.roundId]);
        const before = byKey.get(key);
        byKey.delete(key);
        byKey.set(key, { ...w, answeredAt: before?.answeredAt ?? w.answeredAt });
      }
      const rows = [...byKey.values()];
      const values = [code, version, rows.map((w) => w.seatId), rows.map((w) => w.roundId), rows.map((w) => w.play), rows.map((w) => w.answeredAt)];
      return (await this.pool.query<{ version: number }>({ ...SQL.upsertAnswers, values })).rows[0]?.version;
    }
    const c = await this.pool.connect();
    let broken = false;
    try {
      await c.query('BEGIN');
      let v: number | undefined = version;
      for (const w of writes) {
        v = await this.write(c, code, v, w);
        if (v === undefined) break;
      }
      await c.query(v === undefined ? 'ROLLBACK' : 'COMMIT');
      return v;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => (broken = true));
      throw e;
    } finally {
      c.release(broken);
    }
  }

  /** The change under the class's row lock, on the session as stored now. */
  private async changeLocked<T>(code: string, decide: (s: ClassSession) => Decision<T>): Promise<T | undefined> {
    let c: pg.PoolClient;
    try {
      c = await this.pool.connect();
    } catch (e) {
      throw new StorageError('change', e);
    }
    let broken = false;
    try {
      await c.query('BEGIN');
      const locked = (await c.query<{ version: number }>({ ...SQL.lock, values: [code] })).rows[0];
      if (!locked) {
        await c.query('COMMIT');
        return undefined;
      }
      let current = this.cache.get(code, locked.version);
      if (!current) {
        const row = (await c.query<LoadRow>({ ...SQL.load, values: [code] })).rows[0]!;
        current = sessionFromRows({ session: row, seats: row.seats, answers: row.answers });
        this.cache.set(code, locked.version, current);
      }
      let d: Decision<T>;
      try {
        d = decide(current);
      } catch (e) {
        throw new FromDecide(e);
      }
      if (!d.next) {
        await c.query('COMMIT');
        return d.result;
      }
      // Under the lock the version cannot have moved: the write always applies.
      const version = (await this.write(c, code, locked.version, rowWrite(d.next, d.action, d.tokenHash)))!;
      await c.query('COMMIT');
      this.cache.set(code, version, d.next);
      return d.result;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => (broken = true));
      if (e instanceof FromDecide) throw e.error;
      throw new StorageError('change', e);
    } finally {
      // A connection that cannot even roll back is dropped from the pool, not handed out again.
      c.release(broken);
    }
  }

  /** Write if the session is still at `version`; the new version, or undefined when it had moved on. */
  private async write(c: pg.Pool | pg.PoolClient, code: string, version: number, w: RowWrite): Promise<number | undefined> {
    const run = async (q: { name: string; text: string }, values: unknown[]) => (await c.query<{ version: number }>({ ...q, values: [code, version, ...values] })).rows[0]?.version;
    switch (w.kind) {
      case 'seat-insert':
        return run(SQL.insertSeat, [w.id, w.tokenHash, w.nickname, w.joinedAt]);
      case 'seat-update':
        return run(SQL.updateSeat, [w.id, w.nickname, w.removed]);
      case 'answer':
        return run(SQL.upsertAnswer, [w.seatId, w.roundId, w.play, w.answeredAt]);
      case 'meta':
        return run(SQL.updateMeta, [w.phase, w.round, w.openedAt, w.endedAt]);
    }
  }

  async answerCount(codes?: readonly string[]): Promise<number> {
    const rows = codes
      ? await this.query<{ n: number }>('count', { name: 'class-count-of', text: 'SELECT count(*) AS n FROM lateral_class.answers WHERE code = ANY($1)' }, [codes])
      : await this.query<{ n: number }>('count', { name: 'class-count', text: 'SELECT count(*) AS n FROM lateral_class.answers' }, []);
    return rows[0]!.n;
  }

  cachedCount(): number {
    return this.cache.size;
  }

  async close(): Promise<void> {
    // Settled chains remove themselves; a batch added while waiting gets its own chain.
    while (this.chains.size > 0) await Promise.all(this.chains.values());
    await this.pool.end();
  }
}

/** The address without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unreadable DATABASE_URL)';
  }
}
