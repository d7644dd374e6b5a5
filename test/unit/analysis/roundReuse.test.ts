import { describe, expect, it } from 'vitest';
import { roundSentences } from '../../../src/core/analysis/roundSentences';
import { generateRounds } from '../../../src/core/generate';
import { validateLevel } from '../../../src/core/levelValidate';
import type { AuthoredRound } from '../../../src/core/levelSchema';
import { loadNodeLibrary } from '../../../src/cli/nodeLibrary';

const { library } = loadNodeLibrary();

/** Every sentence used by more than one round of the level. */
function reused(rounds: readonly AuthoredRound[]): string[] {
  const seen = new Map<string, string>();
  const twice: string[] = [];
  for (const r of rounds) {
    for (const s of roundSentences(r)) {
      if (seen.has(s)) twice.push(`${seen.get(s)} and ${r.id}: ${s.slice(0, 60)}`);
      seen.set(s, r.id);
    }
  }
  return twice;
}

const level = (seed: number, rounds: unknown[]) => ({
  format: 1,
  id: 'reuse-test',
  title: { en: 'T', es: 'T' },
  description: { en: 'D', es: 'D' },
  languages: ['en', 'es'],
  seed,
  articles: ['000', '001', '002', '003', '004'],
  rounds,
});

describe('no sentence is used by two rounds of one level', () => {
  it('holds across generate entries of every type, over several seeds', () => {
    const entries = [
      { generate: { type: 'who-said-it', count: 6 } },
      { generate: { type: 'opinion-or-reporting', count: 6 } },
      { generate: { type: 'conflicting-figures', count: 6 } },
      { generate: { type: 'who-said-it', count: 6 } },
    ];
    for (const seed of [1, 2, 3, 4, 5]) {
      const result = validateLevel(level(seed, entries), library, generateRounds);
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.level.rounds.length).toBeGreaterThan(4);
      expect(reused(result.level.rounds)).toEqual([]);
    }
  });

  it('a generated round skips a sentence an authored round of the level uses', () => {
    const find = validateLevel(level(7, [{ generate: { type: 'opinion-or-reporting', count: 6 } }]), library, generateRounds);
    if (!find.ok) throw new Error(JSON.stringify(find.problems));
    const taken = find.level.rounds[0] as AuthoredRound & { type: 'opinion-or-reporting' };
    // The same sentence written as an authored round after the generate entry.
    const authored = { ...taken, id: 'authored-1' };
    const result = validateLevel(level(7, [{ generate: { type: 'opinion-or-reporting', count: 6 } }, authored]), library, generateRounds);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(reused(result.level.rounds)).toEqual([]);
    expect(result.level.rounds.some((r) => r.id === 'authored-1')).toBe(true);
  });
});
