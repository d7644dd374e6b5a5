import { describe, expect, it } from 'vitest';
import { langPack } from '../../../src/core/analysis/lang';
import { anchoredAtStart, neededChars } from '../../../src/core/analysis/patternNeeds';

describe('patternNeeds', () => {
  it('reads the marks a pattern cannot match without', () => {
    expect(neededChars(/^published:/i)).toBe(':');
    expect(neededChars(/^\p{Lu}[\p{L}.'’-]{1,25},\s+\p{Lu}{2,}\s*(?:--|[—–-])$/u)).toBe('-–—');
    // One mark from each alternative.
    expect(neededChars(/(?:\(\d{3}\)|[\w.+-]+@[\w-]+)/)).toBe('(@');
    expect(neededChars(/^\d+\s*min$/)).toBe('0123456789');
  });

  it('names no need where letters, optional parts or categories are all there is', () => {
    expect(neededChars(/support us now/i)).toBeNull();
    expect(neededChars(/^(?:copyright|©)/i)).toBeNull();
    expect(neededChars(/^sorry!?$/i)).toBeNull();
    expect(neededChars(/^[^a]+:?$/)).toBeNull();
    expect(neededChars(/^a(?=:)/)).toBeNull();
    expect(neededChars(/(a)\1:/)).toBeNull();
    expect(neededChars(/a:/g)).toBeNull();
  });

  it('tells patterns anchored at the start in every alternative', () => {
    expect(anchoredAtStart(/^a|^b/)).toBe(true);
    expect(anchoredAtStart(/^a(?:b|c)$/)).toBe(true);
    expect(anchoredAtStart(/^please\b|\btry again$/i)).toBe(false);
    expect(anchoredAtStart(/^a[|]b/)).toBe(true);
    expect(anchoredAtStart(/^a/m)).toBe(false);
  });

  it('never rules out a furniture pattern on a text it matches', () => {
    const lang = langPack('en');
    const samples = [
      'Published: 12 May 2021',
      'WASHINGTON (AP) —',
      'Media contact: (202) 555-0100 * press@agency.gov',
      'AP Photo/Jane Roe',
      '© Harbour Board',
      'Thursday, September 29, 2022',
      '5 min read',
      'Newsdesk, JAKARTA –',
      'Harbour Board/Jo Bloggs A crowd gathers at the pier',
    ];
    for (const re of [...lang.debris, ...lang.photoCredits, ...(lang.creditRunIn ?? [])]) {
      const need = neededChars(re);
      for (const text of samples) if (need !== null && re.test(text)) expect([...need].some((ch) => text.includes(ch))).toBe(true);
    }
  });
});
