import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

const together = (groups: ReturnType<typeof analyze>['figureGroups'], a: string, b: string): boolean =>
  groups.some((g) => g.members.some((m) => m.text === a) && g.members.some((m) => m.text === b));

describe('figure groups: links between outlets', () => {
  it('joins the same bounded figure of the same thing in sentences worded apart', () => {
    const groups = analyze([
      article('a', 'Rescuers, who dug with their hands for more than six hours, finally reached the miner late on Sunday.'),
      article('b', 'The trapped miner waited for more than 6 hours until the crew broke through, the company said.'),
    ]).figureGroups;
    expect(together(groups, 'more than six hours', 'more than 6 hours')).toBe(true);
    expect(groups.find((g) => g.members.some((m) => m.text === 'more than six hours'))?.articles).toEqual(['a', 'b']);
  });

  it('keeps a figure of "another" thing of the same kind apart', () => {
    const groups = analyze([
      article('a', 'The drug maker said its pill cut hospital stays by 42 percent in the trial.'),
      article('b', 'The drug maker said its pill cut hospital stays by 42 percent in a large trial.'),
      article('c', 'Last month another drug maker, a rival firm, said its own pill cut hospital stays by 41.5 percent in a trial.'),
    ]).figureGroups;
    expect(together(groups, '42 percent', '41.5 percent')).toBe(false);
    expect(groups.find((g) => g.members.some((m) => m.text === '42 percent'))?.articles).toEqual(['a', 'b']);
  });
});

describe('figure groups: parts of a whole and small counts', () => {
  it('reads "nine of those cases" as cases, a part of the ten, not more of them', () => {
    const found = analyze([article('a', 'Ten cases were severe, and nine of those severe cases occurred in the placebo group.')]);
    expect(found.figures.map((f) => ({ text: f.text, unitClass: f.unitClass, parts: f.parts }))).toEqual([
      { text: 'Ten', unitClass: 'cases', parts: undefined },
      { text: 'nine', unitClass: 'cases', parts: undefined },
    ]);
  });

  it('does not call two different small counts of one kind a contradiction with confidence', () => {
    const groups = analyze([
      article('a', 'The storm sank eight fishing boats off the northern coast on Tuesday night, the coastguard said.'),
      article('b', 'The storm sank nine fishing boats off the northern coast on Tuesday night, the coastguard said.'),
    ]).figureGroups;
    expect(groups.filter((g) => g.verdict === 'conflicting')).toEqual([]);
  });
});

describe('figure groups: sentences that give the same figures', () => {
  it('joins a figure printed beside the same other figure, however the sentences are worded', () => {
    const groups = analyze([
      article('a', 'The rebate goes to single filers making less than $80,000 or joint filers making less than $160,000.'),
      article('b', 'Under the scheme, which the minister unveiled at dawn, people who earn less than $80,000, as well as households earning less than $160,000, qualify.'),
    ]).figureGroups;
    const groupOf = (text: string) => groups.filter((g) => g.members.every((m) => m.text === text)).map((g) => g.articles);
    expect(groupOf('less than $160,000')).toEqual([['a', 'b']]);
    expect(groupOf('less than $80,000')).toEqual([['a', 'b']]);
  });
});
