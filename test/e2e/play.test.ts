import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, DESKTOP, PHONE } from './browser';
import { serveDist } from './server';
import { noHorizontalScroll, smallTargets } from './checks';
import { shippedRun } from './levelKey';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  server = await serveDist();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a whole level by keyboard at desktop size', () => {
  it('plays every round right with keys 1–4 and Enter, reaches the results and keeps the best score after a reload', async () => {
    const { page, errors, context } = await openPage(browser, DESKTOP);
    const { rounds } = shippedRun('01-who-said-it.json');
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Choose a level' }).waitFor();

    // Reach the first level's Play button with the keyboard only.
    const play = page.getByRole('button', { name: 'Play', exact: true }).first();
    for (let i = 0; i < 10 && !(await play.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    for (const [i, round] of rounds.entries()) {
      await page.getByText(`Round ${i + 1} of ${rounds.length}`).first().waitFor();
      for (const question of round.questions) {
        await page.locator('.choice').first().waitFor();
        const choices = await page.locator('.choice').allInnerTexts();
        expect(choices.length).toBe(question.options.length);
        const key = question.options.findIndex((o) => question.correct.includes(o.id)) + 1;
        await page.keyboard.press(String(key));
      }
      await expect.poll(() => page.locator('.verdict').textContent()).toBe('Correct!');
      await expect.poll(() => page.locator('#live').textContent()).toContain(`${i + 1} points so far`);
      await page.keyboard.press('Enter');
    }
    await page.getByRole('heading', { name: 'Level complete' }).waitFor();
    await expect(page.locator('.big-score').textContent()).resolves.toBe(`${rounds.length} of ${rounds.length} right`);
    await expect(page.locator('tr[data-skill="attribution"] td').first().textContent()).resolves.toBe(`${rounds.length} of ${rounds.length}`);

    await page.reload();
    await page.getByRole('heading', { name: 'Choose a level' }).waitFor();
    await expect(page.locator('[data-level="who-said-it"] .level-progress').textContent()).resolves.toContain(`Best: ${rounds.length} of ${rounds.length}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a level of engine-made rounds', () => {
  it('plays the same generated rounds in the browser as the engine makes in Node, all answerable', async () => {
    const { page, errors, context } = await openPage(browser, DESKTOP);
    const { rounds } = shippedRun('05-engine-rounds.json');
    expect(rounds.map((r) => r.type)).toEqual(expect.arrayContaining(['who-said-it', 'opinion-or-reporting', 'conflicting-figures']));
    await page.goto(server.url);
    await page.locator('[data-level="engine-rounds"]').getByRole('button', { name: 'Play' }).click();
    for (const round of rounds) {
      for (const question of round.questions) {
        await page.locator('.choice').first().waitFor();
        const key = question.options.findIndex((o) => question.correct.includes(o.id));
        await page.locator('.choice').nth(key).click();
      }
      await expect.poll(() => page.locator('.verdict').textContent()).toBe('Correct!');
      await page.locator('button.next').click();
    }
    await page.getByRole('heading', { name: 'Level complete' }).waitFor();
    const total = rounds.reduce((n, r) => n + r.questions.length, 0);
    await expect(page.locator('.big-score').textContent()).resolves.toBe(`${total} of ${total} right`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a whole level by tapping at 360×640', () => {
  it('fits the phone, shows the evidence in its article, and remembers a partial score', async () => {
    const { page, errors, context } = await openPage(browser, PHONE);
    const { rounds } = shippedRun('03-conflicting-figures.json');
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Choose a level' }).waitFor();
    await noHorizontalScroll(page);
    expect(await smallTargets(page)).toEqual([]);

    await page.locator('[data-level="conflicting-figures"]').getByRole('button', { name: 'Play' }).tap();
    let expected = 0;
    let total = 0;
    for (const [i, round] of rounds.entries()) {
      for (const [qi, question] of round.questions.entries()) {
        await page.locator('.choice').first().waitFor();
        await noHorizontalScroll(page);
        // Right on even rounds, wrong on odd ones: the score must count exactly the right ones.
        const right = question.options.findIndex((o) => question.correct.includes(o.id));
        const pick = i % 2 === 0 ? right : question.options.findIndex((o) => !question.correct.includes(o.id));
        if (i % 2 === 0) expected++;
        total++;
        await page.locator('.choice').nth(pick).tap();
        if (qi + 1 < round.questions.length) await expect.poll(async () => page.locator('.question-progress').textContent()).toContain(`${qi + 2} of`);
      }
      await page.locator('.verdict').waitFor();
      await noHorizontalScroll(page);
      if (i === 0) {
        expect(await smallTargets(page)).toEqual([]);
        // Open the first cited article: the dialog shows the passage highlighted in place.
        await page.locator('.open-article').first().tap();
        const dialog = page.getByRole('dialog');
        await dialog.waitFor();
        const marked = await dialog.locator('mark').first().textContent();
        expect(marked && marked.length).toBeGreaterThan(10);
        await expect(dialog.locator('mark').first().isVisible()).resolves.toBe(true);
        await noHorizontalScroll(page);
        await dialog.getByRole('button', { name: 'Close article' }).tap();
        await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      }
      await page.locator('button.next').tap();
    }
    await page.getByRole('heading', { name: 'Level complete' }).waitFor();
    await expect(page.locator('.big-score').textContent()).resolves.toBe(`${expected} of ${total} right`);
    await expect(page.locator('tr[data-skill="figures"] td').first().textContent()).resolves.toBe(`${expected} of ${total}`);
    await noHorizontalScroll(page);
    await page.screenshot({ path: 'test-results/phone-results.png' });

    await page.reload();
    await page.getByRole('heading', { name: 'Choose a level' }).waitFor();
    await expect(page.locator('[data-level="conflicting-figures"] .level-progress').textContent()).resolves.toContain(`Best: ${expected} of ${total}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('robustness a player would notice', () => {
  it('starts in Spanish for a Spanish browser', async () => {
    const { page, errors, context } = await openPage(browser, DESKTOP, 'es-MX');
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Elige un nivel' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps playing after a corrupt save, tells the player, and keeps a copy of the old save', async () => {
    const { page, errors, context } = await openPage(browser, DESKTOP);
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('lateral.progress', '{"state": {"progress": not json');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto(server.url);
    await page.getByRole('alert').getByText('Saved progress could not be read').waitFor();
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('lateral.progress.corrupt.')));
    expect(backups).toHaveLength(1);
    await page.getByRole('button', { name: 'Play', exact: true }).first().click();
    await page.locator('.choice').first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('plays a level given by ?level=URL at once, and lists what is wrong with a broken one while the others stay playable', async () => {
    const { page, errors, context } = await openPage(browser, DESKTOP);
    const good = readFileSync(join(import.meta.dirname, '..', '..', 'levels', '02-opinion-or-reporting.json'), 'utf8');
    const level = JSON.parse(good);
    level.id = 'class-level';
    level.title = { en: 'Our class level', es: 'Nivel de clase' };
    const broken = JSON.parse(good);
    broken.rounds[1].passage = 'This sentence is in no article. <script>window.hacked = true</script>';
    await page.route('**/teacher/good.json', (route) => route.fulfill({ body: JSON.stringify(level), contentType: 'application/json' }));
    await page.route('**/teacher/broken.json', (route) => route.fulfill({ body: JSON.stringify(broken, null, 2), contentType: 'application/json' }));

    await page.goto(`${server.url}?level=teacher/good.json`);
    await page.locator('.choice').first().waitFor();
    await expect(page.locator('.round-progress').first().textContent()).resolves.toBe(`Round 1 of ${level.rounds.length}`);

    await page.goto(`${server.url}?level=teacher/broken.json`);
    const problems = page.locator('.broken li');
    await problems.first().waitFor();
    const lines = await problems.allInnerTexts();
    expect(lines).toEqual([
      expect.stringMatching(/^teacher\/broken\.json:\d+:\d+: quote not found in article "000": "This sentence is in no article\. <script>window\.hacked = t…" \(at \/rounds\/1\/passage\)/),
    ]);
    expect(await page.evaluate(() => (window as unknown as { hacked?: boolean }).hacked)).toBeUndefined();
    // The bundled levels still play.
    await page.getByRole('button', { name: 'Play', exact: true }).first().click();
    await page.locator('.choice').first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
