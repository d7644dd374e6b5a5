import { describe, expect, it } from 'vitest';
import { openPage, PHONE } from './browser';
import { servedGame } from './harness';
import { answerRound, nextRound, startLevel, waitForStore } from './storeDriver';

const game = servedGame();

describe('a reload mid-level', () => {
  it('resumes the run where the player was, with the answers given so far', async () => {
    const { context, page, errors } = await openPage(game.browser, PHONE);
    await page.goto(game.url);
    await waitForStore(page);
    await startLevel(page, 'who-said-it', 11);
    await answerRound(page);
    await nextRound(page);
    const before = await page.evaluate(() => {
      const run = (window as any).__lateral.store.getState().run;
      return { index: run.index, seed: run.seed, plays: run.plays };
    });
    expect(before.index).toBe(1);

    await page.reload();
    await waitForStore(page);
    await page.waitForFunction(() => (window as any).__lateral.store.getState().run !== null, null, { timeout: 30_000 });
    const after = await page.evaluate(() => {
      const s = (window as any).__lateral.store.getState();
      return { screen: s.screen, index: s.run.index, seed: s.run.seed, plays: s.run.plays };
    });
    expect(after).toEqual({ screen: 'round', ...before });
    expect(errors).toEqual([]);
    await context.close();
  });
});
