import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BASE_LEVELS, FUZZ_FILE, levelCases, runCase, SMALL_SIZE } from '../../../src/cli/fuzzLevels';

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

  // Seed 7, case 17153 (wrongType): round "who-voted" renamed "constructor" passed the checks, and
  // the first answer read the built-in Object.prototype.constructor as the round's answers so far.
  it('refuses the id "constructor" for a round, an article or the level, with its line, instead of crashing play', () => {
    const reserved = (change: (level: { id: string; articles: { id: string }[]; rounds: { id: string }[] }) => void) => {
      const level = structuredClone(BASE_LEVELS[0]) as Parameters<typeof change>[0];
      change(level);
      const outcome = runCase(JSON.stringify(level, null, 2));
      return outcome.ok ? [] : outcome.lines.filter((l) => l.includes('the id "constructor" is reserved by JavaScript'));
    };
    expect(reserved((l) => void (l.rounds[0]!.id = 'constructor'))).toEqual([
      `${FUZZ_FILE}:52:13: the id "constructor" is reserved by JavaScript (at /rounds/0/id) — hint: choose another id, e.g. "constructor-1"`,
    ]);
    expect(reserved((l) => void (l.id = 'constructor'))).toHaveLength(1);
    expect(reserved((l) => void (l.articles[0]!.id = 'constructor'))).toHaveLength(1);
  });

  // Seed 515151, case 15129: a 300,000-character answer was quoted whole in its problem line.
  it('shortens a huge value quoted in a problem line', () => {
    const level = structuredClone(BASE_LEVELS[0]) as { rounds: { answers: string[]; options: string[] }[] };
    level.rounds[0]!.answers.push('«»'.repeat(150_000));
    level.rounds[0]!.options.push('x'.repeat(100_000));
    const outcome = runCase(JSON.stringify(level, null, 2));
    const lines = outcome.ok ? [] : outcome.lines;
    expect(lines.some((l) => l.includes('is not one of the options'))).toBe(true);
    expect(lines.every((l) => l.length < 400)).toBe(true);
  });

  it('reports a __proto__ key as an unknown field, with its line, and changes no prototype', () => {
    const text = `{\n  "__proto__": { "polluted": true },\n  "format": 1\n}`;
    const outcome = runCase(text);
    expect(outcome.ok).toBe(false);
    expect((outcome.ok ? [] : outcome.lines).filter((l) => l.startsWith(`${FUZZ_FILE}:2:`) && l.includes('unknown field "__proto__" (at /__proto__)'))).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
