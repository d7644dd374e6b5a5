import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess as run } from '../cliInProcess';
import { mixedPick } from '../../../src/cli/levels-generate';
import type { AuthoredRound } from '../../../src/core/levelSchema';
import { noFigureRoundsNote } from '../../../src/cli/generateNotes';

const ROOT = join(__dirname, '..', '..', '..');
const SEEDS = ['000_06a713c4930c40d3', '001_f5573d1949718a5b', '002_7fa934ba9f43fec6', '003_5c4176a014dde6c1', '004_843c5fe732922792'].map((f) =>
  join(ROOT, 'assets', 'articles', `${f}.txt`),
);

/** The real process: kept for one test per CLI, the rest call `main` in-process (much faster). */
function runProcess(script: string, args: string[]) {
  const r = spawnSync('npx', ['tsx', join(ROOT, 'src', 'cli', script), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return {
    code: r.status,
    out: r.stdout,
    err: r.stderr
      .split('\n')
      .filter((l) => !/npm warn/i.test(l))
      .join('\n'),
  };
}

const noStack = (s: string): void => {
  expect(s).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)/m);
  expect(s).not.toMatch(/Error: .*\n\s+at /);
};

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lateral-cli-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.md'), '---\noutlet: Nobody\n---\n\n   \n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
  writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(10 * 1024 * 1024, 'word '));
  writeFileSync(
    join(dir, 'nofigures.md'),
    '---\nid: Quiet Day\noutlet: The Daily Calm\ndate: 2022-01-21\n---\nNothing much happened in the town today.\nThe mayor said the weather was pleasant.\n',
  );
}, 60_000);

describe('analyze CLI: bad input', { timeout: 120_000 }, () => {
  it('says a missing file is not found and exits non-zero (the real process)', () => {
    const r = runProcess('analyze.ts', [join(dir, 'nope.txt')]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/nope\.txt: file not found/);
    noStack(r.err);
  });

  it('rejects empty, binary and oversized files with a clear message', async () => {
    const r = await run('analyze.ts', [join(dir, 'empty.txt'), join(dir, 'blank.md'), join(dir, 'binary.txt'), join(dir, 'huge.txt')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/empty\.txt: the file is empty/);
    expect(r.err).toMatch(/blank\.md: the file is empty/);
    expect(r.err).toMatch(/binary\.txt: this is not a text file/);
    expect(r.err).toMatch(/huge\.txt: the file is too large \(10\.0 MB/);
    expect(r.err).toMatch(/nothing to analyse/);
    noStack(r.err);
  });

  it('notes a single article with no figures but still reports on it', async () => {
    const r = await run('analyze.ts', [join(dir, 'nofigures.md'), '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/only one article/);
    expect(r.err).toMatch(/no figures found/);
    const json = JSON.parse(r.out) as Record<string, unknown>;
    expect((json.articles as { id: string; outlet: string }[])[0]).toMatchObject({ id: 'quiet-day', outlet: 'The Daily Calm' });
  });

  it('prints usage without files', async () => {
    const r = await run('analyze.ts', []);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/usage:/);
  });
});

describe('analyze CLI on the seeds', { timeout: 120_000 }, () => {
  it('prints one JSON object with the documented keys', async () => {
    const r = await run('analyze.ts', [...SEEDS, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Record<string, unknown[]>;
    for (const k of ['articles', 'copies', 'figures', 'figureGroups', 'sentences', 'quotes']) expect(Array.isArray(json[k])).toBe(true);
    const fig = json.figures?.[0] as Record<string, unknown>;
    expect(fig).toHaveProperty('article');
    expect(fig).toHaveProperty('text');
    const member = (json.figureGroups?.[0] as { members: Record<string, unknown>[] }).members[0];
    expect(member).toHaveProperty('article');
    expect(member).toHaveProperty('text');
    const s = json.sentences?.[0] as Record<string, unknown>;
    expect(Object.keys(s)).toEqual(expect.arrayContaining(['article', 'text', 'kind', 'cues']));
  });

  it('prints a readable report', async () => {
    const r = await run('analyze.ts', SEEDS);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/COPIES \(1 shared passages\)/);
    expect(r.out).toMatch(/FIGURE GROUPS/);
    expect(r.out).toMatch(/QUOTE DRIFT/);
  });
});

describe('levels:generate CLI', { timeout: 120_000 }, () => {
  it('writes a level that passes levels:check', async () => {
    const out = join(dir, 'generated.json');
    const r = await run('levels-generate.ts', [...SEEDS, '--seed', '5', '--out', out]);
    expect(r.code).toBe(0);
    const level = JSON.parse(readFileSync(out, 'utf8')) as { $schema: string; format: number; languages: string[]; rounds: unknown[]; articles: { text: string }[] };
    expect(level).toMatchObject({ $schema: './level.schema.json', format: 1, languages: ['en', 'es'] });
    expect(level.articles).toHaveLength(5);
    expect(level.rounds.length).toBeGreaterThanOrEqual(6);
    // Its description names the kinds of round it holds, figures among them.
    const types = new Set((level.rounds as { type: string }[]).map((x) => x.type));
    expect(types.has('conflicting-figures')).toBe(true);
    expect((level as unknown as { description: { en: string } }).description.en).toMatch(/who said it, opinion or reporting, and figures/);
    const check = await run('levels-check.ts', [out]);
    expect(check.out).toMatch(/ok \(\d+ rounds\)/);
    expect(check.code).toBe(0);
  });

  it("keeps a mix of answers from the engine's rounds, in the engine's order", () => {
    const round = (id: string, answers: string[]) =>
      ({ id, type: 'who-said-it', quote: 'q', options: ['a', 'b', 'c'], answers, explanation: { en: 'e' }, evidence: [{ article: 'a', quote: 'q' }] }) as AuthoredRound;
    const pool = [round('s1', ['a']), round('s2', ['b']), round('s3', ['a']), round('c1', ['a', 'b']), round('s4', ['c']), round('c2', ['b', 'c'])];
    expect(mixedPick(pool, 4).map((r) => r.id)).toEqual(['s1', 's2', 'c1', 'c2']);
    expect(mixedPick(pool, 3).map((r) => r.id)).toEqual(['s1', 's2', 'c1']);
    expect(mixedPick(pool.slice(0, 3), 2).map((r) => r.id)).toEqual(['s1', 's2']);
  });

  it('makes a level from articles that share no figure, and says why it has no figures round', async () => {
    const article = (id: string, outlet: string, lines: string[]) => {
      const path = join(dir, `${id}.txt`);
      writeFileSync(path, `---\nid: ${id}\noutlet: ${outlet}\n---\n${lines.join('\n')}\n`);
      return path;
    };
    const quote = '"We simply cannot keep the building safe," the mayor said after the vote.';
    const files = [
      article('river', 'River Gazette', [
        'The city council voted on Tuesday to close the old library on Main Street.',
        quote,
        "This is a shameful decision that abandons the town's readers.",
      ]),
      article('valley', 'Valley News', [
        'The city council voted on Tuesday to close the old library on Main Street.',
        'Council members said repairs would cost more than the town could afford.',
        'Books will move to the school building next spring, officials said.',
      ]),
      article('hill', 'Hill Herald', [
        'Councillors agreed this week to shut the Main Street library.',
        quote,
        'The move is a sensible answer to a building that is falling apart.',
      ]),
    ];
    const out = join(dir, 'no-figures.json');
    const r = await run('levels-generate.ts', [...files, '--seed', '1', '--out', out]);
    expect(r.code).toBe(0);
    const level = JSON.parse(readFileSync(out, 'utf8')) as { rounds: unknown[]; description: { en: string; es: string } };
    expect(level.rounds.length).toBeGreaterThan(0);
    expect(r.err).toMatch(/no conflicting-figures rounds: the articles share no usable figure/);
    // The level's description, which players read on its card, promises only the rounds it holds.
    expect(level.description.en).not.toMatch(/figure/);
    expect(level.description.es).not.toMatch(/cifra/);
  });

  it('makes a level from articles whose only shared figure every outlet prints the same way, and says it has no usable figures', async () => {
    const article = (id: string, outlet: string, lines: string[]) => {
      const path = join(dir, `${id}.txt`);
      writeFileSync(path, `---\nid: ${id}\noutlet: ${outlet}\ndate: 2022-03-08\n---\n${lines.join('\n')}\n`);
      return path;
    };
    const quote = '"We simply cannot keep the building safe," the mayor said after the vote.';
    const files = [
      article('river-same', 'River Gazette', [
        'The city council voted on Tuesday to spend $4 million on a new library on Main Street.',
        quote,
        "This is a shameful decision that abandons the town's readers.",
      ]),
      article('valley-same', 'Valley News', [
        'Council members approved $4 million for a library to replace the old one on Main Street.',
        'Books will move to the school building next spring, officials said.',
      ]),
      article('hill-same', 'Hill Herald', [
        'Councillors agreed this week to put $4 million into the Main Street library.',
        quote,
        'The move is a sensible answer to a building that is falling apart.',
      ]),
    ];
    const out = join(dir, 'same-figures.json');
    const r = await run('levels-generate.ts', [...files, '--seed', '1', '--out', out]);
    expect(r.code).toBe(0);
    const rounds = (JSON.parse(readFileSync(out, 'utf8')) as { rounds: AuthoredRound[] }).rounds;
    expect(rounds.length).toBeGreaterThan(0);
    expect(rounds.filter((x) => x.type === 'conflicting-figures')).toEqual([]);
    expect(r.err).toMatch(/no conflicting-figures rounds: the articles share no usable figure/);
    expect(r.err).toMatch(/prints the same way/);
  });

  it('leaves the opinion rounds their only attributed sentence, though a who-said-it round could quote it', async () => {
    const article = (id: string, outlet: string, lines: string[]) => {
      const path = join(dir, `${id}.txt`);
      writeFileSync(path, `---\nid: ${id}\noutlet: ${outlet}\n---\n${lines.join('\n')}\n`);
      return path;
    };
    const quote = '“We simply cannot keep the old building safe for readers,” the mayor said after the vote on Tuesday.';
    const files = [
      article('river', 'River Gazette', [
        'The city council voted 5-2 on Tuesday to close the old library on Main Street.',
        quote,
        'Frankly, this is a shameful decision that abandons the town’s readers.',
        'The library opened in 1904 and lends 40,000 books a year.',
      ]),
      article('valley', 'Valley News', [
        'The council closed the Main Street library this week.',
        'Repairs would have cost 2 million dollars, the town’s engineers estimated in March.',
      ]),
      article('hill', 'Hill Herald', ['Councillors agreed this week to shut the Main Street library.', quote, 'Books will move to the school building next spring.']),
      article('dale', 'Dale Post', ['The Main Street library will shut its doors in the spring.', 'Its 40,000 books will go to the school on Elm Road.']),
    ];
    for (const seed of ['1', '2', '3']) {
      const out = join(dir, `attributed-${seed}.json`);
      const r = await run('levels-generate.ts', [...files, '--seed', seed, '--out', out]);
      expect(r.code).toBe(0);
      const rounds = (JSON.parse(readFileSync(out, 'utf8')) as { rounds: AuthoredRound[] }).rounds;
      const kinds = rounds.flatMap((x) => (x.type === 'opinion-or-reporting' ? [x.answer] : []));
      expect([seed, kinds.includes('attributed')]).toEqual([seed, true]);
    }
  });

  it('says when the figure rounds it made were left out because other rounds use their sentences', () => {
    // Figure rounds pick last and no sentence serves two rounds: when the engine made some and all
    // were left out, the note must not claim the articles share no figure, and must say what to try.
    const note = noFigureRoundsNote(3);
    expect(note).toMatch(/no conflicting-figures rounds: the engine made 3, but each quotes a sentence another round of this level already uses/);
    expect(note).toMatch(/another --seed/);
    expect(note).not.toMatch(/share no figure/);
    expect(noFigureRoundsNote(0)).toMatch(/the articles share no usable figure/);
  });

  it('refuses a single article and bad files', async () => {
    const one = runProcess('levels-generate.ts', [SEEDS[0] as string]);
    expect(one.code).toBe(1);
    expect(one.err).toMatch(/at least two articles/);
    const bad = await run('levels-generate.ts', [SEEDS[0] as string, join(dir, 'missing.md')]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/missing\.md: file not found/);
    noStack(one.err + bad.err);
  });
});
