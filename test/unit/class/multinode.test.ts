import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, spawnClassServer, type ServerProcess } from '../../../src/server/bench/spawnServer';
import { buildRun } from '../../../src/core/rounds';
import { ask, client, next, type ClassClient } from './classClient';
import { playFor, shippedLevel } from './levelFixture';

/**
 * Two server processes on one machine share Redis (rooms) and one SQLite file (WAL); one class's
 * students are connected to different processes. Without redis-server this FAILS saying what to
 * install (`npm run test:setup`, run by .ci/run, installs it). Several machines: postgres.test.ts.
 */
const REDIS = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();

const LEVEL_FILE = '02-opinion-or-reporting.json';
const level = shippedLevel(LEVEL_FILE);

describe('class play on two server processes sharing Redis', () => {
  let redis: ChildProcess;
  let dir: string;
  let nodes: ServerProcess[] = [];
  const sockets: ClassClient[] = [];

  beforeAll(async () => {
    if (!REDIS) throw new Error('redis-server is not installed: apt-get install redis-server (`npm run test:setup` does it)');
    dir = mkdtempSync(join(tmpdir(), 'lateral-multinode-'));
    const port = await freePort();
    redis = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 300));
    const env = { REDIS_URL: `redis://127.0.0.1:${port}`, CLASS_DB: join(dir, 'shared.sqlite'), DATABASE_URL: '', CLASS_LEVEL_FILES: LEVEL_FILE, CLASS_DIST: join(dir, 'none') };
    nodes = await Promise.all([spawnClassServer(env), spawnClassServer(env)]);
  }, 120_000);

  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await Promise.all(nodes.map((n) => n.stop()));
    redis?.kill('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const open = async (url: string) => {
    const c = await client(url);
    sockets.push(c);
    return c;
  };

  it('plays a class through with the teacher on one process and students on both', async () => {
    const [a, b] = nodes as [ServerProcess, ServerProcess];
    const host = await open(a.url);
    const created = await ask(host, 'host:create', { levelId: level.file.id });
    if (!created.ok) throw new Error(created.error);
    const attached = await ask(host, 'host:attach', { code: created.code, secret: created.secret });
    if (!attached.ok) throw new Error(attached.error);
    const rounds = buildRun(level, attached.view.seed);
    const students = [];
    for (const [i, url] of [a.url, b.url, b.url, a.url].entries()) {
      const s = await open(url);
      const joined = await ask(s, 'student:join', { code: created.code, nickname: `S${i}` });
      if (!joined.ok) throw new Error(joined.error);
      students.push(s);
    }
    // A student on process B sees the round open when the teacher on A opens it.
    const seenOnB = next(students[1]!, 'student:view');
    await ask(host, 'host:act', { command: { type: 'open' } });
    expect((await seenOnB).phase).toBe('round');

    for (const [r, round] of rounds.entries()) {
      for (const [i, s] of students.entries()) {
        const counted = next(host, 'host:count');
        const reply = await ask(s, 'student:answer', { roundId: round.id, play: playFor(round, (i + r) % 2 === 0) });
        expect(reply.ok).toBe(true);
        // Counts from answers stored on B reach the teacher on A.
        expect((await counted).answered).toBe(i + 1);
      }
      const revealedOnB = next(students[2]!, 'student:view');
      await ask(host, 'host:act', { command: { type: 'reveal' } });
      expect((await revealedOnB).result!.perfect).toBe((2 + r) % 2 === 0);
      await ask(host, 'host:act', { command: { type: 'next' } });
    }
    // The private link works on the other process too, with the whole report.
    const teacherOnB = await open(b.url);
    const report = await ask(teacherOnB, 'host:attach', { code: created.code, secret: created.secret });
    expect(report.ok && report.view.phase).toBe('ended');
    const rows = report.ok ? report.view.report!.students : [];
    expect(rows.map((s) => s.score.perfectRounds)).toEqual([0, 1, 2, 3].map((i) => rounds.filter((_, r) => (i + r) % 2 === 0).length));
  }, 120_000);
});
