import { describe, expect, it } from 'vitest';
import { groupsOf, textsOf } from './figureFixture';

/** An article's estimate and another exact value beyond its rounding are two quantities (issue 9). */

describe('figure groups: an estimate and another exact value in one article', () => {
  it("keeps another bank's deposits out of the group of this bank's", () => {
    const groups = groupsOf(
      'The lender closed with some $90 billion in assets and about $70 billion in deposits, regulators said. Harbor Savings was shut with $120 billion in assets and $86 billion in deposits, according to agency data.',
      'Regulators said the lender had $90 billion in assets and $70.2 billion in deposits when it was closed.',
    );
    expect(groups.map(textsOf)).toContainEqual(['a:about $70 billion', 'b:$70.2 billion']);
    expect(groups.some((g) => g.members.some((m) => m.text === '$86 billion'))).toBe(false);
  });

  it('still joins an estimate and the exact value it rounds, in one article', () => {
    const groups = groupsOf(
      'The lender had about $70 billion in deposits when it closed. Regulators put its deposits at $70.2 billion.',
      'Deposits at the lender stood at $70.2 billion when regulators closed it.',
    );
    expect(groups.map(textsOf)).toContainEqual(['a:$70.2 billion', 'a:about $70 billion', 'b:$70.2 billion']);
  });
});
