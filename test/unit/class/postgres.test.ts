import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort, spawnClassServer, type ServerProcess } from '../../../src/server/bench/spawnServer';
import { startClassServer } from '../../../src/server/classServer';
import type { ValidLevel } from '../../../src/core/levelValidate';
import { buildRun, type PlayRound } from '../../../src/core/rounds';
import { ask, client, next, type ClassClient } from './classClient';
import { playFor, shippedLevel } from './levelFixture';
import { startPostgres, type ThrowawayPostgres } from './throwawayPostgres';

/**
 * Several machines: two server processes that share Redis (rooms) and PostgreSQL (sessions and
 * answers), each with its own SQLite file that must stay unused (as on two machines). A throwaway
 * PostgreSQL and redis-server are started here; when either is not installed this FAILS with what
 * to install (`npm run test:setup` installs both): the shared-database path is not optional.
 */
const LEVEL_FILE = '02-opinion-or-reporting.json';
const level = shippedLevel(LEVEL_FILE);
const REDIS = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();

let postgres: ThrowawayPostgres | undefined;
let redis: ChildProcess | undefined;
let redisUrl = '';
let dir: string;
const sockets: ClassClient[] = [];

async function open(url: string): Promise<ClassClient> {
  const c = await client(url);
  sockets.push(c);
  return c;
}

async function startRedis(): Promise<void> {
  if (!REDIS) throw new Error('redis-server is not installed: apt-get install redis-server (`npm run test:setup` does it)');
  const port = await freePort();
  redis = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  redisUrl = `redis://127.0.0.1:${port}`;
  // Ready when it answers a connection (no fixed sleep: a loaded machine may need longer).
  const { createConnection } = await import('node:net');
  for (let i = 0; ; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const s = createConnection(port, '127.0.0.1', () => (s.end(), resolve(true)));
      s.once('error', () => resolve(false));
    });
    if (up) return;
    if (i > 100) throw new Error(`redis-server did not listen on ${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lateral-pgclass-'));
  const [started, redisUp] = await Promise.allSettled([startPostgres(), startRedis()]);
  if (started.status === 'fulfilled') postgres = started.value;
  for (const r of [started, redisUp]) if (r.status === 'rejected') throw r.reason;
}, 60_000);

afterAll(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  redis?.kill('SIGTERM');
  await postgres?.stop();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

/** Answers stored for a class, read from the shared database itself. */
async function answersInDatabase(code: string): Promise<number> {
  const c = new pg.Client({ connectionString: postgres!.url });
  await c.connect();
  try {
    const r = await c.query<{ n: string }>('SELECT count(*) AS n FROM lateral_class.answers WHERE code = $1', [code]);
    return Number(r.rows[0]!.n);
  } finally {
    await c.end();
  }
}

const rightFor = (student: number, round: number) => (student + round) % 2 === 0;

describe('class play on two machines sharing Redis and PostgreSQL', () => {
  const nodes: ServerProcess[] = [];
  afterAll(async () => {
    await Promise.all(nodes.map((n) => n.stop()));
  }, 30_000);

  it('plays one class across both; one process crashes mid-round and comes back; no seat or answer is lost', async () => {
    const env = (name: string) => ({
      REDIS_URL: redisUrl,
      DATABASE_URL: postgres!.url,
      CLASS_DB: join(dir, `${name}.sqlite`),
      CLASS_LEVEL_FILES: LEVEL_FILE,
      CLASS_DIST: join(dir, 'none'),
    });
    // Started together: both bring the schema up to date at once (the migration lock makes them take turns).
    const [a, b] = await Promise.all([spawnClassServer(env('a')), spawnClassServer(env('b'))]);
    nodes.push(a, b);

    const host = await open(a.url);
    const created = await ask(host, 'host:create', { levelId: level.file.id });
    if (!created.ok) throw new Error(created.error);
    const attached = await ask(host, 'host:attach', { code: created.code, secret: created.secret });
    if (!attached.ok) throw new Error(attached.error);
    const code = created.code;
    const rounds: PlayRound[] = buildRun(level, attached.view.seed);
    expect(rounds.length).toBeGreaterThan(2);

    // Students 0 and 1 on A, 2 and 3 on B. B finds the class A made only through the shared database.
    const students: { socket: ClassClient; token: string; name: string }[] = [];
    for (const [i, url] of [a.url, a.url, b.url, b.url].entries()) {
      const socket = await open(url);
      const joined = await ask(socket, 'student:join', { code, nickname: `S${i}` });
      if (!joined.ok) throw new Error(`S${i} on ${url}: ${joined.error}`);
      students.push({ socket, token: joined.token, name: `S${i}` });
    }
    const answer = async (i: number, r: number) => {
      const counted = next(host, 'host:count');
      const reply = await ask(students[i]!.socket, 'student:answer', { roundId: rounds[r]!.id, play: playFor(rounds[r]!, rightFor(i, r)) });
      expect(reply).toEqual({ ok: true });
      return (await counted).answered;
    };
    const moveTo = async (i: number, url: string) => {
      students[i]!.socket.disconnect();
      const socket = await open(url);
      const back = await ask(socket, 'student:join', { code, token: students[i]!.token });
      if (!back.ok) throw new Error(`${students[i]!.name} rejoining on ${url}: ${back.error}`);
      students[i]!.socket = socket;
      return back.view;
    };

    await ask(host, 'host:act', { command: { type: 'open' } });
    // Round 1: the teacher on A counts answers stored by both processes.
    expect([await answer(0, 0), await answer(2, 0), await answer(1, 0), await answer(3, 0)]).toEqual([1, 2, 3, 4]);
    await ask(host, 'host:act', { command: { type: 'reveal' } });
    await ask(host, 'host:act', { command: { type: 'next' } });

    // Round 2: S0 (A) and S2 (B) answer, then B crashes (SIGKILL: no clean shutdown).
    expect([await answer(0, 1), await answer(2, 1)]).toEqual([1, 2]);
    const bPid = b.pid;
    await b.stop('SIGKILL');
    // S2 reconnects to A: same seat, and the answer B acknowledged before crashing is there.
    const s2 = await moveTo(2, a.url);
    expect(s2.nickname).toBe('S2');
    expect(s2.play).toEqual(playFor(rounds[1]!, rightFor(2, 1)));
    // S3 had not answered yet; it does so on A.
    const s3 = await moveTo(3, a.url);
    expect([s3.phase, s3.round, s3.play]).toEqual(['round', 1, null]);
    expect(await answer(3, 1)).toBe(3);

    // B comes back (a new process, nothing in memory) and S1 moves to it: counts still reach the teacher on A.
    const b2 = await spawnClassServer(env('b'));
    nodes.push(b2);
    expect(b2.pid).not.toBe(bPid);
    const s1 = await moveTo(1, b2.url);
    expect([s1.nickname, s1.phase, s1.round]).toEqual(['S1', 'round', 1]);
    expect(await answer(1, 1)).toBe(4);
    const revealed = next(host, 'host:view');
    await ask(host, 'host:act', { command: { type: 'reveal' } });
    expect((await revealed).distribution![0]!.answered).toBe(4);
    await ask(host, 'host:act', { command: { type: 'next' } });

    // The other rounds, students spread over A and the new B.
    await moveTo(3, b2.url);
    for (let r = 2; r < rounds.length; r++) {
      for (const i of [0, 1, 2, 3]) await answer(i, r);
      await ask(host, 'host:act', { command: { type: 'reveal' } });
      await ask(host, 'host:act', { command: { type: 'next' } });
    }

    // The teacher's private link on the new B: the whole report, answers taken by all three processes.
    const teacherOnB = await open(b2.url);
    const report = await ask(teacherOnB, 'host:attach', { code, secret: created.secret });
    if (!report.ok) throw new Error(report.error);
    expect(report.view.phase).toBe('ended');
    const perfect = Object.fromEntries(report.view.report!.students.map((s) => [s.nickname, s.score.perfectRounds]));
    expect(perfect).toEqual(Object.fromEntries([0, 1, 2, 3].map((i) => [`S${i}`, rounds.filter((_, r) => rightFor(i, r)).length])));
    expect(await answersInDatabase(code)).toBe(4 * rounds.length);
  }, 90_000);
});

describe('class server on PostgreSQL, in-process', () => {
  const levels = new Map<string, ValidLevel>([[level.file.id, level]]);
  const start = () => startClassServer({ levels, databaseUrl: postgres!.url, dbFile: join(dir, 'unused.sqlite'), distDir: join(dir, 'none') });

  it('keeps seats, answers and the phase through a restart', async () => {
    const running = [await start()];
    const first = running[0]!;
    try {
      const host = await open(first.url);
      const created = await ask(host, 'host:create', { levelId: level.file.id });
      if (!created.ok) throw new Error(created.error);
      const attached = await ask(host, 'host:attach', { code: created.code, secret: created.secret });
      if (!attached.ok) throw new Error(attached.error);
      const rounds = buildRun(level, attached.view.seed);
      const ana = await open(first.url);
      const joined = await ask(ana, 'student:join', { code: created.code, nickname: 'Ana' });
      if (!joined.ok) throw new Error(joined.error);
      await ask(host, 'host:act', { command: { type: 'open' } });
      // Ben does not wait for the join's reply: the answer right behind it must find the seat the join made.
      const ben = await open(first.url);
      const benJoining = ask(ben, 'student:join', { code: created.code, nickname: 'Ben' });
      const benAnswer = ask(ben, 'student:answer', { roundId: rounds[0]!.id, play: playFor(rounds[0]!, false) });
      const benJoined = await benJoining;
      expect(await benAnswer).toEqual({ ok: true });
      if (!benJoined.ok) throw new Error(benJoined.error);
      expect(await ask(ana, 'student:answer', { roundId: rounds[0]!.id, play: playFor(rounds[0]!, true) })).toEqual({ ok: true });
      await running.shift()!.close();

      const second = await start();
      running.push(second);
      const host2 = await open(second.url);
      const again = await ask(host2, 'host:attach', { code: created.code, secret: created.secret });
      if (!again.ok) throw new Error(again.error);
      expect([again.view.phase, again.view.round, again.view.answered, again.view.seated]).toEqual(['round', 0, 2, 2]);
      const anaBack = await open(second.url);
      const back = await ask(anaBack, 'student:join', { code: created.code, token: joined.token });
      expect(back.ok && back.view.play).toEqual(playFor(rounds[0]!, true));
      const benBack = await open(second.url);
      const benRe = await ask(benBack, 'student:join', { code: created.code, token: benJoined.token });
      expect(benRe.ok && benRe.view.play).toEqual(playFor(rounds[0]!, false));
    } finally {
      for (const s of running) await s.close();
    }
  }, 30_000);

  it('keeps every answer a class sends at the same moment through two processes', async () => {
    const servers = [await start(), await start()];
    try {
      const [one, two] = servers as [Awaited<ReturnType<typeof start>>, Awaited<ReturnType<typeof start>>];
      const host = await open(one.url);
      const created = await ask(host, 'host:create', { levelId: level.file.id });
      if (!created.ok) throw new Error(created.error);
      const attached = await ask(host, 'host:attach', { code: created.code, secret: created.secret });
      if (!attached.ok) throw new Error(attached.error);
      const rounds = buildRun(level, attached.view.seed);
      const students: { socket: ClassClient; token: string }[] = [];
      for (let i = 0; i < 12; i++) {
        const socket = await open((i % 2 === 0 ? one : two).url);
        const joined = await ask(socket, 'student:join', { code: created.code, nickname: `P${i}` });
        if (!joined.ok) throw new Error(joined.error);
        students.push({ socket, token: joined.token });
      }
      await ask(host, 'host:act', { command: { type: 'open' } });
      // All at once: each process writes what arrives during a write together, and the second
      // process's copy of the class is stale (the round was opened on the first).
      const replies = await Promise.all(students.map((s, i) => ask(s.socket, 'student:answer', { roundId: rounds[0]!.id, play: playFor(rounds[0]!, i % 3 === 0) })));
      expect(replies).toEqual(Array(12).fill({ ok: true }));
      const teacher = await open(two.url);
      const view = await ask(teacher, 'host:attach', { code: created.code, secret: created.secret });
      expect(view.ok && [view.view.answered, view.view.seated]).toEqual([12, 12]);
      expect(await answersInDatabase(created.code)).toBe(12);
      for (const [i, s] of students.entries()) {
        const back = await ask(await open(one.url), 'student:join', { code: created.code, token: s.token });
        expect(back.ok && back.view.play).toEqual(playFor(rounds[0]!, i % 3 === 0));
      }
    } finally {
      for (const s of servers) await s.close();
    }
  }, 30_000);

  it('while the database is down, an answer is not acknowledged and the phone is told to reconnect; sent again afterwards, it is kept', async () => {
    const server = await start();
    try {
      const host = await open(server.url);
      const created = await ask(host, 'host:create', { levelId: level.file.id });
      if (!created.ok) throw new Error(created.error);
      const attached = await ask(host, 'host:attach', { code: created.code, secret: created.secret });
      if (!attached.ok) throw new Error(attached.error);
      const round = buildRun(level, attached.view.seed)[0]!;
      const phone = await open(server.url);
      const joined = await ask(phone, 'student:join', { code: created.code, nickname: 'Ana' });
      if (!joined.ok) throw new Error(joined.error);
      await ask(host, 'host:act', { command: { type: 'open' } });

      postgres!.halt();
      try {
        const dropped = new Promise((resolve) => phone.once('disconnect', resolve));
        // No reply at all (an error reply would make the phone give up the answer), then the socket closes.
        await expect(ask(phone, 'student:answer', { roundId: round.id, play: playFor(round, true) }, 5000)).rejects.toThrow();
        expect(await dropped).toBe('io server disconnect');
      } finally {
        postgres!.resume();
      }

      const again = await open(server.url);
      const back = await ask(again, 'student:join', { code: created.code, token: joined.token });
      expect(back.ok && [back.view.nickname, back.view.play]).toEqual(['Ana', null]);
      expect(await ask(again, 'student:answer', { roundId: round.id, play: playFor(round, true) })).toEqual({ ok: true });
      const view = await ask(await open(server.url), 'host:attach', { code: created.code, secret: created.secret });
      expect(view.ok && view.view.answered).toBe(1);
    } finally {
      await server.close();
    }
  }, 30_000);

  it('refuses to start on a DATABASE_URL that is not PostgreSQL, saying so', async () => {
    await expect(startClassServer({ levels, databaseUrl: 'mysql://x@127.0.0.1/db', distDir: join(dir, 'none') })).rejects.toThrow(/postgres:\/\//);
  });
});
