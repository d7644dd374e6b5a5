import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, DESKTOP, PHONE } from './browser';
import { servedGame } from './harness';
import { noHorizontalScroll, rendered, smallTargets } from './checks';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const game = servedGame();

interface PageRound {
  id: string;
  type: string;
  questions: { id: string; multi: boolean; options: { id: string }[]; correct: string[] }[];
  evidence: { articleId: string; span: { start: number; end: number } }[];
}

/** The round on screen, as the game's store holds it: the key is read, the answers are still given through the page. */
async function roundOnScreen(page: Page): Promise<{ round: PageRound; index: number; total: number; stage: string }> {
  return page.evaluate(() => {
    const s = (window as unknown as { __lateral: { store: { getState(): any } } }).__lateral.store.getState();
    return { round: s.run.rounds[s.run.index], index: s.run.index, total: s.run.rounds.length, stage: s.run.stage };
  });
}

/** The rectangle of `inner` lies inside both the scrolled box `outer` and the window. */
async function visibleInside(page: Page, inner: string, outer: string): Promise<boolean> {
  return page.evaluate(
    ([i, o]) => {
      const a = document.querySelector(i)?.getBoundingClientRect();
      const b = document.querySelector(o)?.getBoundingClientRect();
      if (!a || !b || a.height === 0) return false;
      return a.top >= b.top - 1 && a.bottom <= b.bottom + 1 && a.top >= 0 && a.bottom <= window.innerHeight + 1;
    },
    [inner, outer] as const,
  );
}

for (const [name, device] of [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const) {
  describe(`reading across the outlets at ${name} size`, () => {
    it('opens an article, finds the phrase in a second outlet, answers with evidence and sees the key evidence in view', async () => {
      const { page, errors, context } = await openPage(game.browser, device);
      const tap = (l: ReturnType<Page['locator']>) => (device === PHONE ? l.tap() : l.click());
      await page.goto(game.url);
      await tap(page.locator('[data-level="who-said-it"]').getByRole('button', { name: 'Play' }));
      await page.locator('.choice').first().waitFor();
      await noHorizontalScroll(page);
      const { round } = await roundOnScreen(page);
      const question = round.questions[0]!;
      expect(question.multi).toBe(true);

      // Open the articles: a sheet on the phone, columns beside the question on the desktop.
      if (device === PHONE) {
        await expect(page.locator('.article-body').first().isVisible()).resolves.toBe(false);
        await tap(page.locator('.open-desk'));
      }
      await page.locator('.article-col.is-active .article-body').waitFor({ state: 'visible' });

      // The fact-checker's first move: search a phrase of the quote across every outlet.
      const quote = await page.locator('.round-screen .quote').first().textContent();
      const phrase = (quote ?? '').split(/\s+/).slice(3, 8).join(' ');
      await page.locator('#find-input').fill(phrase);
      await expect.poll(() => page.locator('.find-summary').textContent()).toMatch(/match/);
      const carriers = question.correct;
      const second = carriers[carriers.length - 1]!;
      await tap(page.locator(`.desk-tab[data-article="${second}"]`));
      await expect.poll(() => page.locator(`.desk-tab[data-article="${second}"] .hit-count`).textContent()).not.toBe('0');
      await expect.poll(() => visibleInside(page, `.article-col[data-article="${second}"] mark.hit`, `.article-col[data-article="${second}"] .article-body`)).toBe(true);
      // The article scrolls by keys and by the wheel, not only by script.
      const body = page.locator(`.article-col[data-article="${second}"] .article-body`);
      const scrolled = () => body.evaluate((b) => b.scrollTop);
      await body.evaluate((b) => {
        b.scrollTop = 0;
      });
      await body.focus();
      await page.keyboard.press('End');
      await expect.poll(scrolled).toBeGreaterThan(100);
      // End may scroll smoothly: wait until the article has come to rest before using the wheel.
      await expect
        .poll(async () => {
          const a = await scrolled();
          await page.waitForTimeout(200);
          return (await scrolled()) === a;
        })
        .toBe(true);
      if (device === DESKTOP) {
        const before = await scrolled();
        const box = (await body.boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.wheel(0, -400);
        await expect.poll(scrolled).toBeLessThan(before);
      }
      await noHorizontalScroll(page);
      if (device === PHONE) await tap(page.locator('.desk-close'));

      // Tick exactly the outlets that carry it, then confirm.
      for (const id of carriers) await tap(page.locator(`.choice[data-option="${id}"]`));
      await tap(page.locator('.confirm'));
      await page.locator('.evidence-step').waitFor();

      // Point at the sentence that shows it, in the article that carries it.
      const ev = round.evidence[0]!;
      if (device === PHONE) await tap(page.locator('.open-desk'));
      await tap(page.locator(`.desk-tab[data-article="${ev.articleId}"]`));
      const sentence = page.locator(`.article-col[data-article="${ev.articleId}"] .sentence`).filter({ hasText: phrase.split(' ')[0] ?? '' });
      const target = await page.evaluate(
        ({ id, start }) => {
          const all = [...document.querySelectorAll<HTMLElement>(`.article-col[data-article="${id}"] .sentence`)];
          const found = all.find((s) => Number(s.dataset.start) <= start && start < Number(s.dataset.end));
          return found ? `${found.dataset.start}` : null;
        },
        { id: ev.articleId, start: ev.span.start },
      );
      expect(target).not.toBeNull();
      expect(await sentence.count()).toBeGreaterThan(0);
      const chosen = page.locator(`.article-col[data-article="${ev.articleId}"] .sentence[data-start="${target}"]`);
      await chosen.scrollIntoViewIfNeeded();
      await tap(chosen);
      await expect.poll(() => chosen.getAttribute('aria-selected')).toBe('true');
      if (device === PHONE) await tap(page.locator('.desk-close'));
      await tap(page.locator('.confirm-evidence'));

      await expect.poll(() => page.locator('.verdict').textContent()).toContain('Correct!');
      await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('verdict') ?? false)).toBe(true);
      await expect(page.locator('.evidence-verdict').textContent()).resolves.toBe('Your evidence shows it.');
      const max = carriers.length + 1;
      await expect(page.locator('.round-points').textContent()).resolves.toBe(`${max} of ${max} points`);
      if (device === PHONE) await tap(page.locator('.show-evidence').first());
      // The article scrolls so that the key's highlighted evidence is in view: checked by geometry.
      const keyCol = `.article-col[data-article="${ev.articleId}"]`;
      await expect.poll(() => visibleInside(page, `${keyCol} mark.evidence`, `${keyCol} .article-body`)).toBe(true);
      await noHorizontalScroll(page);
      if (device === PHONE) {
        expect(await smallTargets(page)).toEqual([]);
        await page.setViewportSize({ width: 320, height: 640 });
        await noHorizontalScroll(page);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  });
}

describe('a whole level at desktop size', () => {
  it('scores every right answer with its evidence, shows discernment per skill, and keeps the best after a reload', async () => {
    const { page, errors, context } = await openPage(game.browser, DESKTOP);
    await page.goto(game.url);
    await page.locator('[data-level="opinion-or-reporting"]').getByRole('button', { name: 'Play' }).click();
    let max = 0;
    for (;;) {
      await page.locator('.round-screen').waitFor();
      // A new screen takes the keyboard focus to its heading, so a screen reader starts there.
      await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('focus-target') ?? false)).toBe(true);
      const { round, index, total } = await roundOnScreen(page);
      await expect(page.locator('.round-progress').first().textContent()).resolves.toBe(`Round ${index + 1} of ${total}`);
      for (const q of round.questions) {
        // Keys choose: the answer's position changes from play to play, so read it off the screen.
        await rendered(page);
        const ids = await page.locator('.choice').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.option));
        expect(ids).toEqual(q.options.map((o) => o.id));
        for (const c of q.correct) await page.keyboard.press(String(ids.indexOf(c) + 1));
        if (q.multi) await page.keyboard.press('Enter');
        max += q.correct.length;
      }
      await page.locator('.evidence-step').waitFor();
      const ev = round.evidence[0]!;
      const start = await page.evaluate(
        ({ id, s }) => {
          const all = [...document.querySelectorAll<HTMLElement>(`.article-col[data-article="${id}"] .sentence`)];
          return all.find((x) => Number(x.dataset.start) <= s && s < Number(x.dataset.end))?.dataset.start ?? null;
        },
        { id: ev.articleId, s: ev.span.start },
      );
      const sentence = page.locator(`.article-col[data-article="${ev.articleId}"] .sentence[data-start="${start}"]`);
      await sentence.scrollIntoViewIfNeeded();
      await sentence.click();
      await page.keyboard.press('Enter');
      max += 1;
      await expect.poll(() => page.locator('.verdict').textContent()).toContain('Correct!');
      const last = index + 1 === total;
      await page.keyboard.press('Enter');
      if (last) break;
    }
    await page.getByRole('heading', { name: 'Level complete' }).waitFor();
    await expect(page.locator('.big-score').textContent()).resolves.toBe(`${max} of ${max} points`);
    await expect(page.locator('tr[data-skill="opinion"] .false-alarms').textContent()).resolves.toMatch(/^0 of \d+$/);
    await expect(page.locator('.reading-row .reading').first().textContent()).resolves.toBe("You told the author's view from reporting.");
    await page.reload();
    await page.getByRole('heading', { name: 'Choose a level' }).waitFor();
    await expect(page.locator('[data-level="opinion-or-reporting"] .level-progress').textContent()).resolves.toContain(`Best: ${max} of ${max} points`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('robustness a player would notice', () => {
  it('asks before a slow ?level= replaces the round being played, and keeps the round on a no', async () => {
    const { page, errors, context } = await openPage(game.browser, DESKTOP);
    const good = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'levels', '02-opinion-or-reporting.json'), 'utf8'));
    good.id = 'slow-level';
    let release: () => void = () => {};
    const arrived = new Promise<void>((r) => {
      release = r;
    });
    await page.route('**/teacher/slow.json', async (route) => {
      await arrived;
      await route.fulfill({ body: JSON.stringify(good), contentType: 'application/json' });
    });
    const asked: string[] = [];
    page.on('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${game.url}?level=teacher/slow.json`);
    await page.locator('[data-level="who-said-it"]').getByRole('button', { name: 'Play' }).click();
    await page.locator('.choice').first().waitFor();
    await page.locator('.choice').first().click();
    await page.locator('.confirm').click();
    await page.locator('.skip-evidence').click();
    await page.locator('button.next').click();
    await expect.poll(() => page.locator('.round-progress').first().textContent()).toMatch(/^Round 2 of/);
    release();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain('Leave the round you are playing');
    await expect(page.locator('.round-progress').first().textContent()).resolves.toMatch(/^Round 2 of/);
    expect(
      await page.evaluate(() =>
        (window as unknown as { __lateral: { store: { getState(): { levels: { file: { id: string } }[] } } } }).__lateral.store
          .getState()
          .levels.some((l) => l.file.id === 'slow-level'),
      ),
    ).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts in Spanish for a Spanish browser', async () => {
    const { page, errors, context } = await openPage(game.browser, DESKTOP, 'es-MX');
    await page.goto(game.url);
    await page.getByRole('heading', { name: 'Elige un nivel' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts in English, and says why, for a Spanish browser whose Spanish words cannot be fetched', async () => {
    const { page, context } = await openPage(game.browser, DESKTOP, 'es-MX');
    await page.route(/es-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(game.url);
    await page.getByRole('heading', { name: 'Choose a level' }).waitFor();
    await page.locator('.notice').filter({ hasText: 'could not be loaded' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await context.close();
  });

  it('switches an English page to Spanish, fetching its words then, and says so when they cannot come', async () => {
    const { page, errors, context } = await openPage(game.browser, DESKTOP);
    await page.goto(game.url);
    await page.getByRole('heading', { name: 'Choose a level' }).waitFor();
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { name: 'Elige un nivel' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');

    // A fresh page whose Spanish chunk is cut off (no service worker in this context yet).
    const cut = await openPage(game.browser, DESKTOP);
    await cut.page.route(/es-[\w-]+\.js$/, (route) => route.abort());
    await cut.page.goto(game.url);
    await cut.page.getByRole('heading', { name: 'Choose a level' }).waitFor();
    await cut.page.getByRole('button', { name: 'Español' }).click();
    await cut.page.locator('.notice').filter({ hasText: 'could not be loaded' }).waitFor();
    await expect(cut.page.getByRole('heading', { name: 'Choose a level' }).count()).resolves.toBe(1);
    await expect(cut.page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).resolves.toBe('true');
    // Back online, picking it again works, and the notice (no longer true) goes.
    await cut.page.unroute(/es-[\w-]+\.js$/);
    await cut.page.getByRole('button', { name: 'Español' }).click();
    await cut.page.getByRole('heading', { name: 'Elige un nivel' }).waitFor();
    await expect(cut.page.locator('.notice').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await cut.context.close();
    await context.close();
  });

  it('plays a level given by ?level=URL at once, and lists what is wrong with a broken one while the others stay playable', async () => {
    const { page, errors, context } = await openPage(game.browser, DESKTOP);
    const good = readFileSync(join(import.meta.dirname, '..', '..', 'levels', '02-opinion-or-reporting.json'), 'utf8');
    const level = JSON.parse(good);
    level.id = 'class-level';
    level.title = { en: 'Our class level', es: 'Nivel de clase' };
    const broken = JSON.parse(good);
    const at = broken.rounds.findIndex((r: { type: string }) => r.type === 'opinion-or-reporting');
    broken.rounds[at].passage = 'This sentence is in no article. <script>window.hacked = true</script>';
    await page.route('**/teacher/good.json', (route) => route.fulfill({ body: JSON.stringify(level), contentType: 'application/json' }));
    await page.route('**/teacher/broken.json', (route) => route.fulfill({ body: JSON.stringify(broken, null, 2), contentType: 'application/json' }));

    await page.goto(`${game.url}?level=teacher/good.json`);
    await page.locator('.choice').first().waitFor();
    await expect(page.locator('.round-progress').first().textContent()).resolves.toBe(`Round 1 of ${level.rounds.length}`);

    await page.goto(`${game.url}?level=teacher/broken.json`);
    const problems = page.locator('.broken li');
    await problems.first().waitFor();
    const lines = await problems.allInnerTexts();
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^teacher/broken\\.json:\\d+:\\d+: quote not found in article "\\w+": "This sentence is in no article\\. <script>window\\.hacked = t…" \\(at /rounds/${at}/passage\\)`,
        ),
      ),
    ]);
    expect(await page.evaluate(() => (window as unknown as { hacked?: boolean }).hacked)).toBeUndefined();
    await page.getByRole('button', { name: 'Play', exact: true }).first().click();
    await page.locator('.choice').first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
