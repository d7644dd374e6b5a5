import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus): the faults left by the hand audit of rounds 33 and 34. */

describe('what a figure counts when a singular is joined to a plural noun phrase', () => {
  const figures = (text: string) => analyze([article('a', text)]).figures;

  it('counts the accounts in "individual and small business accounts", not individuals', () => {
    const [f] = figures('The lender is the third largest in the region, with about 14 million individual and small business accounts.');
    expect(f).toMatchObject({ value: 14_000_000, unit: 'accounts' });
    expect(f?.unitClass).not.toBe('people');
  });

  it('still counts people where people are the noun ("14 million people and small business clients")', () => {
    expect(figures('The lender serves 14 million people and small business clients in the region.')[0]?.unitClass).toBe('people');
  });

  it('reads "half a million" as 500,000 and counts the students in "middle and high school students"', () => {
    const [f] = figures('Of the nearly half a million middle and high school students who tried the product, one in five used it daily.');
    expect(f).toMatchObject({ text: 'nearly half a million', value: 500_000, unit: 'students' });
  });

  it('does not put the lender’s accounts and its customers in one figure group', () => {
    const a = article('a', 'The lender is the third largest in the region, with about 14 million individual and small business accounts.');
    const b = article('b', 'The lender is a large regional bank serving 14 million people and small business clients across the state.');
    const groups = analyze([a, b]).figureGroups.filter((g) => g.members.some((m) => m.value === 14_000_000));
    expect(groups.every((g) => new Set(g.members.map((m) => m.article)).size === 1)).toBe(true);
  });
});
