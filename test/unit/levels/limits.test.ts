import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_GENERATE_ENTRIES, MAX_LANGUAGES, MAX_ROUNDS } from '../../../src/core/levelSchema';
import { exampleText, lines, runCli } from './helpers';

/** The example level with its rounds replaced (pretty-printed, so each entry has its own line). */
function withRounds(rounds: (example: { rounds: Record<string, unknown>[] }) => unknown[]): string {
  const level = JSON.parse(exampleText()) as { rounds: Record<string, unknown>[] };
  return JSON.stringify({ ...level, rounds: rounds(level) }, null, 2);
}
const lineOf = (text: string, index: number): number => {
  // The line where rounds[index] starts: entries are objects indented by four spaces.
  let seen = -1;
  const all = text.split('\n');
  const roundsAt = all.findIndex((l) => l.startsWith('  "rounds"'));
  for (let n = roundsAt + 1; n < all.length; n++) if (all[n] === '    {' && ++seen === index) return n + 1;
  throw new Error('no such round');
};

describe('limits on generated rounds', () => {
  it(`more than ${MAX_GENERATE_ENTRIES} generate entries: one line at the first one too many, quickly (5,000 entries froze a tab)`, () => {
    const text = withRounds(() => Array.from({ length: 5000 }, () => ({ generate: { type: 'who-said-it', count: 1 } })));
    const t = performance.now();
    const out = lines(text, 'big.json');
    expect(performance.now() - t).toBeLessThan(10_000);
    expect(out).toContain(
      `big.json:${lineOf(text, MAX_GENERATE_ENTRIES)}:5: too many "generate" entries: at most ${MAX_GENERATE_ENTRIES} in a level, found 5000 (at /rounds/${MAX_GENERATE_ENTRIES}) — hint: ask for more rounds with "count" in fewer entries`,
    );
  });

  it(`more than ${MAX_ROUNDS} rounds counting what generate entries may make: said at the entry that goes over`, () => {
    const text = withRounds((l) => [...Array.from({ length: 195 }, (_, i) => ({ ...l.rounds[0], id: `r${i}` })), { generate: { type: 'who-said-it', count: 6 } }]);
    expect(lines(text, 'many.json')).toEqual([
      `many.json:${lineOf(text, 195)}:5: this level would have more than ${MAX_ROUNDS} rounds (each written round plus the "count" of each "generate" entry) (at /rounds/195) — hint: split it into several levels`,
    ]);
  });

  it('exactly at the limits is fine as far as limits go', () => {
    const text = withRounds((l) => [...Array.from({ length: 150 }, (_, i) => ({ ...l.rounds[0], id: `r${i}` })), { generate: { type: 'who-said-it', count: 20 } }, { generate: { type: 'who-said-it', count: 20 } }]);
    expect(lines(text).filter((l) => /more than|too many/.test(l))).toEqual([]);
  });

  it('levels:check reports the limit with file and line', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lateral-limits-')), 'huge.json');
    const text = withRounds(() => Array.from({ length: 11 }, () => ({ generate: { type: 'who-said-it', count: 1 } })));
    writeFileSync(file, text);
    const r = await runCli('levels-check.ts', [file]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(new RegExp(`huge\\.json:${lineOf(text, 10)}:5: too many "generate" entries`));
  });
});

describe('limits on languages', () => {
  const withLanguages = (languages: string[]) => JSON.stringify({ ...(JSON.parse(exampleText()) as object), languages }, null, 2);

  it(`more than ${MAX_LANGUAGES} languages is one problem at the list, said quickly (thousands took minutes: every text was checked once per language)`, () => {
    const text = withLanguages(Array.from({ length: 4000 }, (_, i) => (i % 2 ? 'es' : 'en')));
    const t = performance.now();
    const out = lines(text, 'langs.json');
    expect(performance.now() - t).toBeLessThan(5_000);
    expect(out).toEqual([`langs.json:${text.split('\n').findIndex((l) => l.startsWith('  "languages"')) + 1}:16: "languages" can have at most ${MAX_LANGUAGES} items (at /languages)`]);
  });

  it('a language listed twice is refused', () => {
    expect(lines(withLanguages(['en', 'es', 'en']), 'twice.json').join('\n')).toMatch(/each language once/);
  });
});
