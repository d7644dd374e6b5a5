import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9: a small count of a set the story has named, in sentences that share no word. Invented sentences. */

type Groups = ReturnType<typeof analyze>['figureGroups'];
const groupOf = (groups: Groups, article: string, text: string): string[] =>
  (groups.find((g) => g.members.some((m) => m.article === article && m.text === text))?.members ?? []).map((m) => `${m.article}:${m.text}`).sort();

describe('figure groups: one named set', () => {
  it('joins "the four islands" in outlets worded apart when the story counts islands no other way', () => {
    const { figureGroups } = analyze([
      article('a', 'On Sunday, relief flights to the four islands resumed.'),
      article('b', 'A charity warned that fishermen across the four islands have lost their boats.'),
    ]);
    expect(groupOf(figureGroups, 'b', 'four')).toEqual(['a:four', 'b:four']);
  });

  it('keeps a small count apart when one outlet does not name it as a known set', () => {
    const { figureGroups } = analyze([
      article('a', 'On Sunday, relief flights to the four islands resumed.'),
      article('b', 'A charity warned that fishermen on four islands have lost their boats.'),
    ]);
    expect(groupOf(figureGroups, 'b', 'four')).toEqual([]);
  });
});
