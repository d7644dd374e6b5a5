import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRun } from '../../../src/core/rounds';
import { validateLevel, type RoundGenerator } from '../../../src/core/levelValidate';
import type { AuthoredRound } from '../../../src/core/levelSchema';
import { edit, exampleText, FIXTURES, lines, load, library, runCli, runCliProcess } from './helpers';

/**
 * Each class of mistake a teacher can make, with the exact line levels:check prints for it.
 * Most cases edit the example level (test/fixtures/levels/example.json, also in levels/README.md),
 * so the line numbers below are that file's.
 */
const HINT_COMMA = 'a comma is probably missing at the end of the line before';
const ROUND_TYPES = 'who-said-it, opinion-or-reporting, opinion-pair, conflicting-figures';

describe('invalid JSON: says where, in plain words', () => {
  it('a missing comma points at the start of the next line', () => {
    const text = edit(exampleText(), '"format": 1,', '"format": 1');
    expect(lines(text)).toEqual([`my.json:4:3: invalid JSON: unexpected text in quotes — hint: ${HINT_COMMA}`]);
  });

  it('an extra comma before ] points at the ]', () => {
    const text = edit(exampleText(), '"languages": ["en", "es"],', '"languages": ["en", "es",],');
    expect(lines(text)).toEqual(['my.json:14:28: invalid JSON: unexpected "]" — hint: remove the comma just before it, or add the missing value']);
  });

  it('an unclosed quote or bracket: the file ends too early', () => {
    expect(lines('{\n  "format": 1,\n  "id": "bridge')).toEqual([
      'my.json:3:16: invalid JSON: the file ends too early — hint: a closing quote, } or ] is missing',
    ]);
    expect(lines('')).toEqual(['my.json:1:1: invalid JSON: the file ends too early — hint: a closing quote, } or ] is missing']);
  });

  it('a line break typed inside a text (a pasted article) is placed, not reported at 1:1', () => {
    const text = edit(exampleText(), 'Council approves new footbridge\\n', 'Council approves new footbridge\n');
    expect(lines(text)).toEqual([
      'my.json:22:47: invalid JSON: a line break or tab inside text in quotes — hint: keep each text on one line; write a line break as \\n and a tab as \\t',
    ]);
  });

  it('curly quotes from a word processor, single quotes, comments and bare words', () => {
    expect(lines('{\n  "id": “bridge”\n}')).toEqual([
      'my.json:2:9: invalid JSON: unexpected curly quote “ — hint: use straight double quotes " (word processors change them into curly ones)',
    ]);
    expect(lines("{'id': 1}")).toEqual([`my.json:1:2: invalid JSON: unexpected single quote ' — hint: JSON writes text and names in double quotes "`]);
    expect(lines('{\n  "seed": 1 // my seed\n}')).toEqual(['my.json:2:13: invalid JSON: unexpected "/" — hint: JSON files cannot contain comments']);
    expect(lines('{"conflict": no}')).toEqual([
      'my.json:1:14: invalid JSON: unexpected word no — hint: put text in double quotes; only true, false and null go without quotes',
    ]);
  });

  it('a byte order mark (Windows Notepad) is not an error, and columns stay right', () => {
    expect(load('\uFEFF' + exampleText()).ok).toBe(true);
    const text = '\uFEFF' + edit(exampleText(), '"format": 1,', '"format": 2,');
    expect(lines(text)).toEqual(['my.json:3:13: expected 1, found 2 (at /format) — hint: use "format": 1']);
  });

  it('JSON that is not an object', () => {
    expect(lines('[]')).toEqual(['my.json:1:1: expected an object { … }, found a list [ … ] (at /)']);
  });
});

describe('shape mistakes name the field, not just the round', () => {
  it('unknown round type', () => {
    const text = edit(exampleText(), '"type": "opinion-or-reporting"', '"type": "opinion"');
    expect(lines(text)).toEqual([`my.json:57:15: unknown round type "opinion" (at /rounds/1/type) — hint: use one of: ${ROUND_TYPES}`]);
  });

  it('a round without a type', () => {
    const text = edit(exampleText(), '"type": "opinion-or-reporting",\n', '');
    expect(lines(text)).toEqual([`my.json:55:5: missing "type" (at /rounds/1/type) — hint: add "type": one of ${ROUND_TYPES}`]);
  });

  it('unknown round type in a generate entry', () => {
    const text = edit(exampleText(), '    }\n  ]\n}', '    },\n    { "generate": { "type": "who-said", "count": 2 } }\n  ]\n}');
    expect(lines(text)).toEqual([
      `my.json:121:29: "who-said" is not one of the allowed values (at /rounds/4/generate/type) — hint: use one of: ${ROUND_TYPES}`,
    ]);
  });

  it('a fixed value that is not allowed lists the allowed ones', () => {
    const text = edit(exampleText(), '"cue": "loaded-words"', '"cue": "loaded-language"');
    expect(lines(text)).toEqual([
      'my.json:61:14: "loaded-language" is not one of the allowed values (at /rounds/1/cue) — hint: use one of: checkable-detail, attribution-verb, quotation-marks, first-person, loaded-words, rhetorical-question, speculation, advice',
    ]);
  });

  it('a misspelt field and a missing one', () => {
    const text = edit(exampleText(), '"explanation": {\n        "en": "No one', '"explenation": {\n        "en": "No one');
    expect(lines(text)).toEqual([
      'my.json:55:5: missing "explanation" (at /rounds/1/explanation) — hint: add "explanation": text in each language, e.g. {"en": "…", "es": "…"}',
      'my.json:63:22: unknown field "explenation" (at /rounds/1/explenation) — hint: check the spelling, or remove it',
    ]);
  });

  it('a value of the wrong kind says what was expected and what was found, once', () => {
    let text = edit(exampleText(), '"conflict": false', '"conflict": "no"');
    text = edit(text, '"options": ["river-post", "city-news", "valley-blog"]', '"options": "river-post"');
    text = edit(text, '"outlet": { "en": "City News", "es": "City News" }', '"outlet": "City News"');
    text = edit(text, '"seed": 42', '"seed": 4.2');
    expect(lines(text)).toEqual([
      'my.json:15:11: expected a whole number, found the number 4.2 (at /seed)',
      'my.json:26:17: expected text in each language, e.g. {"en": "…", "es": "…"}, found the text "City News" (at /articles/1/outlet)',
      'my.json:43:18: expected a list [ … ], found the text "river-post" (at /rounds/0/options)',
      'my.json:108:19: expected true or false, found the text "no" (at /rounds/3/conflict)',
    ]);
  });

  it('too few options, an empty text, a bad id and a bad language code', () => {
    let text = edit(exampleText(), '"options": ["river-post", "city-news", "valley-blog"]', '"options": ["river-post", "valley-blog"]');
    text = edit(text, '"passage": "Frankly, this bridge is a waste of money."', '"passage": ""');
    text = edit(text, '"id": "bridge-vote"', '"id": "Bridge vote"');
    text = edit(text, '"es": "La votación del puente"', '"ES": "La votación del puente"');
    expect(lines(text)).toEqual([
      'my.json:4:9: "Bridge vote" is not a valid id (at /id) — hint: use lower-case letters, digits and dashes, e.g. "figures-1"',
      'my.json:8:11: "ES" is not a language code such as "en" or "es" (at /title/ES)',
      'my.json:43:18: "options" needs at least 3 items (at /rounds/0/options)',
      'my.json:59:18: "passage" must not be empty (at /rounds/1/passage)',
    ]);
  });
});

describe('meaning mistakes', () => {
  it('a bundled article that does not exist', () => {
    const text = '{\n  "format": 1,\n  "id": "x",\n  "title": {"en": "X"},\n  "description": {"en": "X"},\n  "languages": ["en"],\n  "seed": 1,\n  "articles": ["002", "009"],\n  "rounds": [{ "generate": { "type": "who-said-it", "count": 1 } }]\n}';
    expect(lines(text)).toEqual([
      `my.json:8:23: article "009" not found (at /articles/1) — hint: use one of: ${[...library.keys()].join(', ')}, or put the article inline with its text`,
    ]);
  });

  it("a round naming an article the level does not list", () => {
    const text = edit(exampleText(), '{ "article": "city-news", "quote": "Councillors', '{ "article": "city-paper", "quote": "Councillors');
    expect(lines(text)).toEqual([
      `my.json:52:22: article "city-paper" is not one of this level's articles (at /rounds/0/evidence/2/article) — hint: use one of: river-post, city-news, valley-blog`,
    ]);
  });

  it('an evidence quote that is not in its article', () => {
    const text = edit(exampleText(), '"quote": "Frankly, this bridge is a waste of money."', '"quote": "Frankly, this bridge is a waste of time."');
    expect(lines(text)).toEqual([
      'my.json:68:46: quote not found in article "valley-blog": "Frankly, this bridge is a waste of time." (at /rounds/1/evidence/0/quote) — hint: copy the passage exactly from the article; only spacing and line breaks may differ',
    ]);
  });

  it('spacing and line breaks in a quote do not matter; a long missing quote is shortened', () => {
    const spaced = edit(exampleText(), '"quote": "Frankly, this bridge is a waste of money."', '"quote": "Frankly,   this bridge\\nis a waste of money."');
    expect(lines(spaced)).toEqual([]);
    const long = edit(
      exampleText(),
      '{ "article": "city-news", "quote": "Councillors backed a new footbridge on Monday, by nine votes to two." }',
      '{ "article": "city-news", "quote": "Councillors backed a new footbridge on Monday, by nine votes to one." }',
    );
    expect(lines(long)).toEqual([
      'my.json:52:44: quote not found in article "city-news": "Councillors backed a new footbridge on Monday, by nine vo…" (at /rounds/0/evidence/2/quote) — hint: copy the passage exactly from the article; only spacing and line breaks may differ',
    ]);
  });

  it('duplicated round ids', () => {
    const text = edit(exampleText(), '"id": "bridge-cost"', '"id": "who-voted"');
    expect(lines(text)).toEqual(['my.json:90:13: round id "who-voted" is already used by round 1 (at /rounds/3/id) — hint: give each round its own id']);
  });

  it('a generated round id cannot be reused by an authored round after it', () => {
    const level = JSON.parse(exampleText()) as { rounds: unknown[] };
    const authored = level.rounds[1] as AuthoredRound;
    level.rounds = [{ generate: { type: 'opinion-or-reporting', count: 1 } }, authored];
    const stub: RoundGenerator = () => [authored];
    const r = validateLevel(level, library, stub);
    expect(r.ok ? [] : r.problems).toEqual([
      { path: ['rounds', 1, 'id'], message: 'round id "waste-of-money" is already used by round 1', hint: 'give each round its own id' },
    ]);
  });

  it('a level whose generate entries made no round at all is not playable', () => {
    const text = '{\n  "format": 1,\n  "id": "x",\n  "title": {"en": "X"},\n  "description": {"en": "X"},\n  "languages": ["en"],\n  "seed": 1,\n  "articles": ["002", "003"],\n  "rounds": [{ "generate": { "type": "who-said-it", "count": 2 } }]\n}';
    const none: RoundGenerator = () => [];
    const r = load(text, 'my.json', none);
    expect(r.ok ? [] : r.lines).toEqual([
      'my.json:9:13: this level has no rounds to play: the analysis engine made none from these articles (at /rounds) — hint: write some rounds yourself, or give the engine more articles about the same event',
    ]);
  });

  it('an answer that is not among the options', () => {
    const text = edit(exampleText(), '"answers": ["river-post", "valley-blog"]', '"answers": ["river-post", "valley-blog", "the-post"]');
    expect(lines(text)).toEqual([
      'my.json:44:48: answer "the-post" is not one of the options (at /rounds/0/answers/2) — hint: every answer must be listed in options',
    ]);
  });

  it('an answer whose article does not carry the quote', () => {
    const text = edit(exampleText(), '"answers": ["river-post", "valley-blog"]', '"answers": ["river-post", "valley-blog", "city-news"]');
    expect(lines(text)).toEqual([
      'my.json:42:16: the quote is not in answer article "city-news" (at /rounds/0/quote) — hint: copy the quote exactly from every article listed in answers',
    ]);
  });

  it('a who-said-it where a non-answer option also carries the quote (copies count)', () => {
    const text = edit(exampleText(), '"answers": ["river-post", "valley-blog"]', '"answers": ["river-post"]');
    expect(lines(text)).toEqual([
      'my.json:44:18: article "valley-blog" also carries the quote but is not among the answers (at /rounds/0/answers) — hint: copies count: add "valley-blog" to answers',
    ]);
  });

  it('a missing translation', () => {
    const text = edit(exampleText(), ',\n        "es": "¿Cuánto costará el puente?"', '');
    expect(lines(text)).toEqual([
      'my.json:92:19: missing the "es" translation (at /rounds/3/question) — hint: the level declares languages en, es: add "es": "…"',
    ]);
  });

  it('a language declared but not written: one line per text, top to bottom', () => {
    const out = lines(edit(exampleText(), '"languages": ["en", "es"]', '"languages": ["en", "es", "fr"]'));
    expect(out).toHaveLength(10);
    expect(out[0]).toBe('my.json:6:12: missing the "fr" translation (at /title) — hint: the level declares languages en, es, fr: add "fr": "…"');
    const at = out.map((l) => Number(/^my\.json:(\d+):/.exec(l)?.[1]));
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('a figure that is not part of its quote', () => {
    const text = edit(exampleText(), '"figure": "2.4 million euros"', '"figure": "2.4 million"'.replace('2.4', '2,4'));
    expect(lines(text)).toEqual([
      'my.json:100:21: figure "2,4 million" is not part of its quote (at /rounds/3/figures/0/figure) — hint: copy the figure exactly as the quote writes it',
    ]);
  });

  it('lists nested thousands deep are refused at once, with where they start', () => {
    const deep = '[' .repeat(3000) + ']'.repeat(3000);
    const text = edit(exampleText(), '"seed": 42,', `"seed": 42,\n  "junk": ${deep},`);
    const started = performance.now();
    const found = lines(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^my\.json:\d+:\d+: lists or objects nested more than 64 deep/);
  });

  it('a source question where every outlet names its source', () => {
    const level = JSON.parse(exampleText()) as { rounds: { id: string; figures?: { article: string }[]; bestSupported?: string[] }[] };
    const round = level.rounds[3]!;
    round.bestSupported = [...new Set((round.figures ?? []).map((f) => f.article))];
    const found = lines(JSON.stringify(level, null, 2));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^my\.json:\d+:\d+: every outlet here names its source, so the question "which outlet tells you where its figure comes from\?" has no wrong answer \(at \/rounds\/3\/bestSupported\)/);
  });

  it('a cue or reason that is not among the offered ones', () => {
    let text = edit(exampleText(), '"cue": "loaded-words"', '"cue": "first-person"');
    text = edit(text, '"reason": "vague-vs-precise"', '"reason": "rounding"');
    expect(lines(text)).toEqual([
      'my.json:61:14: cue "first-person" is not one of the cueOptions (at /rounds/1/cue) — hint: add it to cueOptions',
      'my.json:109:17: reason "rounding" is not one of the reasonOptions (at /rounds/3/reason) — hint: add it to reasonOptions',
    ]);
  });
});

describe('unusual but valid content', () => {
  it('a 5 MB inline article validates without crashing, in reasonable time', () => {
    const level = JSON.parse(exampleText()) as { articles: { text: string }[]; rounds: { evidence: { quote: string }[] }[] };
    const filler = 'The council met again and talked about roads, parks and the budget for next year.\n';
    const first = level.articles[0] as { text: string };
    first.text += '\n' + filler.repeat(Math.ceil((5 * 1024 * 1024) / filler.length));
    let text = JSON.stringify(level, null, 2);
    expect(text.length).toBeGreaterThan(5 * 1024 * 1024);

    let t = performance.now();
    const ok = load(text, 'big.json');
    expect(ok.ok).toBe(true);
    expect(performance.now() - t).toBeLessThan(10_000);

    // A problem in a big file is still located (the slower path: a second parse with positions).
    (level.rounds[1] as { evidence: { quote: string }[] }).evidence[0] = { article: 'river-post', quote: 'not in the article at all' } as never;
    text = JSON.stringify(level, null, 2);
    t = performance.now();
    const bad = load(text, 'big.json');
    expect(bad.ok ? [] : bad.lines).toEqual([
      'big.json:102:20: quote not found in article "river-post": "not in the article at all" (at /rounds/1/evidence/0/quote) — hint: copy the passage exactly from the article; only spacing and line breaks may differ',
    ]);
    expect(performance.now() - t).toBeLessThan(10_000);
  }, 60_000);

  it('HTML and script inside text is accepted as plain text and nothing runs', () => {
    const g = globalThis as { __levelPwned?: boolean };
    g.__levelPwned = false;
    const payload = '<script>globalThis.__levelPwned = true</script><img src=x onerror="globalThis.__levelPwned = true"><b>bold</b> &amp; {{title}} ${globalThis.__levelPwned = true}';
    const level = JSON.parse(exampleText()) as {
      title: Record<string, string>;
      articles: { text: string }[];
      rounds: { explanation: Record<string, string>; evidence: { article: string; quote: string }[] }[];
    };
    (level.articles[2] as { text: string }).text += `\n${payload}`;
    level.title.en = payload;
    const round = level.rounds[1] as { explanation: Record<string, string>; evidence: { article: string; quote: string }[] };
    round.explanation.en = payload;
    round.evidence.push({ article: 'valley-blog', quote: '<b>bold</b> &amp;' });
    const r = load(JSON.stringify(level, null, 2));
    if (!r.ok) throw new Error(r.lines.join('\n'));
    expect(r.level.file.title.en).toBe(payload);
    expect(r.level.articles.get('valley-blog')?.text.endsWith(payload)).toBe(true);
    const run = buildRun(r.level);
    const played = run.find((p) => p.id === 'waste-of-money');
    expect(played?.explanation.en).toBe(payload);
    expect(played?.evidence.map((e) => e.quote)).toContain('<b>bold</b> &amp;');
    expect(g.__levelPwned).toBe(false);
    delete g.__levelPwned;
  });
});

describe('levels:check CLI', { timeout: 120_000 }, () => {
  it('exits 0 for the shipped levels and prints one ok line each', async () => {
    const r = await runCli('levels-check.ts', []);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const out = r.out.trim().split('\n');
    expect(out.length).toBeGreaterThanOrEqual(4);
    for (const l of out) expect(l).toMatch(/^levels\/[\w.-]+\.json: ok \(\d+ rounds\)$/);
  });

  // The real process, once: exit code and stdout as the shell sees them.
  it('exits 1 for a broken level, with one line per problem', () => {
    const broken = join('test', 'fixtures', 'levels', 'broken.json');
    const r = runCliProcess('levels-check.ts', [broken, join('test', 'fixtures', 'levels', 'example.json')]);
    expect(r.code).toBe(1);
    expect(r.out.trim().split('\n')).toEqual([
      `${broken}:6:12: missing the "es" translation (at /title) — hint: the level declares languages en, es: add "es": "…"`,
      `${broken}:44:18: article "valley-blog" also carries the quote but is not among the answers (at /rounds/0/answers) — hint: copies count: add "valley-blog" to answers`,
      `${broken}:44:33: answer "valley-blogg" is not one of the options (at /rounds/0/answers/1) — hint: every answer must be listed in options`,
      `${broken}:59:18: quote not found in article "valley-blog": "Frankly, this bridge is a waste of time." (at /rounds/1/passage) — hint: copy the passage exactly from the article; only spacing and line breaks may differ`,
      'test/fixtures/levels/example.json: ok (4 rounds)',
    ]);
  });

  it('exits 1 for a file that is missing or a folder', async () => {
    const r = await runCli('levels-check.ts', ['levels/nope.json', 'test/fixtures/levels']);
    expect(r.code).toBe(1);
    expect(r.out.trim().split('\n')).toEqual([
      'levels/nope.json:1:1: cannot read the file: file not found',
      'test/fixtures/levels:1:1: cannot read the file: this is a folder, not a level file',
    ]);
  });

  it('the broken fixture really is the example with four mistakes', () => {
    const example = exampleText().split('\n');
    const broken = readFileSync(join(FIXTURES, 'broken.json'), 'utf8').split('\n');
    expect(broken).toHaveLength(example.length);
    expect(broken.filter((l, i) => l !== example[i])).toHaveLength(4);
  });
});
