import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9: a stated limit and the exact value it states, in long sentences worded apart. Invented sentences. */

type Groups = ReturnType<typeof analyze>['figureGroups'];
const groupOf = (groups: Groups, article: string, text: string): string[] =>
  (groups.find((g) => g.members.some((m) => m.article === article && m.text === text))?.members ?? []).map((m) => `${m.article}:${m.text}`).sort();

describe('figure groups: a limit and the value it names', () => {
  const capped = article(
    'a',
    'Starting next spring, pensioners across the northern provinces will see their monthly bus fares held at no more than $12 under the transport package that cleared the assembly late on Thursday. The package also sets aside $40 million for new trams.',
  );
  // (The story gives another sum too, so the class alone does not name the quantity.)
  it('joins a ceiling with the exact sum at its value when the sentences share a few words', () => {
    const { figureGroups } = analyze([
      capped,
      article(
        'b',
        'Ms Varga, who chaired the committee for six years and first wrote the plan in a modest office beside the old mill, welcomed the $12 limit on bus fares as a long overdue win for rural voters.',
      ),
    ]);
    expect(groupOf(figureGroups, 'a', 'no more than $12')).toEqual(['a:no more than $12', 'b:$12']);
  });

  it('keeps a ceiling apart from an exact sum of another value', () => {
    const { figureGroups } = analyze([
      capped,
      article(
        'b',
        'Ms Varga, who chaired the committee for six years and first wrote the plan in a modest office beside the old mill, welcomed the $15 limit on bus fares as a long overdue win for rural voters.',
      ),
    ]);
    expect(groupOf(figureGroups, 'a', 'no more than $12')).toEqual([]);
  });
});
