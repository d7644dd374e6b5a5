import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PHONE } from './browser';
import { servedGame } from './harness';
import { answerRound, nextRound, screen, startLevel, waitForStore } from './storeDriver';

const game = servedGame();

/** A place on the canvas, as fractions of its size (what the DOM equivalent records for each mark). */
interface Spot {
  x: number;
  y: number;
}

/**
 * How many of the pixels round each spot are drawn (not transparent) on the picture's canvas.
 * Waits until the canvas is in the slot and something is drawn at every spot.
 */
async function drawnAt(page: Page, picture: string, spots: Spot[]): Promise<number[]> {
  const handle = await page.waitForFunction(
    ([sel, pts]) => {
      const canvas = document.querySelector<HTMLCanvasElement>(`figure[data-picture="${sel}"] .picture-canvas canvas`);
      if (!canvas || canvas.width === 0) return null;
      const ctx = canvas.getContext('2d');
      if (!ctx) return null;
      const counts = pts.map(({ x, y }) => {
        const px = Math.round(x * canvas.width);
        const py = Math.round(y * canvas.height);
        const data = ctx.getImageData(Math.max(0, px - 3), Math.max(0, py - 3), 7, 7).data;
        let drawn = 0;
        for (let i = 3; i < data.length; i += 4) if ((data[i] as number) > 0) drawn++;
        return drawn;
      });
      return counts.every((c) => c > 0) ? counts : null;
    },
    [picture, spots] as const,
    { timeout: 30_000, polling: 100 },
  );
  return (await handle.jsonValue()) as number[];
}

/** A spot on the canvas that nothing should be drawn on (a corner), to show the check can fail. */
async function blankCorner(page: Page, picture: string): Promise<number> {
  return page.evaluate((sel) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`figure[data-picture="${sel}"] .picture-canvas canvas`)!;
    const data = canvas.getContext('2d')!.getImageData(0, 0, 4, 4).data;
    let drawn = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] as number) > 0) drawn++;
    return drawn;
  }, picture);
}

async function openGame(motion: 'reduce' | 'no-preference' = 'reduce'): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  // Reduced motion: every picture is drawn in its final state at once, so pixels can be checked.
  const context = await game.browser.newContext({ ...PHONE, locale: 'en-US', reducedMotion: motion });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(game.url);
  await waitForStore(page);
  return { page, errors, close: () => context.close() };
}

describe('pictures on the canvas, each with its text', () => {
  it("puts every outlet's figure on a number line in a figures round, and says whether they can both be true", async () => {
    const { page, errors, close } = await openGame();
    await startLevel(page, 'aceh-conflicting-figures');
    const figure = page.locator('figure[data-picture="number-line"]');
    await figure.waitFor();
    // Clock times are not amounts and get no mark: move on to the first round whose figures are amounts.
    for (let i = 0; i < 8 && (await figure.locator('li[data-x1]').count()) === 0; i++) {
      await page.evaluate(() => {
        const store = (window as unknown as { __lateral: { store: { getState(): any } } }).__lateral.store;
        const before = store.getState().run.index;
        for (let k = 0; k < 20 && store.getState().run.index === before; k++) {
          const s = store.getState();
          const q = s.run.rounds[s.run.index].questions[s.run.questionIndex];
          if (s.run.stage === 'feedback') s.act({ type: 'next' });
          else if (s.run.stage === 'evidence') s.act({ type: 'skipEvidence' });
          else s.act({ type: 'choose', option: q.options[0].id });
        }
      });
      await figure.waitFor();
    }
    const items = figure.locator('li');
    expect(await items.count()).toBeGreaterThanOrEqual(2);
    await expect.poll(() => figure.locator('.picture-verdict').getAttribute('data-verdict')).toMatch(/^(overlap|gap|unknown)$/);
    expect((await figure.locator('figcaption').textContent())?.length).toBeGreaterThan(20);
    const spots = await figure
      .locator('li[data-x1]')
      .evaluateAll((lis) => lis.map((li) => ({ x: Number((li as HTMLElement).dataset.x1), y: Number((li as HTMLElement).dataset.y) })));
    expect(spots.length).toBeGreaterThanOrEqual(1);
    const drawn = await drawnAt(page, 'number-line', spots);
    expect(drawn.every((n) => n > 0)).toBe(true);
    expect(await blankCorner(page, 'number-line')).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('grows the copy map with a thread once a copied passage has been answered', async () => {
    const { page, errors, close } = await openGame();
    await startLevel(page, 'who-said-it');
    // Answer rounds until one that several outlets printed reaches its feedback.
    let threads = 0;
    for (let i = 0; i < 12 && threads === 0; i++) {
      await answerRound(page);
      threads = await page.evaluate(() => {
        const s = (window as any).__lateral.store.getState();
        const r = s.run.rounds[s.run.index];
        return (r.copiedIn?.length ?? 0) > 1 ? 1 : 0;
      });
      if (threads === 0) await nextRound(page);
    }
    expect(threads).toBe(1);
    const figure = page.locator('figure[data-picture="copy-map"]');
    await figure.waitFor();
    await expect.poll(() => figure.locator('.picture-threads li').count()).toBeGreaterThanOrEqual(1);
    const cards = await figure
      .locator('.picture-cards li')
      .evaluateAll((lis) => lis.map((li) => ({ x: Number((li as HTMLElement).dataset.x), y: Number((li as HTMLElement).dataset.y) })));
    expect(cards.length).toBeGreaterThanOrEqual(2);
    const drawn = await drawnAt(page, 'copy-map', cards);
    expect(drawn.every((n) => n > 0)).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('deals the copy map to the end with motion on: every card lands in its place', async () => {
    const { page, errors, close } = await openGame('no-preference');
    await startLevel(page, 'who-said-it');
    await answerRound(page);
    const figure = page.locator('figure[data-picture="copy-map"]');
    await figure.waitFor();
    const cards = await figure
      .locator('.picture-cards li')
      .evaluateAll((lis) => lis.map((li) => ({ x: Number((li as HTMLElement).dataset.x), y: Number((li as HTMLElement).dataset.y) })));
    expect(cards.length).toBeGreaterThanOrEqual(3);
    // The cards start stacked at the bottom and are dealt out; a loop put to sleep mid-deal left them there.
    await expect.poll(async () => (await drawnAt(page, 'copy-map', cards)).every((n) => n > 0), { timeout: 10_000 }).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows hits against false alarms per skill on results', async () => {
    const { page, errors, close } = await openGame();
    await startLevel(page, 'who-said-it');
    while ((await screen(page)) === 'round') {
      await answerRound(page);
      await nextRound(page);
    }
    expect(await screen(page)).toBe('results');
    const figure = page.locator('figure[data-picture="discernment"]');
    await figure.waitFor();
    const row = figure.locator('tr[data-skill="attribution"]');
    await expect.poll(() => row.count()).toBe(1);
    // Every answer was the key: all found, nothing flagged by mistake.
    expect(await row.locator('td').nth(0).textContent()).toMatch(/^(\d+) of \1$/);
    expect(await row.locator('td').nth(1).textContent()).toMatch(/^0 of \d+$/);
    const spot = await row.evaluate((tr) => ({ x: Number((tr as HTMLElement).dataset.hitX) - 0.02, y: Number((tr as HTMLElement).dataset.y) - 0.02 }));
    const drawn = await drawnAt(page, 'discernment', [spot]);
    expect(drawn[0]).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps the game playable, with a notice, when the canvas cannot start', async () => {
    const context = await game.browser.newContext({ ...PHONE, locale: 'en-US' });
    // No 2D canvas context at all: Phaser's Canvas renderer cannot boot.
    await context.addInitScript(() => {
      HTMLCanvasElement.prototype.getContext = () => null;
    });
    const page = await context.newPage();
    const unhandled: string[] = [];
    page.on('pageerror', (e) => unhandled.push(String(e.stack ?? e)));
    await page.goto(game.url);
    await waitForStore(page);
    await startLevel(page, 'aceh-conflicting-figures');
    await page.getByText("could not start the game's graphics").waitFor({ timeout: 30_000 });
    // The picture is still there as text, and the round still plays.
    expect(await page.locator('figure[data-picture="number-line"] li').count()).toBeGreaterThanOrEqual(2);
    await answerRound(page);
    expect(await page.evaluate(() => (window as any).__lateral.store.getState().run.stage)).toBe('feedback');
    expect(unhandled).toEqual([]);
    await context.close();
  });
});
