import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article, seedArticles } from './seeds';

describe('figure groups', () => {
  it("judges the seeds' death tolls compatible: both lower bounds", () => {
    const g = analyze(seedArticles()).figureGroups.find((x) => x.unitClass === 'people-killed');
    expect(g).toBeDefined();
    expect(g).toMatchObject({ verdict: 'compatible', reason: 'lower-bounds', confident: true, sourced: ['002'] });
    expect(g?.members.map((m) => `${m.article}:${m.text}`).sort()).toEqual(['001:more than 14,000', '002:more than 14,000', '003:more than 13,000']);
  });

  it('does not join a death toll from another war', () => {
    const g = analyze(seedArticles()).figureGroups.find((x) => x.unitClass === 'people-killed');
    expect(g?.members.some((m) => m.text === 'thousands')).toBe(false);
  });

  it('flags precise figures for the same thing that cannot both be right', () => {
    const groups = analyze([
      article('a', 'The ferry disaster off the coast of Sicily killed 41 people, the coastguard said on Monday.'),
      article('b', 'The ferry disaster off the coast of Sicily killed 63 people, the coastguard said on Monday.'),
    ]).figureGroups;
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ verdict: 'conflicting', reason: 'genuine-conflict', confident: true });
  });

  it('sees rounding and vague ranges as compatible', () => {
    const groups = analyze([
      article('a', 'Officials said about 2,000 protesters gathered in the central square of Minsk on Sunday.'),
      article('b', 'Officials said 2,050 protesters gathered in the central square of Minsk on Sunday.'),
      article('c', 'Thousands of protesters gathered in the central square of Minsk on Sunday, officials said.'),
    ]).figureGroups;
    expect(groups).toHaveLength(1);
    expect(groups[0]?.verdict).toBe('compatible');
    expect(groups[0]?.reason).toBe('vague-vs-precise');
  });

  it('leaves figures about different subjects apart', () => {
    const groups = analyze([
      article('a', 'Spain is sending four warships to the Black Sea, the defence ministry said.'),
      article('b', 'The storm sank four fishing boats off the coast of Norway on Tuesday night.'),
    ]).figureGroups;
    expect(groups).toEqual([]);
  });
});
