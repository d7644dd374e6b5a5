import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

const together = (groups: ReturnType<typeof analyze>['figureGroups'], a: string, b: string): boolean =>
  groups.some((g) => g.members.some((m) => m.text === a) && g.members.some((m) => m.text === b));

describe('figures: forms of writing a quantity', () => {
  it('reads a capitalised plural before a little word as what is counted', () => {
    const found = analyze([
      article('a', 'More than 5,000 Guardsmen were sent to the capital after the riot, officials said.'),
      article('b', 'Approximately 5,000 Guardsmen were sent to the capital after the riot, officials said.'),
    ]);
    expect(found.figures.map((f) => f.unitClass)).toEqual(['guardsmen', 'guardsmen']);
    expect(together(found.figureGroups, 'More than 5,000', 'Approximately 5,000')).toBe(true);
    // One outlet bounds the number, the other estimates it: not "the same fact, written differently".
    expect(found.figureGroups[0]).toMatchObject({ verdict: 'compatible', reason: 'rounding', confident: true });
  });
});

describe('figures: shares, fractions and bounds in words', () => {
  const read = (text: string) => analyze([article('a', text)]).figures.map((f) => ({ kind: f.kind, text: f.text, value: Math.round(f.value * 10) / 10, bound: f.bound }));

  it('reads a share written in words as a percentage', () => {
    expect(read('About a third of the residents left the town.')).toEqual([{ kind: 'percent', text: 'About a third', value: 33.3, bound: 'approx' }]);
    expect(read('Nearly half of the borrowers will see their debt erased.')).toEqual([{ kind: 'percent', text: 'Nearly half', value: 50, bound: 'upper' }]);
    expect(read('More than one-third of the players were injured.')).toEqual([{ kind: 'percent', text: 'More than one-third', value: 33.3, bound: 'lower' }]);
    expect(read('Two thirds of the voters backed the plan.')).toEqual([{ kind: 'percent', text: 'Two thirds', value: 66.7, bound: 'approx' }]);
    expect(read('One in five adults smokes daily.')).toEqual([{ kind: 'percent', text: 'One in five', value: 20, bound: 'approx' }]);
  });

  it('does not read "half an hour" or "the third quarter" as shares', () => {
    expect(read('The meeting took half an hour.').filter((f) => f.kind === 'percent')).toEqual([]);
    expect(read('Sales fell in the third quarter of the year.').filter((f) => f.kind === 'percent')).toEqual([]);
  });

  it('groups a share in words with the same share in digits', () => {
    const groups = analyze([
      article('a', 'About a third of the town residents fled the floods, the mayor said.'),
      article('b', 'Some 33% of the town residents fled the floods, the mayor said.'),
    ]).figureGroups;
    expect(groups).toHaveLength(1);
    expect(groups[0]?.verdict).toBe('compatible');
  });

  it('reads a whole number and a fraction as one duration', () => {
    expect(read('He was sentenced to 22 1/2 years in prison.')).toEqual([{ kind: 'duration', text: '22 1/2 years', value: 22.5 * 525600, bound: 'exact' }]);
  });

  it('reads "more than a dozen", "better than" and a currency code before the number', () => {
    expect(read('More than a dozen people were hurt in the crash.')).toEqual([{ kind: 'count', text: 'More than a dozen', value: 12, bound: 'lower' }]);
    expect(read('The trial showed the drug was better than 90% effective.')).toEqual([{ kind: 'percent', text: 'better than 90%', value: 90, bound: 'lower' }]);
    expect(read('The deal is worth USD 3 million, officials said.')).toEqual([{ kind: 'money', text: 'USD 3 million', value: 3e6, bound: 'exact' }]);
  });
});

describe('figures: ages, fractions in words, multipliers', () => {
  const read = (text: string) => analyze([article('a', text)]).figures.map((f) => ({ kind: f.kind, text: f.text, value: f.value, unitClass: f.unitClass }));

  it('reads "N years of age" and "N years old" as ages, not lengths of time', () => {
    expect(read('The study enrolled people 70 years of age and older.')).toEqual([{ kind: 'count', text: '70 years of age', value: 70, unitClass: 'age' }]);
    expect(read('The driver, 19 years old, was not hurt.')).toEqual([{ kind: 'count', text: '19 years old', value: 19, unitClass: 'age' }]);
  });

  it('reads "and a half" written as separate words', () => {
    expect(read('He was jailed for two and a half years.')).toEqual([{ kind: 'duration', text: 'two and a half years', value: 2.5 * 525600, unitClass: 'duration' }]);
  });

  it('reads a multiplier joined by a hyphen, and Indian-English amounts', () => {
    expect(read('The plan offers ten-thousand dollars of relief.')).toEqual([{ kind: 'money', text: 'ten-thousand dollars', value: 10000, unitClass: 'money:USD' }]);
    expect(read('The state raised Rs 500 crore for the victims.')).toEqual([{ kind: 'money', text: 'Rs 500 crore', value: 5e9, unitClass: 'money:INR' }]);
  });
});

describe('figures: votes, scores and capitalised nouns', () => {
  const read = (text: string) => analyze([article('a', text)]).figures.map((f) => ({ text: f.text, unitClass: f.unitClass }));

  it('reads a score as one figure, apart from another score', () => {
    expect(read('The home side won the final 3-1 on Sunday.')).toEqual([{ text: '3-1', unitClass: 'score' }]);
    const groups = analyze([
      article('a', 'The home side won the cup final 3-1 on Sunday, their first title in a decade.'),
      article('b', 'The home side beat the visitors 3-1 in the cup final on Sunday.'),
      article('c', 'The home side won the league game 2-1 on Wednesday.'),
    ]).figureGroups;
    expect(groups.filter((g) => g.unitClass === 'score').map((g) => g.members.map((m) => m.text))).toEqual([['3-1', '3-1']]);
  });

  it("reads a vote's tally as its yeas and its nays, each matched with the other outlet's", () => {
    expect(read('The assembly passed the bill 214-117 on Wednesday night.')).toEqual([
      { text: '214', unitClass: 'votes-for' },
      { text: '117', unitClass: 'votes-against' },
    ]);
    // Written with "to", and smaller first (a measure that failed): two counts, not a range.
    expect(read('The council rejected the levy by a vote of 4 to 5.')).toEqual([
      { text: '4', unitClass: 'votes-for' },
      { text: '5', unitClass: 'votes-against' },
    ]);
    const groups = analyze([
      article('a', 'The assembly passed the budget bill 214-117 on Wednesday night, sending it to the upper chamber.'),
      article('b', 'Lawmakers in the assembly approved the budget bill by a vote of 214 to 117 late on Wednesday.'),
      article('c', 'The assembly passed the budget bill 216-115 in an earlier session last spring.'),
    ]).figureGroups;
    const sides = groups.filter((g) => g.unitClass.startsWith('votes-')).map((g) => g.members.map((m) => `${m.article}:${m.text}`));
    expect(sides).toEqual(
      expect.arrayContaining([
        ['a:214', 'b:214'],
        ['a:117', 'b:117'],
      ]),
    );
    expect(sides).toHaveLength(2);
  });

  it('reads a capitalised plural before a participle as what is counted', () => {
    expect(read('The bill passed with 149 Greens and 165 Liberals voting in favour.')).toEqual([
      { text: '149', unitClass: 'green' },
      { text: '165', unitClass: 'liberal' },
    ]);
  });
});

describe('figures: temperatures in any spelling of their unit', () => {
  const units = (text: string) =>
    analyze([article('a', text)])
      .figures.filter((f) => f.kind === 'count')
      .map((f) => f.unitClass);

  it('reads "1.5C", "1.5°C", "1.5 deg C" and "1.5 degrees Celsius" as one kind of quantity', () => {
    expect(units('Cities baked as the lake warmed by 1.5C last summer.')).toEqual(['temperature']);
    expect(units('Cities baked as the lake warmed by 1.5°C last summer.')).toEqual(['temperature']);
    expect(units('Cities baked as the lake warmed by 1.5 deg C last summer.')).toEqual(['temperature']);
    expect(units('Cities baked as the lake warmed by 1.5 degrees Celsius last summer.')).toEqual(['temperature']);
  });

  it('groups the same warming written "1.5C" and "1.5 deg C", but not a spaced capital', () => {
    const groups = analyze([
      article('a', 'The lake in the valley warmed by 1.5C over the decade, the survey found.'),
      article('b', 'The lake in the valley warmed by 1.5 deg C over the decade, the survey found.'),
    ]).figureGroups;
    expect(groups.some((g) => g.members.length === 2)).toBe(true);
    // "Plan C" after a number is no temperature.
    expect(units('The council chose option 3 C instead.')).not.toContain('temperature');
  });
});

describe('figures: an adjective of addition before what is counted', () => {
  it('reads "new" and "additional" past to the noun ("400 new jobs", "300 additional nurses")', () => {
    const found = analyze([
      article('a', 'The carmaker said the plant would bring 400 new jobs to the town next spring.'),
      article('b', 'The hospital will hire 300 additional nurses this winter, its board said.'),
    ]).figures.filter((f) => f.kind === 'count');
    expect(found.map((f) => f.unitClass)).toEqual(['jobs', 'nurse']);
  });
});

describe('figures: a share of a span of time', () => {
  it('reads "half-century" and "quarter-century" as spans of years, and groups "half-century" with "50-year"', () => {
    const found = analyze([
      article('a', 'Mortgage rates in the region reached a half-century high in March, the lenders said.'),
      article('b', 'Mortgage rates in the region reached a 50-year high in March, the lenders said.'),
      article('c', 'The old mill has stood by the river for a quarter-century.'),
    ]);
    const years = (text: string) => (found.figures.find((f) => f.text === text)?.value ?? 0) / 525600;
    expect(years('half-century')).toBe(50);
    expect(years('quarter-century')).toBe(25);
    expect(together(found.figureGroups, 'half-century', '50-year')).toBe(true);
  });
});

describe('figures: a vague span given as two units of time', () => {
  it('reads "decades if not centuries" as one span, and groups it with "decades, if not centuries"', () => {
    const found = analyze([
      article('a', 'The salt left by the flood will poison the fields for decades if not centuries, the farmers fear.'),
      article('b', 'The salt left by the flood will poison the fields for decades, if not centuries, the farmers fear.'),
      article('c', 'The old well has been dry for decades.'),
    ]);
    expect(found.figures.filter((f) => f.kind === 'duration').map((f) => f.text)).toEqual(['decades if not centuries', 'decades, if not centuries']);
    expect(together(found.figureGroups, 'decades if not centuries', 'decades, if not centuries')).toBe(true);
  });
});
