import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

const together = (groups: ReturnType<typeof analyze>['figureGroups'], a: string, b: string): boolean =>
  groups.some((g) => g.members.some((m) => m.text === a) && g.members.some((m) => m.text === b));

describe('figure groups: what a bound can stand for', () => {
  it('does not join a ceiling with a value far below it', () => {
    const groups = analyze([
      article('a', 'The guard who held the prisoner down for more than nine minutes now faces up to 40 years in prison, the court heard.'),
      article('b', 'The guard who held the prisoner down faces up to 40 years in prison, the court heard on Friday.'),
      article('c', 'The guard held the prisoner down for more than nine minutes, the court heard on Friday.'),
    ]).figureGroups;
    expect(together(groups, 'up to 40 years', 'more than nine minutes')).toBe(false);
    expect(groups.some((g) => g.articles.join() === 'a,b' && g.members.every((m) => m.text === 'up to 40 years'))).toBe(true);
  });

  it('keeps an income ceiling apart from the relief it qualifies for', () => {
    const groups = analyze([
      article('a', 'Nearly every grant recipient came from a family that made less than $60,000 a year, the department said.'),
      article('b', 'Every grant recipient will have $20,000 of their loans forgiven, the department said.'),
    ]).figureGroups;
    expect(together(groups, 'less than $60,000', '$20,000')).toBe(false);
  });

  it('keeps two ceilings at different values apart: two limits', () => {
    const groups = analyze([
      article('a', 'The relief applies to borrowers earning less than $125,000 a year, the agency said on Monday.'),
      article('b', 'The relief applies to households earning less than $250,000 a year, the agency said on Monday.'),
    ]).figureGroups;
    expect(together(groups, 'less than $125,000', 'less than $250,000')).toBe(false);
  });

  it('reads a rounded floor as reaching only to the next round step, a stated minimum further', () => {
    const groups = analyze([
      article('a', 'An early look at the trial found the drug more than 90 percent effective against the disease.'),
      article('b', 'The maker said on Monday that its drug was 95 percent effective against the disease in the trial.'),
      article('c', 'According to the trial data, the drug is at least 90 percent effective against the disease.'),
    ]).figureGroups;
    expect(together(groups, 'more than 90 percent', '95 percent')).toBe(false);
    expect(together(groups, 'at least 90 percent', '95 percent')).toBe(true);
  });
});

describe('figure groups: exact values whose roundings only meet at an edge', () => {
  const pairOf = (a: string, b: string, x: string, y: string) => {
    const groups = analyze([article('a', a), article('b', b)]).figureGroups;
    return groups.find((g) => g.members.some((m) => m.text === x) && g.members.some((m) => m.text === y));
  };

  it('does not call "3 per cent" and "4%" one value rounded', () => {
    const g = pairOf(
      'Steel makes up 3 per cent of the northern region’s exports, the trade ministry said on Tuesday.',
      'Steel makes up 4% of the northern region’s exports, the trade ministry said on Tuesday.',
      '3 per cent',
      '4%',
    );
    expect(g === undefined || g.verdict !== 'compatible').toBe(true);
  });

  it('does not call "8.7%" and "8.8 per cent" one value rounded', () => {
    const g = pairOf(
      'Steel makes up 8.7% of the northern region’s exports, the trade ministry said on Tuesday.',
      'Steel makes up 8.8 per cent of the northern region’s exports, the trade ministry said on Tuesday.',
      '8.7%',
      '8.8 per cent',
    );
    expect(g === undefined || g.verdict !== 'compatible').toBe(true);
  });

  it('still calls "3.5%" and "3%" (roundings that share a stretch) one value rounded', () => {
    const g = pairOf(
      'Steel makes up 3.5% of the northern region’s exports, the trade ministry said on Tuesday.',
      'Steel makes up 3% of the northern region’s exports, the trade ministry said on Tuesday.',
      '3.5%',
      '3%',
    );
    expect(g?.verdict).toBe('compatible');
  });
});
