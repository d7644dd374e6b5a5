import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { groupsWith, kindOf } from './probes';
import { article, datedArticle as dated } from './seeds';
import { figuresRounds } from '../../../src/core/analysis/generators/figuresRound';
import { createRng } from '../../../src/core/rng';

/** Invented texts (not from any corpus) for the faults found in the thirty-second session (2026-12-06). */

describe('"should" after a subject of its own, in a news piece', () => {
  it('is the writer telling a named party what to do: an opinion', () => {
    expect(kindOf('State health agencies should prepare to test farm workers quickly.')).toBe('opinion');
    expect(kindOf('The two agencies rarely work together on shelters and should do so before the next storm.')).toBe('opinion');
  });

  it('is no recommendation as a condition, a question inside the sentence, a pointer or a guess', () => {
    expect(kindOf('Should the court reject the deal, either party may withdraw from it.')).toBe('reporting');
    expect(kindOf('The panel met to decide whether the outbreak should be declared over.')).toBe('reporting');
    expect(kindOf('It should be noted that the figures cover only the first quarter.')).toBe('reporting');
  });

  it('is a rule reported where a deadline follows it', () => {
    expect(kindOf('Smaller clubs should register with the league by the end of the season.')).toBe('reporting');
    expect(kindOf('Exporters should file the new form by March.')).toBe('reporting');
  });
});

describe('a speaker saying who they are or what they are there for', () => {
  it('is a report of the speaker, not a view', () => {
    expect(kindOf('My name is Jane Roe.')).toBe('reporting');
    expect(kindOf('I am the deputy director in charge of the agency’s field office.')).toBe('reporting');
    expect(kindOf('We are here today to announce the results of a joint operation against drug traffickers.')).toBe('reporting');
    expect(kindOf('We’re here to announce charges against six people.')).toBe('reporting');
  });

  it('still gives a view where the speaker judges', () => {
    expect(kindOf('We are the best team in the world.')).toBe('opinion');
    expect(kindOf('We are here today to say that this is a shameful day.')).toBe('opinion');
  });
});

describe('a body telling its own routine work', () => {
  it('is a report of the work', () => {
    expect(kindOf('We investigate online drug sales.')).toBe('reporting');
    expect(kindOf('We search for who is selling pills online.')).toBe('reporting');
    expect(kindOf('We discuss the summary measures and the hazards of ranking countries.')).toBe('reporting');
  });

  it('is still a view where the work is a wish or a condition', () => {
    expect(kindOf('But if we work together, we can chart a safer course.')).toBe('opinion');
    expect(kindOf('We must focus on the families first.')).toBe('opinion');
  });
});

describe('a judging phrase set after a dash at the end of the sentence', () => {
  it('is the speaker’s verdict on all that went before, however long the account', () => {
    expect(
      kindOf('The agency filed charges against the shipping firm on Monday for dumping waste into the bay over three years - an egregious violation of the harbour laws.'),
    ).toBe('opinion');
  });

  it('is colour on a report inside an aside the sentence goes on after', () => {
    expect(kindOf('The agency filed charges against the shipping firm - an egregious polluter - on Monday for dumping waste into the bay over three years.')).toBe('reporting');
  });
});

describe('a superlative rank given with the count that makes it', () => {
  it('is a measured ranking, not a judgement', () => {
    expect(kindOf('Seniors, those over 60, were the most victimized with over 100,000 complaints made to the centre.')).toBe('reporting');
  });

  it('is still a judgement without its count', () => {
    expect(kindOf('Seniors were the most victimized of all.')).toBe('opinion');
  });
});

describe('an age bounded by a word before its measure', () => {
  const figure = (text: string, printed: string) => analyze([article('a', text)]).figures.find((f) => f.text === printed);

  it('reads "over the age of 60" as above 60, as "over 60 years of age" is', () => {
    expect(figure('Victims over the age of 60 lost $3.4 billion.', 'over the age of 60')).toMatchObject({ unitClass: 'age', bound: 'lower', value: 60 });
    expect(figure('Complaints from those over 60 years of age rose.', 'over 60 years of age')).toMatchObject({ unitClass: 'age', bound: 'lower', value: 60 });
    expect(figure('Children under age 5 were most at risk.', 'under age 5')).toMatchObject({ unitClass: 'age', bound: 'upper', value: 5 });
  });

  it('keeps one person’s age exact', () => {
    expect(figure('The victim, aged 60, died on Monday.', '60')).toMatchObject({ unitClass: 'age', bound: 'exact' });
  });
});

describe('"greater than" before a number', () => {
  it('is a lower bound', () => {
    expect(analyze([article('a', 'Aid will be available for a period greater than 6 months.')]).figures.find((f) => f.unitClass === 'duration')).toMatchObject({
      bound: 'lower',
      value: expect.any(Number),
    });
  });
});

describe('a statement the lead-in promises whole', () => {
  it('stays the speakers’ words over its paragraphs, first person or not', () => {
    const text = [
      'MR. ROE: Good afternoon. I will start with a statement issued by the five leaders. This statement is in the name of all five, and it reads as follows:',
      'We agree that the fund should be used to support the currency.',
      'The United States will impose strict conditions on the assistance it provides.',
      'We must act now in order to protect jobs.',
    ].join('\n\n');
    const kinds = analyze([article('a', text)])
      .sentences.slice(-3)
      .map((s) => s.kind);
    expect(kinds).toEqual(['attributed', 'attributed', 'attributed']);
  });
});

describe('death tolls in articles given half a year apart or more', () => {
  it('are not joined as one toll without words in common', () => {
    const articles = [
      dated('wire', 'Wire', '2019-01-27', 'At least 37 people have been confirmed dead following Friday’s dam burst at the mine.'),
      dated('flash', 'Flash', '2020-01-27', 'According to the civil defence on 26 January, 48 people died and 17 are missing after the floods.'),
    ];
    expect(groupsWith(articles, '48').filter((g) => g.members.some((m) => m.article === 'wire'))).toEqual([]);
  });

  it('are still joined when given days apart', () => {
    const articles = [
      dated('wire', 'Wire', '2019-01-27', 'At least 37 people have been confirmed dead following Friday’s dam burst at the mine.'),
      dated('flash', 'Flash', '2019-01-29', 'According to the civil defence on 28 January, 58 people died and 305 are missing.'),
    ];
    const [group] = groupsWith(articles, '58');
    expect(group?.members.map((m) => m.article).sort()).toEqual(['flash', 'wire']);
  });
});

describe('a first-person filler set off by commas', () => {
  it('is no cue of its own: the question it sits in is', () => {
    const [s] = analyze([article('a', 'If you cannot help us with that, I mean, why are you here?')]).sentences;
    expect(s?.kind).toBe('opinion');
    expect(s?.cues).toContain('rhetorical-question');
    expect(s?.cues).not.toContain('first-person');
  });
});

describe('page structure of releases and learners’ stories', () => {
  const sentencesOf = (text: string) => analyze([article('a', text)]).sentences.map((s) => s.text);
  const furnitureOf = (text: string) =>
    analyze([article('a', text)])
      .sentences.filter((s) => s.furniture)
      .map((s) => s.text);

  it('goes on over a line break into a name printed whole elsewhere, after the line’s last stop', () => {
    const text =
      'Jane Roe Marsh, known as “the Captain,” was convicted today by a jury of running a smuggling ring for a decade. Roe\nMarsh was convicted of all 10 counts of the indictment. Roe Marsh faces life in prison.';
    expect(sentencesOf(text)).toContain('Roe\nMarsh was convicted of all 10 counts of the indictment.');
  });

  it('goes on over a line break after a preposition no heading ends with', () => {
    expect(sentencesOf('The verdict followed a 12-week trial before\nU.S. District Judge Jane Roe in the capital on Tuesday.')).toHaveLength(1);
  });

  it('cuts a body’s press desk off the sentence it heads as a dateline', () => {
    expect(sentencesOf('Agency Newsroom – Today, the agency is reporting 971 cases of measles this year.')).toContain(
      'Today, the agency is reporting 971 cases of measles this year.',
    );
  });

  it('takes a reader prompt and a story’s credits for furniture', () => {
    const text = [
      'The probe reached the asteroid on Monday after a year in space.',
      'Anne Ball adapted this story for Learning English. Hai Do was the editor.',
      'What do you think of this discovery? We want to hear from you. Write to us in the Comments Section.',
    ].join('\n\n');
    const furniture = furnitureOf(text).join(' | ');
    for (const s of ['Hai Do was the editor.', 'We want to hear from you.', 'Write to us in the Comments Section.', 'Anne Ball adapted this story']) expect(furniture).toContain(s);
  });
});

describe('round 76 and 77 audits', () => {
  const figures = (text: string) => analyze([article('a', text)]).figures;

  it('reads a penalty the law sets and the sentence that met it as a schedule and its outcome', () => {
    const articles = [
      dated('letter', 'Prosecutors', '2026-07-10', 'The jury convicted Roe on the machinegun firearm count, which carries an enhanced penalty of thirty years’ imprisonment.'),
      dated('release', 'Department', '2026-07-17', 'The judge sentenced Roe to life imprisonment plus 30 years on the machinegun firearm count.'),
    ];
    const [group] = groupsWith(articles, '30 years');
    expect(group?.members.map((m) => m.article).sort()).toEqual(['letter', 'release']);
    expect(group?.reason).toBe('schedule-vs-outcome');
  });

  it('keeps a death toll its own in a list of tolls', () => {
    const found = figures('The agency raised the toll, with the current death toll at 1,897, the number of missing persons at 3,002, and the number of injured at 1,885.');
    expect(found.find((f) => f.text === '1,897')?.unitClass).toBe('people-killed');
    expect(found.find((f) => f.text === '3,002')?.unitClass).toBe('people-missing');
  });

  it('reads four digits of a 24-hour clock before "hours" as a time of day', () => {
    const found = figures('On April 7 at 1032 hours Eastern Daylight Time, or 2332 hours local time, a strong aftershock struck. Crews worked 1200 hours.');
    expect(found.filter((f) => f.kind === 'time').map((f) => f.text)).toEqual(['1032 hours', '2332 hours']);
    expect(found.find((f) => f.text === '1200 hours')?.unitClass).toBe('duration');
  });

  it('cuts a capitals dateline with a wire credit between dashes off its sentence', () => {
    const found = analyze([article('a', 'NEW YORK–(WIRE)–11 March 2011 – The Secretary-General expressed deep sorrow today and offered help to Japan.')]).sentences;
    expect(found.map((s) => s.text)).toContain('The Secretary-General expressed deep sorrow today and offered help to Japan.');
  });

  it('reads questions in the record of a question time as put, not rhetorical', () => {
    const text = [
      'My question is to the Prime Minister. Millions of people are thrilled by the news of his release.',
      'Prime Minister, will you join with me in welcoming him home?',
      'I thank the member for his question.',
    ].join('\n\n');
    const question = analyze([article('a', text)]).sentences.find((s) => s.text.endsWith('home?'));
    expect(question?.cues).not.toContain('rhetorical-question');
  });

  it('takes a site’s appeal for money for furniture', () => {
    const found = analyze([article('a', 'The court accepted the plea on Wednesday.\n\nTo donate by check, phone, or other method, see our More Ways to Give page.')]).sentences;
    expect(found.find((s) => s.text.startsWith('To donate'))?.furniture).toBe(true);
  });
});

describe('round 78 audit', () => {
  const figures = (text: string) => analyze([article('a', text)]).figures;

  it('keeps an update’s increment apart from the totals it adds to', () => {
    const articles = [
      dated('may', 'Agency', '2026-05-09', 'Since the last update, the total of ill people in the outbreak rose to 149 from 29 states.'),
      dated('june', 'Agency', '2026-06-01', 'Twenty-five more ill people from 13 states were added to the outbreak since the last update.'),
    ];
    expect(groupsWith(articles, 'Twenty-five').filter((g) => g.members.some((m) => m.article === 'may'))).toEqual([]);
    expect(groupsWith(articles, '13').filter((g) => g.members.some((m) => m.article === 'may'))).toEqual([]);
  });

  it('does not take "wounded 500 more" for an increment', () => {
    const found = analyze([article('a', 'The gunman killed 58 people and wounded 500 more in ten minutes.')]).figures.find((f) => f.text === '500');
    expect(found?.unitClass).toBe('people-injured');
  });

  it('counts a part with a relative clause of its own by that clause, not the whole’s state', () => {
    const found = figures('Sixty-four people were hospitalized, including 17 who developed a type of kidney failure.');
    expect(found.find((f) => f.text === 'Sixty-four')?.unitClass).toBe('people-injured');
    expect(found.find((f) => f.text === '17')?.unitClass).not.toBe('people-injured');
  });

  it('cuts a dated update label off the paragraph it heads', () => {
    const found = analyze([article('a', 'Update August 2023: The institute has published a new report on the fire.')]).sentences.map((s) => s.text);
    expect(found).toContain('The institute has published a new report on the fire.');
  });

  it('reads a speaker announcing the topic as no view', () => {
    expect(kindOf('I’d like to talk to you today about a cyber issue of significance.')).toBe('reporting');
  });
});

describe('a year after a span and "of"', () => {
  it('is a year, whatever noun follows it', () => {
    const found = analyze([article('a', 'U.S. measles cases in first five months of 2019 surpass total cases for any year since 1994')]).figures;
    expect(found.find((f) => f.text === '2019')?.kind).toBe('year');
  });
});

describe('re-audit faults', () => {
  it('does not give a toll’s state to households cut off by a comma after the toll’s own count', () => {
    const found = analyze([article('a', 'The earthquake killed one person, disrupted power for approximately 220,000 households, and interrupted service.')]).figures;
    expect(found.find((f) => f.text === 'approximately 220,000')?.unitClass).not.toBe('people-killed');
  });

  it('builds no figures round from age thresholds that agree', () => {
    const articles = [
      dated(
        'tampa',
        'Tampa office',
        '2026-04-30',
        'In 2023, total losses reported to the centre by those over the age of 60 topped $3.4 billion, an almost 11% increase from 2022.',
      ),
      dated(
        'orleans',
        'New Orleans office',
        '2026-04-30',
        'Nationally, losses reported by people over 60 years of age topped $3.4 billion in 2023, an increase of almost 11% from 2022.',
      ),
    ];
    const findings = analyze(articles);
    expect(findings.figureGroups.some((g) => g.unitClass === 'age' && g.confident)).toBe(true);
    const rounds = [1, 2, 3, 4, 5, 6].flatMap((seed) => figuresRounds(findings, articles, 3, createRng(seed), (n) => `r${n}`));
    expect(rounds.filter((r) => JSON.stringify(r).includes('age of 60'))).toEqual([]);
  });
});

describe('round 79 audit', () => {
  it('reads "in 2016 to 4,220" as a year and a count, not a range', () => {
    const found = analyze([article('a', 'The latest tragedies bring the tally of migrant deaths in 2016 to 4,220, making this the deadliest year.')]).figures;
    expect(found.find((f) => f.text === '2016')?.kind).toBe('year');
    expect(found.find((f) => f.text === '4,220')?.bound).toBe('exact');
  });

  it('keeps an encyclopedia’s footnote mark and its cited page with the sentence, and reads no count in the page', () => {
    const found = analyze([article('a', 'Three died; another 187 were injured, 49 of them seriously.[1]:13 Among the injured were four flight attendants.')]);
    expect(found.sentences.map((s) => s.text)).toContain('Among the injured were four flight attendants.');
    expect(found.figures.map((f) => f.text)).not.toContain('13');
  });

  it('reads a guest greeted by name as a courtesy, and a verdict welcomed as a stance', () => {
    expect(kindOf('We welcome Chairman Jane Roe of the harbour board, who joins us today.')).toBe('reporting');
    expect(kindOf('We welcome the verdict and thank the jury.')).toBe('opinion');
  });

  it('goes on over a line break after "nicknamed"', () => {
    const found = analyze([article('a', 'The landing site, nicknamed\nBradbury Landing, was less than 2.4 km from the centre of the target after a long journey.')]).sentences;
    expect(found).toHaveLength(1);
  });
});

describe('a quoted question and its speech tag', () => {
  it('are one sentence, whatever the case of the tag', () => {
    const found = analyze([article('a', '“Why is it that a million people have to cross by boat?” UNHCR spokesperson Jane Roe said. The agency counted the arrivals.')]).sentences;
    expect(found.map((s) => s.text)).toContain('“Why is it that a million people have to cross by boat?” UNHCR spokesperson Jane Roe said.');
  });
});
