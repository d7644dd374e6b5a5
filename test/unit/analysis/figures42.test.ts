import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, forty-second session: figure grouping. Invented sentences. */

const groupsOf = (...articles: [string, string][]) =>
  analyze(articles.map(([date, text], i) => article(`a${i + 1}`, text, date))).figureGroups.map((g) => ({
    members: g.members.map((m) => `${m.article}:${m.text}`),
    verdict: g.verdict,
    reason: g.reason,
  }));

describe("figures: each story's one count of a thing, grown between the days the stories are dated", () => {
  const early =
    'Flooding swept through the district after the dam failed. Around 18,000 people have been evacuated, and 1,658 houses have collapsed. Relief teams reached the houses on Tuesday.';
  const late = 'The floods have now reached 13 provinces. In the south, 1,779 houses are destroyed. Families whose houses were lost are sheltering in schools.';

  it('groups "1,658 houses" of one bulletin with "1,779 houses" of one eleven days later, as a later count', () => {
    expect(groupsOf(['2018-07-26', early], ['2018-08-06', late])).toContainEqual({ members: ['a1:1,658', 'a2:1,779'], verdict: 'compatible', reason: 'different-date' });
  });

  it('keeps them apart when the later bulletin gives the smaller count', () => {
    const smaller = late.replace('1,779', '1,512');
    expect(groupsOf(['2018-07-26', early], ['2018-08-06', smaller]).some((g) => g.members.includes('a2:1,512'))).toBe(false);
  });

  it('keeps them apart when the two are dated alike', () => {
    expect(groupsOf(['2018-07-26', early], ['2018-07-26', late]).some((g) => g.members.includes('a2:1,779'))).toBe(false);
  });

  it('keeps them apart when a bulletin also counts other houses destroyed', () => {
    const two = late.replace('1,779 houses are destroyed.', '1,779 houses are destroyed. In the north, 402 houses are destroyed.');
    expect(groupsOf(['2018-07-26', early], ['2018-08-06', two]).some((g) => g.members.includes('a2:1,779'))).toBe(false);
  });
});

describe('figures: houses destroyed and houses damaged are two counts', () => {
  const statuses = (text: string) => analyze([article('a', text, '2024-05-16')]).figures.map((f) => [f.text, f.status ?? null]);

  it('reads what befell the counted things after the number, after its noun, or from the verb that governs it', () => {
    expect(statuses('Some 805 buildings have been destroyed and 608 have been damaged.')).toEqual([
      ['Some 805', 'destroyed'],
      ['608', 'damaged'],
    ]);
    expect(statuses('The quake destroyed more than 1,000 homes.')).toEqual([['more than 1,000', 'destroyed']]);
    expect(statuses('Some 3,000 buildings were partially damaged and 120 fully damaged.')).toEqual([
      ['Some 3,000', 'partly-damaged'],
      ['120', 'destroyed'],
    ]);
    expect(statuses('The storm destroyed or damaged 4,000 homes.')).toEqual([['4,000', 'damaged+destroyed']]);
  });

  it('takes no status from a verb that ends another clause ("have been destroyed – hundreds more damaged")', () => {
    expect(statuses('In all, 805 buildings have been destroyed – hundreds more damaged.')).toContainEqual(['hundreds', 'damaged']);
  });

  it("groups each story's one count of homes destroyed across days, though one story also counts homes damaged", () => {
    const groups = groupsOf(
      ['2018-07-26', 'The storm destroyed 1,200 homes and damaged 3,400 homes in the district. Families whose homes were lost are in schools.'],
      ['2018-07-31', 'Officials said 1,450 homes were destroyed by the storm. Aid is reaching the homes.'],
    );
    expect(groups).toContainEqual({ members: ['a1:1,200', 'a2:1,450'], verdict: 'compatible', reason: 'different-date' });
    expect(groups.some((g) => g.members.includes('a1:3,400'))).toBe(false);
  });

  it('keeps a count of homes destroyed apart from one of homes damaged, however alike the sentences', () => {
    const groups = groupsOf(
      ['2018-07-26', 'The storm destroyed 1,200 homes in the district, officials said on Tuesday.'],
      ['2018-07-26', 'In the district, 1,200 homes were damaged by the storm.'],
    );
    expect(groups.some((g) => g.members.includes('a2:1,200'))).toBe(false);
  });
});

describe('figures: a latitude or longitude places something, it counts nothing', () => {
  const read = (text: string) => analyze([article('a', text, '2024-05-16')]).figures.map((f) => f.text);

  it('reads no count from degrees, minutes and seconds, with or without the signs', () => {
    expect(read('The airport is at 37°36′48″N 122°21′52″W / 37.61333°N 122.36444°W in San Mateo County.')).toEqual([]);
    expect(read('The volcano lies at 19°28\'30" N 155°36\'29" W, its summit at 13681 ft.')).toEqual(['13681']);
  });

  it('reads no count from a latitude and longitude given by their letters or words', () => {
    expect(read('The epicentre was at 28.84 N, 82.19 E, at a depth of 10 km.')).toEqual(['10']);
    expect(read('The quake struck at latitude 28.84 degrees north and longitude 82.19 degrees east.')).toEqual([]);
  });

  it('still reads temperatures in degrees and a lone number before a capital', () => {
    expect(read('His temperature was 38.4 °C and later 101.4°F.')).toEqual(['38.4', '101.4']);
    expect(read('The storm was 300 miles south of Miami.')).toEqual(['300']);
  });
});

describe('figures: a count that "has since" grown runs on', () => {
  it('judges "has since spread to 22 countries" and, a week later, "to 26" a later count, not a contradiction', () => {
    const sentence = (n: number) => `The outbreak began in Brazil in May 2015 and has since spread to ${n} countries and territories in the region.`;
    expect(groupsOf(['2016-02-02', sentence(22)], ['2016-02-09', sentence(26)])).toContainEqual({ members: ['a1:22', 'a2:26'], verdict: 'compatible', reason: 'different-date' });
  });

  it('still calls two counts of one closed past year that differ a contradiction', () => {
    const sentence = (n: number) => `In 2015, the outbreak spread to ${n} countries and territories in the region.`;
    expect(groupsOf(['2016-02-02', sentence(22)], ['2016-02-09', sentence(26)])).toContainEqual({
      members: ['a1:22', 'a2:26'],
      verdict: 'conflicting',
      reason: 'genuine-conflict',
    });
  });
});

describe('figures: a precise count printed without its noun in two articles', () => {
  it('is one quantity whatever bound each gives it ("around 10.4 billion", "10.4 billion")', () => {
    const groups = groupsOf(
      ['2022-11-15', 'While the world’s population will continue to grow to around 10.4 billion in the 2080s, the overall rate of growth is slowing down.'],
      ['2022-07-13', 'The world’s population is expected to grow to 9.7 billion in 2050 and to 10.4 billion in 2100.'],
    );
    expect(groups).toContainEqual({ members: ['a1:around 10.4 billion', 'a2:10.4 billion'], verdict: 'compatible', reason: 'same-fact-different-form' });
  });
});

describe('figures: "up to" after a verb of rising is where a figure went, not a ceiling', () => {
  const read = (text: string) => analyze([article('a', text, '2024-05-16')]).figures.map((f) => [f.text, f.bound]);

  it('reads "has crept up to 4.2%" and "rose up to 9%" as exact values', () => {
    expect(read('Unemployment has crept up to 4.2% this year.')).toEqual([['4.2%', 'exact']]);
    expect(read('Inflation rose up to 9% in the spring.')).toEqual([['9%', 'exact']]);
  });

  it('still reads "could reach up to 9%" as a ceiling', () => {
    expect(read('Inflation could reach up to 9% in the spring.')).toEqual([['up to 9%', 'upper']]);
  });
});
