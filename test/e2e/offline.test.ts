import { describe, expect, it } from 'vitest';
import { PHONE } from './browser';
import { servedGame } from './harness';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerRound, nextRound, screen, startLevel, waitForLevel, waitForStore } from './storeDriver';

/** A level a teacher hands out as a file: kept on the device (IndexedDB), so it plays offline too. */
const fromFile = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'levels', 'example.json'));
const FROM_FILE_ID = 'bridge-vote';

const game = servedGame();

interface Manifest {
  name?: string;
  short_name?: string;
  start_url?: string;
  display?: string;
  icons?: { src: string; sizes: string; type?: string; purpose?: string }[];
}

describe('installable and offline', () => {
  it('passes the installability checks by hand, then plays every shipped level, and one opened from a file, with the network cut', async () => {
    const context = await game.browser.newContext({ ...PHONE, locale: 'en-US' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(game.url);
    await waitForStore(page);

    // The manifest: what Chromium requires to offer installation.
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifestUrl = new URL(href!, game.url).href;
    const manifestResponse = await page.request.get(manifestUrl);
    expect(manifestResponse.status()).toBe(200);
    const manifest = (await manifestResponse.json()) as Manifest;
    expect(manifest.name || manifest.short_name).toBeTruthy();
    expect(manifest.start_url).toBeTruthy();
    expect(['standalone', 'fullscreen', 'minimal-ui']).toContain(manifest.display);
    const pngSizes = (manifest.icons ?? []).filter((i) => i.type === 'image/png' && i.purpose !== 'maskable').map((i) => i.sizes);
    expect(pngSizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons ?? []) {
      const r = await page.request.get(new URL(icon.src, manifestUrl).href);
      expect(r.status(), icon.src).toBe(200);
    }

    // The service worker installs (precaching everything) and takes control of the page.
    await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 60_000 });
    const shipped = await page.evaluate(async () => {
      // Every shipped level is listed once the rest of them have arrived (while the title is read).
      const store = (window as any).__lateral.store;
      for (let i = 0; i < 100 && store.getState().levels.length < 2; i++) await new Promise((r) => setTimeout(r, 100));
      return store.getState().levels.map((l: any) => l.file.id) as string[];
    });
    expect(shipped.length).toBeGreaterThanOrEqual(2);

    await page.locator('input[type=file]').setInputFiles({ name: 'bridge.json', mimeType: 'application/json', buffer: fromFile });
    await waitForLevel(page, FROM_FILE_ID);
    // Reload only once the device has kept it: the level is listed (and started) before its copy in
    // IndexedDB is written, and a reload in between would find nothing to restore.
    await page.waitForFunction((id) => (window as any).__lateral.store.getState().opened.includes(id), FROM_FILE_ID, { timeout: 30_000 });

    await context.setOffline(true);
    const response = await page.reload();
    expect(response?.status()).toBe(200);
    await waitForStore(page);
    expect(await page.evaluate(async () => (await fetch('./')).status)).toBe(200);

    await waitForLevel(page, FROM_FILE_ID);
    for (const id of [...shipped, FROM_FILE_ID]) {
      await startLevel(page, id);
      while ((await screen(page)) === 'round') {
        await answerRound(page);
        await nextRound(page);
      }
      expect(await screen(page), id).toBe('results');
      const result = await page.evaluate(() => (window as any).__lateral.store.getState().lastResult);
      expect(result.levelId).toBe(id);
      // The key was given every time: full marks, so every round was really played.
      expect(result.score.points, id).toBe(result.score.max);
      await page.evaluate(() => (window as any).__lateral.store.getState().quit());
    }

    // The pictures' code (Phaser) is cached too: it starts offline once a level is on screen.
    await startLevel(page, shipped[0]!);
    await page.waitForFunction(() => !!(window as any).__lateral.pictures, null, { timeout: 30_000 });
    expect(await page.locator('.notice').filter({ hasText: 'graphics' }).count()).toBe(0);

    // The other language's strings are a chunk of their own, kept by the service worker too.
    await page.evaluate(() => (window as any).__lateral.store.getState().quit());
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { name: 'Elige un nivel' }).waitFor();
    expect(await page.locator('.notice').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
