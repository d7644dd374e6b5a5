import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

const together = (groups: ReturnType<typeof analyze>['figureGroups'], a: string, b: string): boolean =>
  groups.some((g) => g.members.some((m) => m.text === a) && g.members.some((m) => m.text === b));

const read = (text: string) =>
  analyze([article('a', text)]).figures.map((f) => ({ kind: f.kind, text: f.text, unitClass: f.unitClass, value: Math.round(f.value * 1000) / 1000, bound: f.bound }));

describe('figures: rates, ranges and changes in points', () => {
  it('reads a range with the percent sign at both ends as one range', () => {
    expect(read('The bank set its lending rate at 2.5% to 2.75% on Tuesday.')).toEqual([
      { kind: 'percent', text: '2.5% to 2.75%', unitClass: 'percent', value: 2.625, bound: 'range' },
    ]);
    expect(read('The lending rate now sits between 4 percent and 4.25 percent.')).toEqual([
      { kind: 'percent', text: 'between 4 percent and 4.25 percent', unitClass: 'percent', value: 4.125, bound: 'range' },
    ]);
    expect(read('Its lending rate is 3.00%-3.25% after the vote.')).toEqual([
      { kind: 'percent', text: '3.00%-3.25%', unitClass: 'percent', value: 3.125, bound: 'range' },
    ]);
  });

  it('reads a range of mixed fractions ("2-1/4 to 2-1/2 percent")', () => {
    expect(read('The board lifted the lending rate to 2-1/4 to 2-1/2 percent.')).toEqual([
      { kind: 'percent', text: '2-1/4 to 2-1/2 percent', unitClass: 'percent', value: 2.375, bound: 'range' },
    ]);
  });

  it('keeps a change and the new level apart ("rose by 0.2% to 3.1%")', () => {
    expect(read('Prices rose by 0.2% to 3.1% in the year to May.').map((f) => f.text)).toEqual(['0.2%', '3.1%']);
  });

  it('reads basis points and a share of a point as percentage points', () => {
    expect(read('The bank raised its rate by 50 basis points on Thursday.')).toEqual([
      { kind: 'percent', text: '50 basis points', unitClass: 'percentage-points', value: 0.5, bound: 'exact' },
    ]);
    expect(read('The bank raised its rate by 25bps on Thursday.')).toEqual([
      { kind: 'percent', text: '25bps', unitClass: 'percentage-points', value: 0.25, bound: 'exact' },
    ]);
    expect(read('The bank raised its rate by a quarter of a percentage point on Thursday.')).toEqual([
      { kind: 'percent', text: 'a quarter of a percentage point', unitClass: 'percentage-points', value: 0.25, bound: 'exact' },
    ]);
  });

  it('groups one rate rise written in basis points, points and words', () => {
    const groups = analyze([
      article('a', 'The central bank raised its main interest rate by 50 basis points on Thursday, its biggest rise in a decade.'),
      article('b', 'The central bank raised its main interest rate by half of a percentage point on Thursday, its biggest rise in a decade.'),
      article('c', 'The central bank raised its main interest rate by 0.5 percentage point on Thursday, its biggest rise in a decade.'),
    ]).figureGroups;
    expect(together(groups, '50 basis points', '0.5 percentage point')).toBe(true);
    expect(together(groups, 'half of a percentage point', '0.5 percentage point')).toBe(true);
  });

  it('keeps two ranges that only touch apart, and a value outside a range out of it', () => {
    const groups = analyze([
      article(
        'a',
        'The committee raised the lending rate to 2-1/2 to 2-3/4 percent. One member preferred a range of 2-1/4 percent to 2-1/2 percent. The committee still aims for inflation of 3 percent.',
      ),
      article('b', 'The committee raised the lending rate to a range of 2.5% to 2.75%, and it still aims for inflation of 3%.'),
    ]).figureGroups;
    expect(together(groups, '2-1/2 to 2-3/4 percent', '2.5% to 2.75%')).toBe(true);
    expect(together(groups, '2-1/4 percent to 2-1/2 percent', '2.5% to 2.75%')).toBe(false);
    expect(together(groups, '3%', '2.5% to 2.75%')).toBe(false);
  });
});
