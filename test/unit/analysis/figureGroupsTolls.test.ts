import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Tolls of people when a story has more than one (issue 9): two crashes, this year and the year before. */
describe('grouping tolls of people', () => {
  it('reads "all 212 passengers and crew on board died" as a death toll', () => {
    const f = analyze([article('a', 'All 212 passengers and crew on board died.')]).figures;
    expect(f[0]?.unitClass).toBe('people-killed');
  });

  it('keeps two different tolls given in two sentences of one article apart', () => {
    const a = article(
      'a',
      'The first ferry sank off the northern coast in spring. All 212 passengers and crew on board died. A second ferry went down near the southern islands months later. All 164 passengers and crew on board died.',
    );
    const b = article('b', 'Regulators reviewed the ferry line after 212 people died when its first vessel sank off the northern coast.');
    const groups = analyze([a, b]).figureGroups.filter((g) => g.unitClass === 'people-killed');
    const with212 = groups.find((g) => g.members.some((m) => m.value === 212));
    expect(with212?.members.map((m) => `${m.article} ${m.value}`)).toEqual(['a 212', 'b 212']);
  });

  it('keeps a sub-total a release updates in its own sentence apart from the total', () => {
    const a = article(
      'a',
      'The regional transport office published its yearly road report on Monday.\nRoad deaths in the region increased to 4,318 over the year, it said.\nIn the same months, deaths among cyclists increased to 1,207.',
    );
    const b = article('b', 'Officials said road deaths in the region increased to 4,318 over the year, a record.');
    const c = article('c', 'The office said deaths among cyclists increased to 1,207 over the year.');
    const groups = analyze([a, b, c]).figureGroups.filter((g) => g.unitClass === 'people-killed');
    for (const g of groups) expect(new Set(g.members.map((m) => m.value)).size).toBe(1);
    expect(groups.some((g) => g.members.some((m) => m.value === 4318))).toBe(true);
  });

  it('keeps the value a change is measured from ("up from 7,480") apart from another count', () => {
    const a = article(
      'a',
      'The health board met on Tuesday.\nThe toll rose to 9,120 this year, up from 7,480 overdose deaths among teenagers in the county, the board said.\nIt asked for more funds.',
    );
    const b = article('b', 'The health board met on Tuesday.\nThe board counted 7,650 overdose deaths among teenagers in the county.\nIt asked for more funds.');
    const groups = analyze([a, b]).figureGroups;
    const mixed = groups.filter((g) => g.members.some((m) => m.value === 7480) && g.members.some((m) => m.value === 7650));
    expect(mixed).toEqual([]);
  });
});

/** A toll naming who the dead were ("climbers", "Floridians") instead of "people". */
describe('a toll of people named by who they were', () => {
  it('reads the dead and the injured of a noun for people as tolls of people', () => {
    const f = analyze([
      article('a', 'The avalanche swept the lower camp, killing at least 14 climbers. The floods claimed the lives of 23 Harbourians. The crash injured 40 hikers.'),
    ]).figures;
    expect(f.map((x) => [x.text, x.unitClass])).toEqual([
      ['at least 14', 'people-killed'],
      ['23', 'people-killed'],
      ['40', 'people-injured'],
    ]);
  });

  it('groups "14 climbers" killed with "14 people" killed in another outlet', () => {
    const a = article('a', 'The avalanche swept the lower camp on Saturday, killing at least 14 climbers.');
    const b = article('b', 'At least 14 people were killed when the avalanche swept the lower camp on Saturday.');
    const tolls = analyze([a, b]).figureGroups.filter((g) => g.unitClass === 'people-killed');
    expect(tolls.map((g) => g.members.map((m) => m.article))).toEqual([['a', 'b']]);
  });

  it('leaves a count of things that is no toll as it was ("claimed 19 titles")', () => {
    const [f] = analyze([article('a', 'Over her career the champion claimed 19 titles.')]).figures;
    expect(f?.unitClass).toBe('title');
  });
});
