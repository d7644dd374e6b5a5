import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Reports of one quantity that cannot both be right (issue 9, conf26). Invented sentences, not from any corpus. */
describe('figure groups: genuine conflicts', () => {
  it('calls two measures written to a decimal place ("1.4" and "1.7") a contradiction, though both are below ten', () => {
    const groups = analyze([
      article('a', 'The lake was 1.4 degrees Celsius warmer than its long-term average this summer, the water board reported.'),
      article('b', 'The lake was 1.7 degrees Celsius warmer than its long-term average this summer, the water board reported.'),
    ]).figureGroups;
    const g = groups.find((x) => x.members.some((m) => m.text === '1.4'));
    expect(g?.members.map((m) => m.text).sort()).toEqual(['1.4', '1.7']);
    expect(g).toMatchObject({ verdict: 'conflicting', reason: 'genuine-conflict', confident: true });
  });

  it('still leaves two small whole counts ("four" and "six") unsure', () => {
    const groups = analyze([
      article('a', 'The lake board said four pumping stations were repaired this summer along the northern shore.'),
      article('b', 'The lake board said six pumping stations were repaired this summer along the northern shore.'),
    ]).figureGroups;
    expect(groups.some((g) => g.verdict === 'conflicting')).toBe(false);
  });

  it('reads "last year" in a story of 2032 and "in 2031" as one year, not another event', () => {
    const groups = analyze([
      article('a', 'Last year the lake was 1.4 degrees Celsius warmer than its long-term average, the water board reported.', '2032-01-20'),
      article('b', 'In 2031 the lake was 1.7 degrees Celsius warmer than its long-term average, the water board reported.', '2032-01-20'),
    ]).figureGroups;
    const g = groups.find((x) => x.members.some((m) => m.text === '1.4'));
    expect(g?.members.map((m) => m.text).sort()).toEqual(['1.4', '1.7']);
    expect(g).toMatchObject({ verdict: 'conflicting', reason: 'genuine-conflict' });
  });

  it('keeps figures marked as another time ("last month") on one side only out of a contradiction', () => {
    const groups = analyze([
      article('a', 'Last month the lake was 1.4 degrees Celsius warmer than its long-term average, the water board reported.', '2032-01-20'),
      article('b', 'The lake is 1.7 degrees Celsius warmer than its long-term average, the water board reported.', '2032-01-20'),
    ]).figureGroups;
    expect(groups.some((g) => g.verdict === 'conflicting')).toBe(false);
  });

  it('does not call two copies of one sentence a contradiction when each writes both numbers and only the reading differs', () => {
    const groups = analyze([
      article('a', 'The 14-year ban was imposed after a hearing at the federation, where the rider is already serving two other bans amounting to 9 and a half years.'),
      article(
        'b',
        'The tribunal said the 14-year ban was imposed after a hearing at the federation, where the rider is already serving two other bans amounting to 9 and a half years.',
      ),
    ]).figureGroups;
    expect(groups.filter((g) => g.verdict === 'conflicting')).toEqual([]);
  });
});

describe('figure groups: one source named two ways', () => {
  it('reads an agency and its initials ("NTSB", "the National Transportation Safety Board") as one source, not different sources', () => {
    const groups = analyze([
      article('a', 'The ferry was carrying about 412 passengers when it struck the pier, the NTSB said.'),
      article('b', 'The ferry was carrying 418 passengers when it struck the pier, according to the National Transportation Safety Board.'),
    ]).figureGroups;
    const g = groups.find((x) => x.members.some((m) => m.text.includes('412')));
    expect(g?.members).toHaveLength(2);
    expect(g?.reason).not.toBe('different-source');
  });

  it('still tells two agencies that share no word or initials apart', () => {
    const groups = analyze([
      article('a', 'The ferry was carrying about 412 passengers when it struck the pier, the coast guard said.'),
      article('b', 'The ferry was carrying 418 passengers when it struck the pier, according to the National Transportation Safety Board.'),
    ]).figureGroups;
    const g = groups.find((x) => x.members.some((m) => m.text.includes('412')));
    expect(g?.reason).toBe('different-source');
  });
});
