import { describe, expect, it } from 'vitest';
import { groupsOf, textsOf } from './figureFixture';

/** Why figures of one quantity agree: the reason a round teaches (issue 9). Invented sentences. */

describe('figure groups: the reason figures agree', () => {
  it('gives a floor beside the figure it bounds ("more than 1,250" and "1,250") as lower bounds', () => {
    const [g] = groupsOf(
      'More than 1,250 volunteers cleared litter from the river banks over the weekend.',
      'Over the weekend 1,250 volunteers cleared litter from the river banks.',
    );
    expect(g && textsOf(g)).toEqual(['a:More than 1,250', 'b:1,250']);
    expect(g?.reason).toBe('lower-bounds');
  });

  it('keeps a floor beside a ceiling ("more than" and "nearly") a rounding', () => {
    const [g] = groupsOf(
      'More than 1,250 volunteers cleared litter from the river banks over the weekend.',
      'Over the weekend nearly 1,300 volunteers cleared litter from the river banks.',
    );
    expect(g?.reason).not.toBe('lower-bounds');
  });
});
