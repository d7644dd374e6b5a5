import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { generateFromArticles } from '../../../src/core/analysis/generators';
import { figuresRounds } from '../../../src/core/analysis/generators/figuresRound';
import { createRng } from '../../../src/core/rng';
import type { Article } from '../../../src/core/article';
import { article } from './seeds';

/** Invented texts (not from any corpus) for the round faults left by the round-41 and round-43 audits (2026-12-05). */
const sentence = (text: string, opening: string) => analyze([article('a', text)]).sentences.find((s) => s.text.startsWith(opening));
const roundsOf = <T extends 'who-said-it' | 'opinion-or-reporting' | 'conflicting-figures'>(type: T, articles: Article[]) =>
  [1, 2, 3, 4, 5, 6].flatMap((seed) => generateFromArticles({ type, count: 4, seed, index: 0 }, articles));
const groupsWith = (articles: Article[], text: string) =>
  analyze(articles)
    .figureGroups.filter((g) => g.members.some((m) => m.text === text))
    .map((g) => g.members.map((m) => `${m.article}:${m.text}`).sort());

const LEAD = 'The river court gave its ruling on Monday.\nIt heard the case over two years.\n';

/** The passages of the opinion rounds made from a statement holding `text`, beside two other outlets. */
const opinionPassages = (text: string) =>
  roundsOf('opinion-or-reporting', [
    article('a', `The harbour board met on Tuesday.\n${text}\nThe board fined the firm $2 million for the spill.\nThe chair said the fine was fair.`),
    article('b', 'The harbour firm will appeal, its lawyer said on Tuesday. He called the fine unjust and said the board had been careless.'),
    article('c', 'Fishers welcomed the fine on Tuesday. They said the spill had cost them a season of work.'),
  ]).map((r) => (r.type === 'opinion-or-reporting' ? r.passage : ''));

describe('a participle with its agent inside a noun phrase', () => {
  it('is not the sentence’s attribution: "the instances outlined by the prosecutor"', () => {
    const s = sentence(
      `${LEAD}While the evidence did not support a verdict in all the instances outlined by the prosecutor, each charge was at least in part proven “beyond any doubt”.`,
      'While the evidence',
    );
    expect(s?.evidence['attribution-verb']).toBeUndefined();
    expect(s?.cues).not.toContain('attribution-verb');
  });

  it('still credits a claim to a subject that speaks: "The prosecutor outlined how…"', () => {
    const s = sentence(`${LEAD}The prosecutor outlined how the harbour firm had hidden the spill from the board.`, 'The prosecutor');
    expect(s?.kind).toBe('attributed');
    expect(s?.cues).toContain('attribution-verb');
  });
});

describe('a post embedded in a page, with its hashtags', () => {
  it('makes no opinion or who-said-it round', () => {
    const post = 'Monday at 10:00: #RiverCourt judges to announce whether they find the #Harbour firm liable for the spill.';
    const articles = [
      article('a', `${LEAD}${post}\nThe court found the firm liable for the spill and fined it $2 million.\nThe firm said it would appeal the ruling.`),
      article('b', `The harbour firm was fined on Monday.\n${post}\nThe court found the firm liable for the spill and fined it $2 million.`),
      article('c', 'Fishers welcomed the river court’s ruling on Monday. They said the spill had cost them a season of work.'),
      article('d', 'The harbour firm will appeal, its lawyer said on Monday. The court had fined it $2 million for the spill.'),
    ];
    const said = (type: 'who-said-it' | 'opinion-or-reporting') =>
      roundsOf(type, articles).map((r) => (r.type === 'who-said-it' ? r.quote : r.type === 'opinion-or-reporting' ? r.passage : ''));
    expect(said('who-said-it').length).toBeGreaterThan(0);
    expect(said('who-said-it')).not.toContain(post);
    expect(said('opinion-or-reporting').length).toBeGreaterThan(0);
    expect(said('opinion-or-reporting')).not.toContain(post);
  });
});

describe('a figures round on passages that list several sums', () => {
  it('says that the figure compared is the one marked', () => {
    const articles = [
      article(
        'a',
        'The board announced the charges on Tuesday.\nThe charges target approximately $1.1 billion in ferry fraud, more than $29 million in pier fraud and more than $160 million in other harbour schemes.',
      ),
      article(
        'b',
        'Forty people were charged on Tuesday.\nProsecutors say the schemes involved approximately $1.1 billion in fraud using ferry tickets, $29 million in pier fraud and $160 million linked to other harbour schemes across the country.',
      ),
    ];
    const rounds = roundsOf('conflicting-figures', articles);
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect(r.type === 'conflicting-figures' ? r.question.en : '').toMatch(/the one compared is marked/);
  });

  it('asks plainly when each passage gives one sum', () => {
    const articles = [
      article('a', 'The board announced the charges on Tuesday.\nThe charges target more than $160 million in harbour fraud, the board said.'),
      article('b', 'Forty people were charged on Tuesday.\nThe charges target $160 million in harbour fraud, according to the board.'),
    ];
    const rounds = roundsOf('conflicting-figures', articles);
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect(r.type === 'conflicting-figures' ? r.question.en : '').not.toMatch(/marked/);
  });
});

describe('a figure set as an aim or a ceiling', () => {
  it('is not grouped with a measured value: "the 1.5°C limit", "limit warming to 1.5°C"', () => {
    const articles = [
      article('a', 'The agency published its yearly report on Friday.\nFor most of the year, temperatures in the bay were more than 1.5°C above the old average.'),
      article('b', 'The council met on Friday.\nOne warm year pushing past the 1.5°C limit does not mean the goal is lost, the mayor said.'),
      article('c', 'The plan was adopted on Friday.\nThe towns must act this year to limit warming in the bay to 1.5°C, the plan says.'),
    ];
    expect(groupsWith(articles, 'more than 1.5')).toEqual([]);
  });

  it('still joins a time limit in a rule to the rule told in other words: "a 15-week limit", "after 15 weeks"', () => {
    const articles = [
      article('a', 'The state passed the law on Friday.\nThe law sets a 15-week limit on late ferry bookings, the governor said.'),
      article('b', 'Ferry firms reacted to the law on Friday.\nThe law bans ferry bookings after 15 weeks, the governor said.'),
    ];
    expect(groupsWith(articles, '15-week')).toEqual([['a:15-week', 'b:15 weeks']]);
  });
});

const figuresOf = (text: string) => analyze([article('a', text)]).figures.map((f) => `${f.text}|${f.unitClass}|${f.value}`);
const furnitureOf = (text: string) =>
  analyze([article('a', text)])
    .sentences.filter((s) => s.furniture)
    .map((s) => s.text);

describe('round 44: weights', () => {
  it('reads "pounds of" a thing as a weight, and "million pounds" as money', () => {
    expect(figuresOf('The seizures included about 152 pounds of fentanyl.')).toEqual(['about 152|lb|152']);
    expect(figuresOf('The club paid 5 million pounds of its own money.')).toEqual(['5 million pounds|money:GBP|5000000']);
  });

  it('groups one weight given in kilograms and in pounds, shown with its units', () => {
    const articles = [
      article('a', 'The raids ended on Tuesday.\nAgents seized 850 kilograms of drugs in the harbour raids, the agency said.'),
      article('b', 'Officials gave the results on Tuesday.\nAgents seized 1,875 pounds of drugs in the harbour raids, according to the agency.'),
    ];
    expect(groupsWith(articles, '850')).toEqual([['a:850', 'b:1,875']]);
    const rounds = roundsOf('conflicting-figures', articles);
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect(r.type === 'conflicting-figures' ? r.figures.map((f) => f.figure).sort() : []).toEqual(['1,875 pounds', '850 kilograms']);
  });

  it('makes no round of two weights that do not convert to one another', () => {
    const articles = [
      article('a', 'The raids ended on Tuesday.\nAgents seized 64 kilograms of fentanyl in the raids across the harbour towns, the agency said.'),
      article('b', 'Officials gave the results on Tuesday.\nThe harbour raids took about 152 pounds of fentanyl off the streets, according to the agency.'),
    ];
    // (Read as weights and compared, 64 kg against 69 kg, but not called one figure: the engine is unsure.)
    const verdicts = analyze(articles)
      .figureGroups.filter((g) => g.members.some((m) => m.text === '64'))
      .map((g) => `${g.verdict}:${g.members.map((m) => m.text).join('/')}`);
    expect(verdicts).toEqual(['unsure:64/about 152']);
    expect(roundsOf('conflicting-figures', articles)).toEqual([]);
  });
});

describe('round 44: figures read whole', () => {
  it('keeps the multiplier before a dash typed as a hyphen: "$800 billion-a 9.3 percent increase"', () => {
    expect(figuresOf('Funding reached its highest level ever-$800 billion-a 9.3 percent increase.')).toEqual(['$800 billion|money:USD|800000000000', '9.3 percent|percent|9.3']);
  });

  it('makes no round of a ceiling and a floor at one number: "nearly double", "more than double"', () => {
    const articles = [
      article('a', 'The raids ended on Tuesday.\nThe harbour raids led to nearly double the arrests of the last operation, the agency said.'),
      article('b', 'Officials gave the results on Tuesday.\nThe harbour raids led to more than double the arrests of the last operation, officials said.'),
    ];
    expect(roundsOf('conflicting-figures', articles)).toEqual([]);
  });

  it('makes no figures round of a handful ("several officials") beside a count', () => {
    const articles = [
      article('a', 'The court met on Tuesday.\nLast May, several harbour officials were charged in the fraud scheme, the court said.'),
      article('b', 'Officials gave the results on Tuesday.\nLast May, nine harbour officials were charged in the fraud scheme, according to the court.'),
    ];
    expect(roundsOf('conflicting-figures', articles).flatMap((r) => (r.type === 'conflicting-figures' ? r.figures.map((f) => f.figure) : []))).not.toContain('several');
  });
});

describe('round 44: what is no view', () => {
  it('is a speaker’s courtesy with a word of emphasis: "I do want to take a moment…"', () => {
    const courtesy = 'I do want to take a moment before we begin to remember the crew lost at sea last week.';
    expect(opinionPassages(courtesy)).not.toContain(courtesy);
  });

  it('is an announcement framed by "What I can say is…" or "I cannot comment…"', () => {
    const frame = 'What I can say is that our investigation of the spill remains active and has in fact expanded since May.';
    expect(opinionPassages(frame)).not.toContain(frame);
    const limit = 'Because the case is still open, I cannot comment more specifically on the crew members who were charged.';
    expect(opinionPassages(limit)).not.toContain(limit);
  });

  it('is a legal word on the conduct a charge names: "the illegal activity charged today"', () => {
    const s = sentence(`${LEAD}Some of the illegal activity charged today was found during the inquiry and predates the first charges.`, 'Some of the');
    expect(s?.evidence['loaded-words']).toBeUndefined();
  });

  it('is a plural noun as the object of an infinitive: "To produce the estimates in this report, …"', () => {
    const s = sentence(`${LEAD}To produce the flood and damage estimates in this report, the board used the first survey after the storm.`, 'To produce');
    expect(s?.cues).not.toContain('attribution-verb');
  });
});

describe('round 44: page furniture', () => {
  it('takes a citation after "Source:" to the end of its line', () => {
    const text = `${LEAD}Ferry crossings fell by 12% in 2029.\n\nSource: Harbour Board. Ferry crossings in 2029. River Transport Report 2030;28(3).\n\nThe board will report again next year.`;
    expect(furnitureOf(text).join(' ')).toContain('Source: Harbour Board. Ferry crossings in 2029. River Transport Report 2030;28(3).');
    expect(furnitureOf(text)).not.toContain('The board will report again next year.');
  });

  it('reads a listed link with its label as furniture: "- Press release: Sixteen Harbour Officials Charged"', () => {
    const text = `${LEAD}The court fined the firm on Monday.\n\nWe made great strides, and I am confident we will go on.\n\n- Press release: Sixteen Harbour Officials Charged for Fraud`;
    expect(furnitureOf(text)).toContain('Sixteen Harbour Officials Charged for Fraud');
  });
});

describe('round 44: an ability told in the first person', () => {
  it('makes no opinion round: "we can see these payments just as well as…"', () => {
    const plain = 'But we can see these payments just as well as we can see the cash ones.';
    const rounds = roundsOf('opinion-or-reporting', [
      article('a', `The harbour board met on Tuesday.\n${plain}\nThe board fined the firm $2 million for the spill.\nThe chair said the fine was fair.`),
      article('b', 'The harbour firm will appeal, its lawyer said on Tuesday. He called the fine unjust and said the board had been careless.'),
      article('c', 'Fishers welcomed the fine on Tuesday. They said the spill had cost them a season of work.'),
    ]).map((r) => (r.type === 'opinion-or-reporting' ? r.passage : ''));
    expect(rounds.length).toBeGreaterThan(0);
    expect(rounds).not.toContain(plain);
  });
});

describe('round 44: the judging word shown', () => {
  it('is a mild word said of the subject as the point, before a stronger one in a clause after it', () => {
    const s = sentence(`${LEAD}The harbour guild is a tremendous body that helps its pilots steer ships safely and justly.`, 'The harbour guild');
    expect(s?.evidence['loaded-words']).toBe('tremendous');
  });

  it('is still the stronger word where the mild one is not the point', () => {
    const s = sentence(`${LEAD}The board faced a tremendous backlog of unjust fines after the flood.`, 'The board faced');
    expect(s?.evidence['loaded-words']).toBe('unjust');
  });
});

describe('round 45: the sides of a vote', () => {
  it('reads a count followed by the side it took as that side: "in favour", "against", "abstentions", "nations abstaining"', () => {
    expect(figuresOf('The board adopted the plan by a vote of 93 in favour to 24 against, with 58 abstentions.').map((f) => f.split('|')[1])).toEqual([
      'votes-for',
      'votes-against',
      'votes-abstain',
    ]);
    expect(figuresOf('The plan passed 93-24, with 58 members abstaining.').map((f) => f.split('|')[1])).toEqual(['votes-for', 'votes-against', 'votes-abstain']);
  });

  it('adds no side to the other: "141 countries voted in favour and five voted against"', () => {
    expect(figuresOf('In the end 141 countries voted in favour and five voted against, while 35 abstained.')).toEqual([
      '141|votes-for|141',
      'five|votes-against|5',
      '35|votes-abstain|35',
    ]);
  });
});

describe('round 45: reference marks, reports framed by a feeling, a document’s notes on itself', () => {
  it('reads a small number in brackets after a word as a reference, and after a year as a count', () => {
    expect(figuresOf('Most patients reported using THC-containing products (1).')).toEqual([]);
    expect(figuresOf('The toll was the third highest behind 2020 (30) and 2005 (27).').map((f) => f.split('|')[0])).toEqual(expect.arrayContaining(['30', '27']));
  });

  it('does not read "is saddened to report that…" as the writer’s feeling', () => {
    const s = sentence(`${LEAD}The agency is saddened to report that at least 34 deaths have been reported among the river families.`, 'The agency');
    expect(s?.evidence['loaded-words']).toBeUndefined();
    expect(sentence(`${LEAD}The agency is proud to support the river families.`, 'The agency')?.kind).toBe('opinion');
  });

  it('makes no round of a document’s note on what goes with it or on the period it covers', () => {
    const notes = ['The full text of the letter with its signatories is attached.', 'It covers the period from 4 to 5 August 2030.'];
    const articles = [
      article('a', `${LEAD}${notes[0]}\nThe board fined the firm $2 million for the spill.\n${notes[1]}\nThe chair said the fine was fair.`),
      article('b', 'The harbour firm will appeal, its lawyer said on Tuesday. He called the fine unjust and said the board had been careless.'),
      article('c', 'Fishers welcomed the fine on Tuesday. They said the spill had cost them a season of work.'),
    ];
    const quoted = [...roundsOf('who-said-it', articles), ...roundsOf('opinion-or-reporting', articles)].map((r) =>
      r.type === 'who-said-it' ? r.quote : r.type === 'opinion-or-reporting' ? r.passage : '',
    );
    expect(quoted.length).toBeGreaterThan(0);
    for (const n of notes) expect(quoted).not.toContain(n);
  });
});

describe('round 45 re-audit: what a speaker or a body does is no view, and a count it reports is credited', () => {
  it('makes no opinion round of "I want to provide a brief update on…" nor of "We continue to work with…"', () => {
    for (const text of ['I want to provide a brief update on our inquiry into the spill at the harbour.', 'We continue to work with the rescue teams and the crews on the river.'])
      expect(opinionPassages(text), text).not.toContain(text);
  });

  it('still makes one of "We continue to stand with the families of the crew."', () => {
    const stance = 'We continue to stand with the families of the crew and will not rest until the river is safe.';
    expect(sentence(`${LEAD}${stance}`, 'We continue')?.kind).toBe('opinion');
  });

  it('credits a count to the body that reports it: "Meanwhile, it reports 10 containers … were destroyed"', () => {
    const s = sentence(`${LEAD}Meanwhile, it reports 10 containers of medical supplies were destroyed in the blast.`, 'Meanwhile');
    expect(s?.kind).toBe('attributed');
    expect(s?.cues).toContain('attribution-verb');
  });

  it('makes no round of a report’s note on when the next one comes', () => {
    const note = 'The next report will be issued on or around 6 August 2030.';
    expect(opinionPassages(note)).not.toContain(note);
  });
});

describe('round 44 re-audit: a photo caption dated, then placed', () => {
  it('makes no round of "… at a news conference, May 27, 2030, in the harbour district."', () => {
    const caption = 'The harbour chair announces fines against nine ferry firms at a news conference, May 27, 2030, in the harbour district of Eastport.';
    expect(opinionPassages(caption)).not.toContain(caption);
  });

  it('still makes rounds of the story’s own dated sentences: "…were announced Wednesday, May 27, 2030, in Eastport."', () => {
    const told = 'The fines against nine ferry firms were announced Wednesday, May 27, 2030, in Eastport.';
    expect(opinionPassages(told)).toContain(told);
  });
});

describe('round 45: one unit, however typed', () => {
  it('reads "ºC-weeks" (the ordinal sign for the degree sign) as "°C-weeks"', () => {
    expect(figuresOf('Heat stress reached 16 ºC-weeks on the reef.')).toEqual(figuresOf('Heat stress reached 16 °C-weeks on the reef.'));
    expect(figuresOf('Heat stress reached 16 °C-weeks on the reef.')).toEqual(['16|c-week|16']);
  });

  it('counts health centres, clinics and facilities in one class', () => {
    const articles = [
      article('a', 'The blast hit the port on Tuesday.\nSixteen primary health care centres were damaged in the blast, the agency said.'),
      article('b', 'Aid reached the port on Wednesday.\nAt least 16 health facilities were damaged in the blast, according to the agency.'),
    ];
    expect(groupsWith(articles, 'At least 16')).toEqual([['a:Sixteen', 'b:At least 16']]);
  });
});

describe('round 46: a unit before an adjective of size', () => {
  it('reads "17-mile-long" and "20-foot-wide" in miles and feet, not in a unit met earlier', () => {
    expect(figuresOf('About 25,000 gallons of oil leaked from the 17-mile-long harbour pipeline, according to the board.')).toEqual(['About 25,000|gallon|25000', '17|miles|17']);
    expect(figuresOf('The storm left a 20-foot-wide hole in the pier.')).toEqual(['20|feet|20']);
  });
});

describe('round 46: who said it, and claims dated before their "that"', () => {
  it('does not count as copies two days’ releases that differ only in the day', () => {
    const day = (d: string) => `The harbour command continues its response ${d} to the oil spill off the north beach and the river mouth.`;
    const articles = [
      article('a', `Crews worked through the night.\n${day('Sunday')}\nBoats recovered oil on Sunday afternoon.`),
      article('b', `Crews worked through the weekend.\n${day('Monday')}\nBoats recovered more oil on Monday afternoon.`),
      article('c', 'The spill closed the north beach on Saturday. Fishers said the season was lost.'),
      article('d', 'The harbour board met on Monday about the spill. The chair said the clean-up would take weeks.'),
    ];
    const asked = roundsOf('who-said-it', articles).flatMap((r) => (r.type === 'who-said-it' && r.quote === day('Sunday') ? [r.answers.join('+')] : []));
    expect(asked).not.toContain('a+b');
    expect(asked).not.toContain('b+a');
  });

  it('credits a claim after a dated verb: "BLS announced on August 21, 2030, that…"', () => {
    const s = sentence(`${LEAD}The bureau previously announced on August 21, 2030, that its estimate would cut 818,000 jobs.`, 'The bureau');
    expect(s?.kind).toBe('attributed');
    expect(s?.evidence['attribution-verb']).toBe('announced');
  });
});

describe('round 46: a footnote mark after a year', () => {
  it('ends its sentence there ("…in October 2030.2 They do not…"), but not a decimal after a plain word', () => {
    const texts = (t: string) => analyze([article('a', t)]).sentences.map((s) => s.text);
    expect(texts(`${LEAD}The figures were released in October 2030.2 They do not reflect the floods of November.`)).toContain('They do not reflect the floods of November.');
    expect(texts(`${LEAD}The rate was 2030.5 Pounds a ton in the port.`)).toContain('The rate was 2030.5 Pounds a ton in the port.');
  });
});

describe('round 46: one sentence repeated with its number moved', () => {
  it('makes no contradiction round of it', () => {
    const articles = [
      article('a', 'The harbour command gave an update.\nApproximately 3,150 gallons of oil have been recovered from the river and 5,360 feet of boom has been deployed.'),
      article(
        'b',
        'The harbour command gave another update.\nAs of 1 p.m., Monday, approximately 4,158 gallons of oil has been recovered from the river and 8,700 feet of boom has been deployed.',
      ),
    ];
    const boom = analyze(articles).figureGroups.filter((g) => g.members.some((m) => m.text === '8,700'));
    // (Since the fifty-first session the engine reads "As of 1 p.m., Monday" as a running count given at another time.)
    expect(boom.map((g) => `${g.verdict}/${g.reason}`)).toEqual(['compatible/different-date']);
    // (The boom group alone, so that the round made, or not, is its.)
    const findings = { ...analyze(articles), figureGroups: boom };
    expect(figuresRounds(findings, articles, 1, createRng(1), (n) => `r${n}`)).toEqual([]);
  });
});

describe('round 46 re-audit: a note mark set against a comma', () => {
  it('is no count ("the Muhamasheen,3 persons with disabilities"), while a count after a comma and its space is', () => {
    expect(figuresOf('The groups in need include the Muhamasheen,3 persons with disabilities and migrants.')).toEqual([]);
    expect(figuresOf('Crews found 3 barges, 4 boats and 5 ferries.').map((f) => f.split('|')[0])).toEqual(['3', '4', '5']);
  });
});
