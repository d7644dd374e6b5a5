import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, keyProblems, loadCluster, loadSplit, SPLITS } from '../../../src/cli/corpus';
import { articleFile, bodyHash, extractBetween, htmlToText, textFromPage, type SourceEntry } from '../../../src/cli/corpusSources';
import { article } from './seeds';

/**
 * The development corpus follows its format (test/fixtures/corpus/README.md): every key string
 * occurs verbatim in its article, every key has the fields, kinds, reasons and minimum counts the
 * quality measure relies on. Clusters whose texts are not in git (sources.json) are checked
 * against their texts when those have been fetched, and against their manifest always.
 */

const clusters = SPLITS.flatMap((split) => loadSplit(CORPUS_DIR, split));
const withTexts = clusters.filter((c) => c.articles.length > 0 && c.missing.length === 0);
const fetchable = clusters.filter((c) => existsSync(join(c.dir, 'sources.json')));

describe('development corpus', () => {
  it('has at least five dev clusters with a key', () => {
    expect(clusters.filter((c) => c.split === 'dev' && existsSync(join(c.dir, 'key.json'))).length).toBeGreaterThanOrEqual(5);
  });

  it.each(withTexts.map((c) => [`${c.split}/${c.id}`, c] as const))('%s: key follows the format and quotes its articles verbatim', (_, c) => {
    expect(c.problems).toEqual([]);
  });

  // (A cluster may mix texts in git, openly licensed, with one or two that are not: those are in sources.json.)
  it.each(fetchable.map((c) => [`${c.split}/${c.id}`, c] as const))('%s: every article the key names is in git or in sources.json, with a URL and a hash', (_, c) => {
    const { articles } = JSON.parse(readFileSync(join(c.dir, 'sources.json'), 'utf8')) as { articles: SourceEntry[] };
    const key = JSON.parse(readFileSync(join(c.dir, 'key.json'), 'utf8')) as Record<string, unknown[]>;
    const named = new Set<string>();
    for (const field of ['attributions', 'sentences', 'furniture', 'singletons', 'nonFigures'])
      for (const x of key[field] ?? []) for (const id of [(x as { article?: string }).article, ...((x as { articles?: string[] }).articles ?? [])]) if (id) named.add(id);
    for (const g of (key.figureGroups ?? []) as { members: { article: string }[] }[]) for (const m of g.members) named.add(m.article);
    const listed = new Set(articles.map((a) => a.id));
    const present = new Set(c.articles.map((a) => a.id));
    expect([...named].filter((id) => !listed.has(id) && !present.has(id))).toEqual([]);
    for (const a of articles) {
      expect(a.url).toMatch(/^https?:\/\//);
      expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(a.licence.length).toBeGreaterThan(0);
    }
  });
});

describe('key format check', () => {
  const x = article('x', 'The storm killed 12 people on Monday.\nRescuers said 40 were hurt.');
  const y = article('y', 'Twelve people died, officials said, and 40 were injured.');
  const base = {
    cluster: 'storm',
    split: 'dev',
    topic: 'a storm',
    copies: [],
    furniture: [],
    nonFigures: [{ article: 'x', text: 'Monday' }],
    attributions: Array.from({ length: 10 }, () => ({ text: 'Rescuers said 40 were hurt.', articles: ['x'] })),
    sentences: Array.from({ length: 15 }, () => ({ article: 'y', text: 'Twelve people died, officials said, and 40 were injured.', kind: 'attributed' })),
    figureGroups: [
      {
        subject: 'hurt',
        members: [
          { article: 'x', figure: '40' },
          { article: 'y', figure: '40' },
        ],
        conflict: false,
        reason: 'same-fact-different-form',
      },
    ],
    singletons: [],
  };

  it('accepts a key that follows the format', () => {
    expect(keyProblems(base, [x, y], { split: 'dev', cluster: 'storm' })).toEqual([]);
  });

  it('asks for one attribution entry per sentence, listing every article that prints it', () => {
    const split = { ...base, attributions: [...base.attributions, { text: 'Rescuers said 40 were hurt.', articles: ['x', 'y'] }] };
    expect(keyProblems(split, [x, y], { split: 'dev', cluster: 'storm' })).toEqual([
      'attributions[10]: the same sentence as attributions[0], under other articles: list all the articles that print it in one entry',
    ]);
  });

  it('names what is wrong and where', () => {
    const bad = {
      ...base,
      split: 'test',
      attributions: base.attributions.slice(0, 3).concat([{ text: 'Rescuers said 41 were hurt.', articles: ['x', 'z'] }]),
      sentences: [{ article: 'x', text: 'The storm killed 12 people on Monday.', kind: 'fact' }],
      figureGroups: [{ subject: 'killed', members: [{ article: 'x', figure: '2' }], conflict: false, reason: 'close enough' }],
    };
    const problems = keyProblems(bad, [x, y], { split: 'dev', cluster: 'storm' });
    expect(problems).toEqual([
      '"split" is "test", but the cluster sits in dev/',
      '"attributions": 5 given (counting each article listed), at least 10 wanted',
      'attributions[3].articles[1]: no article "z" in this cluster',
      'attributions[3]: "Rescuers said 41 were hurt." occurs verbatim in none of its articles',
      '"sentences": 1 given, at least 15 wanted',
      'sentences[0]: "kind" must be one of reporting, attributed, opinion',
      'figureGroups[0]: "reason" must be one of lower-bounds, rounding, different-source, different-date, vague-vs-precise, sum-of-parts, schedule-vs-outcome, same-fact-different-form, genuine-conflict, different-scope',
      'figureGroups[0].members[0]: "2" does not occur in x as whole words',
      'figureGroups[0]: a group needs figures from at least two articles (one-article figures go under "singletons")',
    ]);
  });
});

describe('rebuilding texts that are not in git', () => {
  const html =
    '<html><head><style>p{}</style><script>var a = "<p>no</p>";</script></head><body><nav>Menu</nav>' +
    '<h1>Quake kills 632</h1><p>Morocco&rsquo;s government said that 632 died &amp; 329 were&nbsp;injured.</p>' +
    '<p>The toll rose.</p><footer>&#169; 2023</footer></body></html>';

  it('turns a page into one line per block, without scripts, styles or entities', () => {
    expect(htmlToText(html)).toBe('Menu\nQuake kills 632\nMorocco’s government said that 632 died & 329 were injured.\nThe toll rose.\n© 2023');
  });

  it('cuts the labelled text out of the page and checks it by a whitespace-blind hash', () => {
    const text = extractBetween(htmlToText(html), 'Quake kills 632', 'The toll rose.');
    expect(text).toBe('Quake kills 632\nMorocco’s government said that 632 died & 329 were injured.\nThe toll rose.');
    expect(bodyHash(text ?? '')).toBe(bodyHash('Quake kills 632 Morocco’s government said that 632 died & 329 were injured.\n\nThe toll rose.\n'));
    expect(bodyHash(text ?? '')).not.toBe(bodyHash('Quake kills 632 Morocco’s government said that 633 died & 329 were injured. The toll rose.'));
    expect(extractBetween(htmlToText(html), 'Quake kills 700', 'The toll rose.')).toBeNull();
    expect(articleFile({ id: 'mor-x', outlet: 'X', date: '2023-09-09' }, text ?? '')).toBe(`---\nid: mor-x\noutlet: X\ndate: 2023-09-09\n---\n${text}\n`);
  });

  it('rebuilds a text from a page saved by hand, as HTML or as plain text, only when it hashes as labelled', () => {
    const labelled = {
      first: 'Quake kills 632',
      last: 'The toll rose.',
      sha256: bodyHash('Quake kills 632 Morocco’s government said that 632 died & 329 were injured. The toll rose.'),
    };
    expect(textFromPage(labelled, html)).toEqual({ text: 'Quake kills 632\nMorocco’s government said that 632 died & 329 were injured.\nThe toll rose.' });
    expect(textFromPage(labelled, 'Menu\r\n\r\nQuake kills 632\r\n\r\nMorocco’s government said that 632 died & 329 were injured.\r\nThe toll rose.\r\n© 2023')).toEqual({
      text: 'Quake kills 632\n\nMorocco’s government said that 632 died & 329 were injured.\nThe toll rose.',
    });
    expect(textFromPage(labelled, 'Quake kills 632. Morocco’s government said that 633 died & 329 were injured. The toll rose.')).toEqual({
      problem: 'the page text differs from the labelled one (hash mismatch)',
    });
    expect(textFromPage(labelled, 'Another story. The toll rose.')).toEqual({ problem: 'the page does not have the text from "Quake kills 632" to "The toll rose."' });
  });
});

describe('a cluster whose texts could be rebuilt only in part', () => {
  it('says once which articles are missing instead of listing every key string it cannot find', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lateral-corpus-'));
    const entry = (id: string) => ({
      id,
      file: `${id}.txt`,
      outlet: id.toUpperCase(),
      date: '2023-09-09',
      url: `https://example.org/${id}`,
      licence: 'x',
      first: 'A',
      last: 'B',
      sha256: '0',
    });
    writeFileSync(join(dir, 'sources.json'), JSON.stringify({ articles: [entry('a'), entry('b')] }));
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles', 'a.txt'), articleFile(entry('a'), 'Rescuers said 41 were hurt.'));
    writeFileSync(join(dir, 'key.json'), JSON.stringify({ split: 'dev', attributions: [{ text: 'Only in b.', articles: ['b'] }] }));
    writeFileSync(join(dir, 'SOURCE.md'), '# sources');
    const cluster = loadCluster(dir, 'dev', 'storm');
    expect(cluster.missing).toEqual(['b.txt']);
    expect(cluster.absentIds).toEqual(['b']);
    expect(cluster.articles.map((a) => a.id)).toEqual(['a']);
    expect(cluster.problems).toEqual([
      `${dir}: 1 article text(s) not present (b.txt): run \`npm run corpus:fetch\`; the key is not checked and the cluster is scored on the texts present only`,
    ]);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('a key labelled on an article stored as a JSON record with escaped line breaks', () => {
  it('is scored against the decoded text the player reads, its "\\r\\n" strings decoded the same way', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lateral-corpus-'));
    mkdirSync(join(dir, 'articles'));
    const raw = String.raw`{"plain_text": "Agency Seizes Funds\r\nThe Agency said it seized $4.1 million from\r\nthe ring on Friday.\r\n\u201cWe follow the money,\u201d said the director.\r\n"}`;
    writeFileSync(join(dir, 'articles', 'rec.txt'), articleFile({ id: 'rec', outlet: 'Agency', date: '2030-05-02' }, raw));
    const sentence = String.raw`The Agency said it seized $4.1 million from\r\nthe ring on Friday.`;
    writeFileSync(
      join(dir, 'key.json'),
      JSON.stringify({
        split: 'dev',
        sentences: [{ article: 'rec', text: sentence, kind: 'attributed' }],
        attributions: [{ text: String.raw`\u201cWe follow the money,\u201d said the director.`, articles: ['rec'] }],
      }),
    );
    const cluster = loadCluster(dir, 'dev', 'record');
    expect(cluster.key?.sentences[0]?.text).toBe('The Agency said it seized $4.1 million from\nthe ring on Friday.');
    expect(cluster.key?.attributions[0]?.text).toBe('“We follow the money,” said the director.');
    expect(cluster.problems.filter((p) => p.includes('does not occur'))).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});
