import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCE_KINDS } from '../../../src/core/article';
import { CUES, FIGURE_REASONS, OPINION_KINDS, ROUND_TYPES } from '../../../src/core/levelSchema';
import { buildRun } from '../../../src/core/rounds';
import { exampleText, LEVELS_DIR, load, runCli } from './helpers';

const readme = readFileSync(join(LEVELS_DIR, 'README.md'), 'utf8');

/** The ```json block right after the example marker in levels/README.md. */
function readmeExample(): string {
  const marker = '<!-- example-level: test/fixtures/levels/example.json -->\n```json\n';
  const start = readme.indexOf(marker);
  expect(start, 'levels/README.md lost its example marker').toBeGreaterThanOrEqual(0);
  const from = start + marker.length;
  return readme.slice(from, readme.indexOf('```\n', from));
}

describe('levels/README.md', () => {
  it("the example block is identical to test/fixtures/levels/example.json", () => {
    expect(readmeExample()).toBe(exampleText());
  });

  it('the example is a valid level with one round of each type', () => {
    const r = load(exampleText(), 'levels/my-level.json');
    if (!r.ok) throw new Error(r.lines.join('\n'));
    expect(r.level.rounds.map((x) => x.type)).toEqual([...ROUND_TYPES]);
    expect(r.level.file.languages).toEqual(['en', 'es']);
    expect(buildRun(r.level)).toHaveLength(4);
  });

  it('levels:check says the example is ok', { timeout: 120_000 }, async () => {
    const r = await runCli('levels-check.ts', ['test/fixtures/levels/example.json']);
    expect(r).toMatchObject({ code: 0, out: 'test/fixtures/levels/example.json: ok (4 rounds)\n' });
  });

  it('lists every fixed value the schema allows', () => {
    for (const value of [...OPINION_KINDS, ...CUES, ...FIGURE_REASONS, ...SOURCE_KINDS, ...ROUND_TYPES]) {
      expect(readme, value).toContain(`\`${value}\``);
    }
  });

  it('names the commands a teacher uses', () => {
    expect(readme).toContain('npm run -s levels:check -- levels/my-level.json');
    expect(readme).toContain('npm run -s levels:generate -- a.txt b.txt --out levels/my.json');
    expect(readme).toContain('{ "generate": { "type": "who-said-it", "count": 3 } }');
    expect(readme).toContain('#/editor');
    expect(readme).toContain('?level=');
  });

  it('quotes the checker messages it explains exactly as the checker prints them', () => {
    const sample = /```text\n(levels\/my-level\.json:44:18: .*)\n```/.exec(readme)?.[1];
    const text = exampleText().replace('"answers": ["river-post", "valley-blog"]', '"answers": ["river-post"]');
    const r = load(text, 'levels/my-level.json');
    expect(r.ok ? [] : r.lines).toEqual([sample]);
  });
});
