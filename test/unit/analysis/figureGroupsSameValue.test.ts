import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/**
 * The same exact value of the same counted thing in two outlets is one quantity, whatever else the
 * sentences say (constructed sentences).
 */

const membersOf = (...texts: string[]): string[][] =>
  analyze(texts.map((t, i) => article(String.fromCharCode(97 + i), t))).figureGroups.map((g) => g.members.map((m) => `${m.article}:${m.text}`));

describe('figure groups: one exact value of one counted thing', () => {
  it('groups a count two outlets give in sentences worded apart, though one also gives its parts', () => {
    expect(
      membersOf(
        'Over four weeks the inquiry heard evidence from 63 witnesses, among them divers and harbour pilots.',
        'The panel questioned 63 witnesses, 51 called by the council and 12 by the ferry company.',
      ),
    ).toContainEqual(['a:63', 'b:63']);
  });

  it('leaves a round count of that thing apart: round numbers recur for different things', () => {
    expect(
      membersOf(
        'Over four weeks the inquiry heard evidence from 60 witnesses, among them divers and harbour pilots.',
        'The panel questioned 60 witnesses, 48 called by the council and 12 by the ferry company.',
      ).filter((g) => g.includes('a:60')),
    ).toEqual([]);
  });
});
