import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createGameStore } from '../../../src/state/store';
import { loadLevelText } from '../../../src/core/levelLoad';
import { loadNodeLibrary } from '../../../src/cli/nodeLibrary';
import { syncHistory } from '../../../src/ui/history';

const { library } = loadNodeLibrary();
const level = (() => {
  const loaded = loadLevelText('l', readFileSync(new URL('../../../levels/02-opinion-or-reporting.json', import.meta.url), 'utf8'), library);
  if (!loaded.ok) throw new Error(loaded.lines.join('\n'));
  return loaded.level;
})();

/** A browser's session history, as far as the game uses it. */
class FakeHistory {
  entries: unknown[] = [null];
  index = 0;
  pushState(state: unknown): void {
    this.entries = [...this.entries.slice(0, this.index + 1), state];
    this.index++;
  }
  replaceState(state: unknown): void {
    this.entries[this.index] = state;
  }
}

const g = globalThis as unknown as { history?: FakeHistory; window?: unknown };
let listeners: ((e: { state: unknown }) => void)[] = [];
let fake: FakeHistory;
beforeEach(() => {
  fake = new FakeHistory();
  listeners = [];
  g.history = fake;
  g.window = { addEventListener: (_: string, f: (e: { state: unknown }) => void) => listeners.push(f), removeEventListener: () => undefined };
});
afterEach(() => {
  delete g.history;
  delete g.window;
});

/** The browser's Back button: the previous entry, then the page's popstate listeners. */
function back(): void {
  fake.index--;
  for (const f of listeners) f({ state: fake.entries[fake.index] });
}

describe('browser history follows the screens', () => {
  it('writes nothing inside the tap that starts a round, and the entries once the screen has painted', () => {
    const store = createGameStore({});
    store.getState().setLevels([level], []);
    const painted: (() => void)[] = [];
    syncHistory(
      store,
      () => true,
      (write) => painted.push(write),
    );
    store.getState().startLevel(level.file.id, 1);
    expect(fake.entries).toEqual([null]);
    for (const write of painted.splice(0)) write();
    expect(fake.entries).toEqual([{ lateral: 'title' }, { lateral: 'round' }]);
    expect(fake.index).toBe(1);
  });

  it('Back from a round asks first; yes returns to the title, no stays in the round', () => {
    const store = createGameStore({});
    store.getState().setLevels([level], []);
    let answer = false;
    syncHistory(
      store,
      () => answer,
      (write) => write(),
    );
    store.getState().startLevel(level.file.id, 1);
    back();
    expect(store.getState().screen).toBe('round');
    expect(fake.entries[fake.index]).toEqual({ lateral: 'round' });
    answer = true;
    back();
    expect(store.getState().screen).toBe('title');
  });
});
