import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one reading each. */
const figuresOf = (text: string) => analyze([article('a', text)]).figures;
const classesOf = (text: string) => figuresOf(text).map((f) => [f.text, f.unitClass]);

describe('figures read in round 21', () => {
  it('reads a numbered paragraph ("(3) Of the 120 clubs, 97 voted") like the same paragraph without its number', () => {
    const plain = classesOf('Of the 120 member clubs, 97 voted on the new rules.');
    expect(classesOf('(3) Of the 120 member clubs, 97 voted on the new rules.')).toEqual(plain);
    const groups = analyze([
      article('a', '(3) Of the 120 member clubs, 97 voted on the new rules at the league meeting.'),
      article('b', 'Of the 120 member clubs, 97 voted on the new rules at the league meeting on Monday.'),
    ]).figureGroups;
    const members = groups.map((g) => g.members.map((m) => `${m.article}:${m.text}`).sort());
    expect(members).toContainEqual(['a:97', 'b:97']);
  });

  it('still reads "97 of the 120 clubs" as a part of a whole', () => {
    expect(classesOf('In the end 97 of the 120 member clubs voted on the new rules.')).toEqual([
      ['97', 'club'],
      ['120', 'club-whole'],
    ]);
  });

  it('reads a share after an abbreviation ("(CFR: 21.3%)") as a percentage, not a ticker', () => {
    expect(classesOf('By Friday 80 cases and 17 deaths (CFR: 21.3%) had been reported.')).toContainEqual(['21.3%', 'percent']);
    expect(classesOf('By Friday 17 deaths (CFR: 21.3 percent) had been reported.')).toContainEqual(['21.3 percent', 'percent']);
    const groups = analyze([
      article('a', 'By Friday 80 cases and 17 deaths (CFR: 21.3%) had been reported in the province.'),
      article('b', 'By Sunday 85 cases and 18 deaths (CFR: 21.2%) had been reported in the province.'),
    ]).figureGroups;
    const members = groups.map((g) => g.members.map((m) => `${m.article}:${m.text}`).sort());
    expect(members).toContainEqual(['a:21.3%', 'b:21.2%']);
  });

  it('still reads a stock ticker ("(TYO: 6758)") as no figure', () => {
    expect(figuresOf('Shares of the maker (TYO: 6758) rose on Monday.')).toEqual([]);
  });
});
