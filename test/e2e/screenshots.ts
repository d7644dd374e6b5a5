/**
 * `npx tsx test/e2e/screenshots.ts`: builds nothing, serves dist/, and saves the main screens at
 * phone and desktop size to test-results/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { launch, openPage, DESKTOP, PHONE } from './browser';
import { serveDist } from './server';

const out = 'test-results/screens';
mkdirSync(out, { recursive: true });
const server = await serveDist();
const browser = await launch();
for (const [name, device] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
  const { page, errors, context } = await openPage(browser, device);
  const shot = (what: string) => page.screenshot({ path: `${out}/${name}-${what}.png` });
  await page.goto(server.url);
  await page.locator('.level-card').first().waitFor();
  await page.waitForTimeout(800);
  await shot('title');
  await page.locator('[data-level="opinion-or-reporting"] button').click();
  await page.locator('.choice').first().waitFor();
  await page.waitForTimeout(500);
  await shot('round-opinion');
  await page.locator('.choice').nth(2).click();
  await page.locator('.choice').first().click();
  await page.locator('.verdict').waitFor();
  await page.waitForTimeout(400);
  await shot('feedback');
  await page.locator('.open-article').first().click();
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(300);
  await shot('reader');
  await page.keyboard.press('Escape');
  while (await page.locator('button.next').count()) {
    await page.locator('button.next').click();
    if (await page.getByRole('heading', { name: 'Level complete' }).count()) break;
    await page.locator('.choice').first().click();
    if (await page.locator('.choice').count()) await page.locator('.choice').first().click();
  }
  await page.getByRole('heading', { name: 'Level complete' }).waitFor();
  await page.waitForTimeout(800);
  await shot('results');
  if (errors.length) console.log(name, errors);
  await context.close();
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}/`);
