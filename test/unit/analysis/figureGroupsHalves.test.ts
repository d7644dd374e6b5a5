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

describe('figure groups: bare counts', () => {
  it('groups the same rare count printed without a noun by two outlets, and keeps two such counts apart', () => {
    const groups = membersOf([
      article('a', 'By sector, retail gained the most (41,300), followed by transport (12,700), the statistics office said.'),
      article('b', 'Retail led the gains (41,300), well ahead of transport (12,700), according to the figures.'),
    ]);
    expect(groups).toEqual(
      expect.arrayContaining([
        ['a:41,300', 'b:41,300'],
        ['a:12,700', 'b:12,700'],
      ]),
    );
    expect(groups).toHaveLength(2);
  });
});
