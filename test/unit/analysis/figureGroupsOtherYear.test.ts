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

/** Words that mark another event, read where they mark the figure and not another number of the sentence (issue 9). */
describe('figure groups: another event, marked only where the words mark it', () => {
  it('reads "another" before another number as adding to that count, not as another event for the rest', () => {
    const groups = groupsOf(
      'Forty people were hurt and another 12 were missing after two buses collided on the motorway near Leeds.',
      'Two buses collided on the motorway near Leeds on Friday morning, police said.',
    );
    expect(groups.map(textsOf)).toContainEqual(['a:two', 'b:Two']);
  });

  it('still keeps apart a figure that "another" marks', () => {
    const groups = groupsOf(
      'In another crash on the motorway near Leeds, two buses collided on Friday morning.',
      'Two buses collided on the motorway near Leeds on Friday morning, police said.',
    );
    expect(groups.map(textsOf)).not.toContainEqual(['a:two', 'b:Two']);
  });

  it('reads "in the past 30 days" as a window up to now, not another event', () => {
    const groups = groupsOf('In the past 30 days, 12.4% of adults used the app, the agency survey found.', 'The agency survey found that 12.4% of adults were using the app.');
    expect(groups.map(textsOf)).toContainEqual(['a:12.4%', 'b:12.4%']);
  });
});
