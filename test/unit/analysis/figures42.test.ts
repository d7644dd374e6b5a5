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

  it('keeps them apart when a bulletin also counts other houses', () => {
    const two = late.replace('1,779 houses are destroyed.', '1,779 houses are destroyed and 2,514 houses damaged.');
    expect(groupsOf(['2018-07-26', early], ['2018-08-06', two]).some((g) => g.members.includes('a2:1,779'))).toBe(false);
  });
});
