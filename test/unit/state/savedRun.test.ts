import { describe, expect, it } from 'vitest';
import { MemoryStorage } from './memoryStorage';
import { readFileSync } from 'node:fs';
import { createGameStore } from '../../../src/state/store';
import { keepRunAcrossReloads, loadSavedRun, RUN_KEY } from '../../../src/state/savedRun';
import { loadLevelText } from '../../../src/core/levelLoad';
import { loadNodeLibrary } from '../../../src/cli/nodeLibrary';

const { library } = loadNodeLibrary();
const levelFrom = (text: string) => {
  const loaded = loadLevelText('l', text, library);
  if (!loaded.ok) throw new Error(loaded.lines.join('\n'));
  return loaded.level;
};
const levelText = readFileSync(new URL('../../../levels/02-opinion-or-reporting.json', import.meta.url), 'utf8');
const level = levelFrom(levelText);

/** Play the first round to its feedback and go on to the second. */
function playOneRound(store: ReturnType<typeof createGameStore>) {
  const s = () => store.getState();
  for (let guard = 0; guard < 20 && s().run?.index === 0; guard++) {
    const run = s().run!;
    const q = run.rounds[run.index]!.questions[run.questionIndex];
    if (run.stage === 'answer' && q) {
      if (q.multi) {
        q.correct.forEach((c) => s().act({ type: 'toggle', option: c }));
        s().act({ type: 'confirm' });
      } else s().act({ type: 'choose', option: q.correct[0]! });
    } else if (run.stage === 'evidence') s().act({ type: 'skipEvidence' });
    else s().act({ type: 'next' });
  }
}

describe('a run in progress survives a reload', () => {
  it('is saved on each change and resumed where the player was, answers included', () => {
    const storage = new MemoryStorage();
    const before = createGameStore({ storage, newSeed: () => 7 });
    before.getState().setLevels([level], []);
    keepRunAcrossReloads(before, storage);
    before.getState().startLevel(level.file.id);
    playOneRound(before);
    const was = before.getState().run!;
    expect(was.index).toBe(1);

    const after = createGameStore({ storage });
    after.getState().setLevels([level], []);
    keepRunAcrossReloads(after, storage);
    const now = after.getState().run!;
    expect(after.getState().screen).toBe('round');
    expect({ ...now, rounds: now.rounds.map((r) => r.id) }).toEqual({ ...was, rounds: was.rounds.map((r) => r.id) });
  });

  it('waits for a level that loads later (levels after the first, opened files)', () => {
    const storage = new MemoryStorage();
    const before = createGameStore({ storage, newSeed: () => 3 });
    before.getState().setLevels([level], []);
    keepRunAcrossReloads(before, storage);
    before.getState().startLevel(level.file.id);

    const after = createGameStore({ storage });
    keepRunAcrossReloads(after, storage);
    expect(after.getState().run).toBeNull();
    after.getState().setLevels([level], []);
    expect(after.getState().run?.levelId).toBe(level.file.id);
  });

  it('is cleared when the level is finished or left', () => {
    const storage = new MemoryStorage();
    const store = createGameStore({ storage });
    store.getState().setLevels([level], []);
    keepRunAcrossReloads(store, storage);
    store.getState().startLevel(level.file.id);
    expect(storage.getItem(RUN_KEY)).not.toBeNull();
    store.getState().quit();
    expect(storage.getItem(RUN_KEY)).toBeNull();
  });

  it('is refused, not misapplied, when the level changed under it', () => {
    const storage = new MemoryStorage();
    const before = createGameStore({ storage });
    before.getState().setLevels([level], []);
    keepRunAcrossReloads(before, storage);
    before.getState().startLevel(level.file.id);
    playOneRound(before);

    const file = JSON.parse(levelText) as { rounds: { id: string }[] };
    file.rounds = file.rounds.slice(1).map((r, i) => ({ ...r, id: `renamed-${i}` }));
    const changed = levelFrom(JSON.stringify(file));
    const after = createGameStore({ storage });
    after.getState().setLevels([changed], []);
    keepRunAcrossReloads(after, storage);
    expect(after.getState().run).toBeNull();
    expect(after.getState().screen).toBe('title');
    expect(storage.getItem(RUN_KEY)).toBeNull();
  });

  it('a corrupt or foreign saved run is copied aside and ignored; a new one is not overwritten by it', () => {
    const storage = new MemoryStorage();
    storage.setItem(RUN_KEY, '{"version":1,"run":{"levelId":"x","seed":"NaN"}}');
    expect(loadSavedRun(storage)).toBeNull();
    expect([...storage.data.keys()].some((k) => k.startsWith(`${RUN_KEY}.corrupt.`))).toBe(true);
    expect(storage.getItem(RUN_KEY)).toBeNull();
    storage.setItem(RUN_KEY, JSON.stringify({ version: 2, run: {} }));
    expect(loadSavedRun(storage)).toBeNull();
  });

  it('a start before the saved level arrives wins over the saved run', () => {
    const storage = new MemoryStorage();
    const before = createGameStore({ storage, newSeed: () => 5 });
    before.getState().setLevels([level], []);
    keepRunAcrossReloads(before, storage);
    before.getState().startLevel(level.file.id);
    playOneRound(before);

    const after = createGameStore({ storage, newSeed: () => 9 });
    keepRunAcrossReloads(after, storage);
    after.getState().setLevels([level], []); // resumes…
    after.getState().quit();
    after.getState().startLevel(level.file.id);
    expect(after.getState().run?.index).toBe(0);
    expect(after.getState().run?.seed).toBe(9);
  });

  it('storage that refuses writes does not stop play', () => {
    const storage = new MemoryStorage();
    storage.full = true;
    const store = createGameStore({ storage });
    store.getState().setLevels([level], []);
    keepRunAcrossReloads(store, storage);
    expect(() => store.getState().startLevel(level.file.id)).not.toThrow();
    expect(store.getState().run).not.toBeNull();
  });
});
