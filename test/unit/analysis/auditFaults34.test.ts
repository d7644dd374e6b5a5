import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { endsInsideQuotation, principalsOf } from '../../../src/core/analysis/generators/common';
import { opinionRounds } from '../../../src/core/analysis/generators/opinionRound';
import { whoSaidItRounds } from '../../../src/core/analysis/generators/whoSaidIt';
import { createArticle, type Article } from '../../../src/core/article';
import { createRng } from '../../../src/core/rng';
import { langPack } from '../../../src/core/analysis/lang';
import { article } from './seeds';

/** Invented sentences (not from any corpus): the faults left by the hand audit of rounds 33 and 34. */
const outlet = (id: string, name: string, text: string): Article => createArticle({ id, outlet: { en: name, es: name }, sourceKind: 'unknown', date: '2023-05-02' }, text);
const idFor = (n: number) => `r${n}`;

describe('what a figure counts when a singular is joined to a plural noun phrase', () => {
  const figures = (text: string) => analyze([article('a', text)]).figures;

  it('counts the accounts in "individual and small business accounts", not individuals', () => {
    // (The first figure is the rank, "third largest".)
    const f = figures('The lender is the third largest in the region, with about 14 million individual and small business accounts.').find((x) => x.kind === 'count');
    expect(f).toMatchObject({ value: 14_000_000, unit: 'accounts' });
    expect(f?.unitClass).not.toBe('people');
  });

  it('still counts people where people are the noun ("14 million people and small business clients")', () => {
    expect(figures('The lender serves 14 million people and small business clients in the region.')[0]?.unitClass).toBe('people');
  });

  it('reads "half a million" as 500,000 and counts the students in "middle and high school students"', () => {
    const [f] = figures('Of the nearly half a million middle and high school students who tried the product, one in five used it daily.');
    expect(f).toMatchObject({ text: 'nearly half a million', value: 500_000, unit: 'students' });
  });

  it('does not put the lender’s accounts and its customers in one figure group', () => {
    const a = article('a', 'The lender is the third largest in the region, with about 14 million individual and small business accounts.');
    const b = article('b', 'The lender is a large regional bank serving 14 million people and small business clients across the state.');
    const groups = analyze([a, b]).figureGroups.filter((g) => g.members.some((m) => m.value === 14_000_000));
    expect(groups.every((g) => new Set(g.members.map((m) => m.article)).size === 1)).toBe(true);
  });
});

describe('no who-said-it quote cut at a question inside a quotation that runs on', () => {
  const cut = 'Now I can guess what the members of this committee are asking: “Late fees?';
  const articles = [
    outlet(
      'a',
      'Office of Rep. Jane Roe',
      `The bank was fined last week for charging customers twice. ${cut} Hidden charges? Surprise overdrafts? We have heard all of this before from the same banks.”`,
    ),
    outlet('b', 'Valley Daily', 'The bank was fined last week for charging late fees twice and must refund its customers by the end of the year.'),
    outlet('c', 'Hill Gazette', 'Regulators said the bank charged hidden fees to customers on accounts the committee will look at again next year.'),
    outlet('d', 'Coast Post', 'The committee members are asking whether the bank will stop charging surprise overdraft fees to its customers.'),
  ];

  it('never quotes the sentence ending at the first of the quoted questions', () => {
    expect(analyze(articles).sentences.map((s) => s.text)).toContain(cut);
    for (let seed = 1; seed <= 10; seed++) for (const r of whoSaidItRounds(analyze(articles), articles, 4, createRng(seed), idFor)) expect(r.quote).not.toBe(cut);
  });

  it('tells a quotation cut at its question from a whole quoted sentence', () => {
    expect(endsInsideQuotation(cut)).toBe(true);
    expect(endsInsideQuotation('“We will pay back every customer.')).toBe(false);
    expect(endsInsideQuotation('She asked, “Who pays for this?”')).toBe(false);
    expect(endsInsideQuotation('Who pays for this?')).toBe(false);
  });
});

describe('a judgement of weight in a relative clause on a plan is said in passing', () => {
  const finding = (text: string) => analyze([article('a', text)]).sentences[0];

  it('does not read "…its survey, which is critical to planning…" as the writer’s view', () => {
    const s = finding('After the launch, the probe will start its survey of the outer moons, which is critical to planning a later crewed flight.');
    expect(s?.kind).not.toBe('opinion');
    expect(s?.cues).not.toContain('loaded-words');
  });

  it('still reads the same weight said of the sentence’s own subject as a view', () => {
    const s = finding('The survey of the outer moons is critical to planning a later crewed flight.');
    expect(s?.kind).toBe('opinion');
    expect(s?.evidence['loaded-words']).toBe('is critical to');
  });
});

describe('an office’s joint page, or a page naming its people, quoting one of its own', () => {
  /** The explanations of every attributed round made from `page` (with a second article), over several seeds. */
  function attributedExplanations(page: Article): string[] {
    const articles = [page, outlet('b', 'Coast Weekly', 'The harbour bill passed the Senate committee on Tuesday after a short debate.')];
    const findings = analyze(articles);
    return [1, 2, 3, 4, 5, 6, 7, 8]
      .flatMap((seed) => opinionRounds(findings, articles, 6, createRng(seed), idFor))
      .filter((r) => r.answer === 'attributed')
      .map((r) => r.explanation.en ?? '');
  }

  it('names the senator a joint office quotes as one of the people it speaks for', () => {
    const page = outlet(
      'a',
      'Offices of Sens. Jane Roe and John Doe (via Harbour News)',
      'Today, Senators Jane Roe and John Doe introduced a bill to rebuild the harbour wall.\n\n“My home port lost half its boats in the last storm, and its wall is still broken,” Senator Doe said.\n\nThe bill now goes to committee.',
    );
    const found = attributedExplanations(page);
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e).toContain('quotes Sen. John Doe, one of the people it speaks for');
  });

  it('names the senator a single office quotes as "Senator Roe" (the "or" in "Senator" joins no one)', () => {
    const page = outlet(
      'a',
      'Office of Sen. Jane Roe (via Harbour News)',
      'Today, Senator Jane Roe introduced a bill to rebuild the harbour wall.\n\n“My home port lost half its boats in the last storm, and its wall is still broken,” Senator Roe said.\n\nThe bill now goes to committee.',
    );
    const found = attributedExplanations(page);
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e).toContain('quotes Sen. Jane Roe, the person it speaks for');
  });

  it('does not call a party’s statement, from leaders its outlet line names, "their view, not the outlet\'s"', () => {
    const page = outlet(
      'a',
      'Harbour Party Leadership (Leader Roe, Whip Doe) (via Wire Service)',
      'Today, Party Leader Jane Roe and Whip John Doe released the following statement:\n\n“Now that the harbour bill has passed, we look forward to rebuilding every broken wall on the coast.”\n\nThe bill now goes to the governor.',
    );
    const found = attributedExplanations(page);
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) {
      expect(e).not.toContain("not the outlet's");
      expect(e).toContain('a claim credited to its speakers');
    }
  });

  it('reads each name of a joint office with the title for one', () => {
    const lang = langPack(undefined);
    expect(principalsOf('Offices of Sens. Jane Roe, Ann Poe and John Doe (via Harbour News)', lang)).toEqual(['Sen. Jane Roe', 'Sen. Ann Poe', 'Sen. John Doe']);
    expect(principalsOf('Office of Sen. Jane Roe, Harbour Committee (via Harbour News)', lang)).toEqual(['Sen. Jane Roe']);
    expect(principalsOf('Harbour News', lang)).toEqual([]);
  });
});

describe('who-said-it rounds a party’s own label gives away', () => {
  const selfNamed = 'House Democrats will keep up our fight to lower harbour fees for every fishing family on the coast.';
  const blaming = 'During the Republican budget standoff, the harbour fund lost half of its money for repairs and dredging.';
  const articles = [
    outlet(
      'dem',
      'House Democratic Leadership (Leader Roe)',
      `Today, Leader Jane Roe released a statement on the harbour budget. ${selfNamed} ${blaming} The harbour wall is still broken.`,
    ),
    outlet('gop', 'House Republican Leadership (Leader Poe)', 'Today, Leader Ann Poe released a statement. Fishing families deserve a working port, and they will have one.'),
    outlet(
      'doe',
      'Office of Rep. John Doe',
      'The harbour budget passed the House on Tuesday. The harbour fund will pay for repairs and dredging next spring. Fishing families on the coast need lower fees.',
    ),
    outlet(
      'moe',
      'Office of Rep. Max Moe',
      'The harbour wall broke in the winter storm. Repairs and dredging will start when the money arrives. The coast needs its harbour fund.',
    ),
    outlet('zoe', 'Office of Sen. Zoe Lee', 'The Senate passed the harbour budget on Wednesday. Fishing families will see lower fees next year. The vote was close.'),
  ];
  const rounds = () => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].flatMap((seed) => whoSaidItRounds(analyze(articles), articles, 4, createRng(seed), idFor));

  it('never asks about a sentence naming the party whose outlet printed it', () => {
    expect(analyze(articles).sentences.map((s) => s.text)).toContain(selfNamed);
    for (const r of rounds()) expect(r.quote).not.toBe(selfNamed);
  });

  it('offers a second party’s outlet beside a party’s outlet that is the answer', () => {
    const asked = rounds().filter((r) => r.quote === blaming);
    expect(asked.length).toBeGreaterThan(0);
    for (const r of asked) expect(r.options).toContain('gop');
  });
});
