import { describe, expect, it } from 'vitest';
import { createGameStore } from '../../../src/state/store';
import { PROGRESS_KEY, recordPlay } from '../../../src/state/progress';

/**
 * localStorage stand-in with the faults real browsers show: `full` makes every write throw a
 * quota error, `blocked` makes every access throw (storage disabled by policy).
 */
class FaultyStorage implements Storage {
  data = new Map<string, string>();
  full = false;
  blocked = false;
  writes = 0;
  private check() {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  get length() {
    this.check();
    return this.data.size;
  }
  clear() {
    this.check();
    this.data.clear();
  }
  getItem(k: string) {
    this.check();
    return this.data.get(k) ?? null;
  }
  key(i: number) {
    this.check();
    return [...this.data.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.check();
    this.data.delete(k);
  }
  setItem(k: string, v: string) {
    this.check();
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.writes++;
    this.data.set(k, v);
  }
  backups(): string[] {
    return [...this.data.keys()].filter((k) => k !== PROGRESS_KEY);
  }
}

const saved = (s: Storage) => JSON.parse(s.getItem(PROGRESS_KEY) ?? 'null') as { version: number; state: { progress: { levels: Record<string, { bestCorrect: number }> } } } | null;
const currentSave = (levels: Record<string, unknown>, version?: number) => JSON.stringify({ state: { progress: { levels } }, ...(version === undefined ? {} : { version }) });
const someLevels = { 'who-said-it': { bestCorrect: 3, bestTotal: 4, plays: 2 } };

/** What finishing a level does to the store (the run logic itself is tested elsewhere). */
function finishLevel(store: ReturnType<typeof createGameStore>, id: string, correct: number, total: number) {
  store.setState({ progress: recordPlay(store.getState().progress, id, correct, total, '2026-01-01T00:00:00Z') });
}

describe('storage faults: the player is told the truth and no progress is lost', () => {
  it('a save with no version field but current-format progress is kept, not discarded', () => {
    const storage = new FaultyStorage();
    storage.setItem(PROGRESS_KEY, currentSave(someLevels));
    const store = createGameStore({ storage });
    expect(store.getState().progress.levels).toEqual(someLevels);
    expect(store.getState().notices).toEqual([]);
    finishLevel(store, 'other', 1, 1);
    expect(saved(storage)?.state.progress.levels['who-said-it']?.bestCorrect).toBe(3);
    expect(saved(storage)?.version).toBe(1);
  });

  it('a version 0 save holding current-format progress is kept too', () => {
    const storage = new FaultyStorage();
    storage.setItem(PROGRESS_KEY, currentSave(someLevels, 0));
    expect(createGameStore({ storage }).getState().progress.levels).toEqual(someLevels);
  });

  it('an old version 0 map is migrated, and the original is copied aside before it is first replaced', () => {
    const storage = new FaultyStorage();
    const old = JSON.stringify({ state: { progress: { 'opinion-or-reporting': 7 } }, version: 0 });
    storage.setItem(PROGRESS_KEY, old);
    const store = createGameStore({ storage });
    expect(store.getState().progress.levels['opinion-or-reporting']).toMatchObject({ bestCorrect: 7 });
    expect(storage.getItem(PROGRESS_KEY)).toBe(old); // nothing new yet: nothing written
    store.getState().setSound(false);
    expect(saved(storage)?.state.progress.levels['opinion-or-reporting']?.bestCorrect).toBe(7);
    expect(storage.backups().map((k) => storage.getItem(k))).toEqual([old]);
  });

  it('a corrupt save is copied to a backup and left in place until there is something new to write', () => {
    const storage = new FaultyStorage();
    const corrupt = '{"state": {"progress": {"levels": 12}}, "version": 1}';
    storage.setItem(PROGRESS_KEY, corrupt);
    const store = createGameStore({ storage });
    // Startup work (levels, screens) must not overwrite the original with empty progress.
    store.getState().setLevels([], []);
    store.setState({ screen: 'title' });
    expect(storage.getItem(PROGRESS_KEY)).toBe(corrupt);
    expect(store.getState().notices).toEqual(['corruptSave']);
    const [backup] = storage.backups();
    expect(backup && storage.getItem(backup)).toBe(corrupt);
    // A second start does not pile up copies of the same text.
    createGameStore({ storage });
    expect(storage.backups()).toHaveLength(1);
    finishLevel(store, 'x', 2, 3);
    expect(saved(storage)?.state.progress.levels.x?.bestCorrect).toBe(2);
  });

  it('a corrupt save while storage is full: no false "copy kept", the original stays untouched', () => {
    const storage = new FaultyStorage();
    const corrupt = '{oops';
    storage.setItem(PROGRESS_KEY, corrupt);
    storage.full = true;
    const store = createGameStore({ storage });
    expect(store.getState().notices).toEqual(['corruptSaveNoRoom']);
    expect(store.getState().notices).not.toContain('corruptSave');
    expect(store.getState().saveStatus).toBe('unsaved');
    finishLevel(store, 'x', 1, 2);
    expect(storage.getItem(PROGRESS_KEY)).toBe(corrupt);
    expect(store.getState().saveStatus).toBe('unsaved');
    expect(store.getState().progress.levels.x?.bestCorrect).toBe(1); // kept in memory
    // Room again: the copy is made first, then the new progress is written.
    storage.full = false;
    finishLevel(store, 'y', 1, 1);
    expect(storage.backups().map((k) => storage.getItem(k))).toEqual([corrupt]);
    expect(Object.keys(saved(storage)?.state.progress.levels ?? {})).toEqual(['x', 'y']);
    expect(store.getState().saveStatus).toBe('saved');
  });

  it('quota exceeded: play goes on, the status says unsaved, and the next write retries', () => {
    const storage = new FaultyStorage();
    const store = createGameStore({ storage });
    expect(store.getState().saveStatus).toBe('saved');
    storage.full = true;
    expect(() => finishLevel(store, 'x', 3, 3)).not.toThrow();
    expect(store.getState().saveStatus).toBe('unsaved');
    expect(store.getState().notices).toContain('saveFailed');
    storage.full = false;
    finishLevel(store, 'y', 1, 3);
    expect(Object.keys(saved(storage)?.state.progress.levels ?? {})).toEqual(['x', 'y']);
    expect(store.getState().saveStatus).toBe('saved');
    expect(store.getState().notices).not.toContain('saveFailed');
  });

  it('storage disabled (every access throws): unavailable, and nothing is written over a save it could not see', () => {
    const storage = new FaultyStorage();
    storage.setItem(PROGRESS_KEY, currentSave(someLevels, 1));
    storage.blocked = true;
    const store = createGameStore({ storage });
    expect(store.getState().saveStatus).toBe('unavailable');
    finishLevel(store, 'x', 1, 1);
    expect(store.getState().progress.levels.x?.bestCorrect).toBe(1);
    storage.blocked = false;
    finishLevel(store, 'y', 1, 1);
    expect(saved(storage)?.state.progress.levels).toEqual(someLevels);
  });

  it('no storage at all (the localStorage getter threw): unavailable, play goes on', () => {
    const store = createGameStore({ storage: undefined });
    expect(store.getState().saveStatus).toBe('unavailable');
    expect(() => finishLevel(store, 'x', 1, 1)).not.toThrow();
    expect(store.getState().progress.levels.x?.bestCorrect).toBe(1);
  });

  it('storage cleared mid-level: the next change writes everything the player has', () => {
    const storage = new FaultyStorage();
    const store = createGameStore({ storage });
    finishLevel(store, 'first', 2, 2);
    storage.clear();
    finishLevel(store, 'second', 1, 2);
    expect(Object.keys(saved(storage)?.state.progress.levels ?? {})).toEqual(['first', 'second']);
  });

  it('an unchanged state is not written again (startup writes nothing)', () => {
    const storage = new FaultyStorage();
    storage.setItem(PROGRESS_KEY, JSON.stringify({ state: { progress: { levels: someLevels } }, version: 1 }));
    const before = storage.writes;
    const store = createGameStore({ storage });
    store.getState().setLevels([], []);
    store.setState({ screen: 'title' });
    expect(storage.writes).toBe(before);
  });
});
