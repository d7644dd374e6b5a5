import type { Page } from 'playwright-core';

/**
 * Drive a level through the page's own store (window.__lateral.store), with the rules' own
 * actions: the tests here are about what the page draws and keeps offline, not about which
 * button a view puts where (play.test.ts presses the buttons).
 */

export async function waitForStore(page: Page): Promise<void> {
  await page.waitForFunction(() => !!(window as unknown as { __lateral?: { store?: unknown } }).__lateral?.store, null, { timeout: 30_000 });
}

export async function waitForLevel(page: Page, levelId: string): Promise<void> {
  await page.waitForFunction((id) => (window as any).__lateral.store.getState().levels.some((l: any) => l.file.id === id), levelId, { timeout: 30_000 });
}

export async function startLevel(page: Page, levelId: string, seed = 1): Promise<void> {
  await waitForLevel(page, levelId);
  await page.evaluate(([id, s]) => (window as any).__lateral.store.getState().startLevel(id, s), [levelId, seed] as const);
}

/** Answer the current round with its key and point at its evidence: the round is then in feedback. */
export async function answerRound(page: Page): Promise<{ type: string; index: number; total: number }> {
  return page.evaluate(() => {
    const store = (window as any).__lateral.store;
    const run = store.getState().run;
    const round = run.rounds[run.index];
    for (const q of round.questions) {
      if (q.multi) {
        for (const c of q.correct) store.getState().act({ type: 'toggle', option: c });
        store.getState().act({ type: 'confirm' });
      } else store.getState().act({ type: 'choose', option: q.correct[0] });
    }
    // Point at the key's own evidence, as a careful reader would.
    const ev = round.evidence[0];
    if (ev) {
      store.getState().act({ type: 'point', span: { articleId: ev.articleId, start: ev.span.start, end: ev.span.end } });
      store.getState().act({ type: 'confirmEvidence' });
    }
    return { type: round.type, index: run.index, total: run.rounds.length };
  });
}

export async function nextRound(page: Page): Promise<void> {
  await page.evaluate(() => (window as any).__lateral.store.getState().act({ type: 'next' }));
}

export async function screen(page: Page): Promise<string> {
  return page.evaluate(() => (window as any).__lateral.store.getState().screen);
}
