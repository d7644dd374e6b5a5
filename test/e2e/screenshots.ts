/**
 * `npx tsx test/e2e/screenshots.ts`: serves dist/ (build first) and saves the main screens at
 * phone and desktop size, in English and Spanish, to test-results/screens/ for a person to look at:
 * title, a round on the desk, find across outlets, evidence pointing, feedback, results.
 */
import { mkdirSync } from 'node:fs';
import { launch, openPage, DESKTOP, PHONE } from './browser';
import { serveDist } from './server';

const out = 'test-results/screens';
mkdirSync(out, { recursive: true });
const server = await serveDist();
const browser = await launch();
const only = process.argv[2];
for (const locale of ['en-US', 'es-ES']) {
  for (const [name, device] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    if (only && !`${name}-${locale}`.includes(only)) continue;
    const { page, errors, context } = await openPage(browser, device, locale);
    const lang = locale.slice(0, 2);
    const shot = (what: string) => page.screenshot({ path: `${out}/${name}-${lang}-${what}.png` });
    const tap = (selector: string) => (device === PHONE ? page.locator(selector).first().tap() : page.locator(selector).first().click());
    await page.goto(server.url);
    await page.locator('.level-card').first().waitFor();
    await page.waitForTimeout(500);
    await shot('1-title');
    await tap('[data-level="who-said-it"] button');
    await page.locator('.choice').first().waitFor();
    await page.waitForTimeout(300);
    await shot('2-round');
    if (device === PHONE) {
      await tap('.open-desk');
      await page.waitForTimeout(400);
    }
    await page.locator('#find-input').fill('critical moment');
    await page.waitForTimeout(400);
    await shot('3-find');
    if (device === PHONE) await tap('.desk-close');
    await tap('.choice');
    await tap('.confirm');
    await page.locator('.evidence-step').waitFor();
    if (device === PHONE) {
      await tap('.open-desk');
      await page.waitForTimeout(300);
    }
    await tap('.article-col.is-active .sentence, .article-col .sentence');
    await page.waitForTimeout(300);
    await shot('4-evidence');
    if (device === PHONE) await tap('.desk-close');
    await tap('.confirm-evidence');
    await page.locator('.verdict').waitFor();
    await page.waitForTimeout(500);
    await shot('5-feedback');
    // The copy map, once its cards are dealt (long outlet names must stay legible on a phone).
    const map = page.locator('figure[data-picture="copy-map"]');
    if ((await map.count()) > 0) {
      await map.first().scrollIntoViewIfNeeded();
      await page.waitForTimeout(1500);
      await shot('5b-copymap');
    }
    // Play the rest quickly through the store to reach results.
    await page.evaluate(() => {
      const store = (window as unknown as { __lateral: { store: { getState(): any } } }).__lateral.store;
      for (let i = 0; i < 400 && store.getState().screen === 'round'; i++) {
        const s = store.getState();
        const run = s.run;
        const round = run.rounds[run.index];
        if (run.stage === 'feedback') s.act({ type: 'next' });
        else if (run.stage === 'evidence') s.act({ type: 'skipEvidence' });
        else {
          const q = round.questions[run.questionIndex];
          if (q.multi) {
            s.act({ type: 'toggle', option: q.correct[0] });
            s.act({ type: 'confirm' });
          } else s.act({ type: 'choose', option: q.correct[0] });
        }
      }
    });
    await page.locator('.results-screen').waitFor();
    await page.waitForTimeout(600);
    await shot('6-results');
    // A figures round with its number line, its feedback, and an opinion pair.
    const advanceTo = (levelId: string, type: string, stage: string) =>
      page.evaluate(
        ([levelId, type, stage]) => {
          const store = (window as unknown as { __lateral: { store: { getState(): any } } }).__lateral.store;
          store.getState().startLevel(levelId);
          for (let i = 0; i < 200; i++) {
            const s = store.getState();
            const round = s.run.rounds[s.run.index];
            if (round.type === type && s.run.stage === stage) return;
            const q = round.questions[s.run.questionIndex];
            if (s.run.stage === 'feedback') s.act({ type: 'next' });
            else if (s.run.stage === 'evidence') s.act({ type: 'skipEvidence' });
            else if (q.multi) {
              s.act({ type: 'toggle', option: q.correct[0] });
              s.act({ type: 'confirm' });
            } else s.act({ type: 'choose', option: q.options[0].id });
          }
        },
        [levelId, type, stage] as const,
      );
    // The other shipped levels arrive while the player reads (the results screen): wait for them.
    await page.waitForFunction(
      () => (window as unknown as { __lateral: { store: { getState(): any } } }).__lateral.store.getState().levels.some((l: any) => l.file.id === 'aceh-conflicting-figures'),
      null,
      { timeout: 30_000 },
    );
    await advanceTo('aceh-conflicting-figures', 'conflicting-figures', 'answer');
    await page.waitForTimeout(1500);
    await shot('7-figures');
    await advanceTo('aceh-conflicting-figures', 'conflicting-figures', 'feedback');
    await page.waitForTimeout(1500);
    await shot('8-figures-feedback');
    await advanceTo('opinion-or-reporting', 'opinion-pair', 'answer');
    await page.waitForTimeout(500);
    await shot('9-pair');
    if (errors.length) console.log(name, locale, errors);
    await context.close();
  }
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}/`);
