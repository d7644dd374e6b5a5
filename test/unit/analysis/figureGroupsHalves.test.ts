import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Figure-group changes tried in issue 9's generalisation round (constructed sentences). */

const membersOf = (articles: ReturnType<typeof article>[]): string[][] => analyze(articles).figureGroups.map((g) => g.members.map((m) => `${m.article}:${m.text}`));

describe('figure groups: what a sentence of several figures says of each', () => {
  it('does not lend "another" before one figure to the other figures of its sentence', () => {
    const groups = membersOf([
      article('a', 'The central bank signalled another 150 basis points of increases this year, with its projection for the year-end policy rate moving up to 4.30%.'),
      article('b', 'Officials now see the policy rate ending the year at 4.3%, according to the projection published with the decision.'),
    ]);
    expect(groups).toContainEqual(['a:4.30%', 'b:4.3%']);
  });
});
