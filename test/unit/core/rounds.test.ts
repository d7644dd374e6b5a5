import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadLevelText } from '../../../src/core/levelLoad';
import { buildRun } from '../../../src/core/rounds';
import { loadNodeLibrary } from '../../../src/cli/nodeLibrary';
import { createRng, shuffled } from '../../../src/core/rng';

const { library } = loadNodeLibrary();
const level = (() => {
  const loaded = loadLevelText('finale', readFileSync(new URL('../../../levels/04-finale.json', import.meta.url), 'utf8'), library);
  if (!loaded.ok) throw new Error(loaded.lines.join('\n'));
  return loaded.level;
})();

describe('round building', () => {
  it('replays the same run from the same seed', () => {
    expect(buildRun(level, 7)).toEqual(buildRun(level, 7));
  });

  it('orders rounds and options differently for another seed, with the same rounds and answers', () => {
    const a = buildRun(level, 1);
    const b = buildRun(level, 2);
    expect(a.map((r) => r.id)).not.toEqual(b.map((r) => r.id));
    expect([...a.map((r) => r.id)].sort()).toEqual([...b.map((r) => r.id)].sort());
    for (const ra of a) {
      const rb = b.find((r) => r.id === ra.id);
      expect(rb?.questions.map((q) => [...q.correct].sort())).toEqual(ra.questions.map((q) => [...q.correct].sort()));
    }
  });

  it('shows every round type with the questions its type asks', () => {
    const run = buildRun(level);
    const byType = (t: string) => run.find((r) => r.type === t);
    expect(byType('who-said-it')?.questions.map((q) => q.id)).toEqual(['outlet']);
    expect(byType('opinion-or-reporting')?.questions.map((q) => q.id)).toEqual(['kind', 'cue']);
    expect(byType('conflicting-figures')?.questions.map((q) => q.id).slice(0, 2)).toEqual(['conflict', 'reason']);
    for (const r of run) {
      for (const q of r.questions) {
        expect(q.correct.every((c) => q.options.some((o) => o.id === c))).toBe(true);
        if (r.type === 'who-said-it') expect(q.options.length).toBeGreaterThanOrEqual(3);
      }
      expect(r.evidence.length).toBeGreaterThan(0);
    }
  });

  it('shuffles deterministically without losing items', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const s = shuffled(items, createRng(42));
    expect(s).toEqual(shuffled(items, createRng(42)));
    expect([...s].sort()).toEqual(items);
  });
});
