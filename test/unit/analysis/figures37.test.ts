import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, thirty-seventh session: figure reading. Invented sentences. */

const figuresOf = (text: string) => analyze([article('a', text)]).figures;

describe('figures: a year before a currency is a price base', () => {
  it('reads no sum in "in 2022 dollars" or "constant 2015 euros", and still reads the sums beside them', () => {
    expect(figuresOf('Median income was $74,580, expressed in real or 2022 dollars.').map((x) => x.text)).toEqual(['$74,580']);
    expect(figuresOf('All figures are in constant 2015 euros.').filter((x) => x.kind === 'money')).toEqual([]);
  });

  it('still reads a sum of that many dollars said as one ("a fine of 2000 dollars")', () => {
    expect(figuresOf('The court set a fine of 2000 dollars.').map((x) => [x.text, x.kind])).toEqual([['2000 dollars', 'money']]);
  });
});

describe('figures: the level of an interval estimate', () => {
  it('reads no figure in "the 95% interval estimate"', () => {
    const f = figuresOf('The 95% interval estimate for excess deaths was 13.3 to 16.6 million, and 95% of them were adults.').map((x) => x.text);
    expect(f).toEqual(['13.3 to 16.6 million', '95%']);
  });
});

describe('figures: the ages that bound a group of people', () => {
  it('reads no figure in "aged 5 to 11 years", "aged 70 and over" or "between the ages of 1 and 4"', () => {
    expect(figuresOf('Child labour rose among children aged 5 to 11 years.')).toEqual([]);
    expect(figuresOf('Deaths were highest among those aged 70 years and over.')).toEqual([]);
    expect(figuresOf('Ten children between the ages of 1 and 4 died.').map((x) => x.text)).toEqual(['Ten']);
    expect(figuresOf('The employment rate for people aged 16 to 64 was 75.6%.').map((x) => x.text)).toEqual(['75.6%']);
  });

  it("still reads one person's age, and ages given one by one", () => {
    expect(figuresOf('A man aged 40 was arrested on Friday.').map((x) => [x.text, x.unitClass])).toEqual([['40', 'age']]);
    expect(figuresOf('Two men, aged 30 and 42, were held.').map((x) => x.text)).toEqual(['Two', '30', '42']);
  });
});
