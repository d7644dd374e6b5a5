import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9: copies of one sentence that do not read the same figures. Invented sentences. */

type Groups = ReturnType<typeof analyze>['figureGroups'];
const groupOf = (groups: Groups, article: string, text: string): string[] =>
  (groups.find((g) => g.members.some((m) => m.article === article && m.text === text))?.members ?? []).map((m) => `${m.article}:${m.text}`).sort();

describe('figure groups: copies of a sentence that lack one of its figures', () => {
  it('pools a figure with the same value in the other copy, not with the figure at its place', () => {
    const { figureGroups } = analyze([
      article(
        'a',
        'The court handed the former mayor a 12-year sentence on Friday, and he is already serving two other sentences amounting to seven and a half years in a prison colony east of the capital.',
      ),
      article(
        'b',
        'The court handed the former mayor a new sentence on Friday, and he is already serving two other sentences amounting to seven and a half years in a prison colony east of the capital.',
      ),
    ]);
    expect(groupOf(figureGroups, 'b', 'seven and a half years')).toEqual(['a:seven and a half years', 'b:seven and a half years']);
  });

  it('keeps an edited copy with the figure at its place when no other place has its value', () => {
    const { figureGroups } = analyze([
      article('a', 'Athletes from nearly 20 nations will compete in ten sports at the games in the port city, which open on Saturday with a parade along the river.'),
      article('b', 'Athletes from 15 nations will compete in ten sports at the games in the port city, which open on Saturday with a parade along the river.'),
    ]);
    expect(groupOf(figureGroups, 'b', '15')).toEqual(['a:nearly 20', 'b:15']);
  });
});
