import { describe, expect, it } from 'vitest';
import { MemoryStorage } from './memoryStorage';
import { readFileSync } from 'node:fs';
import { createGameStore } from '../../../src/state/store';
import { PROGRESS_KEY } from '../../../src/state/progress';
import { loadLevelText } from '../../../src/core/levelLoad';
import { loadNodeLibrary } from '../../../src/cli/nodeLibrary';

const { library } = loadNodeLibrary();
const level = (() => {
  const loaded = loadLevelText('l', readFileSync(new URL('../../../levels/02-opinion-or-reporting.json', import.meta.url), 'utf8'), library);
  if (!loaded.ok) throw new Error(loaded.lines.join('\n'));
  return loaded.level;
})();

/** Every answer right with its evidence, or every answer wrong with none; always through the core rules. */
function playThrough(store: ReturnType<typeof createGameStore>, pickRight: boolean) {
  store.getState().startLevel(level.file.id, 7);
  for (;;) {
    const s = store.getState();
    if (s.screen === 'results') break;
    const run = s.run!;
    const round = run.rounds[run.index]!;
    if (run.stage === 'feedback') {
      s.act({ type: 'next' });
      continue;
    }
    if (run.stage === 'evidence') {
      const ev = round.evidence[0]!;
      if (pickRight) {
        s.act({ type: 'point', span: { articleId: ev.articleId, ...ev.span } });
        s.act({ type: 'confirmEvidence' });
      } else s.act({ type: 'skipEvidence' });
      continue;
    }
    const q = round.questions[run.questionIndex]!;
    const wrong = q.options.find((o) => !q.correct.includes(o.id))!.id;
    if (q.multi) {
      for (const id of pickRight ? q.correct : [wrong]) s.act({ type: 'toggle', option: id });
      s.act({ type: 'confirm' });
    } else s.act({ type: 'choose', option: pickRight ? q.correct[0]! : wrong });
  }
}

describe('the store', () => {
  it('plays a level to results and saves the best score under a versioned key', () => {
    const storage = new MemoryStorage();
    const store = createGameStore({ storage, now: () => '2026-01-01T00:00:00Z' });
    store.getState().setLevels([level], []);
    playThrough(store, true);
    const result = store.getState().lastResult!;
    expect(result.score.points).toBe(result.score.max);
    const saved = JSON.parse(storage.getItem(PROGRESS_KEY)!);
    expect(saved.version).toBe(1);
    expect(saved.state.progress.levels[level.file.id]).toEqual({ bestCorrect: result.score.max, bestTotal: result.score.max, plays: 1, lastPlayed: '2026-01-01T00:00:00Z' });

    // A new store on the same storage (a reload) sees the progress.
    const reloaded = createGameStore({ storage });
    expect(reloaded.getState().progress.levels[level.file.id]?.bestCorrect).toBe(result.score.max);
  });

  it('writes nothing on a first visit until there is progress to keep, then saves it', () => {
    const storage = new MemoryStorage();
    const writes: string[] = [];
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (k, v) => (writes.push(k), setItem(k, v));
    const store = createGameStore({ storage, now: () => '2026-01-01T00:00:00Z' });
    store.getState().setLevels([level], []);
    expect(writes).toEqual([]);
    expect(store.getState().saveStatus).toBe('saved');
    playThrough(store, true);
    expect(writes).toContain(PROGRESS_KEY);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).state.progress.levels[level.file.id]?.plays).toBe(1);
  });

  it('keeps the best score when a later play is worse', () => {
    const storage = new MemoryStorage();
    const store = createGameStore({ storage });
    store.getState().setLevels([level], []);
    playThrough(store, true);
    playThrough(store, false);
    const p = store.getState().progress.levels[level.file.id]!;
    expect(p.bestCorrect).toBe(p.bestTotal);
    expect(p.plays).toBe(2);
  });

  it('ignores answers that are not options, moves out of turn and answers outside a round', () => {
    const store = createGameStore({ storage: new MemoryStorage() });
    store.getState().setLevels([level], []);
    store.getState().act({ type: 'choose', option: 'reporting' });
    expect(store.getState().screen).toBe('title');
    store.getState().startLevel(level.file.id);
    const before = store.getState().run;
    store.getState().act({ type: 'choose', option: 'not-an-option' });
    store.getState().act({ type: 'next' });
    expect(store.getState().run).toBe(before);
    expect(store.getState().run?.plays).toEqual({});
  });

  it('survives a corrupt save: starts fresh, keeps a backup and tells the player', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, '{"state": {"progress": {"levels": 12}}, "version": 1}');
    const store = createGameStore({ storage });
    expect(store.getState().progress.levels).toEqual({});
    expect(store.getState().notices).toEqual(['corruptSave']);
    const backup = [...storage.data.keys()].find((k) => k.startsWith(`${PROGRESS_KEY}.corrupt.`));
    expect(backup && storage.getItem(backup)).toBe('{"state": {"progress": {"levels": 12}}, "version": 1}');
  });

  it('survives unparseable JSON in the save', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, '{oops');
    const store = createGameStore({ storage });
    expect(store.getState().notices).toEqual(['corruptSave']);
    expect(store.getState().screen).toBe('title');
  });

  it('migrates a version 0 save instead of discarding it', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, JSON.stringify({ state: { progress: { 'opinion-or-reporting': 7 } }, version: 0 }));
    const store = createGameStore({ storage });
    expect(store.getState().progress.levels['opinion-or-reporting']).toEqual({ bestCorrect: 7, bestTotal: 7, plays: 1 });
    expect(store.getState().notices).toEqual([]);
  });

  it('keeps playing when the device storage is full, and says progress was not saved', () => {
    const storage = new MemoryStorage();
    storage.full = true;
    const store = createGameStore({ storage });
    store.getState().setLevels([level], []);
    expect(() => playThrough(store, true)).not.toThrow();
    expect(store.getState().screen).toBe('results');
    expect(store.getState().notices).toContain('saveFailed');
  });

  it('works with no storage at all (private mode)', () => {
    const store = createGameStore({ storage: undefined });
    store.getState().setLevels([level], []);
    playThrough(store, true);
    expect(store.getState().screen).toBe('results');
  });
});
