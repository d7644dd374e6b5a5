import { describe, expect, it } from 'vitest';
import { createArticle } from '../../../src/core/article';
import { articleBlocks, classifyLine, shownBlocks } from '../../../src/core/articleLayout';
import { loadNodeLibrary } from '../../../src/cli/nodeLibrary';

const at = { first: false, seenBody: true, previousDisplays: new Set<string>() };

describe('what the reader shows of a page', () => {
  it('leaves out the page lines the issue found in the seeds', () => {
    const { library } = loadNodeLibrary();
    const shown = (id: string) =>
      shownBlocks(articleBlocks(library.get(id)!))
        .map((b) => b.display)
        .join('\n');
    expect(shown('002')).not.toContain('date 2022-01-21');
    expect(shown('003')).not.toContain('**Sergei Bobylev / TASS**');
    expect(shown('003')).toContain("US Secretary of State Antony Blinken and Russia's Foreign Minister Sergei Lavrov.");
    expect(shown('003')).not.toContain('Original url:');
    expect(shown('000')).not.toMatch(/^Post a Comment$/m);
    expect(shown('004')).not.toContain('Published: 08:17 PM');
    // The article itself is all there.
    expect(shown('002')).toContain('The simmering conflict in Donbass has claimed more than 14,000 lives so far, according to Kiev.');
  });

  it('classifies lines by their shape, not by any site', () => {
    expect(classifyLine('Share this', at)).toBe('debris');
    expect(classifyLine('https://example.org/a/b', at)).toBe('debris');
    expect(classifyLine('Photo: Reuters', at)).toBe('debris');
    expect(classifyLine('By Jane Roe for Example News', at)).toBe('meta');
    expect(classifyLine('Published: 10:02 AM, 3 May 2024', at)).toBe('meta');
    expect(classifyLine('Rescuers dig through the night', { ...at, seenBody: false })).toBe('headline');
    expect(classifyLine('Rescuers dig through the night', at)).toBe('crosshead');
    expect(classifyLine('The quake struck at 5:03 a.m. local time, officials said.', at)).toBe('paragraph');
    expect(classifyLine('A man carries food. **Jane Roe / Agency**', at)).toBe('caption');
  });

  it('reads question crossheads, dated lines, long headlines and captions above a credit', () => {
    expect(classifyLine('What happens next?', at)).toBe('crosshead');
    expect(classifyLine('Can we trust them?', at)).toBe('paragraph');
    expect(classifyLine('Friday March 3, 2028 –', at)).toBe('meta');
    expect(classifyLine('Jane Roe | Harbour Agency', at)).toBe('debris');
    expect(classifyLine('Bridge reopens after three months of repairs, council says', { ...at, seenBody: false })).toBe('headline');
    const text = 'The storm flooded the old town on Monday.\n\nA firefighter carries a child through the water.\n\nJane Roe | Harbour Agency\n\nThe water fell on Tuesday.';
    const blocks = articleBlocks(createArticle({ id: 'x', outlet: { en: 'X' }, sourceKind: 'unknown' }, text));
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'caption', 'debris', 'paragraph']);
  });

  it('keeps offsets into the unchanged text, sentence by sentence', () => {
    const text = 'Headline here\n\nBy A Writer\n\nFirst sentence of the story. Second one, said Mr. Smith.\nShare this';
    const article = createArticle({ id: 'x', outlet: { en: 'X' }, sourceKind: 'unknown' }, text);
    const blocks = articleBlocks(article);
    expect(blocks.map((b) => b.kind)).toEqual(['headline', 'meta', 'paragraph', 'debris']);
    const para = blocks[2]!;
    expect(text.slice(para.start, para.end)).toBe('First sentence of the story. Second one, said Mr. Smith.');
    expect(para.sentences.map((s) => s.text)).toEqual(['First sentence of the story.', 'Second one, said Mr. Smith.']);
  });
});
