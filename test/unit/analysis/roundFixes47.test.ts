import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { generateFromArticles } from '../../../src/core/analysis/generators';
import { principalsOf } from '../../../src/core/analysis/generators/common';
import { opinionRounds } from '../../../src/core/analysis/generators/opinionRound';
import { namesAnOption } from '../../../src/core/analysis/generators/whoSaidIt';
import { langPack } from '../../../src/core/analysis/lang';
import { createArticle, type Article } from '../../../src/core/article';
import { createRng } from '../../../src/core/rng';
import { article } from './seeds';

/** Invented texts (not from any corpus) for the figure misses found on dev in the twenty-seventh session (2026-12-05). */
/** The passages of the opinion rounds seeds 1-8 make from these articles. */
const opinionPassages = (articles: Article[]) =>
  [1, 2, 3, 4, 5, 6, 7, 8]
    .flatMap((seed) => generateFromArticles({ type: 'opinion-or-reporting', count: 4, seed, index: 0 }, articles))
    .map((r) => (r.type === 'opinion-or-reporting' ? r.passage : ''));
const groupsWith = (articles: Article[], text: string) =>
  analyze(articles)
    .figureGroups.filter((g) => g.members.some((m) => m.text === text))
    .map((g) => g.members.map((m) => `${m.article}:${m.text}`).sort());

describe('a change’s starting count printed to the letter by two outlets', () => {
  const articles = [
    article('a', 'Results: The provisional number of burglaries in 2022 (12,417) was 4% higher than in 2021 (11,936). The rate rose too.'),
    article(
      'b',
      'The state reported its burglary figures on Monday. The estimates indicate that burglaries rose, from 11,936 burglaries in 2021 to an estimated 12,417 burglaries in 2022.',
    ),
  ];

  it('is one quantity, marked as the starting value in one outlet and not in the other', () => {
    expect(groupsWith(articles, '11,936')).toContainEqual(['a:11,936', 'b:11,936']);
  });

  it('is still kept apart from the value the count changed to', () => {
    for (const g of groupsWith(articles, '11,936')) expect(g.some((m) => m.includes('12,417'))).toBe(false);
  });
});

describe('a text pasted from a PDF, with its hard line breaks', () => {
  const sentences = (text: string) => analyze([article('a', text)]).sentences.map((s) => s.text.replace(/\s+/g, ' '));

  it('keeps a name broken after its first word in one sentence when the text prints the name whole elsewhere', () => {
    const text =
      'The agency announced the results of Operation Lantern, which led to 90 arrests.\nThe raids seized $12 million in cash and\nvirtual currencies.\nOperation\nLantern was a joint effort spanning three countries to stop\nthe trade in stolen cars.';
    expect(sentences(text)).toContain('Operation Lantern was a joint effort spanning three countries to stop the trade in stolen cars.');
    expect(sentences(text)).not.toContain('Operation');
  });

  it('still reads a one-word heading as its own line', () => {
    const text =
      'The agency announced the results of Operation Lantern, which led to 90 arrests.\nThe raids seized $12 million in cash and\nvirtual currencies.\nBackground\nThe operation was a joint effort spanning three countries to stop\nthe trade in stolen cars.';
    expect(sentences(text)).toContain('The operation was a joint effort spanning three countries to stop the trade in stolen cars.');
  });

  it('keeps a long line of prose going on into a count of something in one sentence', () => {
    const text =
      'Survey\nThe harbour survey, also known as the dock census or the\nberth survey, is a monthly survey of approximately\n4,300 boats and ferries. The\nowners surveyed are chosen at random.';
    expect(sentences(text)).toContain('The harbour survey, also known as the dock census or the berth survey, is a monthly survey of approximately 4,300 boats and ferries.');
  });
});

describe('"to" between two numbers', () => {
  const figures = (text: string) => analyze([article('a', text)]).figures.map((f) => `${f.text}|${f.bound}`);

  it('after "ranging from" joins a range', () => {
    expect(figures('Harbour samples had lead levels ranging from 4 to 29 micrograms per litre.')).toContain('4 to 29|range');
  });

  it('after a bare "from" is still where a change went from and to', () => {
    expect(figures('Harbour fees rose from 296 to 632 pounds a year.')).not.toContain('296 to 632|range');
  });

  it('after "up" with a far larger end is a change and the level it reached, not a range', () => {
    const found = figures('The county that grew most was Ellis (up 3,999,944 to 29,145,505).');
    expect(found).toContain('3,999,944|exact');
    expect(found).toContain('29,145,505|exact');
  });

  it('after "by" with near ends is still a range', () => {
    expect(figures('Harbour fees rose by 2 to 3 percent this year.')).toContain('2 to 3 percent|range');
  });
});

const outlet = (id: string, name: string, text: string): Article => createArticle({ id, outlet: { en: name, es: name }, sourceKind: 'unknown', date: '2023-05-02' }, text);
const LEAD = 'The river court gave its ruling on Monday.\nIt heard the case over two years.\n';
const lastSentence = (text: string) => analyze([article('a', `${LEAD}${text}`)]).sentences.at(-1);

describe('verbs of saying found on round 47’s texts', () => {
  it('credits a claim to "touted that"', () => {
    const s = lastSentence('The harbour firm also touted that its ferry was “the fastest on the coast” in its letters to buyers.');
    expect(s?.kind).toBe('attributed');
    expect(s?.evidence['attribution-verb']).toBe('touted');
  });

  it('does not read "touted" with a plain object as a verb of saying', () => {
    expect(lastSentence('The harbour firm touted its new ferry at the fair in Port Ellis on Monday.')?.evidence['attribution-verb']).toBeUndefined();
  });
});

describe('a counterfactual report in the first person', () => {
  it('makes no opinion round: "we would have said…" frames a fact, as "we can say" does', () => {
    const said = 'Had you asked yesterday, we would have said the largest fine for a harbour spill was $5.7 million.';
    const articles = [
      article('a', `The harbour board fined the firm $170 million on Tuesday.\n${said}\nThe fine is the largest the board has set.`),
      article('b', 'The harbour firm will appeal the $170 million fine, its lawyer said on Tuesday.'),
      article('c', 'Fishers welcomed the fine on Tuesday. They said the spill had cost them a season of work.'),
    ];
    const passages = opinionPassages(articles);
    expect(passages.length).toBeGreaterThan(0);
    expect(passages).not.toContain(said);
  });
});

describe('a page named by its principal’s title', () => {
  it('is that person’s page, as "Office of …" is', () => {
    const lang = langPack(undefined);
    expect(principalsOf('Rep. Jane Roe (via Harbour News)', lang)).toEqual(['Rep. Jane Roe']);
    expect(principalsOf('Sen. John Doe, Chairman, Harbour Committee (senate.gov)', lang)).toEqual(['Sen. John Doe']);
    expect(principalsOf('Rep. Jane Roe and 57 Members of Congress, letter to the governor', lang)).toEqual([]);
  });

  it('explains a quotation of that person as the page quoting the person it speaks for', () => {
    const page = outlet(
      'a',
      'Rep. Jane Roe (via Harbour News)',
      'Congresswoman Jane Roe will host the governor in Port Ellis on Friday to tour the flood damage.\n“This week, many in the harbour towns are beginning the long road to recovery after the terrible flood,” said Congresswoman Jane Roe.\nThe governor will also meet fishers.',
    );
    const articles = [page, outlet('b', 'Coast Weekly', 'The flood closed the harbour road on Tuesday after a week of rain.')];
    const findings = analyze(articles);
    const found = [1, 2, 3, 4, 5, 6, 7, 8]
      .flatMap((seed) => opinionRounds(findings, articles, 6, createRng(seed), (n) => `r${n}`))
      .filter((r) => r.answer === 'attributed')
      .map((r) => r.explanation.en ?? '');
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) {
      expect(e).toContain('quotes Rep. Jane Roe, the person it speaks for');
      expect(e).not.toContain("not the outlet's");
    }
  });
});

describe('a sentence that names an offered outlet', () => {
  it('finds the surname of a name with a middle initial ("Office of Sen. Edward J. Markey")', () => {
    expect(namesAnOption('“The settlement confirms the harbour firm broke the law,” said Senator Roe.', ['Office of Sen. Jane Q. Roe', 'Harbour Times', 'Coast Weekly'])).toBe(
      true,
    );
  });
});

describe('a clause after a comma in a sentence with repeated names', () => {
  it('is not cut as a heading run into the sentence', () => {
    const s = analyze([article('a', 'Defendants touted Harbour’s popularity with kids, describing Harbour as “the favorite ferry for kids 2-12.”')]).sentences.map((x) => x.text);
    expect(s).toEqual(['Defendants touted Harbour’s popularity with kids, describing Harbour as “the favorite ferry for kids 2-12.”']);
  });
});

describe('counts of one', () => {
  it('make no figures round where outlets agree on them ("gain one seat", "gained one or more seats")', () => {
    const articles = [
      article('a', 'The count was released on Monday. One county will gain two seats (Ellis), and 5 counties will gain one seat (Moor, Vale, Ford, Lund and Dale).'),
      article('b', 'The six counties that gained one or more seats after the count are Moor, Vale, Ford, Lund, Dale and Ellis, which gained two.'),
      article('c', 'The harbour board will have 40 seats after the count, officials said on Monday.'),
    ];
    const shown = [1, 2, 3, 4, 5, 6]
      .flatMap((seed) => generateFromArticles({ type: 'conflicting-figures', count: 4, seed, index: 0 }, articles))
      .flatMap((r) => (r.type === 'conflicting-figures' ? r.figures.map((f) => f.figure) : []));
    expect(shown.filter((f) => /^one\b/i.test(f))).toEqual([]);
  });
});

describe('numbers found on round 47 and 48’s texts', () => {
  const figures = (text: string) => analyze([article('a', text)]).figures.map((f) => `${f.text}|${f.kind}|${f.value}`);

  it('reads "One hundred and four" as one number, as British English writes it', () => {
    expect(figures('One hundred and four men were rescued, and 82 bodies were recovered.')).toContain('One hundred and four|count|104');
    expect(figures('A hundred and forty-one states voted in favour.')).toContain('A hundred and forty-one|count|141');
  });

  it('does not read a count after a month and a comma as a day: "As of 6 October, 11 cases…"', () => {
    const found = figures('As of 6 October, 11 cases and 4 deaths had been confirmed in the harbour towns.');
    expect(found).toContain('11|count|11');
    expect(found.some((f) => f.startsWith('October, 11'))).toBe(false);
  });

  it('still reads a date typed with a stray comma when a year follows: "March, 31, 2019"', () => {
    expect(figures('The campaign ran until March, 31, 2019, in the harbour towns.')).toContain('March, 31, 2019|date|20190331');
  });
});

describe('a document’s notes on itself', () => {
  it('make no opinion round ("It contains the latest available information as of 6 October.")', () => {
    const note = 'It contains the latest available information as of 6 October 2022.';
    const articles = [
      article(
        'a',
        `This report is produced by the harbour office in collaboration with partners.\n${note}\nThe harbour road reopened on 5 October after a week of floods.\nFishers returned to work on Thursday.`,
      ),
      article('b', 'The harbour road reopened on 5 October, officials said. Fishers returned to work on Thursday after a week of floods.'),
      article('c', 'Floods closed the harbour road for a week. The office said repairs would cost $2 million.'),
    ];
    const passages = opinionPassages(articles);
    expect(passages.length).toBeGreaterThan(0);
    expect(passages).not.toContain(note);
  });
});

describe('a release pasted with hard line breaks (round 48)', () => {
  const texts = (text: string) => analyze([article('a', text)]).sentences.map((s) => s.text.replace(/\s+/g, ' '));

  it('keeps a speech tag broken after its verb with the speaker’s name: "…”, said⏎Senator Roe."', () => {
    const found = texts('The harbour bill passed on Monday.\n“The people of the coast are proud of this bill”, said\nSenator Roe.\nThe bill now goes to the governor.');
    expect(found).toContain('“The people of the coast are proud of this bill”, said Senator Roe.');
  });

  it('keeps an opening phrase with a year in it with its sentence: "During the 2008 Summer Games,⏎Jane Roe set…"', () => {
    const found = texts(
      'The harbour bill passed on Monday.\nThe vote was close.\nThe governor signed it.\nDuring the 2008 Summer Olympic Games,\nJane Roe set seven world records while winning eight gold medals.',
    );
    expect(found).toContain('During the 2008 Summer Olympic Games, Jane Roe set seven world records while winning eight gold medals.');
  });

  it('reads a page’s licence note as page furniture, not a sentence to ask about', () => {
    const note = 'Pursuant to Title 17 Section 105 of the United States Code, this file is not subject to copyright protection and is in the public domain.';
    const s = analyze([article('a', `The harbour bill passed on Monday.\n${note}\nThe bill now goes to the governor.`)]).sentences.find((x) => x.text === note);
    expect(s?.furniture).toBeTruthy();
  });
});

describe('a sentence after a quotation left open in its paragraph', () => {
  it('makes no opinion round: it may be the speaker’s words going on', () => {
    const goesOn = 'I\ncommend them all for their dedication, and the exemplary way in which they represented our harbour.';
    const articles = [
      article(
        'a',
        `Senator Roe praised the passage of the harbour resolution this week.\n“I am proud to have sponsored this resolution honoring the harbour crews and their families.\n  ${goesOn}\n\n“This resolution is a fitting tribute to the crews,” said\nSenator Doe. “They saved 40 fishers in one night.”\n\nThe resolution passed by unanimous consent on Tuesday.`,
      ),
      article('b', 'The harbour resolution passed the Senate on Tuesday. It honours the crews who saved 40 fishers in the storm.'),
      article('c', 'Fishers welcomed the resolution on Tuesday. They said the crews had saved 40 lives in the storm.'),
    ];
    const passages = opinionPassages(articles);
    expect(passages.length).toBeGreaterThan(0);
    expect(passages).not.toContain(goesOn);
  });
});

describe('a photo caption whose names carry a particle, a position and a title between commas', () => {
  it('is page furniture: "… al-Bashir and General Salva Kiir (L), first vice-president …, is seen … in this video frame grab taken February 7, 2011."', () => {
    const caption =
      'Harbour President Omar Hassan al-Roe and General Salva Doe (L), first vice-president of the Harbour and governor of the Coast, is seen at the palace in Port Ellis in this video frame grab taken February 7, 2011.';
    const s = analyze([article('a', `The vote ended on Monday.\n${caption}\nThe results were announced on Tuesday.`)]).sentences.find((x) => x.text === caption);
    expect(s?.furniture).toBeTruthy();
  });
});

describe('loaded words found on round 48’s texts', () => {
  it('reads "giveaways" as a judging word', () => {
    const s = lastSentence('Tax giveaways for the wealthy are continuing to starve the harbour fund of needed revenue.');
    expect(s?.kind).toBe('opinion');
    expect(s?.evidence['loaded-words']).toBe('giveaways');
  });
});

describe('an outbreak’s counts of cases by their status', () => {
  const articles = [
    article(
      'a',
      'Ellis reported a total of 152 suspected cases of cholera, which includes 12 confirmed cases, 2 probable cases and 107 suspected hospitalized cases, as of 6 October 2022.',
    ),
    article(
      'b',
      'A total of 189 cases have been hospitalized, of which 16 deaths have been reported, the ministry of health said on 12 October 2022 about the cholera cases in Ellis.',
    ),
    article('c', 'The ministry reported 224 suspected cases of cholera in Ellis by 12 October 2022.'),
  ];

  it('keeps cases in hospital apart from suspected cases', () => {
    expect(groupsWith(articles, '189').some((g) => g.includes('c:224'))).toBe(false);
  });

  it('joins suspected cases given on two days', () => {
    expect(groupsWith(articles, '224').some((g) => g.includes('a:152'))).toBe(true);
  });
});

describe('a page that lost its spaces around its numbers', () => {
  it('gives no round a passage with words run together ("…2023ThroughSeptember30, 2023and Other Periods…")', () => {
    const glued =
      'For Fiscal Year 2023ThroughSeptember30, 2023and Other Periods Highlight This issue includes the final budget results and details a deficit of $1.695 trillion for Fiscal Year 2023.';
    const articles = [
      article('a', `Monthly Harbour Statement\n${glued}\nThe harbour fund will publish its next statement in November.`),
      article('b', 'The harbour deficit was $1.7 trillion in fiscal year 2023, the budget office estimates. That is $0.3 trillion more than in 2022.'),
      article('c', 'In fiscal year 2023 the harbour deficit totaled nearly $1.7 trillion, an increase of $320 billion from the year before.'),
    ];
    const shown = (['who-said-it', 'opinion-or-reporting', 'conflicting-figures'] as const)
      .flatMap((type) => [1, 2, 3, 4, 5, 6].flatMap((seed) => generateFromArticles({ type, count: 4, seed, index: 0 }, articles)))
      .flatMap((r) =>
        r.type === 'who-said-it' ? [r.quote] : r.type === 'opinion-or-reporting' ? [r.passage] : r.type === 'conflicting-figures' ? r.figures.map((f) => f.quote) : [],
      );
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((t) => t.includes('2023and'))).toEqual([]);
  });
});

describe('a copy whose only difference is the apostrophe a PDF gives it', () => {
  it('is the same words: "Bidenʼs" (U+02BC) and "Biden’s"', async () => {
    const { normalizeText } = await import('../../../src/core/analysis/text');
    expect(normalizeText('Falling revenues underscore the importance of President Bidenʼs policies.')).toBe(
      normalizeText('Falling revenues underscore the importance of President Biden’s policies.'),
    );
  });
});

describe('the detail anyone can check', () => {
  it('is a count before the year of a name: "seven world records", not the "2008" of "the 2008 Summer Games"', () => {
    const s = lastSentence('During the 2008 Summer Games, Jane Roe set seven world records while winning eight gold medals.');
    expect(s?.evidence['checkable-detail']).toBe('seven');
  });

  it('is still the year where the sentence gives no other figure', () => {
    expect(lastSentence('The harbour wall was finished in 2008 after a long delay.')?.evidence['checkable-detail']).toBe('2008');
  });
});

describe('a sentence between a speaker’s claim and the words that go on with it ("…, he added.")', () => {
  it('is not taught as the outlet’s own reporting', () => {
    const between = 'Since February 2022, some 20,000 harbour workers have been arrested, many of them briefly, for joining strikes.';
    const articles = [
      article(
        'a',
        `The harbour court sentenced the union leader to 19 years on Friday.\nMr. Roe said this latest sentence comes amid a harsh crackdown on the unions.\n${between}\nSeveral were jailed for spreading false claims about the port, he added.\nThe union will appeal.`,
      ),
      article('b', 'The union leader was sentenced to 19 years on Friday. The union said it would appeal the ruling.'),
      article('c', 'The harbour court gave the union leader 19 years. Some 20,000 workers have been arrested since February 2022, rights groups say.'),
    ];
    const passages = opinionPassages(articles);
    expect(passages.length).toBeGreaterThan(0);
    expect(passages).not.toContain(between);
  });
});

describe('round 49’s faults', () => {
  it('makes no opinion round of a plan announced in the first person with its time: "In 2018, we will launch…"', () => {
    const plan = 'In 2018, we will launch the Harbour Probe, the first mission to touch the reef.';
    const articles = [
      article('a', `The harbour agency showed its new probe on Monday.\n${plan}\nThe probe will dive to 4 miles.`),
      article('b', 'The harbour agency launched the probe in August 2018. It reached the reef in 2024, at 4 miles deep.'),
      article('c', 'Divers welcomed the probe on Monday. They said the reef had never been seen so deep.'),
    ];
    const passages = opinionPassages(articles);
    expect(passages.length).toBeGreaterThan(0);
    expect(passages).not.toContain(plan);
  });

  it('reads a page’s note ("Note: For radio interviews we will offer clean audio…") as furniture', () => {
    const note = 'Note: For podcast and radio interviews we will offer clean audio through our sound booth.';
    const s = analyze([
      article(
        'a',
        `The harbour agency will hold interviews on Monday. Its chief will take part.\nThe probe reached the reef. It was deep.\n${note}\nThe probe will dive again in May.`,
      ),
    ]).sentences.find((x) => x.text === note);
    expect(s?.furniture).toBeTruthy();
  });

  it('cuts a heading in capitals opening with an article off the sentence it runs into: "THE PROBLEM Change…"', () => {
    const s = analyze([
      article('a', 'Americans deserve protection.  THE PROBLEM Harbour Health is one of the largest payment processors in the world. It clears 15 billion claims.'),
    ]).sentences.map((x) => x.text);
    expect(s).toContain('Harbour Health is one of the largest payment processors in the world.');
  });

  it('reads a day written as an ordinal after its month as a date: "on May 17th"', () => {
    const found = analyze([article('a', 'The harbour subcommittee convened a hearing on May 17th to explore the attack on the port.')]).figures.map((f) => `${f.text}|${f.kind}`);
    expect(found).toContain('May 17th|date');
  });

  it('reads "behemoth" as a judging word', () => {
    expect(lastSentence('The attack knocked the harbour firm, a subsidiary of the behemoth shipping company Ellis, offline.')?.evidence['loaded-words']).toBe('behemoth');
  });
});

describe('a quotation whose speaker’s tag was cut off into the next sentence', () => {
  it('makes no attributed round: "“…on the path to recovery.” Congressman Roe said after passage of the bill."', () => {
    const quote = '“This bill will help reopen our harbour schools safely and put our economy on the path to recovery.”';
    const articles = [
      article(
        'a',
        `The House passed the harbour relief bill on Saturday.\n${quote} Congressman Roe said after passage of the bill. “It is a good day.”\nThe bill goes to the Senate.`,
      ),
      article('b', 'The harbour relief bill passed the House 219 to 212 on Saturday. It now goes to the Senate, where the vote is expected to be close.'),
      article('c', 'Republicans opposed the harbour relief bill, calling it too costly. It passed the House on Saturday by seven votes.'),
    ];
    const passages = opinionPassages(articles);
    expect(passages.length).toBeGreaterThan(0);
    expect(passages).not.toContain(quote);
  });
});

describe('a who-said-it sentence whose words an offered outlet’s own name repeats', () => {
  it('is given away by the label', async () => {
    const { titleEchoes } = await import('../../../src/core/analysis/generators/whoSaidIt');
    const lang = langPack(undefined);
    const sentence = 'Heat-related emergency department visits rose 69-fold during the harbour heat wave, the report found.';
    // The outlet whose label echoes the sentence prints it: the label answers the round.
    expect(
      titleEchoes(sentence, ['Harbour Health Office, "Heat-Related Emergency Department Visits During the Harbour Heat Wave"'], ['Coast Weekly', 'Voice of America'], lang),
    ).toBe(true);
    // A wrong option whose label echoes it is a lure that reading undoes; labels that echo nothing give nothing away.
    expect(
      titleEchoes(sentence, ['Coast Weekly'], ['Harbour Health Office, "Heat-Related Emergency Department Visits During the Harbour Heat Wave"', 'Voice of America'], lang),
    ).toBe(false);
    expect(titleEchoes(sentence, ['Coast Weekly'], ['Voice of America', 'Harbour Daily'], lang)).toBe(false);
  });
});

describe('round 50’s texts', () => {
  it('reads what "144 current and former Members" counts past the two adjectives', () => {
    const found = analyze([article('a', 'The brief was signed by 144 current and former Members of Congress on Monday.')]).figures.map((f) => `${f.text}|${f.unit}`);
    expect(found).toContain('144|members');
  });
});

describe('loaded words found on round 50’s texts', () => {
  it('reads "scheming" as a judging word', () => {
    expect(lastSentence('Their scheming, documented in 2024, let the harbour firms act with impunity.')?.evidence['loaded-words']).toBe('scheming');
  });
});
