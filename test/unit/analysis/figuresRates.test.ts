import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { generateFromArticles } from '../../../src/core/analysis/generators';
import { article } from './seeds';

const together = (groups: ReturnType<typeof analyze>['figureGroups'], a: string, b: string): boolean =>
  groups.some((g) => g.members.some((m) => m.text === a) && g.members.some((m) => m.text === b));

const read = (text: string) =>
  analyze([article('a', text)]).figures.map((f) => ({ kind: f.kind, text: f.text, unitClass: f.unitClass, value: Math.round(f.value * 1000) / 1000, bound: f.bound }));

describe('figures: rates, ranges and changes in points', () => {
  it('reads a range with the percent sign at both ends as one range', () => {
    expect(read('The bank set its lending rate at 2.5% to 2.75% on Tuesday.')).toEqual([
      { kind: 'percent', text: '2.5% to 2.75%', unitClass: 'percent', value: 2.625, bound: 'range' },
    ]);
    expect(read('The lending rate now sits between 4 percent and 4.25 percent.')).toEqual([
      { kind: 'percent', text: 'between 4 percent and 4.25 percent', unitClass: 'percent', value: 4.125, bound: 'range' },
    ]);
    expect(read('Its lending rate is 3.00%-3.25% after the vote.')).toEqual([{ kind: 'percent', text: '3.00%-3.25%', unitClass: 'percent', value: 3.125, bound: 'range' }]);
  });

  it('reads a range of mixed fractions ("2-1/4 to 2-1/2 percent")', () => {
    expect(read('The board lifted the lending rate to 2-1/4 to 2-1/2 percent.')).toEqual([
      { kind: 'percent', text: '2-1/4 to 2-1/2 percent', unitClass: 'percent', value: 2.375, bound: 'range' },
    ]);
  });

  it('keeps a change and the new level apart ("rose by 0.2% to 3.1%")', () => {
    expect(read('Prices rose by 0.2% to 3.1% in the year to May.').map((f) => f.text)).toEqual(['0.2%', '3.1%']);
  });

  it('reads basis points and a share of a point as percentage points', () => {
    expect(read('The bank raised its rate by 50 basis points on Thursday.')).toEqual([
      { kind: 'percent', text: '50 basis points', unitClass: 'percentage-points', value: 0.5, bound: 'exact' },
    ]);
    expect(read('The bank raised its rate by 25bps on Thursday.')).toEqual([{ kind: 'percent', text: '25bps', unitClass: 'percentage-points', value: 0.25, bound: 'exact' }]);
    expect(read('The bank raised its rate by a quarter of a percentage point on Thursday.')).toEqual([
      { kind: 'percent', text: 'a quarter of a percentage point', unitClass: 'percentage-points', value: 0.25, bound: 'exact' },
    ]);
  });

  it('groups one rate rise written in basis points, points and words', () => {
    const groups = analyze([
      article('a', 'The central bank raised its main interest rate by 50 basis points on Thursday, its biggest rise in a decade.'),
      article('b', 'The central bank raised its main interest rate by half of a percentage point on Thursday, its biggest rise in a decade.'),
      article('c', 'The central bank raised its main interest rate by 0.5 percentage point on Thursday, its biggest rise in a decade.'),
    ]).figureGroups;
    expect(together(groups, '50 basis points', '0.5 percentage point')).toBe(true);
    expect(together(groups, 'half of a percentage point', '0.5 percentage point')).toBe(true);
  });

  it('keeps two ranges that only touch apart, and a value outside a range out of it', () => {
    const groups = analyze([
      article(
        'a',
        'The committee raised the lending rate to 2-1/2 to 2-3/4 percent. One member preferred a range of 2-1/4 percent to 2-1/2 percent. The committee still aims for inflation of 3 percent.',
      ),
      article('b', 'The committee raised the lending rate to a range of 2.5% to 2.75%, and it still aims for inflation of 3%.'),
    ]).figureGroups;
    expect(together(groups, '2-1/2 to 2-3/4 percent', '2.5% to 2.75%')).toBe(true);
    expect(together(groups, '2-1/4 percent to 2-1/2 percent', '2.5% to 2.75%')).toBe(false);
    expect(together(groups, '3%', '2.5% to 2.75%')).toBe(false);
  });
});

describe('figures: names by term, fraction characters', () => {
  it('does not read a security named by its term ("the 10-year yield") as a length', () => {
    expect(read('The 10-year yield fell to 4.1% while the 2-year UST yield rose to 4.6%.').map((f) => f.text)).toEqual(['4.1%', '4.6%']);
    // A length is still a length.
    expect(read('He served a 10-year sentence in the state prison.').map((f) => f.kind)).toEqual(['duration']);
  });

  it('reads "3½ weeks" as three and a half weeks', () => {
    const [a] = read('The strike lasted 3½ weeks in all.');
    const [b] = read('The strike lasted three and a half weeks in all.');
    expect(a?.value).toBe(b?.value);
  });
});

describe('figures: a results table and its unit line', () => {
  const release = [
    'Results for the Quarter',
    'In millions, except percentages and per share amounts20232022',
    'Net sales$41,250 $38,900 6 %',
    'Diluted earnings per share (EPS)$2.15 $1.98 9 %',
    '',
    'The company will hold a call with analysts on Thursday.',
  ].join('\n');

  it('scales the bare sums of the rows under "In millions", not the per-share amounts', () => {
    const figures = analyze([article('r', release)]).figures.filter((f) => f.kind === 'money');
    expect(figures.map((f) => [f.text, f.value])).toEqual([
      ['$41,250', 41_250_000_000],
      ['$38,900', 38_900_000_000],
      ['$2.15', 2.15],
      ['$1.98', 1.98],
    ]);
  });

  it('groups a table sum with the same sum in billions in a news story', () => {
    const groups = analyze([article('r', release), article('n', 'The company said net sales rose 6% from the prior year, to $41.25 billion, beating forecasts.')]).figureGroups;
    expect(together(groups, '$41,250', '$41.25 billion')).toBe(true);
  });
});

describe('figures: the counted noun before the number', () => {
  it('takes the unit from a plural noun a few words before a bare number', () => {
    const [f] = analyze([article('a', 'Paying subscribers came in at 41.2 million at the end of the quarter.')]).figures;
    expect(f).toMatchObject({ text: '41.2 million', unit: 'subscribers' });
  });

  it('groups the same bare count in two outlets once it has its unit', () => {
    const groups = analyze([
      article('a', 'The streaming service said paying subscribers came in at 41.2 million in the quarter, short of forecasts.'),
      article('b', 'Paying subscribers of the streaming service reached 41.2 million in the quarter, short of forecasts.'),
    ]).figureGroups;
    expect(together(groups, '41.2 million', '41.2 million')).toBe(true);
    expect(groups[0]?.articles).toEqual(['a', 'b']);
  });
});

describe('figures: a possessive before a number', () => {
  it('reads "the Bank\'s 3% goal" as a figure, not a name', () => {
    expect(read('Prices are far above the Bank’s 3% goal, officials said.').map((f) => f.text)).toEqual(['3%']);
    // A name's own number is still a name.
    expect(read('Sales of the Xbox 360 console fell sharply last year.').map((f) => f.text)).toEqual([]);
  });
});

describe('figures: "up to" after a verb of movement', () => {
  it('reads "moving up to 4.10%" as a value reached, and "up to 40 years" as a ceiling', () => {
    expect(read('Year-end projections for the rate are moving up to 4.10% from 3.20%.').map((f) => [f.text, f.bound])).toEqual([
      ['4.10%', 'exact'],
      ['3.20%', 'exact'],
    ]);
    expect(read('He faces up to 40 years in prison.').map((f) => [f.text, f.bound])).toEqual([['up to 40 years', 'upper']]);
  });
});

describe('figures: a change from one value to another', () => {
  it('keeps the starting value of a change apart from the new value in another outlet, however close', () => {
    const groups = analyze([
      article('a', 'The app said its paying subscribers fell from 41.3 million to 41.25 million in the quarter.'),
      article('b', 'Paying subscribers came in at 41.25 million in the quarter, the app said on Tuesday.'),
    ]).figureGroups;
    expect(together(groups, '41.25 million', '41.25 million')).toBe(true);
    expect(together(groups, '41.3 million', '41.25 million')).toBe(false);
  });
});

describe('figures: a measure per a count is one unit ("parts per million", "deaths per 100,000")', () => {
  const figures = (text: string) => analyze([article('a', text)]).figures.map((f) => ({ text: f.text, unit: f.unit, unitClass: f.unitClass }));

  it('reads "parts per million" and "ppm" as one concentration, shown with its unit', () => {
    expect(figures('Ozone over the valley reached 84.2 parts per billion on Friday, the monitoring agency said.')).toContainEqual({
      text: '84.2 parts per billion',
      unit: 'ppb',
      unitClass: 'ppb',
    });
    expect(figures('The agency measured the ozone at 84.2 ppb on Friday.')).toContainEqual({ text: '84.2 ppb', unit: 'ppb', unitClass: 'ppb' });
    expect(figures('Lead in the tap water stood at 15 parts per million last week.')).toContainEqual({ text: '15 parts per million', unit: 'ppm', unitClass: 'ppm' });
  });

  it('reads a rate per a count as a rate, not a count of its first word', () => {
    expect(figures('The county recorded 12 deaths per 100,000 people last year.')).toEqual([
      { text: '12 deaths per 100,000', unit: 'deaths per 100,000', unitClass: 'rate:100000:people-killed' },
    ]);
    expect(figures('Doctors saw 30 cases per hundred thousand residents in the spring.')).toContainEqual({
      text: '30 cases per hundred thousand',
      unit: 'cases per hundred thousand',
      unitClass: 'rate:100000:cases',
    });
    // (A speed is no rate of a count.)
    expect(figures('The wind reached 60 miles per hour on the coast.').map((f) => f.unitClass)).toEqual(['mph']);
  });

  it('keeps a death rate out of a death toll', () => {
    const groups = analyze([
      article('a', 'The fever killed 12 people in the county this year, health officials said on Monday.'),
      article('b', 'The county recorded 12 deaths per 100,000 people from the fever this year, health officials said.'),
    ]).figureGroups;
    expect(groups.filter((g) => g.members.some((m) => m.article === 'b'))).toEqual([]);
  });

  it('asks about the concentration, showing the two written forms, not about "the number of parts"', () => {
    const articles = [
      article('a', 'Ozone over the valley reached 84.2 parts per billion on Friday, the highest reading this year, the monitoring agency said.'),
      article('b', 'On Friday the agency measured ozone over the valley at 84.2 ppb, its highest reading of the year.'),
    ];
    const rounds = generateFromArticles({ type: 'conflicting-figures', count: 4, seed: 1, index: 0 }, articles);
    expect(rounds).toHaveLength(1);
    const r = rounds[0];
    expect(r?.type === 'conflicting-figures' && r.figures.map((f) => f.figure).sort()).toEqual(['84.2 parts per billion', '84.2 ppb']);
    expect(r?.type === 'conflicting-figures' && r.question.en).toMatch(/the concentration in parts per billion/);
  });
});
