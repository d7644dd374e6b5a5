import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FUZZ_FILE, levelCases, runCase, SMALL_SIZE } from '../../../src/cli/fuzzLevels';

/**
 * Property: any mutated level (deleted keys, wrong types, huge and deeply nested values,
 * __proto__ keys, duplicate ids, long quotes, generate entries, broken JSON) goes through
 * loader, validator, round builder, play and scoring without throwing, and ends either in a
 * playable level or in problem lines that name the file and the place. `npm run fuzz` runs
 * 100,000 such cases.
 */
describe('fuzzed levels', () => {
  it('never crash: each is a playable level or a clear error', { timeout: 120_000 }, () => {
    let valid = 0;
    let invalid = 0;
    fc.assert(
      fc.property(levelCases(SMALL_SIZE), fc.nat(), (c, seed) => {
        const outcome = runCase(c.text, seed);
        if (outcome.ok) valid++;
        else invalid++;
      }),
      { numRuns: 300, seed: 20261201 },
    );
    // Both outcomes must be reached, or the mutations are too weak (or too strong) to test anything.
    expect(valid).toBeGreaterThan(10);
    expect(invalid).toBeGreaterThan(10);
  });

  it('reports a __proto__ key as an unknown field, with its line, and changes no prototype', () => {
    const text = `{\n  "__proto__": { "polluted": true },\n  "format": 1\n}`;
    const outcome = runCase(text);
    expect(outcome.ok).toBe(false);
    expect((outcome.ok ? [] : outcome.lines).filter((l) => l.startsWith(`${FUZZ_FILE}:2:`) && l.includes('unknown field "__proto__" (at /__proto__)'))).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
