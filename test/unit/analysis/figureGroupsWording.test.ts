import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

const together = (groups: ReturnType<typeof analyze>['figureGroups'], a: string, b: string): boolean =>
  groups.some((g) => g.members.some((m) => m.text === a) && g.members.some((m) => m.text === b));

describe('figure groups: a count written with decimals is not a round count', () => {
  it('calls "2.91 billion" and "2.82 billion" users a conflict, not rounding: each is written to the hundredth of a billion', () => {
    const groups = analyze([
      article('a', 'Monthly active users of the messaging app reached 2.91 billion in the quarter, the company said.'),
      article('b', 'The company said monthly active users of the messaging app reached 2.82 billion in the quarter.'),
    ]).figureGroups;
    const g = groups.find((x) => x.members.some((m) => m.text === '2.91 billion'));
    expect(g?.members.map((m) => m.text)).toEqual(['2.91 billion', '2.82 billion']);
    expect(g?.verdict).toBe('conflicting');
  });

  it('still lets a round count stand for a near figure ("5,000 people" and "5,120 people")', () => {
    const groups = analyze([
      article('a', 'About 5,000 people were evacuated from the valley after the dam failed, officials said.'),
      article('b', 'Officials said 5,120 people were evacuated from the valley after the dam failed.'),
    ]).figureGroups;
    expect(together(groups, 'About 5,000', '5,120')).toBe(true);
  });
});

describe('figures: "people" before a bare number', () => {
  it('takes "people" as the unit, past a percentage of change in between', () => {
    const figures = analyze([article('a', 'Daily active people rose 6% to 1.48 billion on average for March.')]).figures;
    expect(figures.find((f) => f.text === '1.48 billion')).toMatchObject({ unit: 'people', unitClass: 'people' });
  });

  it('groups the count across two outlets once it has its unit', () => {
    const groups = analyze([
      article('a', 'The group said its monthly active people rose 4% to 1.72 billion in the quarter.'),
      article('b', 'In the quarter, monthly active people came in at 1.72 billion, the group said.'),
    ]).figureGroups;
    expect(together(groups, '1.72 billion', '1.72 billion')).toBe(true);
  });

  it('still stops at another count between: that number counts the noun', () => {
    const figures = analyze([article('a', 'About 300 people were questioned, and in the end 1,250 came forward.')]).figures;
    expect(figures.find((f) => f.text === '1,250')?.unit).not.toBe('people');
  });
});

describe('figure groups: "last year" is the year before the article', () => {
  it('groups "more than eight minutes last year" with the same span dated in that year', () => {
    const groups = analyze([
      article('a', 'The guard who held the prisoner down for more than eight minutes last year was found guilty on Friday.', '2023-03-10'),
      article('b', 'The guard held the prisoner down for more than eight minutes on June 3, 2022, the jury heard.', '2023-03-10'),
    ]).figureGroups;
    expect(together(groups, 'more than eight minutes', 'more than eight minutes')).toBe(true);
  });

  it('keeps a figure of last year apart from one of an earlier year, not from one dated in that year', () => {
    const groups = analyze([
      article('a', 'The charity raised $14.2 million from donors last year, its report shows.', '2023-03-10'),
      article('b', 'Donors gave the charity $14.2 million in 2019, according to its filings.', '2023-03-10'),
    ]).figureGroups;
    expect(together(groups, '$14.2 million', '$14.2 million')).toBe(false);
    const sameYear = analyze([
      article('a', 'The charity raised $14.2 million from donors last year, its report shows.', '2023-03-10'),
      article('b', 'Donors gave the charity $14.2 million in 2022, according to its filings.', '2023-03-10'),
    ]).figureGroups;
    expect(together(sameYear, '$14.2 million', '$14.2 million')).toBe(true);
  });
});

describe('figure groups: one quantity named two ways', () => {
  it('reads a company\'s "sales" and its "revenue" as one word when comparing figures', () => {
    const groups = analyze([
      article('a', 'Revenue for the year was $52.38 billion, the retailer reported.'),
      article('b', 'Annual sales came to $52.4 billion, ahead of forecasts.'),
    ]).figureGroups;
    expect(together(groups, '$52.38 billion', '$52.4 billion')).toBe(true);
  });

  it('reads a fall in "shares" and in "stock" as one', () => {
    const groups = analyze([article('a', 'Shares fell 40% after the warning.'), article('b', 'The stock lost 40% after the warning.')]).figureGroups;
    expect(together(groups, '40%', '40%')).toBe(true);
  });
});
