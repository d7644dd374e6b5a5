import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createArticle, findAllQuotes, findQuote, sectionOf, splitSentences } from '../../../src/core/article';
import { loadNodeLibrary } from '../../../src/cli/nodeLibrary';

describe('articles', () => {
  const { library, errors } = loadNodeLibrary();

  it('loads the five seed articles from the catalog', () => {
    expect(errors).toEqual([]);
    expect([...library.keys()].slice(0, 5)).toEqual(['000', '001', '002', '003', '004']);
  });

  it('splits sentences within lines, so a headline without a full stop is its own sentence', () => {
    const text = 'Headline without stop\nFirst sentence. Second one? Third!';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['Headline without stop', 'First sentence.', 'Second one?', 'Third!']);
  });

  it('gives sentences stable ids that follow the text', () => {
    const a = createArticle({ id: 'x', outlet: { en: 'X' }, sourceKind: 'unknown' }, 'One. Two.\nThree.');
    expect(a.sentences.map((s) => [s.id, s.text])).toEqual([
      ['x.0', 'One.'],
      ['x.1', 'Two.'],
      ['x.2', 'Three.'],
    ]);
    const again = createArticle({ id: 'x', outlet: { en: 'X' }, sourceKind: 'unknown' }, 'One. Two.\nThree.');
    expect(again.sentences).toEqual(a.sentences);
  });

  it('finds a quote exactly, or with different spacing, and nothing that is not there', () => {
    const text = 'Moscow has 100,000 troops\nnear  its borders.';
    expect(findQuote(text, 'Moscow has 100,000 troops near its borders.')).toEqual({ start: 0, end: text.length });
    expect(findQuote(text, 'Moscow has 90,000 troops')).toBeNull();
    expect(findQuote(text, '   ')).toBeNull();
    expect(findAllQuotes('a b. a  b.', 'a b')).toHaveLength(2);
  });

  it('knows that the blog post in 000 is its own source below the copied report', () => {
    const page = library.get('000');
    expect(page).toBeDefined();
    if (!page) return;
    const report = findQuote(page.text, 'Moscow has 100,000 troops near its borders with Ukraine');
    const blog = findQuote(page.text, 'Ukraine is nothing, this is about the bigger picture.');
    expect(report && sectionOf(page, report.start)?.id).toBe('report');
    expect(blog && sectionOf(page, blog.start)?.id).toBe('blog');
  });

  it('keeps the five seed texts unchanged: files match their recorded checksums and load byte for byte', async () => {
    const { readFileSync } = await import('node:fs');
    const { createHash } = await import('node:crypto');
    const recorded = JSON.parse(readFileSync(new URL('../../fixtures/seed-sha256.json', import.meta.url), 'utf8')) as Record<string, string>;
    const catalog = JSON.parse(readFileSync(new URL('../../../assets/articles/catalog.json', import.meta.url), 'utf8')) as { articles: { id: string; file: string }[] };
    const seeds = catalog.articles.filter((a) => a.file in recorded);
    expect(seeds.map((a) => a.file).sort()).toEqual(Object.keys(recorded).sort());
    for (const { id, file } of seeds) {
      const bytes = readFileSync(new URL(`../../../assets/articles/${file}`, import.meta.url));
      expect(createHash('sha256').update(bytes).digest('hex'), file).toBe(recorded[file]);
      expect(library.get(id)?.text, file).toBe(bytes.toString('utf8').replace(/\r\n?/g, '\n'));
    }
  });
});

describe('sentences after abbreviations', () => {
  it('does not end a sentence at "Mr." or "Dr."', () => {
    const text = 'He will share with Mr. Lavrov some «concrete ideas». Dr. Smith agreed.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['He will share with Mr. Lavrov some «concrete ideas».', 'Dr. Smith agreed.']);
  });
});

/** What findAllQuotes did before: a regular expression built from the quote (fine for short quotes). */
function regexAll(text: string, quote: string) {
  const parts = quote
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (parts.length === 0) return [];
  const re = new RegExp(parts.join('\\s+'), 'g');
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

describe('finding quotes without building a regular expression', () => {
  it('finds a quote of 6,000 words and one 40,000-character token (a pattern that large throws in V8)', () => {
    const words = Array.from({ length: 6000 }, (_, i) => `w${i % 97}x${i}`);
    const text = `Intro.\n${words.join('  ')}\nOutro.`;
    const quote = words.join('\n');
    expect(findQuote(text, quote)).toEqual({ start: 7, end: text.length - 7 });
    expect(findAllQuotes(text, quote)).toHaveLength(1);
    const token = 'a'.repeat(40_000);
    expect(findAllQuotes(`x ${token} y`, token)).toEqual([{ start: 2, end: 40_002 }]);
  });

  it('agrees with the regular-expression matching on any spacing (property)', () => {
    const word = fc.constantFrom('a', 'b', 'ab', 'ba', '.', 'a.');
    const space = fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', ' \n ');
    const spaced = fc.array(fc.tuple(word, space), { maxLength: 12 }).map((xs) => xs.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(spaced, spaced, (text, quote) => {
        expect(findAllQuotes(text, quote)).toEqual(regexAll(text, quote));
        const first = regexAll(text, quote)[0] ?? null;
        const exact = quote.trim() ? text.indexOf(quote.trim()) : -1;
        expect(findQuote(text, quote)).toEqual(exact >= 0 ? { start: exact, end: exact + quote.trim().length } : first);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('sentence splitting is linear in the length of a line', () => {
  const unit = 'The minister said 3,000 people came. Mr. Smith disagreed strongly! “Why?” she asked. ';
  const line = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  const best = (text: string) => {
    let fastest = Infinity;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      splitSentences(text);
      fastest = Math.min(fastest, performance.now() - t);
    }
    return fastest;
  };

  it('splits 800,000 characters with no line break in about 8x the time of 100,000 (was ~1,400x)', () => {
    best(line(20_000)); // warm up
    const small = best(line(100_000));
    const large = best(line(800_000));
    // Linear is 8x; quadratic is 64x. Generous: a loaded machine adds noise, not a factor of 3.
    expect(large / Math.max(small, 1)).toBeLessThan(24);
    expect(large).toBeLessThan(10_000);
  }, 60_000);

  it('stays linear when every break is mended into one long sentence (abbreviations, initials)', () => {
    // Each break after "U.S." is joined back: the sentence so far grows, and reading all of it at every break was quadratic.
    const joined = (n: number) => 'crews of the U.S. Coast Guard and '.repeat(Math.ceil(n / 34)).slice(0, n) + 'left.';
    best(joined(10_000)); // warm up
    const small = best(joined(40_000));
    const large = best(joined(320_000));
    expect(splitSentences(joined(40_000))).toHaveLength(1);
    // Linear is 8x; quadratic is 64x.
    expect(large / Math.max(small, 1)).toBeLessThan(24);
  }, 60_000);

  it('gives the same sentences as one pass of the segmenter over the whole line', () => {
    const text = line(30_000) + '\n' + 'word '.repeat(3000) + 'end. Next one.';
    const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
    const lines = text.split('\n');
    const whole = splitSentences(text).map((s) => text.slice(s.start, s.end));
    // Every sentence boundary the windowed split reports is one the whole-line segmenter reports.
    const ends = new Set<string>();
    let at = 0;
    for (const l of lines) {
      for (const s of seg.segment(l)) ends.add(String(at + s.index + s.segment.trimEnd().length));
      at += l.length + 1;
    }
    for (const s of splitSentences(text)) expect(ends.has(String(s.end)), text.slice(s.start, s.end).slice(-40)).toBe(true);
    expect(whole.at(-1)).toBe('Next one.');
  });
});
