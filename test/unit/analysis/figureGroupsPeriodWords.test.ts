import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { groupsOf, textsOf } from './figureFixture';
import { article } from './seeds';

/**
 * The period of a change read from everyday wording, not only from "over the year" or "over the month" (issue 9,
 * round 20): a player shown a twelve-month rise beside a one-month rise as one quantity "counted at different times"
 * is taught something false.
 */

type Groups = ReturnType<typeof groupsOf>;
const together = (groups: Groups, a: RegExp, b: RegExp): boolean => groups.some((g) => g.members.some((m) => a.test(m.text)) && g.members.some((m) => b.test(m.text)));
/** A group a round could be built on: confident, with a verdict. */
const sureTogether = (groups: Groups, a: RegExp, b: RegExp): boolean =>
  groups.some((g) => g.confident && g.verdict !== 'unsure' && g.members.some((m) => a.test(m.text)) && g.members.some((m) => b.test(m.text)));

const YEAR = 'Fuel prices increased 21.5 percent over the year ended March, the statistics agency said on Tuesday.';

describe('figure groups: a change compared with the month before is a one-month change', () => {
  it('keeps a seasonally adjusted rise apart from the rise over the year', () => {
    const groups = groupsOf(YEAR, 'Fuel prices increased 3.2% on a seasonally adjusted basis, the statistics agency said on Tuesday.');
    expect(together(groups, /21\.5/, /3\.2/)).toBe(false);
  });

  it('keeps a rise "from last month" apart from the rise over the year', () => {
    const groups = groupsOf(YEAR, 'Fuel prices increased 3.2% from last month, the statistics agency said on Tuesday.');
    expect(together(groups, /21\.5/, /3\.2/)).toBe(false);
  });

  it('keeps a rise "from the month before" apart from the rise over the year', () => {
    const groups = groupsOf(YEAR, 'Fuel prices increased 3.2% from the month before, the statistics agency said on Tuesday.');
    expect(together(groups, /21\.5/, /3\.2/)).toBe(false);
  });

  it("keeps a rise set beside last month's apart from the rise over the year", () => {
    const groups = groupsOf(YEAR, "Fuel prices increased 3.2%, more than last month's rise, the statistics agency said on Tuesday.");
    expect(together(groups, /21\.5/, /3\.2/)).toBe(false);
  });

  it("keeps a rise that follows the previous month's rise apart from the rise over the year", () => {
    const groups = groupsOf(YEAR, 'Fuel prices increased 3.2%, after a 2.7% rise in February, the statistics agency said on Tuesday.');
    expect(together(groups, /21\.5/, /3\.2/)).toBe(false);
  });

  it('keeps a rise that is "up from" the previous month\'s apart from the rise over the year', () => {
    const groups = groupsOf(YEAR, 'Fuel prices increased 3.2%, up from 2.7% in February, the statistics agency said on Tuesday.');
    expect(together(groups, /21\.5/, /3\.2/)).toBe(false);
  });

  it('still groups one twelve-month rate given as "up from" last month\'s rate with the rate over the year', () => {
    const groups = groupsOf(
      'Inflation in the country rose to 9.4% in March, up from 8.8% in February, the statistics agency said on Tuesday.',
      'Inflation in the country rose to 9.4% over the year to March, the statistics agency said on Tuesday.',
    );
    expect(groups.map(textsOf)).toContainEqual(['a:9.4%', 'b:9.4%']);
  });
});

describe('figure groups: the months a change is measured between', () => {
  it('keeps a change compared with the same month a year before apart from one compared with the month before', () => {
    const groups = groupsOf(
      'Fuel prices increased 21.5 percent in December 2021 compared with December 2020, the statistics agency said on Tuesday.',
      'Fuel prices increased 3.2 percent in December 2021 compared with November 2021, the statistics agency said on Tuesday.',
    );
    expect(together(groups, /21\.5/, /3\.2/)).toBe(false);
  });

  it('keeps a change from one December to the next apart from the change in December', () => {
    const groups = groupsOf(
      'Fuel prices increased 21.5 percent from December 2020 to December 2021, the statistics agency said on Tuesday.',
      'Fuel prices increased 3.2 percent in December 2021, the statistics agency said on Tuesday.',
    );
    expect(together(groups, /21\.5/, /3\.2/)).toBe(false);
  });

  it('groups an annual rate of inflation with the same rise over the year', () => {
    const groups = groupsOf(
      'The annual rate of inflation for fuel was 21.5 percent in March, the statistics agency said on Tuesday.',
      'Fuel prices increased 21.5% over the year to March, the statistics agency said on Tuesday.',
    );
    expect(groups.map(textsOf)).toContainEqual(['a:21.5 percent', 'b:21.5%']);
  });
});

describe('figure groups: a change whose period is not given', () => {
  it('is unsure, not "counted at different times", beside a different one-month change', () => {
    const groups = groupsOf(
      'Fuel prices increased 21.5 percent, the statistics agency said on Tuesday.',
      'Fuel prices increased 3.2% month over month, the statistics agency said on Tuesday.',
    );
    expect(sureTogether(groups, /21\.5/, /3\.2/)).toBe(false);
  });

  it('still gives a verdict when the figure without a period matches one with a period', () => {
    // The first estimate in July, revised in September: one quarter's change, given on two days.
    const groups = analyze([
      article('a', 'The economy shrank 0.9% in the second quarter, the statistics agency said in its first estimate.', '2022-07-28'),
      article('b', 'The economy shrank 0.6% in the second quarter, the statistics agency said in its third estimate.', '2022-09-29'),
      article('c', 'The economy shrank 0.9%, the statistics agency said in its first estimate.', '2022-07-28'),
    ]).figureGroups;
    expect(sureTogether(groups, /0\.9/, /0\.6/)).toBe(true);
  });
});
