import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { gluedText, pageWordsShownWhole, principalsOf } from '../../../src/core/analysis/generators/common';
import { figuresRounds } from '../../../src/core/analysis/generators/figuresRound';
import { en } from '../../../src/core/analysis/lang/en';
import { createRng } from '../../../src/core/rng';
import { groupsWith, kindOf, sentences } from './probes';
import { article, datedArticle as dated } from './seeds';

/** Invented texts (not from any corpus) for the faults found in the thirty-third session (2026-12-06). */

describe('a law report cited inside a bracket', () => {
  it('keeps its abbreviated name in the sentence', () => {
    expect(sentences('The court held so in Harbour, 384 U.S. at 571 (citing Am. Steel, 328 U.S. at 797). Duration also matters.')).toEqual([
      'The court held so in Harbour, 384 U.S. at 571 (citing Am. Steel, 328 U.S. at 797).',
      'Duration also matters.',
    ]);
  });

  it('still ends a sentence at a stop the bracket does not enclose', () => {
    expect(sentences('The plant (in Ohio) closed in May. Workers left.')).toEqual(['The plant (in Ohio) closed in May.', 'Workers left.']);
  });
});

describe('"must" after a subject of its own, in a news piece', () => {
  it('is the writer telling a named party what to do: an opinion', () => {
    expect(kindOf('The federal government must do more to help towns prepare for floods.')).toBe('opinion');
    expect(kindOf('Food aid must also be matched by support for farmers.')).toBe('opinion');
  });

  it('is a rule reported after a procedure word, with a number, a purpose or a deadline', () => {
    expect(kindOf('The bill must now be voted on by the Senate.')).toBe('reporting');
    expect(kindOf('A candidate must win at least 270 electoral votes.')).toBe('reporting');
    expect(kindOf('The form must be filed in order to keep the licence.')).toBe('reporting');
    expect(kindOf('Bidders must send their offers no later than noon on Friday.')).toBe('reporting');
  });
});

describe('judging words met in the rounds', () => {
  it('"crucial" and "frivolous" in the writer\'s voice are a view', () => {
    expect(kindOf('The new school buses are a crucial step for the county.')).toBe('opinion');
    expect(kindOf('The court saw through the frivolous challenges to the agency.')).toBe('opinion');
  });
});

describe('a time and a country opening a sentence', () => {
  it('is no place dateline: the sentence stays whole', () => {
    expect(sentences('On Friday, U.S. President Jane Roe had said the deal was close.')).toEqual(['On Friday, U.S. President Jane Roe had said the deal was close.']);
    expect(sentences('Today, U.S. Senator John Doe announced new funding for ports.')).toEqual(['Today, U.S. Senator John Doe announced new funding for ports.']);
  });

  it('still cuts off a place and its dotted region', () => {
    expect(sentences('Washington, D.C. Senate Majority Leader Jane Roe today spoke on the floor.')).toEqual([
      'Washington, D.C.',
      'Senate Majority Leader Jane Roe today spoke on the floor.',
    ]);
  });
});

describe('a line of a wrapped report ending before a close-set dash', () => {
  it('goes on into the aside', () => {
    const text = [
      'The virus is spread mainly by mosquitoes, the same mosquitoes that carry two other fevers of the region,',
      'and it has also been passed on by blood transfusions and in laboratories. Scientists first found the virus',
      'in monkeys living in a forest in the north. Some years later, human cases were found in two nearby states.',
      'The outbreak began in the capital in May and has since spread to most of the countries and territories of',
      'the region. No local spread has been reported on the mainland, but cases have been found among travellers',
      'who visited the south, and spread goes on in two territories. Outside of the region, Harbour Point',
      '—islands off the western coast—has ongoing transmission and two other places have reported imported',
      'cases of the virus among returning travellers.',
    ].join('\n');
    expect(sentences(text).at(-1)).toMatch(/^Outside of the region, .*returning travellers\.$/s);
  });
});

describe('"called on" after an aside', () => {
  it('is a call made, credited to its speaker', () => {
    expect(kindOf('Jane Roe, the conference host, called on nations to act together.')).toBe('attributed');
  });

  it('while "called" after a comma still names a thing', () => {
    expect(kindOf('The gas escaped from the outer shell, called the mantle, over two days.')).toBe('reporting');
  });
});

const furnitureOf = (text: string) =>
  analyze([article('a', text)])
    .sentences.filter((s) => s.furniture)
    .map((s) => s.text);

describe('the top of a release', () => {
  it('reads a speaker and a colon before their quotation, over the dateline, as the headline', () => {
    const text = [
      'Senators: “As the outbreak grows, a rapid response must not come at the expense of other health work.”',
      'WASHINGTON — Senator Jane Roe joined 23 senators today in asking the committee to fund the request in full.',
      'The letter asks for $1.9 billion to fight the outbreak.',
    ].join('\n\n');
    expect(furnitureOf(text)[0]).toMatch(/^Senators: “As the outbreak grows/);
  });

  it('cuts off places joined by slashes and their dash as the dateline', () => {
    const text = 'Port Ellis/New York - The storm, which crossed the bay on Monday, left 80 people dead.\n\nAid reached the town on Friday.';
    expect(furnitureOf(text)).toEqual(['Port Ellis/New York -']);
    expect(sentences(text)).toContain('The storm, which crossed the bay on Monday, left 80 people dead.');
  });
});

describe("a picture's label opening a paragraph", () => {
  it('makes the whole paragraph the caption', () => {
    const text = [
      'The storm crossed the coast on Monday and moved inland.',
      'Cover Photograph: The satellite captured this image of the storm on Monday. The storm’s center was about 310 miles off the coast.',
      'Power failed in eight states.',
    ].join('\n\n');
    expect(furnitureOf(text).join(' ')).toBe('Cover Photograph: The satellite captured this image of the storm on Monday. The storm’s center was about 310 miles off the coast.');
  });
});

describe('a year that names the event', () => {
  it('is no detail anyone could check', () => {
    const [s] = analyze([article('a', 'Scientists are unsure how many people were infected in the 2015 outbreak in the region.')]).sentences;
    expect(s?.cues).not.toContain('checkable-detail');
  });

  it('while a year that dates what happened still is', () => {
    const [s] = analyze([article('a', 'The outbreak began in 2015 in the north of the region.')]).sentences;
    expect(s?.cues).toContain('checkable-detail');
  });
});

describe('a page whose text lost its spaces in several places', () => {
  const clean = 'The storm turned north on Monday. It crossed the coast at night. Power failed in eight states.';
  const garbled =
    'Thecyclone turned north inJamaica on Monday. It caused damage of $50 billion,making it costly. The storm turned north on Monday. It crossed thecoast at night, as ofNew York data show.';

  it('is not quoted, even where one of its sentences looks whole', () => {
    expect(gluedText('The storm turned north on Monday.', article('pdf', garbled), en)).toBe(true);
  });

  it('while a clean page is', () => {
    expect(gluedText('The storm turned north on Monday.', article('web', clean), en)).toBe(false);
  });
});

describe('a vague amount beside a count it cannot hold', () => {
  it('is not grouped with it', () => {
    const articles = [
      dated(
        'sec',
        'Secretary',
        '2030-07-04',
        'Hundreds of scientists and graduate students from American institutions have played important roles in the search for the particle using the collider at the laboratory. More than 1,700 scientists, engineers, technicians and graduate students from U.S. institutions -- including 89 American universities and seven national laboratories -- helped design, build and operate the collider and its four particle detectors.',
      ),
      dated(
        'dept',
        'Department',
        '2030-07-06',
        'Two national laboratories are the host laboratories for the U.S. contingents of the collider experiments that found the particle. They and researchers from three other laboratories are among the 1,700 scientists, engineers, technicians and graduate students from the United States that helped design, build and operate the collider and its detectors, and analyze the data from the collisions.',
      ),
    ];
    expect(groupsWith(articles, 'Hundreds')).toEqual([]);
  });
});

describe('a PDF text with a blank line after every line', () => {
  it('reads its sentences across the blank lines', () => {
    const lines = [
      'The company, one of the largest insurers in the country, was the largest recipient',
      'of government financial assistance during the crisis of the last decade. At the maximum, the',
      'central bank and the treasury committed approximately $182.3 billion in specific',
      'assistance for the company and another $15.2 billion through a more widely available',
      'lending facility. The amount actually paid out to assist the company reached a maximum of',
      '$141.8 billion in April of that year. In return, the company paid interest and dividends on the',
      'funding and the treasury ultimately received a 92% ownership share in the company. The',
      'government assistance for the company ended some years later, with a profit for the treasury.',
      'All of the central bank loans have been repaid and the treasury has sold all of its shares',
      'in the company, which the government held as a result of the assistance in the crisis years.',
      'The company remains one of the largest insurers in the country and in the world.',
    ];
    const found = sentences(lines.join('\n\n'));
    expect(found.map((s) => s.replace(/\s+/g, ' '))).toContain(
      'At the maximum, the central bank and the treasury committed approximately $182.3 billion in specific assistance for the company and another $15.2 billion through a more widely available lending facility.',
    );
  });
});

describe('faults of round 81', () => {
  it('a greeting with a word of emphasis is still a courtesy', () => {
    expect(kindOf('I especially want to welcome U.S. Attorney Jane Roe, who traveled here from the capital.')).toBe('reporting');
  });

  it('"outstanding" before a balance or a debt is a term, not praise', () => {
    expect(kindOf('Interest will accrue on the outstanding balance at a rate of three-month Libor plus 850 basis points.')).toBe('reporting');
  });

  it('a name in the possessive runs on into a month', () => {
    expect(sentences('The Harbour Oversight Board’s June report, “The Rescue,” found that the bank failed.')).toEqual([
      'The Harbour Oversight Board’s June report, “The Rescue,” found that the bank failed.',
    ]);
  });

  it('a sentence with a character the page lost is not quoted', () => {
    expect(gluedText('The people are safer \uFFFD safer from the trade in drugs.', article('a', 'The people are safer \uFFFD safer from the trade in drugs.'), en)).toBe(true);
  });
});

describe('thousands set apart by spaces', () => {
  const figuresOf = (text: string) => analyze([article('a', text)]).figures.map((f) => [f.text, f.value]);

  it('are one number', () => {
    expect(figuresOf('The market had more than 200 000 users and 40 000 vendors.')).toEqual([
      ['more than 200 000', 200000],
      ['40 000', 40000],
    ]);
  });

  it('but a phone number, a leading zero or a hyphened word after the group is not', () => {
    expect(figuresOf('Call 011 544 3004 or +251 11 551 5826 today.').map(([t]) => t)).not.toContain('11 551');
    expect(figuresOf('Call 011 544 3004 today.').map(([t]) => t)).not.toContain('011 544');
    expect(figuresOf('He ran 25 100-metre races.').map(([t]) => t)).toContain('25');
  });
});

describe('faults of round 82', () => {
  it('a call host handing over, or a speaker greeting, is no view amid a voiced transcript', () => {
    const text = [
      'At this time I’ll turn the call to Mr. Joe Roe.',
      'You may begin, sir.',
      'Joe Roe: Hi, good afternoon to everyone.',
      'We are deeply worried that this new virus is not going away, and frankly we should all be.',
      'The key point is that this new disease is a terrible threat to all of us.',
      'Of course, reported cases are really just the tip of the iceberg.',
    ].join('\n\n');
    const kinds = analyze([article('a', text)])
      .sentences.filter((s) => /turn the call|may begin|good afternoon/.test(s.text))
      .map((s) => s.kind);
    expect(kinds).toEqual(['reporting', 'reporting', 'reporting']);
  });

  it('"three hundred and eighty two" is one number', () => {
    const figures = analyze([article('a', 'The count took place in all three hundred and eighty two voting areas.')]).figures;
    expect(figures.map((f) => [f.text, f.value])).toEqual([['three hundred and eighty two', 382]]);
  });

  it('"to phase 6" names a phase, not a count', () => {
    expect(analyze([article('a', 'The agency raised the alert from phase 5 to phase 6, the highest level.')]).figures).toEqual([]);
    expect(analyze([article('a', 'The plan is to train 500 teachers.')]).figures.map((f) => f.text)).toEqual(['500']);
  });

  it("a map's key on its own line is the page's", () => {
    const text = 'The vote was close.\n\nOn the map, the darker shades for a colour indicate a larger margin.\n\nTurnout was high.';
    expect(furnitureOf(text)).toEqual(['On the map, the darker shades for a colour indicate a larger margin.']);
  });

  it("a report's note on who issued it is never shown in a round", () => {
    expect(pageWordsShownWhole(undefined, 'a.0', 'This report was issued by the regional office in New York.', en)).toBe(true);
    expect(pageWordsShownWhole(undefined, 'a.0', 'The report was issued on Monday and found 300 cases.', en)).toBe(false);
  });
});

describe('a size joined to its noun right after a count', () => {
  it('is the kind of thing counted, never compared in a figures round', () => {
    const articles = [
      dated('a', 'Agency', '2030-01-20', 'The agency delivered 6,000 ten-liter water containers and 2,800 hygiene kits to the city on Monday.'),
      dated('b', 'Office', '2030-01-21', 'The military flew 9,600 10-liter water containers and 3,000 hygiene kits to the city on Tuesday.'),
    ];
    const findings = analyze(articles);
    const rounds = [1, 2, 3, 4, 5, 6].flatMap((seed) => figuresRounds(findings, articles, 3, createRng(seed), (n) => `r${n}`));
    expect(rounds.flatMap((r) => (r.type === 'conflicting-figures' ? r.figures.map((f) => f.figure) : [])).filter((f) => /^(?:10|ten-liter)$/.test(f))).toEqual([]);
  });
});

describe('a vague amount beside a ceiling', () => {
  it('is not judged: neither names a figure the other could contain', () => {
    const articles = [
      dated('a', 'Agency', '2030-01-20', 'Hundreds of thousands of people in the city are in need of shelter after the quake, the agency said.'),
      dated('b', 'Office', '2030-01-21', 'Up to one million people in the city are in need of shelter after the quake, the office said.'),
    ];
    expect(groupsWith(articles, 'Hundreds of thousands').filter((g) => g.confident)).toEqual([]);
  });
});

describe('faults of round 83', () => {
  it('a speaker pointing at what matters is no view by the first person alone', () => {
    expect(kindOf('I want to emphasize that these numbers are preliminary and will change.')).toBe('reporting');
    expect(kindOf('I want to emphasize that this is a disgraceful decision.')).toBe('opinion');
  });

  it('a committee page given out for its chair names the chair as its principal', () => {
    expect(principalsOf('House Committee on Science (Republicans): Chairman Jane Roe', en)).toEqual(['Chairman Jane Roe']);
    expect(principalsOf('Department of State: Briefing', en)).toEqual([]);
  });

  it("a resolution's number names it", () => {
    expect(analyze([article('a', 'Resolution 1929 increases the pressure on the government.')]).figures).toEqual([]);
  });
});

describe('faults left after round 83', () => {
  it('a briefing\'s order of business is no view by its "we"', () => {
    expect(kindOf('Dr Roe will read a statement and then we will open the floor to questions.')).toBe('reporting');
    expect(kindOf('We will take questions from the press, but we are outraged by this shameful decision.')).toBe('opinion');
  });

  it('a title-case label run into a sentence keeps it out of rounds', () => {
    expect(pageWordsShownWhole(undefined, 'a.0', 'Search and Rescue Operations: To date, teams have rescued 121 people.', en)).toBe(true);
    expect(pageWordsShownWhole(undefined, 'a.0', 'The report said: the toll rose to 121.', en)).toBe(false);
  });
});
