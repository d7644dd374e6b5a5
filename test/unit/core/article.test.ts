import { describe, expect, it } from 'vitest';
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

  it('keeps the seed text unchanged: files match their recorded checksums and load byte for byte', async () => {
    const { readFileSync } = await import('node:fs');
    const { createHash } = await import('node:crypto');
    const recorded = JSON.parse(readFileSync(new URL('../../fixtures/seed-sha256.json', import.meta.url), 'utf8')) as Record<string, string>;
    const catalog = JSON.parse(readFileSync(new URL('../../../assets/articles/catalog.json', import.meta.url), 'utf8')) as { articles: { id: string; file: string }[] };
    expect(catalog.articles.map((a) => a.file).sort()).toEqual(Object.keys(recorded).sort());
    for (const { id, file } of catalog.articles) {
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
