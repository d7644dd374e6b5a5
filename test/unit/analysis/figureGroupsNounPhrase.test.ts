import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9: one count whose outlets name it with nouns that differ but noun phrases that agree. Invented sentences. */

type Groups = ReturnType<typeof analyze>['figureGroups'];
const textsWith = (groups: Groups, text: string): string[] =>
  (groups.find((g) => g.members.some((m) => m.text === text))?.members ?? []).map((m) => `${m.article}:${m.text}`).sort();

describe('figure groups: noun phrases of one thing', () => {
  it('joins a small count of a name with the same count of things that name qualifies', () => {
    const { figureGroups } = analyze([
      article('a', 'After a long review of public comment, the regulator is finalizing binding limits in tap water for these four ZQX.'),
      article('b', 'Members of the committee welcomed the regulator’s final tap water limits for four ZQX compounds, which families have waited years for.'),
    ]);
    expect(textsWith(figureGroups, 'four')).toEqual(['a:four', 'b:four']);
  });

  it('joins one count whose nouns differ after the same two qualifying words', () => {
    const { figureGroups } = analyze([
      article('a', 'The shipment to the clinic included 1,500 field testing swabs and gloves for the nurses in the valley.'),
      article('b', 'On Monday night 1,500 field testing kits for the valley clinic landed at the airport.'),
    ]);
    expect(textsWith(figureGroups, '1,500')).toEqual(['a:1,500', 'b:1,500']);
  });

  it('keeps a list of names apart from the things named with them', () => {
    const { figureGroups } = analyze([
      article('a', 'The rainy season ended on Sunday with 20 named floods across the river valley, the weather office said in its season report.'),
      article('b', 'For the first time the weather office ran through its whole list of 20 flood names before the rainy season in the river valley ended.'),
    ]);
    expect(textsWith(figureGroups, '20')).toEqual([]);
  });
});
