import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startClassServer, type Limits, type RunningClassServer } from '../../../src/server/classServer';
import type { ValidLevel } from '../../../src/core/levelValidate';
import { buildRun, type PlayRound } from '../../../src/core/rounds';
import type { HostView } from '../../../src/core/class/views';
import { ask, client, next, type ClassClient } from './classClient';
import { playFor, shippedLevel } from './levelFixture';

const level = shippedLevel('02-opinion-or-reporting.json');
const levels = new Map<string, ValidLevel>([[level.file.id, level]]);

let dir: string;
const servers: RunningClassServer[] = [];
const sockets: ClassClient[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lateral-class-'));
  return () => rmSync(dir, { recursive: true, force: true });
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  for (const s of servers.splice(0)) await s.close();
});

async function server(db = join(dir, `${Math.random().toString(36).slice(2)}.sqlite`), limits: Partial<Limits> = {}) {
  const s = await startClassServer({ levels, dbFile: db, distDir: join(dir, 'no-dist'), limits });
  servers.push(s);
  return s;
}
async function open(url: string) {
  const c = await client(url);
  sockets.push(c);
  return c;
}

/** A teacher with a new session attached, and the rounds every screen of the class shows. */
async function hostClass(url: string) {
  const host = await open(url);
  const created = await ask(host, 'host:create', { levelId: level.file.id });
  if (!created.ok) throw new Error(created.error);
  const attached = await ask(host, 'host:attach', { code: created.code, secret: created.secret });
  if (!attached.ok) throw new Error(attached.error);
  const rounds: PlayRound[] = buildRun(level, attached.view.seed);
  return { host, code: created.code, secret: created.secret, rounds };
}

async function student(url: string, code: string, nickname: string) {
  const socket = await open(url);
  const joined = await ask(socket, 'student:join', { code, nickname });
  if (!joined.ok) throw new Error(joined.error);
  return { socket, token: joined.token, view: joined.view };
}

describe('class server', () => {
  it('plays a class through: the teacher sees counts, then the distribution, then a report that matches the answers', async () => {
    const { url } = await server();
    const { host, code, secret, rounds } = await hostClass(url);
    const ana = await student(url, code, 'Ana');
    const ben = await student(url, code, 'Ben');
    expect((await ask(host, 'host:act', { command: { type: 'open' } })).ok).toBe(true);
    for (const [i, round] of rounds.entries()) {
      const counted = next(host, 'host:count');
      expect((await ask(ana.socket, 'student:answer', { roundId: round.id, play: playFor(round, true) })).ok).toBe(true);
      expect(await counted).toMatchObject({ round: i, answered: 1, seated: 2 });
      await ask(ben.socket, 'student:answer', { roundId: round.id, play: playFor(round, i % 2 === 0) });
      const revealed = next(host, 'host:view');
      const benSees = next(ben.socket, 'student:view');
      await ask(host, 'host:act', { command: { type: 'reveal' } });
      const view = await revealed;
      expect(view.distribution![0]!.answered).toBe(2);
      expect((await benSees).result!.perfect).toBe(i % 2 === 0);
      await ask(host, 'host:act', { command: { type: 'next' } });
    }
    const later = await open(url);
    const reopened = await ask(later, 'host:attach', { code, secret });
    const report = reopened.ok ? reopened.view.report! : null;
    expect(reopened.ok && reopened.view.phase).toBe('ended');
    const anaRow = report!.students.find((s) => s.nickname === 'Ana')!;
    const benRow = report!.students.find((s) => s.nickname === 'Ben')!;
    expect(anaRow.score.points).toBe(anaRow.score.max);
    expect(benRow.score.perfectRounds).toBe(Math.ceil(rounds.length / 2));
  });

  it('reopens a past session from the private link and gives the same report', async () => {
    const { url } = await server();
    const { host, code, secret, rounds } = await hostClass(url);
    const ana = await student(url, code, 'Ana');
    await ask(host, 'host:act', { command: { type: 'open' } });
    await ask(ana.socket, 'student:answer', { roundId: rounds[0]!.id, play: playFor(rounds[0]!, true) });
    await ask(host, 'host:act', { command: { type: 'end' } });
    const later = await open(url);
    const again = await ask(later, 'host:attach', { code, secret });
    expect(again.ok && again.view.report!.students[0]!.score.points).toBe(again.ok && again.view.report!.students[0]!.score.max);
    expect(again.ok && again.view.report!.students[0]!.score.max).toBeGreaterThan(0);
  });

  it('rate-limits guessing join codes from one address', async () => {
    const { url } = await server(undefined, { joinFailBurst: 5, joinFailsPerSecond: 0.001 });
    const { code } = await hostClass(url);
    const guesser = await open(url);
    const replies = [];
    for (const guess of ['AAAAAA', 'BBBBBB', 'CCCCCC', 'DDDDDD', 'EEEEEE', 'FFFFFF', 'GGGGGG']) replies.push(await ask(guesser, 'student:join', { code: guess, nickname: 'x' }));
    expect(replies.slice(0, 5).map((r) => !r.ok && r.error)).toEqual(Array(5).fill('not-found'));
    expect(replies.slice(5).map((r) => !r.ok && r.error)).toEqual(['rate-limited', 'rate-limited']);
    // Even the right code is refused once the address is limited: a guesser cannot tell a hit.
    expect(await ask(guesser, 'student:join', { code, nickname: 'x' })).toMatchObject({ ok: true });
  });

  it('refuses joins to a closed session', async () => {
    const { url } = await server();
    const { host, code } = await hostClass(url);
    await ask(host, 'host:act', { command: { type: 'end' } });
    const late = await open(url);
    expect(await ask(late, 'student:join', { code, nickname: 'Late' })).toEqual({ ok: false, error: 'closed' });
  });

  it('drops an oversized message (closing that connection) and keeps serving the class', async () => {
    const { url } = await server();
    const { host, code } = await hostClass(url);
    const big = await open(url);
    const closed = new Promise((resolve) => big.once('disconnect', resolve));
    await expect(ask(big, 'student:join', { code, nickname: 'x'.repeat(100_000) }, 1000)).rejects.toThrow();
    expect(await closed).toBeTruthy();
    const ok = await student(url, code, 'Fine');
    expect(ok.view.nickname).toBe('Fine');
    const attached = await ask(host, 'host:attach', { code, secret: 'wrong' });
    expect(attached).toEqual({ ok: false, error: 'forbidden' });
  });

  it('drops a flood of messages, warns, then disconnects the flooder; the answers kept are well-formed', async () => {
    const { url } = await server(undefined, { messageBurst: 10, messagesPerSecond: 5, dropsBeforeDisconnect: 100 });
    const { host, code, rounds } = await hostClass(url);
    const flooder = await student(url, code, 'Flood');
    await ask(host, 'host:act', { command: { type: 'open' } });
    const warned = next(flooder.socket, 'class:error');
    const gone = new Promise((resolve) => flooder.socket.once('disconnect', resolve));
    let acked = 0;
    for (let i = 0; i < 300; i++) flooder.socket.emit('student:answer', { roundId: rounds[0]!.id, play: playFor(rounds[0]!, true) }, () => acked++);
    expect(await warned).toEqual({ error: 'rate-limited' });
    await gone;
    expect(acked).toBeLessThan(20);
    // The answers that got through were stored as sent; the class carries on.
    const back = await open(url);
    const rejoined = await ask(back, 'student:join', { code, token: flooder.token });
    expect(rejoined.ok && rejoined.view.play).toEqual(playFor(rounds[0]!, true));
  });

  it('keeps an XSS nickname as plain text and refuses teacher commands from a student', async () => {
    const { url } = await server();
    const { host, code } = await hostClass(url);
    const payload = '<img src=x onerror=alert(1)>';
    const joinedView = next(host, 'host:view');
    const evil = await student(url, code, payload);
    expect((await joinedView).seats.map((s) => s.nickname)).toEqual([payload.slice(0, 20)]);
    for (const command of [{ type: 'open' }, { type: 'end' }, { type: 'remove', seatId: evil.view.seatId }] as const) {
      expect(await ask(evil.socket, 'host:act', { command })).toEqual({ ok: false, error: 'forbidden' });
    }
    expect(await ask(evil.socket, 'host:attach', { code, secret: 'guess' })).toEqual({ ok: false, error: 'forbidden' });
    const again = await ask(evil.socket, 'student:join', { code, token: evil.token });
    expect(again.ok && again.view.phase).toBe('lobby');
    void host;
  });

  it('a student sees only their own answers, never the class distribution', async () => {
    const { url } = await server();
    const { host, code, rounds } = await hostClass(url);
    const ana = await student(url, code, 'Ana');
    const ben = await student(url, code, 'Ben');
    await ask(host, 'host:act', { command: { type: 'open' } });
    await ask(ana.socket, 'student:answer', { roundId: rounds[0]!.id, play: playFor(rounds[0]!, true) });
    const benSees = next(ben.socket, 'student:view');
    await ask(host, 'host:act', { command: { type: 'reveal' } });
    const v = await benSees;
    expect(v.play).toBeNull();
    expect(JSON.stringify(v)).not.toMatch(/Ana|distribution/);
  });

  it('loses nothing when the server restarts mid-round: seats, answers, phase and the teacher link', async () => {
    const db = join(dir, 'restart.sqlite');
    const first = await server(db);
    const { host, code, secret, rounds } = await hostClass(first.url);
    const ana = await student(first.url, code, 'Ana');
    const ben = await student(first.url, code, 'Ben');
    await ask(host, 'host:act', { command: { type: 'open' } });
    await ask(ana.socket, 'student:answer', { roundId: rounds[0]!.id, play: playFor(rounds[0]!, true) });
    await first.close();
    servers.splice(servers.indexOf(first), 1);

    const second = await server(db);
    const host2 = await open(second.url);
    const attached = await ask(host2, 'host:attach', { code, secret });
    const view = (attached.ok ? attached.view : null) as HostView;
    expect([view.phase, view.round, view.answered, view.seated]).toEqual(['round', 0, 1, 2]);
    const ana2 = await open(second.url);
    const back = await ask(ana2, 'student:join', { code, token: ana.token });
    expect(back.ok && back.view.play).toEqual(playFor(rounds[0]!, true));
    const ben2 = await open(second.url);
    const benBack = await ask(ben2, 'student:join', { code, token: ben.token });
    expect(benBack.ok && benBack.view.nickname).toBe('Ben');
    const counted = next(host2, 'host:count');
    await ask(ben2, 'student:answer', { roundId: rounds[0]!.id, play: playFor(rounds[0]!, false) });
    expect(await counted).toMatchObject({ answered: 2, seated: 2 });
  });

  it('the teacher renames a student: the projector and that student see the new name, a blocked one is refused', async () => {
    const { url } = await server();
    const { host, code } = await hostClass(url);
    const ana = await student(url, code, 'Ana');
    const seen = next(ana.socket, 'student:view');
    expect(await ask(host, 'host:act', { command: { type: 'rename', seatId: ana.view.seatId, nickname: 'Ana B' } })).toEqual({ ok: true });
    expect((await seen).nickname).toBe('Ana B');
    expect(await ask(host, 'host:act', { command: { type: 'rename', seatId: ana.view.seatId, nickname: 'sh1thead' } })).toEqual({ ok: false, error: 'nickname-blocked' });
  });

  it('serves the built game and nothing outside it', async () => {
    const dist = join(dir, 'dist');
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>game</title>');
    const s = await startClassServer({ levels, dbFile: join(dir, 'static.sqlite'), distDir: dist });
    servers.push(s);
    const index = await fetch(`${s.url}/#/join/ABCDEF`);
    expect(await index.text()).toContain('<title>game</title>');
    for (const path of ['/%2e%2e/%2e%2e/package.json', '/..%2fpackage.json', '/../restart.sqlite']) {
      const r = await fetch(`${s.url}${path}`);
      expect(await r.text()).not.toMatch(/"name"|SQLite/);
    }
    const missing = await server();
    expect((await fetch(missing.url)).status).toBe(503);
  });

  it('a removed student cannot come back with their token', async () => {
    const { url } = await server();
    const { host, code } = await hostClass(url);
    const ana = await student(url, code, 'Ana');
    const gone = new Promise((resolve) => ana.socket.once('disconnect', resolve));
    await ask(host, 'host:act', { command: { type: 'remove', seatId: ana.view.seatId } });
    await gone;
    const back = await open(url);
    expect(await ask(back, 'student:join', { code, token: ana.token })).toEqual({ ok: false, error: 'no-seat' });
  });
});
