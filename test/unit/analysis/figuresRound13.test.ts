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

  it('reads a count after an initialism or after two names joined by "and"', () => {
    expect(figuresOf('The bill covers all 50 U.S. states.').map((x) => [x.value, x.unit])).toEqual([[50, 'states']]);
    expect(figuresOf('Athletes in 40 Olympic and Paralympic sports will get equal pay.').map((x) => [x.value, x.unit])).toEqual([[40, 'sports']]);
  });

  it('still reads a number before a model name as part of the name', () => {
    expect(figuresOf('The airline grounded its 737 MAX fleet on Sunday.')).toEqual([]);
  });

  it('keeps the multiplier of "million-plus"', () => {
    const [f] = figuresOf('The deal promises players $24 million-plus bonuses.');
    expect(f?.value).toBe(24e6);
  });

  it('counts "two quarters" of growth as quarters, and keeps "two thirds" a share', () => {
    expect(figuresOf('Two quarters of negative growth often signal a recession.').map((x) => [x.kind, x.unit])).toEqual([['count', 'quarters']]);
    expect(figuresOf('Two thirds of voters rejected the plan.').map((x) => x.kind)).toEqual(['percent']);
  });

  it('reads "trillions of dollars" as a vague sum of money', () => {
    const [f] = figuresOf('The bank moved trillions of dollars through the accounts.');
    expect(f).toMatchObject({ kind: 'money', unitClass: 'money:USD', bound: 'vague' });
  });

  it('does not count "younger than 14" as more of the girls counted before it', () => {
    const f = figuresOf('Six girls younger than 14 were among the patients.');
    expect(f.map((x) => [x.value, x.unit])).toEqual([
      [6, 'girls'],
      // (An age below 14, read since round 22: the comparison names the measure.)
      [14, 'younger'],
    ]);
    expect(figuresOf('The clinic saw 40 patients, more than 30 of them women.').map((x) => x.unit)).toEqual(['patients', 'patients']);
  });
});
