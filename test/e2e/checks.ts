import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** A phone player must never scroll sideways. */
export async function noHorizontalScroll(page: Page): Promise<void> {
  const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  expect(scroll, 'page scrolls sideways').toBeLessThanOrEqual(inner);
}

/** Visible controls matching `selector` that are smaller than a finger (44 px), as "text w×h". */
export async function smallTargets(page: Page, selector = 'button, summary'): Promise<string[]> {
  return page.evaluate(
    (sel) =>
      [...document.querySelectorAll(sel)]
        .filter((b) => (b as HTMLElement).offsetParent !== null)
        .map((b) => ({ r: b.getBoundingClientRect(), t: b.textContent?.trim() || b.id }))
        .filter(({ r }) => r.width < 44 || r.height < 44)
        .map(({ r, t }) => `${t} ${Math.round(r.width)}×${Math.round(r.height)}`),
    selector,
  );
}

/**
 * Waits until the question side shows the store's state: a change that brings a new screen
 * renders in a task after the tap (#ui is aria-busy meanwhile).
 */
export async function rendered(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.getElementById('ui')?.hasAttribute('aria-busy'));
}
