import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Tolls of people when a story has more than one (issue 9): two crashes, this year and the year before. */
describe('grouping tolls of people', () => {
  it('reads "all 212 passengers and crew on board died" as a death toll', () => {
    const f = analyze([article('a', 'All 212 passengers and crew on board died.')]).figures;
    expect(f[0]?.unitClass).toBe('people-killed');
  });

  it('keeps two different tolls given in two sentences of one article apart', () => {
    const a = article(
      'a',
      'The first ferry sank off the northern coast in spring. All 212 passengers and crew on board died. A second ferry went down near the southern islands months later. All 164 passengers and crew on board died.',
    );
    const b = article('b', 'Regulators reviewed the ferry line after 212 people died when its first vessel sank off the northern coast.');
    const groups = analyze([a, b]).figureGroups.filter((g) => g.unitClass === 'people-killed');
    const with212 = groups.find((g) => g.members.some((m) => m.value === 212));
    expect(with212?.members.map((m) => `${m.article} ${m.value}`)).toEqual(['a 212', 'b 212']);
  });
});
