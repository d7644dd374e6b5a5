import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, PHONE } from './browser';
import { servedGame } from './harness';
import { waitForLevel, waitForStore } from './storeDriver';

const game = servedGame();

const example = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'levels', 'example.json'));

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
});
