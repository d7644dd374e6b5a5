import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, fortieth session: figure reading. Invented sentences. */

const read = (text: string) => analyze([article('a', text)]).figures.map((f) => [f.text, f.unitClass, f.value]);

describe('figures: a bare fraction before a percentage', () => {
  it('reads "by 1/2 percentage point" as half a point', () => {
    expect(read('The board decided to lower the target range by 1/2 percentage point.')).toEqual([['1/2 percentage point', 'percentage-points', 0.5]]);
  });

  it('reads "1/4 to 1/2 percent" as a range of percentages', () => {
    const figures = analyze([article('a', 'The board set the target range at 1/4 to 1/2 percent.')]).figures;
    expect(figures.map((f) => [f.text, f.unitClass, f.low, f.high])).toEqual([['1/4 to 1/2 percent', 'percent', 0.25, 0.5]]);
  });

  it('reads "1/4 percentage point" and "25 basis points" in two outlets as one figure', () => {
    const a = article('a', 'The central bank raised its benchmark rate by 1/4 percentage point on Wednesday, its first increase in years.');
    const b = article('b', 'The central bank raised its benchmark rate by 25 basis points on Wednesday, its first increase in years.');
    const group = analyze([a, b]).figureGroups.find((g) => g.unitClass === 'percentage-points');
    expect(group?.members.map((m) => m.text).sort()).toEqual(['1/4 percentage point', '25 basis points']);
    expect(group?.verdict).toBe('compatible');
  });

  it('still reads no figure from a date or a fraction before anything else', () => {
    expect(read('On 1/2 the office closed.')).toEqual([]);
    expect(read('The office closed on 1/2/2023 for the holiday.')).toEqual([]);
    expect(read('The attacks of 9/11 changed the country.')).toEqual([]);
  });
});

describe('figures: one count named with near synonyms', () => {
  it('groups "600,000 doses" with "600,000 vaccines" of one shipment', () => {
    const a = article('a', 'The first shipment of 600,000 doses from the global vaccine scheme arrived in Accra on Wednesday.');
    const b = article('b', 'A plane carrying the first 600,000 vaccines from the global scheme landed in Accra on Wednesday.');
    const groups = analyze([a, b]).figureGroups;
    expect(groups.map((g) => g.members.map((m) => m.text).sort())).toContainEqual(['600,000', '600,000']);
  });

  it('reads a baby and an infant as one class', () => {
    const classes = (text: string) => analyze([article('a', text)]).figures.map((f) => f.unitClass);
    expect(classes('Doctors treated 12 babies at the clinic.')).toEqual(classes('Doctors treated 12 infants at the clinic.'));
  });
});

describe('figures: a measure between a count and its noun', () => {
  it('reads "four 6.3 magnitude earthquakes" as four earthquakes and a magnitude', () => {
    expect(read('Throughout the month, four 6.3 magnitude earthquakes struck the region.')).toEqual([
      ['four', 'earthquake', 4],
      ['6.3', 'magnitude', 6.3],
    ]);
  });

  it('still reads a year before a count as a year: "in 2024 25 cases"', () => {
    expect(read('There have been 46 human cases to date; in 2024 25 cases were in farm workers.')).toEqual([
      ['46', 'cases', 46],
      ['2024', 'year', 2024],
      ['25', 'cases', 25],
    ]);
  });
});

describe('figures: families are not people', () => {
  it('reads "4,200 people, or about 600 families" as two quantities', () => {
    const figures = read('In total, 4,200 people, or about 600 families, were affected by the earthquake.');
    expect(figures.map(([, unitClass]) => unitClass)).toEqual(['people', 'households']);
  });
});

describe('figure groups: a count that moved on between two reports', () => {
  const first = (count: string) =>
    article('a', `A total of seven confirmed deaths were reported along with ${count} confirmed structures lost to the mountain fire.`, '2016-12-01');
  const later = article('b', 'There are now a total of 14 confirmed deaths and 145 injuries along with 1,753 confirmed structures lost to the mountain fire.', '2016-12-06');
  const structures = (count: string) => analyze([first(count), later]).figureGroups.find((g) => g.members.some((m) => m.text === '1,753'));

  it('calls counts given days apart compatible, given on different days, where one is more than twice the other', () => {
    expect(structures('700')).toMatchObject({ verdict: 'compatible', reason: 'different-date', confident: true });
  });

  it('still leaves counts many times apart unsure: the days alone do not explain them', () => {
    expect(structures('70')).toMatchObject({ verdict: 'unsure', confident: false });
  });
});

describe('figure groups: two floors of one number', () => {
  const pair = (a: string, b: string) => analyze([article('a', a, '2020-08-04'), article('b', b, '2020-08-04')]).figureGroups;

  it('groups "more than $41 billion" and "more than $40 billion" of one sum as lower bounds that agree', () => {
    const groups = pair(
      'Visitor spending in communities near national parks contributed more than $41 billion to the economy in 2019.',
      "In 2019, visitor spending near national parks contributed more than $40 billion to the nation's economy.",
    );
    expect(groups).toEqual([expect.objectContaining({ verdict: 'compatible', reason: 'lower-bounds', confident: true })]);
  });

  it('still keeps two floors of a share apart, and floors far apart', () => {
    expect(pair('Turnout was more than 90 percent in the first count of the vote.', 'Turnout was more than 94 percent in the final count of the vote.')).toEqual([]);
    expect(pair('The fund now reaches more than 100 countries in the region.', 'The fund now reaches more than 200 countries in the region.')).toEqual([]);
  });
});

describe('figure groups: one range named by two owners', () => {
  it('groups "4-3/4 to 5 percent" of the Committee with "4.75% to 5%" of the Federal Reserve', () => {
    const statement = article('a', 'The Committee decided to lower the target range for the federal funds rate by 1/2 percentage point to 4-3/4 to 5 percent.', '2024-09-18');
    const news = article('b', 'The Federal Reserve cut interest rates on Wednesday, lowering its benchmark rate to a range of 4.75% to 5%.', '2024-09-18');
    const range = analyze([statement, news]).figureGroups.find((g) => g.members.some((m) => m.text === '4.75% to 5%'));
    expect(range?.members.map((m) => m.text).sort()).toEqual(['4-3/4 to 5 percent', '4.75% to 5%']);
    expect(range).toMatchObject({ verdict: 'compatible', confident: true });
  });
});
