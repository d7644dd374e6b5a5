import { describe, expect, it } from 'vitest';
import { normalizeText, TOKEN_RE, tokenize } from '../../../src/core/analysis/text';
import { seedArticles } from './seeds';

/** The tokens TOKEN_RE defines: tokenize reads them by hand and must agree. */
function byPattern(text: string, offset = 0): { text: string; norm: string; start: number; end: number }[] {
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
  return [...text.matchAll(re)].map((m) => {
    const lower = m[0].toLowerCase();
    const norm = /^\d/.test(lower) ? lower.replace(/[ \u00a0\u2009\u202f]/g, ',') : lower.replace(/[’‘]/g, "'").replace(/[\u2010\u2011]/g, '-');
    return { text: m[0], norm, start: offset + m.index, end: offset + m.index + m[0].length };
  });
}

describe('tokenize', () => {
  it('reads the tokens its pattern defines', () => {
    const samples = [
      'On 22ND May, 100,000 people (11:00) in the 1980s: 3.5% rose?! 1sT 2St',
      'Hawai‘i’s state-run co-op... U.S. officials—“we’re done.”',
      'Café naïve e\u0301 𝐀𝐁 x\ud800y ² ٣ ʻokina',
      "rock'n'roll -- well- -known 5. 6, 7: 8.9.10,11:12",
      'a two\u2011State resolution, the Secretary\u2010General, a 9\u2011year\u2011old and \u2011 alone',
      'We had 200 000 users, 1\u00a0250\u202f000 visits, 12 000:30, 25 100-metre races, 011 544 3004 and +251 11 551 5826.',
    ];
    for (const text of samples) expect(tokenize(text, 3)).toEqual(byPattern(text, 3));
  });

  it('agrees with its pattern on the seed articles and on odd strings made from their characters', () => {
    for (const a of seedArticles()) expect(tokenize(a.text)).toEqual(byPattern(a.text));
    const chars = ['a', 'Z', '1', '0', '.', ',', ':', "'", '’', '‘', '-', '\u2011', '%', '?', ' ', 's', 't', 'S', 'T', 'n', 'd', 'é', '\u0301', '𝐀', '²'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % chars.length;
    for (let i = 0; i < 5000; i++) {
      let text = '';
      for (let k = 0; k < 10; k++) text += chars[next()];
      expect(tokenize(text)).toEqual(byPattern(text));
    }
  });
});

describe('tokenize: the Unicode hyphens inside a word', () => {
  it('joins "two‑State" and "Secretary‐General" into one word, read with a plain hyphen', () => {
    expect(tokenize('a two\u2011State plan for the Secretary\u2010General').map((t) => t.norm)).toEqual(['a', 'two-state', 'plan', 'for', 'the', 'secretary-general']);
  });
});

describe('normalizeText', () => {
  it('keeps words, lower case, joined by single spaces, with every apostrophe straight', () => {
    expect(normalizeText('  “We’re  DONE,” she said — in Zürich‘s  `old´ town. ')).toBe("we're done she said in zürich's 'old' town");
    expect(normalizeText('...')).toBe('');
    expect(normalizeText('’Tis 1,000 km²!')).toBe("'tis 1 000 km²");
    // A letter outside the basic plane is two code units, neither a letter alone: a break between words.
    expect(normalizeText('a𝐀b')).toBe('a b');
  });
});
