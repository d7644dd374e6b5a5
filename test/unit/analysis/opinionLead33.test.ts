import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';
import { whoSaidItRounds } from '../../../src/core/analysis/generators/whoSaidIt';
import { opinionRounds } from '../../../src/core/analysis/generators/opinionRound';
import { createArticle, type Article } from '../../../src/core/article';
import { createRng } from '../../../src/core/rng';

/** Invented sentences (not from any corpus), one rule each. */
const reading = (text: string) => analyze([article('a', text)]).sentences[0];

describe('talk that opens a speaker telling what they did', () => {
  it('reads "Well, friends, the governor and I have just met…" as a report of the meeting', () => {
    expect(reading('Well, friends, the governor and I have just met with the crews clearing the roads.')?.kind).toBe('reporting');
  });

  it('still reads "Well, the plan is…" as the writer talking to the reader', () => {
    expect(reading('Well, the new plan is a step backwards for the town.')?.kind).toBe('opinion');
  });
});

describe('an instruction is not words reported', () => {
  it('reads "if told to do so" and "were asked to leave" as no attribution', () => {
    expect(reading('Stay indoors and leave the area, if told to do so.')?.cues).not.toContain('attribution-verb');
    expect(reading('Residents of the valley were asked to leave their homes on Monday.')?.kind).toBe('reporting');
  });

  it('still credits "told reporters that…"', () => {
    expect(reading('The mayor told reporters that the bridge would reopen on Friday.')?.kind).toBe('attributed');
  });
});

describe('a word of sympathy beside a report', () => {
  it('reads "tragically, three people died…" with a checkable detail as reporting', () => {
    expect(reading('About 40 homes were damaged by the storm, and tragically, three people died.')?.kind).toBe('reporting');
  });

  it('still reads a judging word on the subject as opinion', () => {
    expect(reading('The council’s response to the storm was shameful.')?.kind).toBe('opinion');
  });
});

describe('who said it skips procedure and service lines', () => {
  const outlet = (id: string, name: string, text: string): Article => createArticle({ id, outlet: { en: name, es: name }, sourceKind: 'unknown', date: '2023-05-02' }, text);
  /** The quotes of who-said-it rounds over ten seeds, where `shared` opens a passage two outlets print. */
  function quotesWith(shared: string): string[] {
    const passage = `${shared} Courts have closed two newspapers since March, and a third is under review.`;
    const articles = [
      outlet('a', 'Rights Office', passage),
      outlet('b', 'World Desk', passage),
      outlet('c', 'Island Courier', 'Local editors said they now send their reporters out in pairs, and one paper has stopped printing on Sundays.'),
      outlet('d', 'Coast Weekly', 'Readers in the capital queued for the last printed edition of the evening paper, which closed on Friday.'),
    ];
    const out: string[] = [];
    for (let seed = 1; seed <= 10; seed++) for (const r of whoSaidItRounds(analyze(articles), articles, 4, createRng(seed), (n) => `r${n}`)) out.push(r.quote);
    return out;
  }

  it('asks about a copied sentence of the story', () => {
    expect(quotesWith('The use of emergency powers against reporters has risen sharply over the past year.')).toContain(
      'The use of emergency powers against reporters has risen sharply over the past year.',
    );
  });

  it('never asks about a floor opening or a line with a web address, which a player could match without reading', () => {
    const floor = 'Mr. Speaker, I rise today in support of the press freedom bill and its protections for reporters.';
    const service = 'To find the full list of closed newspapers, go to example.gov/press or write to the rights office.';
    expect(quotesWith(floor)).not.toContain(floor);
    expect(quotesWith(service)).not.toContain(service);
  });
});

describe('opinion rounds skip service lines', () => {
  it('never asks whether a line sending the reader to a web address is reporting', () => {
    const service = 'To find the nearest relief center, go to example.gov/centers or text CENTER to 43362.';
    const articles = [
      article('a', `The mayor said the repairs to the bridge were a disgrace. ${service}`),
      article('b', 'It is shameful that the town waited so long to act on the bridge.'),
    ];
    const passages: string[] = [];
    for (let seed = 1; seed <= 10; seed++) for (const r of opinionRounds(analyze(articles), articles, 6, createRng(seed), (n) => `r${n}`)) passages.push(r.passage);
    expect(passages.length).toBeGreaterThan(0);
    expect(passages).not.toContain(service);
  });
});

describe('first person in a clause that names a thing', () => {
  it('does not teach "everything we need" or "the tools we need" as the speaker’s stance, but does teach "we must"', () => {
    const offered = 'I called the governor this morning and offered the state everything we need for the cleanup.';
    const tools = 'Through the new program the county now has the tools we need to rebuild the harbour wall.';
    const must = 'We must rebuild the harbour wall before the winter storms return to the coast.';
    const articles = [article('a', `${offered} ${must}`), article('b', `${tools} The storm damaged 40 homes on the coast.`)];
    const opinions: string[] = [];
    for (let seed = 1; seed <= 12; seed++)
      for (const r of opinionRounds(analyze(articles), articles, 6, createRng(seed), (n) => `r${n}`)) if (r.answer === 'opinion') opinions.push(r.passage);
    expect(opinions).toContain(must);
    expect(opinions).not.toContain(offered);
    expect(opinions).not.toContain(tools);
  });
});

/** The explanations of attributed rounds on `outlet`'s page, which quotes one of its officers, over twelve seeds. */
function attributedExplanations(outlet: string, page: string, other: string): string[] {
  const articles = [createArticle({ id: 'c', outlet: { en: outlet, es: outlet }, sourceKind: 'unknown', date: '2022-07-11' }, page), article('b', other)];
  const findings = analyze(articles);
  const out: string[] = [];
  for (let seed = 1; seed <= 12; seed++)
    for (const r of opinionRounds(findings, articles, 6, createRng(seed), (n) => `r${n}`)) if (r.answer === 'attributed') out.push(r.explanation.en ?? '');
  return out;
}

describe('a body’s page quoting its own officer', () => {
  const byInitials = [
    'The watchdog fined the lender $40 million on Tuesday.\n“The lender charged fees it never disclosed and must now repay them,” said HSW Director Jane Roe.\nThe lender has 12 days to respond.',
    'The harbour lender was fined $40 million on Tuesday.\nIt must repay customers.',
  ] as const;
  const byTitle = [
    'The department seized $2 million from the harbour gang on Tuesday.\n“Following the money is still our best tool,” said Deputy Secretary Jane Roe.\nThe gang has 12 days to respond.',
    'The harbour gang lost $2 million to a seizure on Tuesday.\nIt has 12 days to respond.',
  ] as const;

  it.each([
    ['its initials ("said HSW Director …" on the Harbour Savings Watch page)', 'Harbour Savings Watch', byInitials],
    ['a department officer’s title ("said Deputy Secretary …" on the Department of Harbours page)', 'Department of Harbours', byTitle],
  ])('calls the words a claim credited to its speakers when it names the body by %s', (_, outlet, [page, other]) => {
    const found = attributedExplanations(outlet, page, other);
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e).toContain('a claim credited to its speakers');
  });

  it.each([byInitials, byTitle])('still says "not the outlet’s" where a newspaper prints the same words', (page, other) => {
    const found = attributedExplanations('The Harbour Times', page, other);
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e).toContain("not the outlet's");
  });
});
