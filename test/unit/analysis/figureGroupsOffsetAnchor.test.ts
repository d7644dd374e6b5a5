import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9: spans before or after something, counted from the same thing in sentences worded apart. Invented sentences. */

type Groups = ReturnType<typeof analyze>['figureGroups'];
const groupOf = (groups: Groups, article: string, text: string): string[] =>
  (groups.find((g) => g.members.some((m) => m.article === article && m.text === text))?.members ?? []).map((m) => `${m.article}:${m.text}`).sort();

describe('figure groups: one span counted from the same thing', () => {
  it('joins two spans of one length after the same event in long sentences that share no other word', () => {
    const { figureGroups } = analyze([
      article('a', 'Nearly two weeks since the flood swept through Northtown and Easton, relief convoys are still struggling to reach farms on the far bank.'),
      article('b', 'Speaking in the capital, the minister noted that two weeks after the flood, schools remain shut while families wait for tents and clean water.'),
    ]);
    expect(groupOf(figureGroups, 'b', 'two weeks')).toEqual(['a:Nearly two weeks', 'b:two weeks']);
  });

  it('keeps spans of one length apart when they count from different things', () => {
    const { figureGroups } = analyze([
      article('a', 'Nearly two weeks since the flood swept through Northtown and Easton, relief convoys are still struggling to reach farms on the far bank.'),
      article('b', 'Speaking in the capital, the minister noted that two weeks after the election, schools remain shut while families wait for tents and clean water.'),
    ]);
    expect(groupOf(figureGroups, 'b', 'two weeks')).toEqual([]);
  });
});
