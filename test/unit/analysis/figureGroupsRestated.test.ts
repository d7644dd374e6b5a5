import { describe, expect, it } from 'vitest';
import { groupsOf, textsOf } from './figureFixture';

/** Two counts that differ in sentences that say nearly every other word alike: one report restated with its count changed. */
describe('figure groups: a restated sentence with another count', () => {
  it('groups "the 14 affected districts" with "16 districts" when the rest of the two long sentences is alike, words near the numbers aside', () => {
    const groups = groupsOf(
      'Across the northern valleys, flooding and landslides caused by the passage of Storm Kelda have led to deaths, displacement, destruction of roads, and cut or reduced access by villages to basic services, including clinics and schools, in the 14 affected districts.',
      'The passage of Storm Kelda brought heavy rain, flooding and landslides to 16 districts in the northern valleys from 3 May, leading to deaths, displacement, destruction, and cut or reduced access by villages to basic services, including clinics and schools.',
    );
    expect(groups.filter((g) => g.unitClass === 'district').map(textsOf)).toEqual([['a:14', 'b:16']]);
  });
});
