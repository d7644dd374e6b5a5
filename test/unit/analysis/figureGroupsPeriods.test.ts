import { describe, expect, it } from 'vitest';
import { groupsOf, textsOf } from './figureFixture';

/** A change over a year and a change over a month are two quantities, however alike their sentences (issue 9). */

const together = (groups: ReturnType<typeof groupsOf>, a: RegExp, b: RegExp): boolean =>
  groups.some((g) => g.members.some((m) => a.test(m.text)) && g.members.some((m) => b.test(m.text)));

describe('figure groups: changes over different periods', () => {
  it("keeps a year's rise in prices apart from the month's", () => {
    const groups = groupsOf(
      'Consumer prices in the country rose 9.1 percent over the year ended June, the statistics office said on Wednesday.',
      'Consumer prices in the country rose 1.3% in June, the statistics office said on Wednesday.',
    );
    expect(together(groups, /9\.1/, /1\.3/)).toBe(false);
  });

  it('keeps a monthly rise apart from a rise from a year ago', () => {
    const groups = groupsOf(
      'Rents across the region climbed 4.2% from a year ago, the property portal said in its latest survey.',
      'Rents across the region climbed 0.6% over the month, the property portal said in its latest survey.',
    );
    expect(together(groups, /4\.2/, /0\.6/)).toBe(false);
  });

  it('keeps a quarterly fall apart from the annualized one', () => {
    const groups = groupsOf(
      'The economy shrank at a 0.9% annualized rate in the second quarter, the commerce department said.',
      'The economy shrank at a 0.2% quarterly rate in the second quarter, the commerce department said.',
    );
    expect(together(groups, /0\.9/, /0\.2/)).toBe(false);
  });

  it('groups the twelve-month figure with the twelve-month figure when one sentence gives both', () => {
    const groups = groupsOf(
      'Consumer prices rose 1.3% in June and 9.1% over the past 12 months, the labor department said on Wednesday.',
      'Consumer prices rose 9.2 percent from a year ago and 1.4% in June, the labor department said on Wednesday.',
    );
    expect(together(groups, /1\.3/, /9\.2/)).toBe(false);
    expect(together(groups, /9\.1/, /1\.4/)).toBe(false);
    expect(groups.map(textsOf)).toContainEqual(['a:9.1%', 'b:9.2 percent']);
    expect(groups.map(textsOf)).toContainEqual(['a:1.3%', 'b:1.4%']);
  });

  it('groups the monthly figure with the monthly figure when one sentence gives both', () => {
    const groups = groupsOf(
      'The 12-month rise in food prices was 10.4%, while the monthly rise in food prices was 1.0%, the agency said.',
      'The monthly rise in food prices was 1.2%, while the 12-month rise in food prices was 10.3%, the agency said.',
    );
    expect(together(groups, /10\.4/, /1\.2/)).toBe(false);
    expect(together(groups, /10\.3/, /1\.0/)).toBe(false);
    expect(groups.map(textsOf)).toContainEqual(['a:1.0%', 'b:1.2%']);
    expect(groups.map(textsOf)).toContainEqual(['a:10.4%', 'b:10.3%']);
  });

  it('still groups one twelve-month change printed "in June" by one outlet and "over the year" by another', () => {
    const groups = groupsOf(
      'Consumer prices in the country rose 9.1 percent over the year ended June, the statistics office said on Wednesday.',
      'Consumer prices in the country rose 9.1% in June, the statistics office said on Wednesday.',
    );
    expect(groups.map(textsOf)).toContainEqual(['a:9.1 percent', 'b:9.1%']);
  });
});
