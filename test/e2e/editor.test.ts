import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, DESKTOP, PHONE } from './browser';
import { serveDist } from './server';
import { noHorizontalScroll, rendered, smallTargets } from './checks';

const ROOT = join(import.meta.dirname, '..', '..');
const RESULTS = join(ROOT, 'test-results');
const seed = (name: string) => readFileSync(join(ROOT, 'assets', 'articles', name), 'utf8');
const ARTICLES = [
  { outlet: 'Al Jazeera', text: seed('002_7fa934ba9f43fec6.txt') },
  { outlet: 'AFP via The Moscow Times', text: seed('003_5c4176a014dde6c1.txt') },
  { outlet: 'Unnamed aggregator', text: seed('001_f5573d1949718a5b.txt') },
];
const DRAFT_KEY = 'lateral.editorDraft.v1';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  server = await serveDist();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const EDITOR_CONTROLS = '#editor button, #editor summary, #editor input:not(.sr-only):not([type=checkbox]):not([type=radio]), #editor select, #editor .ed-check, #editor a';

async function openEditor(page: Page): Promise<void> {
  await page.goto(`${server.url}#/editor`);
  await page.getByRole('heading', { name: 'Make a level', level: 1 }).waitFor();
}

async function fillArticle(page: Page, n: number, outlet: string, text: string): Promise<void> {
  const card = page.locator('.ed-article').nth(n - 1);
  await card.getByLabel('Outlet name').fill(outlet);
  await card.getByLabel('Article text').fill(text);
}

/** Select `length` characters of the article panel's text, as a mouse would. */
async function selectInPanel(page: Page, panel: string, from: number, length: number): Promise<string> {
  return page.evaluate(
    ({ panel, from, length }) => {
      const root = document.querySelector(panel) as HTMLElement;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const at = (offset: number): [Text, number] => {
        let left = offset;
        for (const n of nodes) {
          if (left <= n.length) return [n, left];
          left -= n.length;
        }
        const last = nodes[nodes.length - 1] as Text;
        return [last, last.length];
      };
      const range = document.createRange();
      range.setStart(...at(from));
      range.setEnd(...at(from + length));
      const sel = window.getSelection() as Selection;
      sel.removeAllRanges();
      sel.addRange(range);
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return sel.toString();
    },
    { panel, from, length },
  );
}

describe('the level editor', () => {
  it('turns three pasted articles into a level: suggest, accept, edit, download, check, drop on the title screen, play', async () => {
    const { page, errors, context } = await openPage(browser, DESKTOP);
    await openEditor(page);
    // The editor is its own chunk: the game's entry does not carry it.
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((r) => r.name)
        .filter((n) => /mountEditor|editor/i.test(n)),
    );
    expect(scripts.length).toBeGreaterThan(0);

    // Before any article: the editor says why no rounds can be suggested.
    await expect(page.locator('#ed-readiness').textContent()).resolves.toContain('Paste at least two articles');

    await page.getByLabel('Title (English)').fill('Geneva talks, three ways');
    await page.getByLabel('Title (Spanish)').fill('Las conversaciones de Ginebra, de tres maneras');
    await page.getByLabel('Description (English)').fill('Three reports on the Blinken–Lavrov talks: who wrote what?');
    await page.getByLabel('Description (Spanish)').fill('Tres crónicas de la reunión de Blinken y Lavrov: ¿quién escribió qué?');
    await fillArticle(page, 1, ARTICLES[0]!.outlet, ARTICLES[0]!.text);
    await expect(page.locator('#ed-readiness').textContent()).resolves.toContain('so far there is 1 with text');
    await fillArticle(page, 2, ARTICLES[1]!.outlet, ARTICLES[1]!.text);
    await page.getByRole('button', { name: 'Add an article' }).click();
    await fillArticle(page, 3, ARTICLES[2]!.outlet, ARTICLES[2]!.text);
    await expect(page.locator('#ed-readiness').textContent()).resolves.toContain('Ready: 3 articles');

    // The engine runs in a worker, off the page's thread: the editor stays responsive and a hang can be stopped.
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.getByRole('button', { name: 'Suggest rounds' }).click();
    await page.locator('.ed-round').first().waitFor();
    await expect.poll(() => page.locator('.ed-statusbar .ed-status').textContent()).toMatch(/\d+ rounds suggested/);
    expect(workers.filter((u) => /engineWorker/.test(u))).toHaveLength(1);
    const types = await page.locator('.ed-round').evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.type));
    for (const type of ['who-said-it', 'opinion-or-reporting', 'conflicting-figures']) expect(types, type).toContain(type);
    // Every suggestion says how sure the engine was of its key; a round the teacher writes says nothing of the kind.
    const badges = await page.locator('.ed-round .ed-confidence').allTextContents();
    expect(badges).toHaveLength(types.length);
    for (const b of badges) expect(b).toMatch(/^Engine (\d{1,3})% sure$/);

    // Accept a mix, as levels:check's balance rules ask: for each type, the suggestions in order
    // whose answer (read on the card) differs from those already accepted: a copy and a sentence
    // one outlet printed; reporting, attributed and opinion; figures that contradict and figures
    // that only look different. Then reject one other.
    const answerKind = (card: Locator) =>
      card.locator('.ed-summary p').evaluateAll((ps) => {
        const line = (label: string) =>
          ps
            .find((p) => p.querySelector('strong')?.textContent === label)
            ?.textContent?.slice(label.length)
            .trim();
        const outlets = line('Published by:');
        return outlets !== undefined ? (outlets.split(', ').length > 1 ? 'copies' : 'one outlet') : (line('Answer:')?.split(' · ')[0] ?? '');
      });
    for (const type of ['who-said-it', 'opinion-or-reporting', 'conflicting-figures']) {
      const kinds = new Set<string>();
      const cards = page.locator(`.ed-round[data-type="${type}"]`);
      for (const key of await cards.evaluateAll((cs) => cs.map((c) => (c as HTMLElement).dataset.roundKey))) {
        const card = page.locator(`.ed-round[data-round-key="${key}"]`);
        const kind = await answerKind(card);
        expect(kind, `answer shown on suggestion ${key}`).not.toBe('');
        if (kinds.has(kind)) continue;
        kinds.add(kind);
        await card.getByRole('button', { name: 'Accept' }).click();
      }
    }
    await page.locator('.ed-round[data-status="suggested"]').first().getByRole('button', { name: 'Reject' }).click();
    const accepted = await page.locator('.ed-round[data-status="accepted"]').count();
    expect(accepted).toBeGreaterThanOrEqual(5);
    await expect(page.locator('#ed-round-counts').textContent()).resolves.toContain(`${accepted} accepted`);

    // Edit one explanation, and pick one more passage of evidence by selecting it in the article.
    const first = page.locator('.ed-round[data-status="accepted"]').first();
    const key = await first.getAttribute('data-round-key');
    await first.getByRole('button', { name: 'Edit' }).click();
    const card = page.locator(`.ed-round[data-round-key="${key}"]`);
    const explanation = 'Only one outlet wrote this sentence: read the others and you will not find it. <b>Tags</b> stay text.';
    await card.getByLabel('Explanation (English)').fill(explanation);
    await card.getByLabel('Explanation (Spanish)').fill('Solo un medio escribió esta frase: lee los demás y no la encontrarás. <b>Etiquetas</b> como texto.');
    const evidenceBefore = await card.locator('.ed-evidence').count();
    await card.locator('summary', { hasText: 'Pick evidence in an article' }).click();
    await card.locator('.ed-article-text').waitFor();
    const selected = await selectInPanel(page, `.ed-round[data-round-key="${key}"] .ed-article-text`, 0, 60);
    expect(selected.trim().length).toBeGreaterThan(10);
    await expect.poll(() => card.locator('.ed-picked').textContent()).toContain('Selected in');
    await card.getByRole('button', { name: 'Use selection as evidence' }).click();
    await expect.poll(() => card.locator('.ed-evidence').count()).toBe(evidenceBefore + 1);
    await page.screenshot({ path: join(RESULTS, 'editor-desktop-editing.png') });
    // …and remove it again: the list is editable both ways.
    await card.locator('.ed-evidence').last().getByRole('button', { name: 'Remove this evidence' }).click();
    await expect.poll(() => card.locator('.ed-evidence').count()).toBe(evidenceBefore);
    await card.getByRole('button', { name: 'Done editing' }).click();
    await expect(card.locator('.ed-explanation').textContent()).resolves.toContain('Tags</b> stay text.');

    await noHorizontalScroll(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(RESULTS, 'editor-desktop.png') });
    await page.screenshot({ path: join(RESULTS, 'editor-desktop-full.png'), fullPage: true });

    // Download: one JSON file with its articles inline, that passes the command-line check.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the level' }).click()]);
    expect(download.suggestedFilename()).toBe('geneva-talks-three-ways.json');
    const saved = join(RESULTS, 'editor-level.json');
    await download.saveAs(saved);
    await expect.poll(() => page.locator('.ed-statusbar .ed-status').textContent()).toContain('passes every check');
    const json = readFileSync(saved, 'utf8');
    const level = JSON.parse(json) as { articles: { id: string; text: string }[]; rounds: { explanation: { en: string } }[]; languages: string[] };
    expect(level.articles.map((a) => a.id)).toEqual(['al-jazeera', 'afp-via-the-moscow-times', 'unnamed-aggregator']);
    expect(level.articles[0]!.text).toBe(ARTICLES[0]!.text);
    expect(level.rounds).toHaveLength(accepted);
    expect(level.rounds[0]!.explanation.en).toBe(explanation);
    expect(level.languages).toEqual(['en', 'es']);
    const check = execFileSync('npx', ['tsx', 'src/cli/levels-check.ts', saved], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    void check; // execFileSync throws on a non-zero exit

    // Back on the title screen, drop the file and play it to the end.
    await page.getByRole('link', { name: 'Back to the game' }).click();
    await page.getByRole('heading', { name: 'Choose a level' }).waitFor();
    await page.evaluate((text) => {
      const file = new File([text], 'geneva-talks-three-ways.json', { type: 'application/json' });
      const dt = new DataTransfer();
      dt.items.add(file);
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, json);
    await page.getByText(`Round 1 of ${accepted}`).first().waitFor();
    // Play as a player does: pick (tick, then confirm, for who said it?), then point at a sentence
    // in the articles beside the round (the first time) or skip that step, then go on.
    let pointed = 0;
    let skipped = 0;
    for (let step = 0; step < 300; step++) {
      await rendered(page);
      if (await page.getByRole('heading', { name: 'Level complete' }).isVisible()) break;
      const next = page.locator('button.next');
      if (await next.isVisible()) await next.click();
      else if (await page.locator('.evidence-step').isVisible()) {
        if (pointed === 0) {
          const sentence = page.locator('.article-col .sentence').first();
          await sentence.scrollIntoViewIfNeeded();
          await sentence.click();
          await page.locator('.confirm-evidence').click();
          pointed++;
        } else {
          await page.locator('.skip-evidence').click();
          skipped++;
        }
      } else if (await page.locator('.choice').first().isVisible()) {
        await page.locator('.choice').first().click();
        const confirm = page.locator('button.confirm');
        if (await confirm.isVisible()) await confirm.click();
      } else await page.waitForTimeout(50);
    }
    await page.getByRole('heading', { name: 'Level complete' }).waitFor();
    expect(pointed + skipped).toBe(accepted);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the draft through a reload, fits a phone, and plays a preview straight from the editor', async () => {
    const { page, errors, context } = await openPage(browser, PHONE);
    await openEditor(page);
    await noHorizontalScroll(page);
    expect(await smallTargets(page, EDITOR_CONTROLS)).toEqual([]);
    await page.getByLabel('Title (English)').fill('Draft that survives');
    await page.getByLabel('Title (Spanish)').fill('Borrador que sobrevive');
    await page.getByLabel('Description (English)').fill('A level made on a phone.');
    await page.getByLabel('Description (Spanish)').fill('Un nivel hecho en un teléfono.');
    await fillArticle(page, 1, ARTICLES[0]!.outlet, ARTICLES[0]!.text);
    await fillArticle(page, 2, ARTICLES[1]!.outlet, ARTICLES[1]!.text);
    await page.getByRole('button', { name: 'Suggest rounds' }).tap();
    await page.locator('.ed-round').first().waitFor();
    // Two articles: the editor says why there are no "who said it?" rounds.
    await expect(page.locator('#ed-readiness').textContent()).resolves.toContain('need at least three articles');
    await page.locator('.ed-round[data-status="suggested"]').first().getByRole('button', { name: 'Accept' }).tap();
    await expect.poll(() => page.locator('.ed-save-state').textContent()).toBe('Draft saved on this device.');
    await noHorizontalScroll(page);
    expect(await smallTargets(page, EDITOR_CONTROLS)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(RESULTS, 'editor-phone.png') });
    await page.locator('.ed-round').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(RESULTS, 'editor-phone-rounds.png') });

    await page.reload();
    await page.getByRole('heading', { name: 'Make a level', level: 1 }).waitFor();
    await expect(page.getByLabel('Title (English)').inputValue()).resolves.toBe('Draft that survives');
    await expect(page.locator('.ed-article').nth(1).getByLabel('Article text').inputValue()).resolves.toBe(ARTICLES[1]!.text.replace(/\r\n?/g, '\n'));
    await expect(page.locator('.ed-round[data-status="accepted"]').count()).resolves.toBe(1);
    await expect.poll(() => page.locator('.ed-statusbar .ed-status').textContent()).toBe('Your draft was restored.');

    // Preview: the level plays at once, and the draft is still there afterwards.
    await page.getByRole('button', { name: 'Play it now' }).tap();
    await page.getByText('Round 1 of 1').first().waitFor();
    await expect(page.evaluate(() => window.location.hash)).resolves.toBe('');
    await page.goto(`${server.url}#/editor`);
    await page.getByRole('heading', { name: 'Make a level', level: 1 }).waitFor();
    await expect(page.getByLabel('Title (English)').inputValue()).resolves.toBe('Draft that survives');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows problems next to the round, and survives bad input: markup, binary files, a 5 MB article, a corrupt draft, a full storage', async () => {
    const { page, errors, context } = await openPage(browser, DESKTOP);
    await context.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"version": 1, "title": not json');
        sessionStorage.setItem('seeded', '1');
      }
    }, DRAFT_KEY);
    await openEditor(page);
    await page.getByRole('alert').getByText('The saved draft could not be read').waitFor();
    const backups = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}.corrupt.`)), DRAFT_KEY);
    expect(backups).toHaveLength(1);

    // Markup in an article stays text: shown as typed, never run.
    const hostile = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">\nThe council said the bridge will cost 2.4 million euros.';
    await fillArticle(page, 1, '<b>Evil</b> Times', hostile);
    await fillArticle(page, 2, 'Plain News', 'The council said the bridge will cost 2.4 million euros.\nOthers disagreed.');
    await expect(page.locator('.ed-article').first().locator('.ed-warning').textContent()).resolves.toContain('HTML tags');
    await expect(page.locator('.ed-article h3').first().textContent()).resolves.toBe('Article 1: <b>Evil</b> Times');

    // A binary file and an empty file dropped: clear messages, nothing lost.
    await page.evaluate(() => {
      const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])], 'photo.png', { type: 'image/png' });
      const empty = new File([''], 'empty.txt', { type: 'text/plain' });
      const dt = new DataTransfer();
      dt.items.add(png);
      dt.items.add(empty);
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.getByRole('alert').getByText('photo.png is not a text file').waitFor();
    await page.getByRole('alert').getByText('empty.txt is empty').waitFor();
    await expect(page.locator('.ed-article').count()).resolves.toBe(2);

    // A text file with front matter dropped: a third article, its outlet read from the front matter.
    await page.evaluate(() => {
      const f = new File(['---\noutlet: Front Matter Daily\ndate: 2022-01-21\n---\nThe bridge will cost 2.4 million euros, the council said.\n'], 'fm.txt', { type: 'text/plain' });
      const dt = new DataTransfer();
      dt.items.add(f);
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => page.locator('.ed-article').count()).toBe(3);
    await expect(page.locator('.ed-article').nth(2).getByLabel('Outlet name').inputValue()).resolves.toBe('Front Matter Daily');

    // A round written by hand with a quote that is not in the article: the problem shows in the round, as levels:check words it.
    await page.getByLabel('Title (English)').fill('Broken on purpose');
    await page.getByLabel('Title (Spanish)').fill('Roto a propósito');
    await page.getByLabel('Description (English)').fill('d');
    await page.getByLabel('Description (Spanish)').fill('d');
    await page.getByLabel('Write a round yourself').selectOption('opinion-or-reporting');
    await page.getByRole('button', { name: 'Add this round' }).click();
    const own = page.locator('.ed-round').last();
    await expect(own.locator('.ed-confidence').count()).resolves.toBe(0);
    await own.getByLabel('Passage the player judges').fill('A sentence that no article contains.');
    await own.getByLabel('Explanation (English)').fill('Why.');
    await own.getByLabel('Explanation (Spanish)').fill('Por qué.');
    await page.getByRole('button', { name: 'Play it now' }).click();
    await own.locator('.ed-round-problems').waitFor();
    let problems = await own.locator('.ed-round-problems li').allTextContents();
    expect(problems, problems.join('\n')).toEqual([expect.stringMatching(/^broken-on-purpose\.json:\d+:\d+: "evidence" needs at least 1 item \(at \/rounds\/0\/evidence\)$/)]);
    // Pick evidence, check again: now the passage itself is the problem.
    const ownKey = await own.getAttribute('data-round-key');
    await own.locator('summary', { hasText: 'Pick evidence in an article' }).click();
    await own.locator('.ed-article-text').waitFor();
    await selectInPanel(page, `.ed-round[data-round-key="${ownKey}"] .ed-article-text`, 0, 20);
    await own.getByRole('button', { name: 'Use selection as evidence' }).click();
    await expect.poll(() => own.locator('.ed-evidence').count()).toBe(1);
    await page.getByRole('button', { name: 'Play it now' }).click();
    await expect
      .poll(() => own.locator('.ed-round-problems li').allTextContents())
      .toEqual([
        expect.stringMatching(/^broken-on-purpose\.json:\d+:\d+: quote not found in article "[^"]+": "A sentence that no article contains\." \(at \/rounds\/0\/passage\) — hint: /),
      ]);
    problems = await own.locator('.ed-round-problems li').allTextContents();
    // The same words as the command-line check.
    const file = join(RESULTS, 'broken-on-purpose.json');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the level' }).click()]);
    await download.saveAs(file);
    let cli = '';
    try {
      execFileSync('npx', ['tsx', 'src/cli/levels-check.ts', file], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      cli = `${(e as { stdout?: string }).stdout ?? ''}${(e as { stderr?: string }).stderr ?? ''}`;
    }
    expect(cli).toContain(problems[0]!.replace(/^broken-on-purpose\.json/, ''));
    await expect(page.evaluate(() => window.location.hash)).resolves.toBe('#/editor');
    await page.screenshot({ path: join(RESULTS, 'editor-desktop-problems.png') });

    // A 5 MB article: kept, flagged, left out of the analysis; the page stays responsive.
    const big = 'The bridge will cost 2.4 million euros, the council said on Monday in a long statement.\n'.repeat(Math.ceil((5 * 1024 * 1024) / 88));
    const started = Date.now();
    await page.evaluate((text) => {
      const area = document.querySelectorAll<HTMLTextAreaElement>('.ed-article textarea')[1] as HTMLTextAreaElement;
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, big);
    await expect(page.locator('.ed-article').nth(1).locator('.ed-warning').textContent()).resolves.toContain('very large (5.0 MB)');
    await page.getByRole('button', { name: /Suggest/ }).click();
    await expect.poll(() => page.locator('#ed-readiness').textContent()).toMatch(/too large to analyse/);
    expect(Date.now() - started).toBeLessThan(20_000);
    // The draft no longer fits in the browser's storage: the editor says so instead of failing.
    await page
      .getByRole('alert')
      .getByText(/could not be saved|cannot be saved/)
      .waitFor({ timeout: 5_000 })
      .catch(() => undefined);
    const quotaShown = await page
      .getByRole('alert')
      .getByText(/could not be saved/)
      .count();
    const saved = await page.evaluate((key) => (localStorage.getItem(key) ?? '').length, DRAFT_KEY);
    expect(quotaShown > 0 || saved > 5_000_000, 'either saved or told it could not be').toBe(true);

    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#editor script, #editor img').count()).toBe(0);

    // New level asks first; saying no keeps everything.
    await page.getByRole('button', { name: 'New level' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Start a new level?').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByLabel('Title (English)').inputValue()).resolves.toBe('Broken on purpose');
    await page.getByRole('button', { name: 'New level' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete draft and start again' }).click();
    await expect(page.getByLabel('Title (English)').inputValue()).resolves.toBe('');

    expect(errors).toEqual([]);
    await context.close();
  });
});
