import { describe, expect, it } from 'vitest';
import { groupsOf, textsOf } from './figureFixture';

/** A count printed without its noun, in a line several outlets copy, is one quantity all the same (issue 9). */

describe('figure groups: a bare count in a copied line', () => {
  it('groups "over 318,000" of one copied line in two outlets, though no noun follows it', () => {
    const line = 'Between April and the end of the year, the ministry screened a record number of arrivals—over 318,000—most of whom came by sea.';
    const groups = groupsOf(`${line} Officials said the figure would be revised.`, `The ministry said on Monday the season had been its busiest. ${line}`);
    expect(groups.map(textsOf)).toContainEqual(['a:over 318,000', 'b:over 318,000']);
  });

  it('does not group a bare count of two lines worded apart', () => {
    const groups = groupsOf(
      'Between April and the end of the year, the ministry screened a record number of arrivals—over 318,000—most of whom came by sea.',
      'Its ports were busier than ever, the minister told reporters: over 318,000, she said, a figure no one had expected.',
    );
    expect(groups.some((g) => g.members.some((m) => m.text === 'over 318,000'))).toBe(false);
  });
});
