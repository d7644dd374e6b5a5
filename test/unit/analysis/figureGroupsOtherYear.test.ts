import { describe, expect, it } from 'vitest';
import { groupsOf, textsOf } from './figureFixture';

/** An exact figure dated in another year is another year's figure unless the values agree to the letter (issue 9). */

describe('figure groups: an exact figure of another year', () => {
  it("keeps an earlier year's fine apart from this story's payment that it only rounds to", () => {
    const groups = groupsOf(
      'In 2018, regulators imposed a $2 billion fine on the lender for improper fees on car loans.',
      'The lender has already paid $2.4 billion to customers hurt by improper fees on car loans.',
      'The lender has paid $2.4 billion to customers harmed by the improper car loan fees, regulators said.',
    );
    expect(groups.map(textsOf)).toEqual([['b:$2.4 billion', 'c:$2.4 billion']]);
  });

  it('still joins a dated figure to the same value written another way', () => {
    const groups = groupsOf(
      'In 2018, regulators imposed a $2.4 billion fine on the lender for improper fees on car loans.',
      'The lender paid a fine of $2,400 million over improper fees on car loans, regulators said.',
    );
    expect(groups.map(textsOf)).toEqual([['a:$2.4 billion', 'b:$2,400 million']]);
  });
});
