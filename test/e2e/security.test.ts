import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cueLayout } from '../../src/ui/tones';
import type { Page } from 'playwright-core';
import { DESKTOP, openPage } from './browser';
import { servedGame } from './harness';
import { answerRound, nextRound, screen, startLevel, waitForStore } from './storeDriver';

const game = servedGame();

const ROOT = join(import.meta.dirname, '..', '..');
const POLICY =
  /^default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self'; connect-src 'self' https:; object-src 'none'; base-uri 'none'$/;

/**
 * Injection payloads: markup, attribute and URL tricks, template syntax, each calling
 * `__pwn(n)` if it ever runs. Written every way a careless renderer could trip over.
 */
function payloads(): string[] {
  const templates = [
    (h: string) => `<img src=x onerror="${h}">`,
    (h: string) => `<svg onload="${h}"></svg>`,
    (h: string) => `<script>${h}</script>`,
    (h: string) => `"><script>${h}</script>`,
    (h: string) => `'><img src=x onerror=${h}>`,
    (h: string) => `<iframe srcdoc="<script>parent.${h}</script>"></iframe>`,
    (h: string) => `<a href="javascript:${h}">link</a>`,
    (h: string) => `<body onload="${h}">`,
    (h: string) => `<details open ontoggle="${h}">`,
    (h: string) => `<video><source onerror="${h}"></video>`,
    (h: string) => `<math><mtext><table><mglyph><style><img src=x onerror="${h}">`,
    (h: string) => `<input autofocus onfocus="${h}">`,
    (h: string) => `<svg><animate onbegin="${h}" attributeName=x dur=1s>`,
    (h: string) => `<object data="javascript:${h}"></object>`,
    (h: string) => `<embed src="javascript:${h}">`,
    (h: string) => `<meta http-equiv="refresh" content="0;url=javascript:${h}">`,
    (h: string) => `<form><button formaction="javascript:${h}">x</button></form>`,
    (h: string) => `</textarea></title></style><script>${h}</script>`,
    (h: string) => `<!--<img src="--><img src=x onerror="${h}//">`,
    (h: string) => `{{constructor.constructor('${h}')()}}`,
    (h: string) => `\${${h}}`,
    (h: string) => `<style>*{background:url("javascript:${h}")}</style>`,
    (h: string) => `<base href="javascript:${h}//">`,
    (h: string) => `<marquee onstart="${h}">x</marquee>`,
    (h: string) => `<div style="width:expression(${h})" onmouseover="${h}">hover</div>`,
    (h: string) => `<link rel=stylesheet href="data:text/css,*{x:expression(${h})}">`,
  ];
  const variants = [
    (s: string) => s,
    (s: string) => s.toUpperCase().replace(/__PWN/g, '__pwn'),
    (s: string) => s.replace(/</g, '\u003c').replace(/ /g, '\n'),
    (s: string) => `&lt;${s}&gt;&#x3C;script&#x3E;`,
  ];
  const out: string[] = [];
  for (const v of variants) for (const t of templates) out.push(v(t(`__pwn(${out.length})`)));
  return out;
}

const PAYLOADS = payloads();

/** The example level with the payloads in every text a player can see; still a valid level. */
function payloadLevel(id: string, chunk: string[]): string {
  const level = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'levels', 'example.json'), 'utf8')) as Record<string, unknown>;
  const text = chunk.join(' ');
  const visit = (v: unknown, key?: string): unknown => {
    if (Array.isArray(v)) return v.map((x) => visit(x));
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      // A text in each language: title, description, explanations, questions, outlets, notes.
      if (typeof o.en === 'string' && Object.keys(o).every((k) => typeof o[k] === 'string')) {
        return Object.fromEntries(Object.entries(o).map(([k, s]) => [k, `${s as string} ${text}`]));
      }
      return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, visit(x, k)]));
    }
    // The article itself (quotes stay where they are: the payloads follow the text) and its byline.
    if (key === 'text' && typeof v === 'string') return `${v}\n${text}`;
    if (key === 'byline' && typeof v === 'string') return text;
    return v;
  };
  const out = visit(level) as Record<string, unknown>;
  out.id = id;
  out.articles = (out.articles as Record<string, unknown>[]).map((a) => ({ ...a, byline: text }));
  return JSON.stringify(out, null, 2);
}

/** A level that fails: payloads as field names and values, so the problem list must show them. */
function brokenPayloadLevel(chunk: string[]): string {
  const level = JSON.parse(payloadLevel('broken-payloads', chunk)) as Record<string, unknown>;
  for (const p of chunk.slice(0, 5)) level[p] = p;
  level.format = chunk[0];
  return JSON.stringify(level);
}

const chunks = (n: number): string[][] => Array.from({ length: n }, (_, i) => PAYLOADS.filter((_, j) => j % n === i));

/** Nothing ran, nothing was parsed as markup, nothing was blocked by the policy. */
async function nothingRan(page: Page, errors: string[]): Promise<void> {
  const { pwned, planted } = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned: number[] }).__pwned,
    planted: document.querySelectorAll(
      '[onerror],[onload],[ontoggle],[onfocus],[onbegin],[onstart],[onmouseover],[formaction],iframe,object,embed,marquee,math,body body,base,meta[http-equiv="refresh"],script:not([src])',
    ).length,
  }));
  expect(pwned).toEqual([]);
  expect(planted).toBe(0);
  expect(errors.filter((e) => /CSP violation|Refused to/.test(e))).toEqual([]);
}

async function pageWithTrap(device: typeof DESKTOP = DESKTOP): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const { context, page, errors } = await openPage(game.browser, device);
  await context.addInitScript(() => {
    const w = window as unknown as { __pwned: number[]; __pwn(n: number): void };
    w.__pwned = [];
    w.__pwn = (n) => void w.__pwned.push(n);
  });
  return { page, errors, close: () => context.close() };
}

/** Play every round to results, so explanations and evidence are drawn too; then back to the title. */
async function playThrough(page: Page): Promise<void> {
  for (let i = 0; i < 20 && (await screen(page)) !== 'results'; i++) {
    await answerRound(page);
    await page.waitForTimeout(50);
    await nextRound(page);
  }
  await page.evaluate(() => (window as any).__lateral.store.getState().quit());
}

async function waitForLevelOrProblem(page: Page, id: string, file: string): Promise<void> {
  await page.waitForFunction(
    ([levelId, f]) => {
      const s = (window as any).__lateral.store.getState();
      return s.levels.some((l: any) => l.file.id === levelId) || s.broken.some((b: any) => b.file === f);
    },
    [id, file] as const,
    { timeout: 30_000 },
  );
}

describe('a strict Content-Security-Policy', () => {
  it("is in the built page and in the preview server's headers, and nothing on a normal play breaks it", async () => {
    const { page, errors, close } = await pageWithTrap();
    // The sound cues are the game's own WAV file: the policy lets it load (media-src 'self') and nothing else.
    await page.addInitScript(() => {
      const played: string[] = ((window as unknown as { __played: string[] }).__played = []);
      const from: number[] = ((window as unknown as { __from: number[] }).__from = []);
      const play = HTMLMediaElement.prototype.play;
      HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
        played.push(this.src);
        from.push(this.currentTime);
        return play.call(this);
      };
    });
    const response = await page.goto(game.url);
    expect(response?.headers()['content-security-policy']).toMatch(POLICY);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toMatch(POLICY);
    await waitForStore(page);
    await startLevel(page, 'who-said-it');
    await playThrough(page);
    await page.waitForTimeout(500);
    const played = await page.evaluate(() => (window as unknown as { __played: string[] }).__played);
    expect(played.length).toBeGreaterThan(0);
    expect(played.every((src) => new URL(src).origin === new URL(game.url).origin && src.endsWith('.wav'))).toBe(true);
    // Each play starts at a cue's place in the file (right or wrong answers, then the level's end).
    const starts = Object.values(cueLayout()).map((c) => c.at);
    const from = await page.evaluate(() => (window as unknown as { __from: number[] }).__from);
    expect(from.length).toBe(played.length);
    expect(from.every((t) => starts.some((at) => Math.abs(at - t) < 0.01))).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it(`keeps ${PAYLOADS.length} injection payloads in every text field inert, through the file button, drop and ?level=`, async () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(100);
    const { page, errors, close } = await pageWithTrap();
    await page.goto(game.url);
    await waitForStore(page);

    // The file button: four valid levels carrying all payloads, played through, and a broken one.
    const byButton = chunks(4);
    for (const [i, chunk] of byButton.entries()) {
      const id = `payload-button-${i}`;
      await page.locator('input[type=file]').setInputFiles({ name: `${chunk[0]}.json`, mimeType: 'application/json', buffer: Buffer.from(payloadLevel(id, chunk)) });
      await waitForLevelOrProblem(page, id, `${chunk[0]}.json`);
      expect(await page.evaluate((l) => (window as any).__lateral.store.getState().levels.some((x: any) => x.file.id === l), id)).toBe(true);
      await playThrough(page);
    }
    await page.locator('input[type=file]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(brokenPayloadLevel(PAYLOADS.slice(0, 30))) });
    await waitForLevelOrProblem(page, 'broken-payloads', 'broken.json');
    await nothingRan(page, errors);

    // Drop: the same, as a dragged file (name included).
    for (const [i, chunk] of chunks(4).entries()) {
      const id = `payload-drop-${i}`;
      const name = `${chunk[1] ?? 'x'}.json`;
      await page.evaluate(
        ([text, fileName]) => {
          const dt = new DataTransfer();
          dt.items.add(new File([text], fileName, { type: 'application/json' }));
          document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
        },
        [payloadLevel(id, chunk), name] as const,
      );
      await waitForLevelOrProblem(page, id, name);
      await page.evaluate(() => (window as any).__lateral.store.getState().quit());
    }
    await nothingRan(page, errors);
    expect(await page.locator('body').textContent()).toContain(PAYLOADS[0]!.slice(0, 20));

    // ?level=: an https URL (allowed by connect-src), answered by the test.
    await page.route('https://levels.example/**', async (route) => {
      const n = Number(/(\d+)\.json$/.exec(route.request().url())?.[1]);
      const body = n === 99 ? brokenPayloadLevel(PAYLOADS.slice(30, 60)) : payloadLevel(`payload-url-${n}`, chunks(2)[n] ?? []);
      await route.fulfill({ status: 200, contentType: 'application/json', body, headers: { 'access-control-allow-origin': '*' } });
    });
    for (const n of [0, 1, 99]) {
      const url = `https://levels.example/${n}.json`;
      await page.goto(`${game.url}?level=${encodeURIComponent(url)}`);
      await waitForStore(page);
      await waitForLevelOrProblem(page, `payload-url-${n}`, url);
      if (n !== 99) await playThrough(page);
      await nothingRan(page, errors);
    }
    expect(errors).toEqual([]);
    await close();
  });
});

describe('graphics', () => {
  it('a graphics chunk that fails to load shows errors.graphics, with no unhandled rejection', async () => {
    // No service worker here: it precaches the chunk and would serve it past page.route.
    const noServiceWorker = { ...DESKTOP, serviceWorkers: 'block' as const };
    const { page, errors, close } = await pageWithTrap(noServiceWorker);
    await page.route(/\/assets\/startGame-[^/]*\.js$/, (route) => route.abort('failed'));
    await page.goto(game.url);
    await waitForStore(page);
    await startLevel(page, 'aceh-conflicting-figures');
    await page.getByText("could not start the game's graphics").waitFor({ timeout: 90_000 });
    expect(errors.filter((e) => !/startGame|Failed to load resource|ERR_FAILED|graphics unavailable/.test(e))).toEqual([]);
    expect(errors.some((e) => /Unhandled|uncaught/i.test(e))).toBe(false);
    await close();
  });
});
