import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from './browser';
import { noHorizontalScroll } from './checks';
import { startClassServer, type RunningClassServer } from '../../src/server/classServer';
import { loadServerLevels } from '../../src/server/serverLevels';
import { ROOT } from '../../src/cli/nodeLibrary';
import { buildRun, type PlayRound } from '../../src/core/rounds';
import { roundResult, type RoundPlay } from '../../src/core/scoring';
import { parseCsv } from '../../src/core/class/report';

/**
 * One teacher (projector, 1920×1080) and three students (one a 360×640 touch phone) play a whole
 * level against the real class server serving the built game. One student's network is cut and
 * restored mid-round; the report and the CSV must agree with what was played.
 */
const LEVEL_FILE = process.env.CLASS_E2E_LEVEL ?? '04-finale.json';
const DIST = process.env.CLASS_DIST ?? join(ROOT, 'dist');
const SHOTS = join(ROOT, 'test-results', 'class');

type Strategy = 'right' | 'wrong' | 'first';

interface Player {
  name: string;
  context: BrowserContext;
  page: Page;
  strategy: Strategy;
  plays: Record<string, RoundPlay>;
  errors: string[];
}

describe('class play in Chromium', () => {
  let server: RunningClassServer;
  let browser: Browser;
  let dir: string;
  const { levels } = loadServerLevels(undefined, [LEVEL_FILE]);
  const level = [...levels.values()][0]!;

  beforeAll(async () => {
    if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST} has no build: run \`npx vite build\` first`);
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'lateral-class-e2e-'));
    server = await startClassServer({ levels, dbFile: join(dir, 'e2e.sqlite'), distDir: DIST });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function context(viewport: { width: number; height: number }, phone = false) {
    const context = await browser.newContext({
      viewport,
      deviceScaleFactor: phone ? 2 : 1,
      isMobile: phone,
      hasTouch: phone,
      locale: 'en-US',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      // A cut network makes the socket's reconnection attempts fail: expected, not a bug.
      if (m.type() === 'error' && !/ERR_INTERNET_DISCONNECTED|ERR_NAME_NOT_RESOLVED|WebSocket/.test(m.text())) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    return { context, page, errors };
  }

  /** The options this strategy picks for a question, derived from the round (never hard-coded). */
  function picks(round: PlayRound, qi: number, strategy: Strategy): number[] {
    const q = round.questions[qi]!;
    if (strategy === 'first') return [0];
    if (strategy === 'right') return q.options.flatMap((o, i) => (q.correct.includes(o.id) ? [i] : []));
    const wrong = q.options.findIndex((o) => !q.correct.includes(o.id));
    return [wrong];
  }

  /** Answer question `qi` on the phone/laptop as a person would; record what was chosen. */
  async function answer(p: Player, round: PlayRound, qi: number) {
    const q = round.questions[qi]!;
    const chosen = picks(round, qi, p.strategy);
    // The round is answered on the game's own desk.
    await p.page.locator('#question-heading').waitFor();
    expect(await p.page.locator('#question-heading').textContent()).toBeTruthy();
    const buttons = p.page.locator('.round-screen .choice');
    for (const i of chosen) await (p.strategy === 'first' ? buttons.nth(i).tap() : buttons.nth(i).click());
    if (q.multi) await p.page.locator('.round-screen .confirm').click();
    const play = (p.plays[round.id] ??= { choices: {}, pointed: [], hints: [] });
    play.choices[q.id] = chosen.map((i) => q.options[i]!.id);
  }

  /** After the questions: the right-answer student points at the key's sentence; the others skip. */
  async function evidence(p: Player, round: PlayRound) {
    if (round.evidence.length === 0) return;
    await p.page.getByRole('heading', { name: 'Now show the evidence' }).waitFor();
    const ev = round.evidence[0]!;
    if (p.strategy === 'right') {
      const article = level.articles.get(ev.articleId)!;
      const sentence = article.sentences.find((s) => s.start <= ev.span.start && ev.span.start < s.end)!;
      const sheet = p.page.locator('.open-desk');
      if (await sheet.isVisible()) await sheet.click();
      const tab = p.page.locator(`.desk-tab[data-article="${ev.articleId}"]`);
      expect(await tab.locator('.tab-outlet').textContent()).toBe(pickEn(article.outlet));
      await tab.click();
      const target = p.page.locator(`.article-col[data-article="${ev.articleId}"] .sentence[data-start="${sentence.start}"]`);
      await target.scrollIntoViewIfNeeded();
      await target.click();
      await expect.poll(() => target.getAttribute('aria-selected')).toBe('true');
      if (await p.page.locator('.desk-close').isVisible()) await p.page.locator('.desk-close').click();
      await p.page.getByRole('button', { name: 'This is my evidence' }).click();
      p.plays[round.id]!.pointed = [{ articleId: ev.articleId, start: sentence.start, end: sentence.end }];
    } else {
      await p.page.getByRole('button', { name: "I can't find it" }).click();
    }
  }

  const pickEn = (t: Readonly<Record<string, string>>) => t.en ?? Object.values(t)[0]!;

  it('a teacher and three students play a whole level; a dropped phone keeps its answers; report and CSV agree', async () => {
    // Teacher: pick the level, start the class.
    const teacher = await context({ width: 1920, height: 1080 });
    const t = teacher.page;
    await t.goto(`${server.url}/#/class/host`);
    // The title's level list can still be in the page while the class chunk arrives: name the button.
    await t.locator(`[data-level="${level.file.id}"]`).getByRole('button', { name: 'Start a class' }).click();
    await t.locator('.class-code').waitFor();
    const code = (await t.locator('.class-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    expect(t.url()).toMatch(new RegExp(`#/class/host/${code}/[A-Za-z0-9_-]+$`));
    const hostUrl = t.url();
    await expect.poll(() => t.locator('svg.qr path').getAttribute('d')).toMatch(/^M/);

    // Students: one joins by typing the code, the others by the QR's link.
    const players: Player[] = [];
    const specs = [
      { name: 'Ana', strategy: 'right' as const, viewport: { width: 1280, height: 800 }, phone: false, byLink: false },
      { name: '<img src=x onerror=alert(1)>', strategy: 'wrong' as const, viewport: { width: 1024, height: 768 }, phone: false, byLink: true },
      { name: 'Phone', strategy: 'first' as const, viewport: { width: 360, height: 640 }, phone: true, byLink: true },
    ];
    for (const s of specs) {
      const c = await context(s.viewport, s.phone);
      const p: Player = { name: s.name.slice(0, 20), context: c.context, page: c.page, strategy: s.strategy, plays: {}, errors: c.errors };
      if (s.byLink) await p.page.goto(`${server.url}/#/join/${code}`);
      else {
        await p.page.goto(`${server.url}/#/join`);
        await p.page.locator('#class-code').fill(code.toLowerCase());
      }
      await p.page.locator('#class-nick').fill(s.name);
      await p.page.getByRole('button', { name: 'Join' }).click();
      await p.page
        .locator('.class-me')
        .waitFor()
        .catch(async (e: unknown) => {
          throw new Error(`${String(e)}\npage errors: ${p.errors.join(' | ')}\npage text: ${await p.page.locator('body').innerText()}`);
        });
      players.push(p);
    }
    const phone = players[2]!;

    // The projector lists the nicknames as text: the XSS nickname is shown, nothing is injected.
    await expect.poll(() => t.locator('.class-nick').allTextContents()).toEqual(players.map((p) => p.name));
    expect(await t.locator('.class-seats img').count()).toBe(0);
    await t.screenshot({ path: join(SHOTS, 'projector-lobby.png') });

    const seed = (await server.store.get(code))!.seed;
    const rounds = buildRun(level, seed);
    await t.getByRole('button', { name: 'Start round 1' }).click();

    for (const [r, round] of rounds.entries()) {
      await t.locator('.class-round').waitFor();
      await expect.poll(() => t.locator('.class-round h1').textContent()).toContain(`Round ${r + 1} of ${rounds.length}`);
      for (const p of players) {
        const cut = p === phone && r === 1;
        for (let qi = 0; qi < round.questions.length; qi++) {
          // Mid-round on round 2 the phone loses its network after its first answer, answers the rest offline, then comes back.
          if (cut && qi === 1) {
            await p.context.setOffline(true);
            await p.page.locator('.class-banner:not([hidden])').waitFor({ timeout: 30_000 });
          }
          if (p === phone && r === 0 && qi === 0) {
            await p.page.locator('#question-heading').waitFor();
            await p.page.screenshot({ path: join(SHOTS, 'phone-round.png'), fullPage: true });
          }
          await answer(p, round, qi);
        }
        await evidence(p, round);
        if (cut) {
          if (round.questions.length === 1) {
            await p.context.setOffline(true);
            await p.page.locator('.class-banner:not([hidden])').waitFor({ timeout: 30_000 });
          }
          await p.page.screenshot({ path: join(SHOTS, 'phone-offline.png') });
          await p.context.setOffline(false);
          await p.page.locator('.class-banner').waitFor({ state: 'hidden', timeout: 30_000 });
        }
        await p.page.getByRole('heading', { name: 'Answer sent' }).waitFor();
        if (p === phone && r === 0) {
          await noHorizontalScroll(p.page);
        }
      }
      await expect.poll(() => t.locator('.class-count').textContent(), { timeout: 15_000 }).toBe(`3 of 3 answered`);
      if (r === 0) {
        await t.screenshot({ path: join(SHOTS, 'projector-round.png') });
      }
      await t.getByRole('button', { name: 'Reveal answers' }).click();
      await t.locator('.class-chart').first().waitFor();
      // The chart counts what was chosen, per option.
      const q0 = round.questions[0]!;
      for (const [i, o] of q0.options.entries()) {
        const n = players.filter((p) => p.plays[round.id]!.choices[q0.id]!.includes(o.id)).length;
        await expect
          .poll(() => t.locator('.class-chart').first().locator('.class-bar-row').nth(i).locator('.class-bar-count').textContent())
          .toBe(`${n} student${n === 1 ? '' : 's'}`);
      }
      await t.getByRole('button', { name: 'Show the explanation' }).click();
      await t.locator('.class-explanation').waitFor();
      if (r === 0) await t.screenshot({ path: join(SHOTS, 'projector-reveal.png'), fullPage: true });
      // Each student sees their own verdict.
      for (const p of players) {
        const result = roundResult(round, p.plays[round.id]);
        const verdict = result.perfect ? 'Correct!' : `${result.points} of ${result.max} points`;
        await expect.poll(() => p.page.locator('.class-feedback .verdict').textContent()).toBe(verdict);
      }
      if (r === 1) await phone.page.screenshot({ path: join(SHOTS, 'phone-feedback.png'), fullPage: true });
      await t.getByRole('button', { name: r + 1 === rounds.length ? 'Finish and see the report' : 'Next round' }).click();
    }

    // The report: each student's total is what their plays score.
    await t.locator('.class-report').waitFor();
    await t.screenshot({ path: join(SHOTS, 'report.png'), fullPage: true });
    // The print layout drops the buttons and keeps the table.
    await t.emulateMedia({ media: 'print' });
    expect(await t.locator('.class-csv').isVisible()).toBe(false);
    expect(await t.locator('.class-table').isVisible()).toBe(true);
    await t.screenshot({ path: join(SHOTS, 'report-print.png'), fullPage: true });
    await t.emulateMedia({ media: 'screen' });
    const expectedTotal = (p: Player) => rounds.reduce((s, round) => s + roundResult(round, p.plays[round.id]).points, 0);
    const max = rounds.reduce((s, round) => s + roundResult(round, undefined).max, 0);
    for (const p of players) {
      const row = t.locator('.class-table tbody tr').filter({ has: t.locator('th', { hasText: p.name }) });
      await expect.poll(() => row.locator('.class-total').textContent()).toBe(`${expectedTotal(p)} of ${max}`);
    }
    const download = t.waitForEvent('download');
    await t.getByRole('button', { name: 'Download CSV' }).click();
    const csv = parseCsv(readFileSync((await (await download).path())!, 'utf8'));
    const header = csv[0]!;
    for (const p of players) {
      const row = csv.find((c) => c[0] === p.name)!;
      expect(Number(row[header.indexOf('points')])).toBe(expectedTotal(p));
      rounds.forEach((round, i) => expect(Number(row[header.indexOf(`round_${i + 1}_${round.id}`)])).toBe(roundResult(round, p.plays[round.id]).points));
    }
    for (const p of players) {
      await p.page.locator('.class-final').waitFor();
      await expect.poll(() => p.page.locator('.class-final-total').textContent()).toBe(`${expectedTotal(p)} of ${max} points`);
    }
    await phone.page.screenshot({ path: join(SHOTS, 'phone-results.png'), fullPage: true });

    // The private link reopens the report later; a closed class refuses a new student.
    const later = await context({ width: 1280, height: 900 });
    await later.page.goto(hostUrl);
    await later.page.locator('.class-report').waitFor();
    const late = await context({ width: 360, height: 640 }, true);
    await late.page.goto(`${server.url}/#/join/${code}`);
    await late.page.locator('#class-nick').fill('Late');
    await late.page.getByRole('button', { name: 'Join' }).click();
    await expect.poll(() => late.page.getByRole('alert').textContent()).toContain('This class has ended');

    for (const p of [teacher, ...players, later]) expect(p.errors).toEqual([]);
  });
});
