import { describe, expect, it } from 'vitest';
import { groupsOf, textsOf } from './figureFixture';

/** An owner read from a capital that opens a sentence is no other owner when the other figure counts it (issue 9). */

describe('figure groups: an owner named beside the other figure', () => {
  it('joins one exact percentage whose "owner" the other sentence counts', () => {
    const groups = groupsOf(
      'Total costs and expenses climbed 23% at the ferry operator in the quarter, the filing showed.',
      'Costs and expenses rose by a steep 23%, squeezing the ferry operator’s profit in the quarter.',
    );
    expect(groups.map(textsOf)).toContainEqual(['a:23%', 'b:23%']);
  });

  it('still keeps two named owners apart', () => {
    const groups = groupsOf('The Harbour Party won 23% of the vote in the northern region.', 'The Valley Party took 23% of the vote in the northern region, officials said.');
    expect(groups.filter((g) => g.confident)).toHaveLength(0);
  });
});
