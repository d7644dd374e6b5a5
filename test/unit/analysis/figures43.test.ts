import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, forty-third session: figure reading. Invented sentences. */

const figuresOf = (text: string) => analyze([article('a', text, '2024-05-16')]).figures.map((f) => [f.text, f.kind]);
/** Each figure group's members as "article:text", from articles given as [date, text]. */
const groupsOf = (...articles: [string, string][]) =>
  analyze(articles.map(([date, text], i) => article(`a${i + 1}`, text, date))).figureGroups.map((g) => g.members.map((m) => `${m.article}:${m.text}`));

describe('figures: a count "in" a span of time is no share', () => {
  it('reads "18 people in 24 hours" as a count of people, not 18 in every 24', () => {
    const figures = figuresOf('The agency sent 18 people in 24 hours to the site.');
    expect(figures).toContainEqual(['18', 'count']);
    expect(figures.some(([, kind]) => kind === 'percent')).toBe(false);
  });

  it('still reads "one child in ten" and "one person in five" as shares', () => {
    expect(figuresOf('Nearly one child in ten works.')).toContainEqual(['Nearly one child in ten', 'percent']);
    expect(figuresOf('One person in five said yes.')).toContainEqual(['One person in five', 'percent']);
  });
});

describe('figures: a part of a whole, after "Of the dead," or "Among the injured,"', () => {
  const first =
    'An outbreak has killed 21 people and spread to three districts, health authorities said Monday. The ministry has recorded 42 confirmed cases. Of the dead, 12 were confirmed cases, the ministry said.';
  const later = 'In its latest update, the ministry said confirmed cases had risen to 47, with 23 deaths. Officials are investigating 38 suspected cases.';

  it('groups the toll with the later toll, not the part', () => {
    const groups = groupsOf(['2025-09-08', first], ['2025-09-10', later]);
    expect(groups).toContainEqual(['a1:21', 'a2:23']);
    expect(groups.some((g) => g.includes('a1:12'))).toBe(false);
  });

  it('still groups the same part in two outlets', () => {
    const again = 'Of the dead, 12 were confirmed cases, officials said on Monday. Health teams have reached every village.';
    expect(groupsOf(['2025-09-08', first], ['2025-09-08', again])).toContainEqual(['a1:12', 'a2:12']);
  });
});

describe('figures: a singular noun whose plural is not the singular and an "s"', () => {
  it('puts "a 10-month-old baby" and "the 10-month-old infant" in one class, as it does "babies" and "infants"', () => {
    const groups = groupsOf(
      ['2024-08-23', 'The health agency has confirmed that a 10-month-old baby in the district has polio, the first case in 25 years.'],
      ['2024-08-29', 'The 10-month-old infant with polio was born during the war and never vaccinated, the envoy told the council.'],
    );
    expect(groups).toContainEqual(['a1:10', 'a2:10']);
  });
});

describe('figures: outlets name one count of crashes as "crashes" or "accidents"', () => {
  it('groups "two deadly crashes" with "two fatal accidents"', () => {
    const groups = groupsOf(
      ['2019-03-12', 'The plane model has been involved in two deadly crashes in five months, killing 346 people.'],
      ['2019-03-13', 'After two fatal accidents in five months that killed 346 people, regulators grounded the plane model.'],
    );
    expect(groups).toContainEqual(['a1:two', 'a2:two']);
  });
});
