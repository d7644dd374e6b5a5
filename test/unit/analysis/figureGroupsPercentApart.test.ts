import { describe, expect, it } from 'vitest';
import { groupsOf, textsOf } from './figureFixture';

/** Percentage changes far apart are two changes, however alike the words beside them (issue 9). */

describe('figure groups: percentages far apart', () => {
  it("keeps a year's growth apart from a quarter's, though both say revenue rose", () => {
    const groups = groupsOf(
      'The bakery chain said on Thursday that its revenue rose 37 per cent for the full year to $4.1 billion.',
      'Quarterly revenue at the bakery chain rose 20% from a year earlier, the company said on Thursday.',
      'In the final quarter, revenue at the bakery chain rose 20 per cent, helped by holiday orders.',
    );
    expect(groups.some((g) => g.members.some((m) => /37/.test(m.text)) && g.members.some((m) => /20/.test(m.text)))).toBe(false);
    expect(groups.map(textsOf)).toContainEqual(['b:20%', 'c:20 per cent']);
  });

  it('still groups nearby percentages of one quantity', () => {
    const groups = groupsOf(
      'Shares in the airline fell 21% in early trading on Monday after the strike was announced.',
      'Shares in the airline fell as much as 24% in early trading on Monday after the strike was announced.',
    );
    expect(groups.map(textsOf)).toContainEqual(['a:21%', 'b:24%']);
  });
});
