import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { generateFromArticles } from '../../../src/core/analysis/generators';
import { langPack } from '../../../src/core/analysis/lang';
import { article } from './seeds';
import { classOf, groupsWith, kindOf, sentences } from './probes';

/** Invented texts (not from any corpus) for the faults found on round 50 and dev in the twenty-eighth session (2026-12-05). */

describe('what happened to the people a count names, when the sentence names two states', () => {
  it('does not give a count the state of another count of millions before it', () => {
    const text = 'The storms hit four provinces. Some 1.4 million people have been displaced, and more than 3.1 million people have been affected by the storms.';
    expect(classOf(text, 'Some 1.4 million')).toBe('people-displaced');
    expect(classOf(text, 'more than 3.1 million')).toBe('people');
  });

  it('does not carry the state to a bare count that opens a clause of its own', () => {
    const text = 'The storms hit four provinces. Over 1.4 million people have been displaced, and more than 3.1 million have been affected by the storms.';
    expect(classOf(text, 'Over 1.4 million')).toBe('people-displaced');
    expect(classOf(text, 'more than 3.1 million')).toBe('people');
  });

  it('reads the state past an aside between dashes, and keeps it from the next count', () => {
    const text =
      'The outbreak spread in the summer. So far, nine patients—including two in Ohio—have lost their lives to the illness, and more than 300 patients across 20 states have been treated in hospital.';
    expect(classOf(text, 'nine')).toBe('people-killed');
    expect(classOf(text, 'more than 300')).not.toBe('people-killed');
  });
});

describe('sentences of round 51’s kinds of text', () => {
  it('keeps a number word before a name inside its sentence, though words after echo the ones before', () => {
    const text = 'The ferry ran aground at dawn. Of the 90 passengers and six Harbour Line crew members on board, six passengers were hurt.';
    expect(sentences(text)).toContain('Of the 90 passengers and six Harbour Line crew members on board, six passengers were hurt.');
  });

  it('goes on past "p.m." into its time zone', () => {
    const text = 'The lava front was 3.1 miles from the road at approximately 4:30 p.m. HST this afternoon. It moved slowly.';
    expect(sentences(text)).toContain('The lava front was 3.1 miles from the road at approximately 4:30 p.m. HST this afternoon.');
  });

  it('cuts a video shot list’s numbered label off the quotation it introduces, as furniture', () => {
    const text =
      'Shot list\n1. Wide shot: the press room\n2. SOUNDBITE (English) – Jane Roe, Director of the Harbour Office: “More than 12 million people faced hunger last year.”\n3. Med shot: journalists';
    const found = analyze([article('a', text)]).sentences;
    expect(found.find((s) => s.text.startsWith('“More than 12 million'))?.furniture).toBe(false);
    expect(found.find((s) => s.text.startsWith('2. SOUNDBITE'))?.text).toBe('2. SOUNDBITE (English) – Jane Roe, Director of the Harbour Office:');
    expect(found.find((s) => s.text.startsWith('2. SOUNDBITE'))?.furniture).toBe(true);
  });

  it('keeps a speaker and "said:" with the quotation in one sentence', () => {
    const text = 'The league settled on Tuesday. League President Jane Roe said: “This is one step towards rebuilding trust.”';
    expect(sentences(text)).toContain('League President Jane Roe said: “This is one step towards rebuilding trust.”');
  });
});

describe('a who-said-it sentence three of whose words an offered outlet’s label repeats', () => {
  it('is given away by the label', async () => {
    const { titleEchoes } = await import('../../../src/core/analysis/generators/whoSaidIt');
    const lang = langPack(undefined);
    const sentence = 'Subpoenas were also issued to the Harbour Authority (HA) and its Office of Audits (OA).';
    const answer = 'Port Committee, press release on subpoenas to the city, HA and OA';
    expect(titleEchoes(sentence, [answer], ['Rep. Jane Roe, newsletter', 'Rep. John Doe, press release on the letter to HA'], lang)).toBe(true);
    expect(titleEchoes(sentence, ['Rep. Jane Roe, newsletter'], [answer, 'Rep. John Doe, press release on the letter to HA'], lang)).toBe(false);
  });
});

describe('numbers that name a train', () => {
  const figures = (text: string) => analyze([article('a', text)]).figures.map((f) => f.text);

  it('reads no count in "train #188" or "the Harbour Line train 188 derailment"', () => {
    expect(figures('Harbour Line passenger train #188 derailed on a curve.')).toEqual([]);
    expect(figures('Families remembered the Harbour Line train 188 derailment.')).toEqual([]);
  });

  it('still counts after "train" as a verb', () => {
    expect(figures('The agency plans to train 500 teachers this year.')).toEqual(['500']);
  });
});

describe('a toll that rose between the days outlets gave it', () => {
  const articles = [
    article('a', 'The ferry capsized on Tuesday night. At least 6 people were killed.', '2030-05-13'),
    article('b', 'The ferry capsized on Tuesday night. It has been confirmed now that seven people have died, including Jo Bloggs of Eastport.', '2030-05-13'),
    article('c', 'The ferry capsized in May. Eight people were killed in the Harbour Line capsizing.', '2030-06-02'),
  ];

  it('holds the count of one day whose names are those of the dead', () => {
    const group = groupsWith(articles, 'seven');
    expect(group).toHaveLength(1);
    expect(group[0]?.members.map((m) => m.text).sort()).toEqual(['At least 6', 'Eight', 'seven']);
  });

  it('is explained by the dates, since a floor explains the two counts of the same day', () => {
    const group = groupsWith(articles, 'seven')[0];
    expect(group?.verdict).toBe('compatible');
    expect(group?.reason).toBe('different-date');
  });
});

describe('round 52’s kinds of text', () => {
  const figures = (text: string) => analyze([article('a', text)]).figures.map((f) => f.text);

  it('cuts a paper’s one-word section label off the sentence it opens, as furniture', () => {
    const found = analyze([article('a', 'Abstract\nResults: We identified 44 patients from 9 states.\nConclusions: The drops caused the outbreak.')]).sentences;
    expect(found.map((s) => s.text)).toContain('We identified 44 patients from 9 states.');
    expect(found.find((s) => s.text === 'Results:')?.furniture).toBe(true);
  });

  it('reads no count in a number that names a vent, a table or an update', () => {
    expect(figures('Lava fountains at fissure 3 were 40 m tall (table 1). The update 2 was issued on Friday.')).toEqual(['40']);
  });

  it('still reads a count after a verb or a bound', () => {
    expect(figures('The death toll climbed past 500.')).toEqual(['500']);
    expect(figures('The home side lost 3, and the visitors took 4.')).toEqual(['3', '4']);
  });
});

describe('a currency’s code or sign set against the sum (round 53)', () => {
  it('reads "Php10 million", "USD10 million" and "PHP 5 million" as money', () => {
    const found = analyze([article('a', 'The embassy gave Php10 million, then USD10 million more, and the city PHP 5 million.')]).figures.map((f) => `${f.text}|${f.currency}`);
    expect(found).toEqual(['Php10 million|PESO', 'USD10 million|USD', 'PHP 5 million|PESO']);
  });
});

describe('round 53’s sentences', () => {
  it('reads a body’s own estimate of its schedule as reporting, not a will of its own', () => {
    expect(kindOf('We estimate notices will continue for approximately 9 weeks.')).toBe('reporting');
    expect(kindOf('We will not rest until the harbour is clean.')).toBe('opinion');
  });

  it('reads aid programmes that make communities "more resilient" and a "search for truth" as no judgement', () => {
    expect(kindOf('The agency works year-round to help communities prepare for and be more resilient to floods.')).toBe('reporting');
    expect(analyze([article('a', 'They backed the families in their search for truth and justice.')]).sentences[0]?.evidence['loaded-words']).toBeUndefined();
  });

  it('reads a participle giving a place its status as no one’s claim', () => {
    expect(kindOf('Previously declared as the UN "safe zone," 812 people were killed in the town in May 1993.')).toBe('reporting');
  });

  it('reads no count in a document symbol’s revision number', () => {
    expect(analyze([article('a', 'The draft A/99/L.12/Rev.1 was adopted by 84 votes.')]).figures.map((f) => f.text)).toEqual(['84']);
  });

  it('cuts a place’s dateline ending in two hyphens off the sentence', () => {
    expect(sentences('Harbour News\nEastport, 24 December 2030--The Harbour Board today launched a plan to help 53,000 people.')).toContain(
      'The Harbour Board today launched a plan to help 53,000 people.',
    );
  });
});

describe('a text wrapped line by line with a name broken over two lines (round 52)', () => {
  const unwrapped = (text: string) => sentences(text).map((t) => t.replace(/\s+/g, ' '));

  it('keeps the sentence whole', () => {
    const text =
      'The hearing opened at ten. Roe asked about the breakdowns at the agency. He also asked about the delays.\nAs chair of the Senate Harbour\nCommittee in 2017, Roe\nconvened the first hearing on\nprotecting young sailors, and\nco-wrote a bill on the matter.';
    expect(unwrapped(text)).toContain(
      'As chair of the Senate Harbour Committee in 2017, Roe convened the first hearing on protecting young sailors, and co-wrote a bill on the matter.',
    );
  });

  it('still reads a heading in sentence case over a paragraph as a heading', () => {
    const text =
      'The bank will pay $90 million.\nRefunds and reimbursements coming from Harbour Bank\nCustomers who fit the descriptions below can expect payments from Harbour Bank.';
    expect(unwrapped(text)).toContain('Customers who fit the descriptions below can expect payments from Harbour Bank.');
  });
});

describe('solidarity professed by a "we" (round 53)', () => {
  // (Session 34: it was taught by its first person; "we honour…" professes no view, and blind audits found such rounds
  // mostly wrong, so it is no round now.)
  it('is no opinion round: neither "stand in solidarity" nor the "we" that honours gives a view away', () => {
    const articles = [
      article('a', 'The assembly met on Monday.\nToday, we honour the memory of the victims and stand in solidarity with the survivors.\nThe meeting closed at noon.'),
      article('b', 'The assembly met on Monday and closed at noon.\nIt adopted the text by 84 votes to 19.'),
    ];
    const rounds = [1, 2, 3, 4, 5, 6]
      .flatMap((seed) => generateFromArticles({ type: 'opinion-or-reporting', count: 4, seed, index: 0 }, articles))
      .filter((r) => r.type === 'opinion-or-reporting' && r.passage.startsWith('Today, we honour'));
    expect(rounds).toEqual([]);
  });
});

describe('a polite order to a named group (round 52)', () => {
  it('reads "Clinicians: Please report any case…" as advice, not reporting', () => {
    const found = analyze([
      article('a', 'The outbreak grew in March.\nClinicians: Please report any case of the infection since January 1, 2030, to your local health department.'),
    ]).sentences;
    expect(found[found.length - 1]?.kind).toBe('opinion');
  });
});

describe('round 54’s texts', () => {
  it('reads a body announcing the release of a report with a quoted title as reporting its own act', () => {
    expect(kindOf('The Harbour Department today announced the release of the 20th annual edition of the “Findings on the Worst Forms of Harbour Labor.”')).toBe('reporting');
    expect(kindOf('The Harbour Department today announced that “the worst forms of labor are in decline.”')).toBe('attributed');
  });

  it('reads "one out of every 10" and "nearly one child in ten" as shares, with their bounds', () => {
    const found = analyze([article('a', 'One out of every 10 children works. Nearly one child in ten works. In all, 31 out of 35 states reported.')]).figures;
    expect(found.map((f) => `${f.text}|${f.kind}|${f.bound}`)).toEqual([
      'One out of every 10|percent|approx',
      'Nearly one child in ten|percent|upper',
      '31|count|exact',
      '35|count|exact',
    ]);
  });

  it('goes on past "Km." into its number', () => {
    expect(
      sentences('Access is difficult, and several routes have been closed (RN14, Km. 40 to 61 highway to Palín, Km. 95 RDESC-6, Km. 101). Crews are clearing them.'),
    ).toContain('Access is difficult, and several routes have been closed (RN14, Km. 40 to 61 highway to Palín, Km. 95 RDESC-6, Km. 101).');
  });

  it('reads a body’s promise to keep the community updated as reporting, and a promise to keep fighting as a view', () => {
    expect(kindOf('We will keep the community updated accordingly.')).toBe('reporting');
    expect(kindOf('We will keep fighting for the families.')).toBe('opinion');
  });
});

describe('round 54’s re-audit', () => {
  it('reads a theme’s title in quotation marks as no one’s words', () => {
    expect(kindOf('This year’s theme is “Universal Social Protection to End Harbour Labor.”')).toBe('reporting');
    expect(kindOf('“We will not rest until the children are free,” the minister said.')).toBe('attributed');
  });

  it('cuts an agency’s photo caption run on after a stop with no space, as furniture', () => {
    const found = analyze([
      article('a', 'Child labour fell in Asia. However, it has risen in Africa.FILE - People hold a banner during a rally in Geneva, March 4, 2030.\nThe report came out in June.'),
    ]).sentences;
    expect(found.map((s) => s.text)).toContain('However, it has risen in Africa.');
    expect(found.find((s) => s.text.startsWith('FILE'))?.furniture).toBe(true);
  });
});

describe('round 55’s texts', () => {
  it('reads "the officials standing with me" as where they stand, and "we are standing with them" as solidarity', () => {
    expect(kindOf('In the aftermath, I asked the officials standing with me to lead an investigation into the blast.')).toBe('reporting');
    expect(kindOf('We are standing with them in this difficult time.')).toBe('opinion');
  });

  it('reads an announcement framed by a modal and a colon as reporting', () => {
    expect(kindOf('Today, I can announce: the maker has agreed to declare that the inflators are defective.')).toBe('reporting');
    expect(kindOf('I will fight for these families.')).toBe('opinion');
  });

  it('keeps a count given "prior to" the filing apart from the count after it', () => {
    const articles = [
      article('a', 'The recall grew in May. Prior to last week’s filing, automakers had recalled a total of 18.5 million vehicles.', '2030-06-02'),
      article('b', 'The recall grew in May. There are now 19 million vehicles under recall.', '2030-10-08'),
    ];
    expect(groupsWith(articles, '19 million').filter((g) => g.members.some((m) => m.text === '18.5 million'))).toEqual([]);
  });
});

describe('people evacuated (round 55)', () => {
  it('are a count of their own, which the figures question names', async () => {
    const { figuresQuestion } = await import('../../../src/core/analysis/explain');
    expect(classOf('The air service has evacuated more than 280 people from the town.', 'more than 280')).toBe('people-evacuated');
    expect(classOf('More than 9,100 people have been displaced by the attack.', 'More than 9,100')).toBe('people-displaced');
    expect(figuresQuestion('people-evacuated', 'people').en).toBe('Several articles give a figure for the number of people evacuated. Do their figures contradict each other?');
  });
});

describe('a count before "U.S." and a word or two before its plural (round 56)', () => {
  it('reads "35 U.S. military aircraft" and "16 U.S. hurricane landfalls" as counts, and "the 737 MAX" still as a name', () => {
    const found = analyze([
      article('a', 'Yesterday, 35 U.S. military aircraft departed. There have been 16 U.S. hurricane landfalls since 2017. The 737 MAX flew again.'),
    ]).figures.map((f) => `${f.text}|${f.unit}`);
    expect(found).toContain('35|aircraft');
    expect(found).toContain('16|landfalls');
    expect(found.some((f) => f.startsWith('737'))).toBe(false);
  });
});

describe('round 56’s texts', () => {
  it('reads "I can also report that…" as an official reporting, and "a Blizzard warning" as a noun', () => {
    expect(kindOf('I can also report that two flights landed at Ramstein today carrying our wounded.')).toBe('reporting');
    expect(kindOf('This talk will cover the forecasts, along with a Blizzard warning with over 24 hours lead time.')).toBe('reporting');
    expect(kindOf('What I can say is that our inquiry of the spill remains active.')).toBe('opinion');
  });

  it('cuts a document quoted after "as follows:" off its lead-in', () => {
    expect(sentences('The members wrote to the office on Monday. Full text of the letter is as follows: We write to request more information about the review.')).toContain(
      'We write to request more information about the review.',
    );
  });
});
