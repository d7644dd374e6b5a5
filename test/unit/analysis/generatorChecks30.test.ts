import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { figuresRounds } from '../../../src/core/analysis/generators/figuresRound';
import { whoSaidItRounds } from '../../../src/core/analysis/generators/whoSaidIt';
import { opinionRounds } from '../../../src/core/analysis/generators/opinionRound';
import { withoutDateline } from '../../../src/core/analysis/generators/common';
import { createArticle, type Article } from '../../../src/core/article';
import { createRng } from '../../../src/core/rng';

/** Invented articles (not from any corpus) for checks the round audits of the nineteenth session asked for. */
const outlet = (id: string, name: string, text: string): Article => createArticle({ id, outlet: { en: name, es: name }, sourceKind: 'unknown', date: '2023-05-02' }, text);
const idFor = (n: number) => `r${n}`;

/** The explanations of the round on `shared`, over ten seeds. */
function explanationsFor(shared: string): string[] {
  const passage = `${shared} Courts have closed two newspapers since March, and a third is under review.`;
  const articles = [
    outlet('a', 'Rights Office (press release via Wire Hub)', passage),
    outlet('b', 'World Desk', passage),
    outlet('c', 'Island Courier', 'Local editors said they now send their reporters out in pairs, and one paper has stopped printing on Sundays.'),
    outlet('d', 'Coast Weekly', 'Readers in the capital queued for the last printed edition of the evening paper, which closed on Friday.'),
  ];
  const out: string[] = [];
  for (let seed = 1; seed <= 10; seed++)
    for (const r of whoSaidItRounds(analyze(articles), articles, 4, createRng(seed), idFor)) if (r.quote === shared) out.push(r.explanation.en ?? '');
  return out;
}

const COPIED_TWO = /they print the same passage, so one copied the other or both copied a common source/;

/**
 * Whether a copy credits its source is never claimed (audits found "neither names who wrote it first" false beside
 * reposts that credit it in words the engine cannot tell from page furniture); that the passage was copied is said
 * whatever the outlets' names or the words around it credit.
 */
describe('who-said-it explanations of a copied passage', () => {
  it('says the two outlets copied one another or a common source, also when the copies credit the words to a speaker', () => {
    const found = explanationsFor('“The use of emergency powers against reporters has risen sharply over the past year,” the High Commissioner said on Tuesday.');
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) {
      expect(e).toMatch(/carry this sentence word for word/);
      expect(e).toMatch(COPIED_TWO);
      expect(e).not.toMatch(/names who wrote it first/);
    }
  });

  it('says so when the outlets print the words as their own, a report of what someone said included', () => {
    for (const shared of [
      'The use of emergency powers against reporters has risen sharply over the past year.',
      'On Tuesday the High Commissioner warned that the use of emergency powers against reporters had risen sharply.',
    ]) {
      const found = explanationsFor(shared);
      expect(found.length).toBeGreaterThan(0);
      for (const e of found) expect(e).toMatch(COPIED_TWO);
    }
  });
});

describe('who-said-it explanations of an excerpt that names its source (round 31)', () => {
  it('says the excerpt and its source print the same passage, and claims nothing about credit', () => {
    const shared = 'The use of emergency powers against reporters has risen sharply over the past year.';
    const passage = `${shared} Courts have closed two newspapers since March, and a third is under review.`;
    const articles = [
      outlet('a', 'World Desk', passage),
      outlet('b', 'Campus Media Blog (World Desk excerpt)', passage),
      outlet('c', 'Island Courier', 'Local editors said they now send their reporters out in pairs, and one paper has stopped printing on Sundays.'),
      outlet('d', 'Coast Weekly', 'Readers in the capital queued for the last printed edition of the evening paper, which closed on Friday.'),
    ];
    const found: string[] = [];
    for (let seed = 1; seed <= 10; seed++)
      for (const r of whoSaidItRounds(analyze(articles), articles, 4, createRng(seed), idFor)) if (r.quote === shared) found.push(r.explanation.en ?? '');
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) {
      expect(e).toMatch(COPIED_TWO);
      expect(e).not.toMatch(/names who wrote it first/);
    }
  });
});

describe('conflicting-figures rounds on lengths of time in words', () => {
  it('makes no round of "more than a decade" against "over a decade", which may time two different things', () => {
    const articles = [
      outlet(
        'a',
        'Markets Regulator',
        'Continuing for more than a decade, the trader’s misconduct included attempts to rig fuel prices at two ports. The regulator fined it $300 million.',
      ),
      outlet('b', 'Justice Office', 'The trader paid bribes to officials in five countries for over a decade. It will pay $700 million under its plea.'),
      outlet('c', 'Harbour Post', 'The trader said it had changed its ways and hired new compliance staff across its offices this year.'),
    ];
    const findings = analyze(articles);
    const decades = findings.figureGroups.filter((g) => g.members.some((m) => /decade/.test(m.text)));
    expect(decades.some((g) => g.confident && g.members.length >= 2)).toBe(true);
    for (let seed = 1; seed <= 5; seed++)
      for (const r of figuresRounds(findings, articles, 3, createRng(seed), idFor)) expect(r.figures.map((f) => f.quote).join(' ')).not.toMatch(/decade/);
  });
});

describe('a dateline with place and date in one bracket', () => {
  it('is cut off the sentence it opens, and a bracket inside a sentence is not', () => {
    expect(withoutDateline('(Harbour City, Ore., August 10, 2031) – Senator Jane Roe voted against the $1.2 trillion bill.')).toBe(
      'Senator Jane Roe voted against the $1.2 trillion bill.',
    );
    expect(withoutDateline('(The vote, on August 10, 2031) was close.')).toBe('(The vote, on August 10, 2031) was close.');
  });
});

describe('"only X says whose figure it is"', () => {
  const rounds = (other: string) => {
    const articles = [
      outlet('a', 'Senator Roe', 'According to the nonpartisan Budget Office, the bill will add at least $256 billion to the deficit. Roe voted no.'),
      outlet('b', 'Senator Bloggs', `The bill adds $256 billion to the deficit over ten years. ${other}`),
      outlet('c', 'Harbour Post', 'The Senate vote was 69-30, and the House will take up the bill in the autumn.'),
    ];
    const out = [];
    for (let seed = 1; seed <= 5; seed++)
      out.push(...figuresRounds(analyze(articles), articles, 3, createRng(seed), idFor).filter((r) => r.figures.some((f) => f.figure.includes('256'))));
    return out;
  };

  it('is said when the other outlet names no source', () => {
    const made = rounds('Bloggs voted no.');
    expect(made.length).toBeGreaterThan(0);
    for (const r of made) expect(r.explanation.en).toMatch(/Only Senator Roe says whose figure it is/);
  });

  it('is not said when the other outlet names the same source elsewhere in its text', () => {
    const made = rounds('The Budget Office published its score on Thursday.');
    expect(made.length).toBeGreaterThan(0);
    for (const r of made) {
      expect(r.explanation.en).not.toMatch(/says whose figure it is/);
      expect(r.bestSupported).toBeUndefined();
    }
  });
});

describe("an office page's closing line about its principal (round 31, not blind)", () => {
  it('is not asked about: "Congressman Jane Roe has represented the harbour district since 1990."', () => {
    const bio = 'Congressman Jane Roe has represented the harbour district in Congress since 1990.';
    const office = outlet(
      'roe',
      'Office of Rep. Jane Roe',
      `Rep. Jane Roe today called on the port authority to publish its accident records for 2023.\n\nThe authority has not released the records since the storm.\n\n${bio}`,
    );
    const articles = [
      office,
      outlet('b', 'Coast Weekly', 'The port authority has not released its accident records since the storm, a spokesman confirmed.'),
      outlet('c', 'Island Courier', 'Rep. Jane Roe asked the port authority on Monday to publish its accident records.'),
    ];
    const findings = analyze(articles);
    const quoted: string[] = [];
    for (let seed = 1; seed <= 10; seed++) for (const r of opinionRounds(findings, articles, 6, createRng(seed), idFor)) quoted.push(r.passage);
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted).not.toContain(bio);
  });
});
