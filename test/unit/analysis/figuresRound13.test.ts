import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';
import { groupsOf, textsOf } from './figureFixture';

/** Invented sentences (not from any corpus), one reading each. */
const figuresOf = (text: string) => analyze([article('a', text)]).figures;

describe('figures read in round 13', () => {
  it("does not read a numbered paragraph's marker as a figure", () => {
    const f = figuresOf('(2) Of the 27 member states, 25 took part in the ballot.');
    expect(f.map((x) => x.text)).toEqual(['27', '25']);
  });

  it('does not add up two counts when the second opens a clause of its own', () => {
    const f = figuresOf('In the end 88 towns backed the plan and six were against it.');
    expect(f.map((x) => x.value)).toEqual([88, 6]);
  });

  it('still adds up parts joined by "and"', () => {
    const f = figuresOf('Police detained two current members of parliament and two former officials.');
    expect(f.some((x) => x.value === 4)).toBe(true);
  });

  it('reads "trillions of dollars" as a vague amount', () => {
    const [f] = figuresOf('The scheme moved trillions of dollars through the accounts.');
    expect(f).toMatchObject({ bound: 'vague', low: 2e12 });
  });

  it('groups a length in metres with the same length in meters', () => {
    const groups = groupsOf('The crater on the moonlet is 160 metres wide, the survey found.', 'The moonlet crater is about 160 meters wide.');
    expect(groups.map(textsOf)).toContainEqual(['a:160', 'b:about 160']);
  });
});
