import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { figuresRounds } from '../../../src/core/analysis/generators/figuresRound';
import { createArticle, type Article } from '../../../src/core/article';
import { createRng } from '../../../src/core/rng';

/**
 * Figures rounds the round-31 audits (blind holdout, before) found wrong: what the round shows must bear out its reason.
 * Invented articles, not from any corpus.
 */
const outlet = (id: string, date: string, text: string): Article => createArticle({ id, outlet: { en: `Outlet ${id}`, es: `Outlet ${id}` }, sourceKind: 'unknown', date }, text);
const idFor = (n: number) => `r${n}`;
const roundsOf = (articles: Article[]) => {
  const out = [];
  for (let seed = 1; seed <= 5; seed++) out.push(...figuresRounds(analyze(articles), articles, 4, createRng(seed), idFor));
  return out;
};

describe('figures rounds show what their reason names', () => {
  it('shows the vague figure when the reason is that a vague range holds the precise one', () => {
    const articles = [
      outlet('a', '2024-03-02', 'The harbour study estimated that 2,841 people died in the months after the storm.'),
      outlet('b', '2024-03-02', 'Officials revised the official count of people who died after the storm to 2,841.'),
      outlet('c', '2024-03-02', 'The inquiry found that an estimated 2,841 people died in the months after the storm.'),
      outlet('d', '2024-03-02', 'About 2,841 people died in the months after the storm, the inquiry into the storm found.'),
      outlet('g', '2024-03-02', 'Some 2,841 people died in the months after the storm, the report on the storm said.'),
      outlet('z', '2024-03-02', 'Thousands of people died in the months after the storm, the harbour study estimated.'),
      outlet('f', '2024-03-02', 'The port reopened on Monday after repairs to the main quay were finished.'),
    ];
    const rounds = roundsOf(articles).filter((r) => r.reason === 'vague-vs-precise');
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect(r.figures.map((f) => f.figure.toLowerCase())).toContain('thousands');
  });

  it('does not teach rounding between a floor and an estimate below it ("more than 100,000", "about 99,000")', () => {
    const articles = [
      outlet('a', '2024-01-18', 'More than 100,000 people on the islands have been affected by the ash fall, the agency said.'),
      outlet('b', '2024-01-21', 'About 99,000 people on the islands have been affected by the ash fall, according to the agency.'),
      outlet('c', '2024-01-21', 'Flights to the main island resumed on Thursday after the runway was cleared.'),
    ];
    expect(roundsOf(articles).filter((r) => r.reason === 'rounding')).toEqual([]);
  });

  it('does not call time since an event, given in articles months apart, one fact', () => {
    const articles = [
      outlet('a', '2018-05-30', 'Almost a year later, families on the island still live without steady power after the hurricane.'),
      outlet('b', '2018-09-19', 'The letter, which comes nearly one year since the hurricane made landfall on the island, asks for an apology.'),
      outlet('c', '2018-09-19', 'Crews repaired the last transmission line on the island in August.'),
    ];
    expect(roundsOf(articles).filter((r) => r.reason === 'same-fact-different-form')).toEqual([]);
  });
});

describe('figure groups: different named sources', () => {
  it('does not explain two tolls thirty times apart by their sources', () => {
    const articles = [
      outlet('a', '2019-09-13', 'In Texas, 94 people died after Hurricane Harvey, according to state officials.'),
      outlet('b', '2019-09-13', 'The president said 3000 people did not die in the two hurricanes, according to his statement.'),
    ];
    const groups = analyze(articles).figureGroups.filter((g) => g.members.some((m) => m.value === 94) && g.members.some((m) => m.value === 3000));
    // (One toll class, so they meet in one group; the words cannot say they are one quantity.)
    expect(groups).toHaveLength(1);
    expect(groups[0]?.verdict).toBe('unsure');
  });
});

describe('lengths in feet (round 31, not blind)', () => {
  it('reads "a 21-foot hull" and "21 feet" as one unit, and compares feet with metres', () => {
    const fs = analyze([outlet('a', '2024-01-18', 'The 21-foot hull was found beside 21 feet of cable.')]).figures;
    expect(new Set(fs.map((f) => f.unitClass)).size).toBe(1);
    const groups = analyze([
      outlet('a', '2024-01-18', 'Waves as high as 49 feet struck the western coast of the main island, the agency said.'),
      outlet('b', '2024-01-19', 'Waves nearly 15 metres high struck the western coast of the main island, officials said.'),
    ]).figureGroups;
    expect(groups).toHaveLength(1);
    expect(groups[0]?.reason).toBe('same-fact-different-form');
  });
});

describe('a vague amount that fits two groups (round 31, not blind)', () => {
  it('joins neither: "thousands" dead beside one study\'s 2,841 and another\'s 4,512', () => {
    const groups = analyze([
      outlet('a', '2024-08-29', 'The university study estimated that 4,512 people died because of the storm, while the institute study estimated that 2,841 people died.'),
      outlet('b', '2024-08-29', 'A university study estimated that 4,512 people died because of the storm, the senator said.'),
      outlet('c', '2024-08-29', 'The institute study estimated that 2,841 people died because of the storm, and the island adopted the count.'),
      outlet('e', '2024-08-29', 'Thousands of people died because of the storm, the committee said of the new study.'),
    ]).figureGroups;
    const withValue = (v: number) => groups.filter((g) => g.members.some((m) => m.value === v));
    expect(withValue(4512)).toHaveLength(1);
    expect(withValue(2841)).toHaveLength(1);
    for (const g of [...withValue(4512), ...withValue(2841)]) expect(g.members.map((m) => m.text.toLowerCase())).not.toContain('thousands');
  });
});
