import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, PHONE } from './browser';
import { servedGame } from './harness';
import { waitForLevel, waitForStore } from './storeDriver';

const game = servedGame();

const example = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'levels', 'example.json'));
/** A teacher's copy of the shipped engine level: its rounds are generated when it is opened. */
const generating = Buffer.from(
  readFileSync(join(import.meta.dirname, '..', '..', 'levels', '05-engine-rounds.json'), 'utf8').replace('"id": "engine-rounds"', '"id": "teacher-engine-copy"'),
);

describe('a level opened from a file', () => {
  it('is still there after a reload (kept in IndexedDB), listed with the shipped ones and not started', async () => {
    const { context, page, errors } = await openPage(game.browser, PHONE);
    await page.goto(game.url);
    await waitForStore(page);
    await page.locator('input[type=file]').setInputFiles({ name: 'bridge.json', mimeType: 'application/json', buffer: example });
    await page.waitForFunction(() => (window as any).__lateral.store.getState().opened.includes('bridge-vote'), null, { timeout: 30_000 });
    // Back to the levels: a reload mid-level would resume the run instead (resume.test.ts).
    await page.evaluate(() => (window as any).__lateral.store.getState().quit());

    await page.reload();
    await waitForStore(page);
    await waitForLevel(page, 'bridge-vote');
    const after = await page.evaluate(() => {
      const s = (window as any).__lateral.store.getState();
      return { opened: s.opened, screen: s.screen, shipped: s.levels.length };
    });
    expect(after.opened).toEqual(['bridge-vote']);
    expect(after.screen).toBe('title');
    expect(after.shipped).toBeGreaterThan(1);

    // Listed with the shipped levels, marked as opened from a file, and removable: gone after another reload.
    const card = page.locator('[data-level="bridge-vote"]');
    await expect(card.locator('.opened-label').textContent()).resolves.toBe('Opened from a file');
    await card.locator('.remove-opened').tap();
    await expect.poll(() => page.locator('[data-level="bridge-vote"]').count()).toBe(0);
    await page.reload();
    await waitForStore(page);
    await page.locator('.level-card').first().waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator('[data-level="bridge-vote"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as any).__lateral.store.getState().opened)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with rounds the engine generates: worked out in a worker, then played', async () => {
    const { context, page, errors } = await openPage(game.browser, PHONE);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(game.url);
    await waitForStore(page);
    await page.locator('input[type=file]').setInputFiles({ name: 'engine-copy.json', mimeType: 'application/json', buffer: generating });
    await page.waitForFunction(() => (window as any).__lateral.store.getState().run?.levelId === 'teacher-engine-copy', null, { timeout: 60_000 });
    await page.locator('.choice').first().waitFor();
    expect(workers.filter((u) => /engineWorker/.test(u))).toHaveLength(1);
    const rounds = await page.evaluate(() => (window as any).__lateral.store.getState().run.rounds.length);
    expect(rounds).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
