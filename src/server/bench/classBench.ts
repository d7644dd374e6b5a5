/**
 * `npm run -s bench:class`: 30 classes × 30 simulated students on loopback. The server runs in
 * its own process (as `npm run class`); teachers and students are socket.io clients here. Every
 * student answers every round, spread over a few seconds as a class would. Printed: the p95 time
 * from a student's answer to the teacher's count update, answers lost, and server memory per
 * class against the idle server's memory measured in the same run. Summary on the last line.
 * The server keeps sessions in SQLite (the default); BENCH_DATABASE_URL=postgres://… measures the
 * PostgreSQL store instead (answers lost are then counted in that database).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServer, ServerToClient } from '../../core/class/protocol';
import type { HostView } from '../../core/class/views';
import { buildRun, type PlayRound } from '../../core/rounds';
import type { RoundPlay } from '../../core/scoring';
import { createRng } from '../../core/rng';
import { loadServerLevels } from '../serverLevels';
import { openClassStorage } from '../classServer';
import { memoryOf, spawnClassServer } from './spawnServer';

type Client = Socket<ServerToClient, ClientToServer>;

const CLASSES = Number(process.env.BENCH_CLASSES ?? 30);
const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 30);
const SPREAD_MS = Number(process.env.BENCH_SPREAD_MS ?? 3000);
const LEVEL_FILE = '02-opinion-or-reporting.json';
const TARGET_P95_MS = 200;

const level = [...loadServerLevels(undefined, [LEVEL_FILE]).levels.values()][0]!;
const dir = mkdtempSync(join(tmpdir(), 'lateral-bench-'));
const dbFile = process.env.BENCH_DB ?? join(dir, 'bench.sqlite');
// Empty unless asked: a DATABASE_URL in the caller's environment must not switch the default measurement.
const databaseUrl = process.env.BENCH_DATABASE_URL ?? '';
const dbName = databaseUrl ? 'PostgreSQL' : 'SQLite';
// BENCH_SERVER_URL: measure a server started separately (e.g. under a profiler) with CLASS_STATS=1 and this CLASS_DB.
const server = process.env.BENCH_SERVER_URL
  ? { url: process.env.BENCH_SERVER_URL, stop: async () => undefined }
  : await spawnClassServer({ CLASS_STATS: '1', CLASS_DB: dbFile, DATABASE_URL: databaseUrl, CLASS_LEVEL_FILES: LEVEL_FILE, CLASS_DIST: join(dir, 'none') });
const sockets: Client[] = [];

async function client(): Promise<Client> {
  const s: Client = connect(server.url, { transports: ['websocket'], forceNew: true, reconnection: false });
  await new Promise<void>((resolve, reject) => {
    s.once('connect', () => resolve());
    s.once('connect_error', reject);
  });
  sockets.push(s);
  return s;
}
const ask = <T>(s: Client, event: keyof ClientToServer, req: unknown): Promise<T> =>
  (s.timeout(10_000) as unknown as { emitWithAck(e: string, r: unknown): Promise<T> }).emitWithAck(event, req);

function answerFor(round: PlayRound, rng: () => number): RoundPlay {
  const choices: Record<string, string[]> = {};
  for (const q of round.questions) {
    const right = rng() < 0.7;
    const wrong = q.options.find((o) => !q.correct.includes(o.id))!.id;
    choices[q.id] = right ? (q.multi ? [...q.correct] : [q.correct[0]!]) : [wrong];
  }
  return { choices, pointed: [], hints: [] };
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};

try {
  await new Promise((r) => setTimeout(r, 500));
  const idle = await memoryOf(server.url);

  interface Klass {
    host: Client;
    code: string;
    rounds: PlayRound[];
    students: Client[];
    counts: { answered: number; at: number }[];
  }
  const classes: Klass[] = [];
  for (let c = 0; c < CLASSES; c++) {
    const host = await client();
    const created = await ask<{ ok: boolean; code: string; secret: string }>(host, 'host:create', { levelId: level.file.id });
    const attached = await ask<{ ok: boolean; view: HostView }>(host, 'host:attach', { code: created.code, secret: created.secret });
    const k: Klass = { host, code: created.code, rounds: buildRun(level, attached.view.seed), students: [], counts: [] };
    host.on('host:count', (n) => k.counts.push({ answered: n.answered, at: performance.now() }));
    classes.push(k);
  }
  await Promise.all(
    classes.map(async (k) => {
      for (let i = 0; i < STUDENTS; i++) {
        const s = await client();
        const r = await ask<{ ok: boolean; error?: string }>(s, 'student:join', { code: k.code, nickname: `Student ${i + 1}` });
        if (!r.ok) throw new Error(`join failed: ${r.error}`);
        k.students.push(s);
      }
    }),
  );
  const joined = await memoryOf(server.url);

  const latencies: number[] = [];
  let sent = 0;
  let refused = 0;
  let lost = 0;
  const rounds = classes[0]!.rounds.length;
  const started = performance.now();
  const cpuBefore = (await memoryOf(server.url)).cpu;
  await Promise.all(classes.map((k) => ask(k.host, 'host:act', { command: { type: 'open' } })));
  for (let r = 0; r < rounds; r++) {
    await Promise.all(
      classes.map(async (k, ci) => {
        const round = k.rounds[r]!;
        const rng = createRng(ci * 1000 + r);
        k.counts = [];
        const emitted: number[] = [];
        await Promise.all(
          k.students.map(async (s) => {
            await new Promise((res) => setTimeout(res, rng() * SPREAD_MS));
            emitted.push(performance.now());
            sent++;
            const reply = await ask<{ ok: boolean }>(s, 'student:answer', { roundId: round.id, play: answerFor(round, rng) }).catch(() => ({ ok: false }));
            if (!reply.ok) refused++;
          }),
        );
        // Let the last count updates arrive before reading them.
        const deadline = performance.now() + 2000;
        while (k.counts.at(-1)?.answered !== STUDENTS && performance.now() < deadline) await new Promise((res) => setTimeout(res, 5));
        // The k-th count update is the k-th answer the server stored for this class.
        for (const n of k.counts) {
          const t0 = emitted[n.answered - 1];
          if (t0 !== undefined) latencies.push(n.at - t0);
        }
        const view = await ask<{ ok: boolean }>(k.host, 'host:act', { command: { type: 'reveal' } });
        if (!view.ok) throw new Error('reveal refused');
        lost += STUDENTS - (k.counts.at(-1)?.answered ?? 0);
        await ask(k.host, 'host:act', { command: { type: 'next' } });
      }),
    );
  }
  const seconds = (performance.now() - started) / 1000;
  const played = await memoryOf(server.url);
  const serverCpuMs = (played.cpu.user + played.cpu.system - cpuBefore.user - cpuBefore.system) / 1000;

  // Answers lost, counted again from the database once the server has stopped.
  for (const s of sockets) s.disconnect();
  await server.stop();
  const db = await openClassStorage({ dbFile, databaseUrl });
  const stored = await db.answerCount(classes.map((k) => k.code));
  await db.close();
  const lostInDb = sent - stored;

  const mib = (b: number) => (b / 1024 / 1024).toFixed(2);
  const p50 = percentile(latencies, 50);
  const p95 = percentile(latencies, 95);
  const heap = (m: { heapUsed: number; external: number; arrayBuffers: number }) => m.heapUsed + m.external;
  const perClass = (heap(played) - heap(idle)) / CLASSES;
  console.log(`classes ${CLASSES} × students ${STUDENTS}, ${rounds} rounds, answers sent ${sent}, refused ${refused}, in ${seconds.toFixed(1)} s`);
  console.log(`answer → teacher count: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms (${latencies.length} samples)`);
  console.log(
    `server heap+external after GC: idle ${mib(heap(idle))} MiB, all joined ${mib(heap(joined))} MiB, after play ${mib(heap(played))} MiB; RSS after play ${mib(played.rss)} MiB`,
  );
  console.log(`answers stored in ${dbName} ${stored} of ${sent}; teacher counts short ${lost}`);
  console.log(
    `server CPU during play ${(serverCpuMs / 1000).toFixed(1)} s = ${(serverCpuMs / sent).toFixed(2)} ms per answer (all messages included); machine load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`,
  );
  const totalLost = Math.max(lostInDb, lost) + refused;
  const pass = p95 <= TARGET_P95_MS && totalLost === 0;
  console.log(
    `bench:class ${pass ? 'PASS' : 'FAIL'}: p95 answer→count ${p95.toFixed(1)} ms (target ≤ ${TARGET_P95_MS}), answers lost ${totalLost} (target 0), memory per class ${mib(perClass)} MiB (${CLASSES}×${STUDENTS}, ${rounds} rounds, ${dbName}, load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`,
  );
  process.exitCode = pass ? 0 : 1;
} finally {
  for (const s of sockets) s.disconnect();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
