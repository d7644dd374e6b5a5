import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9: one range in two outlets, however worded. Invented sentences. */

type Groups = ReturnType<typeof analyze>['figureGroups'];
const groupOf = (groups: Groups, article: string, text: string): string[] =>
  (groups.find((g) => g.members.some((m) => m.article === article && m.text === text))?.members ?? []).map((m) => `${m.article}:${m.text}`).sort();

describe('figure groups: the same range', () => {
  it('reads "between 3 to 5 meters" as one range', () => {
    const { figures } = analyze([article('a', 'The village lies buried beneath between 3 to 5 meters of mud, a regional official said.')]);
    expect(figures.map((f) => [f.text, f.bound, f.low, f.high])).toEqual([['between 3 to 5', 'range', 3, 5]]);
  });

  it('joins the same range in two articles whose sentences share no word', () => {
    const { figureGroups } = analyze([
      article('a', 'The village lies buried beneath between 3 to 5 meters of mud, a regional official said.'),
      article('b', 'Rescuers with shovels dug through 3 to 5 meters of rubble on Monday.'),
    ]);
    expect(groupOf(figureGroups, 'b', '3 to 5')).toEqual(['a:between 3 to 5', 'b:3 to 5']);
  });

  it('keeps ranges that meet at one end only apart', () => {
    const { figureGroups } = analyze([
      article('a', 'The village lies buried beneath between 3 to 5 meters of mud, a regional official said.'),
      article('b', 'Rescuers with shovels dug through 3 to 6 meters of rubble on Monday.'),
    ]);
    expect(groupOf(figureGroups, 'b', '3 to 6')).toEqual([]);
  });
});
