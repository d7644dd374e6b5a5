import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { opinionRounds } from '../../../src/core/analysis/generators/opinionRound';
import { whoSaidItRounds } from '../../../src/core/analysis/generators/whoSaidIt';
import { createArticle, type Article } from '../../../src/core/article';
import { createRng } from '../../../src/core/rng';

/** Invented articles (not from any corpus) for the checks a generated round must pass. */
const outlet = (id: string, name: string, text: string): Article => createArticle({ id, outlet: { en: name, es: name }, sourceKind: 'unknown', date: '2023-05-02' }, text);
const idFor = (n: number) => `r${n}`;

const SHARED = 'The river authority closed the old bridge to heavy trucks on Monday, citing cracked piers.';

describe('who-said-it rounds a player can tell apart', () => {
  const articles = [
    outlet('a', 'County Water Board', `${SHARED} Repairs are expected to take three months.`),
    outlet('b', 'County Water Board (via Valley News)', `${SHARED} Repairs are expected to take three months.`),
    outlet('c', 'County Water Board', 'The county water board held its monthly meeting on Monday and approved a new budget for the reservoir and the old bridge.'),
    outlet('d', 'Riverside Post', 'Trucks were turned away from the old bridge on Monday, and drivers said the detour added an hour to their trips.'),
    outlet('e', 'Hill Gazette', 'Inspectors found cracks in the bridge piers this week; the authority said heavy trucks must use the ring road.'),
  ];
  const rounds = whoSaidItRounds(analyze(articles), articles, 4, createRng(3), idFor);
  const round = rounds.find((r) => r.quote === SHARED);

  it('makes the round, and never offers a distractor named like an answer', () => {
    expect(round?.answers.sort()).toEqual(['a', 'b']);
    expect(round?.options).not.toContain('c');
  });

  it('does not say a reprint that credits its source is a copy without credit', () => {
    expect(round?.explanation.en).not.toMatch(/neither names/);
  });
});

describe('opinion-or-reporting passages that show their cue', () => {
  it('does not offer a sentence from the middle of a quotation, whose marks and speaker are elsewhere', () => {
    const articles = [
      outlet(
        'a',
        'Harbour Times',
        '“We will rebuild the pier before the summer season. The fishing fleet depends on it, and so does every cafe on the front,” the mayor said on Tuesday. ' +
          'The council approved 2 million pounds for the work. Engineers from the port authority inspected the pier on Monday. ' +
          'Frankly, the delay so far has been a disgrace to this town. The pier has stood since 1898.',
      ),
    ];
    const rounds = opinionRounds(analyze(articles), articles, 4, createRng(1), idFor);
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) {
      const opens = (r.passage.match(/“/g) ?? []).length;
      const closes = (r.passage.match(/”/g) ?? []).length;
      expect([r.passage, opens]).toEqual([r.passage, closes]);
    }
  });
});
