import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { groupsWith, kindOf, sentences } from './probes';
import { article, datedArticle as dated } from './seeds';
import { namesAnOption, whoSaidItRounds } from '../../../src/core/analysis/generators/whoSaidIt';
import { createRng } from '../../../src/core/rng';

/** Invented texts (not from any corpus) for the faults found on rounds 63-67 in the thirtieth session (2026-12-05). */

describe('advice in a travel alert', () => {
  it('reads an order with no verb of its own after its first word as advice, whatever its object', () => {
    expect(kindOf('Monitor U.S. Embassy Lusaka messaging for updates on the outbreak.')).toBe('opinion');
    expect(kindOf('Defer non-essential travel to the two northern districts.')).toBe('opinion');
    expect(kindOf('Find more information about the virus on the ministry website.')).toBe('opinion');
  });

  it('reads an order after the condition it applies to as advice', () => {
    expect(kindOf('If you live in or must travel through these districts, obey the instructions of local health officials.')).toBe('opinion');
  });

  it('leaves a sentence that opens with such a word but has its own verb as reporting', () => {
    expect(kindOf('Review panels examined 40 cases in the two northern districts.')).toBe('reporting');
    expect(kindOf('Find Bank lost $3 million in the quarter to March.')).toBe('reporting');
    expect(kindOf('If the rains continue, the river was expected to flood the two northern districts.')).toBe('reporting');
  });
});

describe('a law’s dotted name in brackets', () => {
  it('does not end the sentence at "(P.L."', () => {
    expect(sentences('The law pays for new cranes and equipment (P.L. 117-169, §60102). The ports agreed.')).toEqual([
      'The law pays for new cranes and equipment (P.L. 117-169, §60102).',
      'The ports agreed.',
    ]);
  });
});

describe('the last two items of a list of counts', () => {
  it('are not summed into a whole that another article’s count of other places then "adds up" to', () => {
    const articles = [
      article('a', 'Some 61 million people need help, including 7.6 million in Zimbabwe, 6.6 million in Zambia, 2.8 million in Madagascar and 1.8 million in Mozambique.'),
      article('b', 'The agency plans to feed over 4.5 million people in Malawi, Zambia and Zimbabwe by March.'),
    ];
    expect(analyze(articles).figures.filter((f) => f.parts)).toEqual([]);
    expect(groupsWith(articles, 'over 4.5 million').filter((g) => g.reason === 'sum-of-parts')).toEqual([]);
  });

  it('still sums two parts named on their own', () => {
    const parts = analyze([article('a', 'Police arrested 14 current members of parliament and 12 former members on Monday.')]).figures.filter((f) => f.parts);
    expect(parts.map((f) => f.value)).toEqual([26]);
  });
});

/** The sentences of a text that the engine cuts as page furniture. */
const furniture = (text: string) =>
  analyze([article('a', text)])
    .sentences.filter((s) => s.furniture)
    .map((s) => s.text);

describe('page furniture of a mirrored encyclopedia page and an embassy alert', () => {
  it('cuts every piece of a reference-list entry and the licence note, but not the story', () => {
    const cut = furniture(
      'The council voted on Monday to back the mission.\n\n- Roe, Jane (2023-10-03). "Council backs harbour mission". Wire News. Retrieved 2023-10-03.\n- "Resolution 99". United Nations. Retrieved 3 October 2023.\n\nThis article is issued from Wikipedia. The text is licensed under Creative Commons - Attribution - Sharealike. Additional terms may apply for the media files.',
    );
    expect(cut).toContain('"Council backs harbour mission".');
    expect(cut).toContain('Wire News.');
    expect(cut).toContain('United Nations.');
    expect(cut).toContain('Additional terms may apply for the media files.');
    expect(cut).not.toContain('The council voted on Monday to back the mission.');
  });

  it('cuts a photo caption that opens with a body’s name and its article and closes on the picture’s date', () => {
    const text =
      'The Security Council adopts, by recorded vote, a resolution creating a support mission in Harbour, October 2, 2023.\n\nThe Security Council on Monday authorized the mission, October 2, 2023 being a Monday.';
    expect(furniture(text)).toEqual(['The Security Council adopts, by recorded vote, a resolution creating a support mission in Harbour, October 2, 2023.']);
  });

  it('cuts a one-word label glued to the sentence after it, and leaves names of that shape alone', () => {
    const text = 'Location: Harbour\n\nEventAs of October 25, the ministry has reported 95 confirmed cases.\n\nLinkedIn said on Monday it would cut 600 jobs.';
    const found = analyze([article('a', text)]).sentences;
    expect(found.find((s) => s.text === 'Event')?.furniture).toBe(true);
    expect(found.map((s) => s.text)).toContain('As of October 25, the ministry has reported 95 confirmed cases.');
    expect(found.map((s) => s.text)).toContain('LinkedIn said on Monday it would cut 600 jobs.');
  });
});

describe('a briefing host announcing the next guest', () => {
  it('reads "we will have by phone…" and "we will hear from…" as the running order, not a view', () => {
    expect(kindOf('And after I’m finished here, we will have by phone the Head of the Harbour Office, who will brief you.')).toBe('reporting');
    expect(kindOf('After the break we will hear from the Emergency Relief Coordinator on the floods.')).toBe('reporting');
  });

  it('still reads an obligation or a choice after "we will have" as a view', () => {
    expect(kindOf('We will have to hear from the families before we decide.')).toBe('opinion');
    expect(kindOf('We will have no choice but to cut the fees.')).toBe('opinion');
  });
});

describe('praise reported with no one named', () => {
  it('credits "in what is being hailed as…" to the unnamed people who hail it', () => {
    expect(kindOf('In what is being hailed as an historic first, the council on Monday authorized a security mission for the harbour.')).toBe('attributed');
  });
});

describe('a who-said-it sentence that names an offered body by its own initials', () => {
  it('is found to name "UN Economic Commission for Africa" by "ECA", beside other outlets', () => {
    const sentence = 'While no ECA staff member was on board, as a family we have lost 11 members.';
    expect(namesAnOption(sentence, ['UN Economic Commission for Africa', 'Valley Daily', 'Hill Gazette'])).toBe(true);
    expect(namesAnOption(sentence, ['UN Harbour Office', 'Valley Daily', 'Hill Gazette'])).toBe(false);
  });
});

describe('a charge of victimhood in the writer’s own words', () => {
  it('reads "are being victimized a second time by our own courts" as a view', () => {
    expect(
      kindOf(
        "Irrespective of his 150-year sentence, many savers who were first victimized by the regulator's failures are now being victimized a second time by our own courts and the trustee.",
      ),
    ).toBe('opinion');
  });
});

describe('a toll told by a name and by its initials, and a floor just under it', () => {
  const articles = [
    dated('a', 'Harbour Wire', '2019-03-10', 'UN chief saddened by plane crash which killed 157, including at least 21 UN workers.'),
    dated('b', 'Valley Daily', '2019-03-11', 'United Nations flags flew at half-mast on Monday to honour the more than 150 people killed in Sunday’s crash.'),
    dated(
      'c',
      'Hill Gazette',
      '2019-03-13',
      'The latest crash happened on Sunday. All 157 people on board died. Last October, another jet crashed into the sea. All 189 people on board died.',
    ),
  ];

  it('joins "more than 150" to the 157 killed, not to another crash’s 189, and calls it a lower bound', () => {
    const [group, ...others] = groupsWith(articles, 'more than 150');
    expect(others).toEqual([]);
    expect(group?.members.map((m) => m.text).sort()).toEqual(['157', '157', 'more than 150']);
    expect(group?.reason).toBe('lower-bounds');
  });
});

describe('a count bounded on two days', () => {
  it('is still read as given on different days when the figure over the floor is itself a bound', () => {
    const articles = [
      dated('a', 'Relief Report 2', '2024-09-16', 'Close to 27 million people are food insecure across the seven countries of the region.'),
      dated('b', 'Relief Report 3', '2024-11-20', 'The crisis remains unabated across the region, with more than 26 million people food insecure.'),
    ];
    expect(groupsWith(articles, 'more than 26 million').map((g) => g.reason)).toEqual(['different-date']);
  });
});

describe('round 65: numbers that count nothing, and a page’s own lines', () => {
  const figures = (text: string) => analyze([article('a', text)]).figures.map((f) => [f.text, f.kind]);

  it('reads 2100 as a year, and an ordinal word as no count', () => {
    expect(figures('The number could grow to 10.4 billion in 2100. This is the twenty-seventh edition of the estimates.')).toEqual([
      ['10.4 billion', 'count'],
      ['2100', 'year'],
    ]);
  });

  it('cuts a line’s number glued to its sentence ("2The…") as the page’s', () => {
    const text = '1A new report says the harbour will grow.\n2The population is estimated to reach 8 billion by November.\n3The report also gave other figures.';
    expect(figures(text).map(([t]) => t)).toEqual(['8 billion']);
  });

  it('cuts a sign-up box, a comment box, a reading time, a dated source credit and a pointer to the remarks below', () => {
    const found = analyze([
      article(
        'a',
        'Valley fire update\n\nThe fire spread across the valley on Monday, and crews worked through the night to hold it back from the town.\n\nBelow are Senator Roe’s remarks, which can also be viewed here:\n\nRead a full copy of the letter here or below:\n\nOpt in to send and receive text messages from President Roe.\n\nComments are closed, but trackbacks and pingbacks are open.\n\n6 min readNov 14, 2022\n\n(OCHA, 11 Sep 2006)',
      ),
    ]).sentences;
    expect(found.filter((s) => !s.furniture).map((s) => s.text)).toEqual([
      'The fire spread across the valley on Monday, and crews worked through the night to hold it back from the town.',
    ]);
  });
});

describe('round 65: a clock time with its zone spelt out, and a repost that keeps its page’s line breaks', () => {
  it('does not end a sentence at "a.m." before "Eastern Time"', () => {
    expect(sentences('At 9 a.m. Eastern Time on June 8, monitors recorded hazardous levels. It cleared at 5 p.m. Pacific is next.')).toEqual([
      'At 9 a.m. Eastern Time on June 8, monitors recorded hazardous levels.',
      'It cleared at 5 p.m.',
      'Pacific is next.',
    ]);
  });

  it('shows a sentence two outlets print in the copy without line breaks in mid-sentence', () => {
    const shared = 'The harbour authorities allowed the dumping of 500 tonnes of the waste at the north quay on 19 August, officials said.';
    const wrapped = shared.replace('harbour authorities', 'harbour\nauthorities').replace('of the waste', 'of\nthe waste');
    const outlet = (id: string, name: string, text: string) => dated(id, name, '2006-09-08', text);
    const articles = [
      outlet('a', 'Harbour Office', `Waste was found at the quay on Monday. ${shared} Tests went on all week.`),
      outlet('b', 'Island Post', `Waste was found at the quay on Monday.\n${wrapped} Tests went on all week.`),
      outlet('c', 'Island Courier', 'Local cafes said they expect fewer visitors this month, and the harbour authorities will shorten quay hours.'),
      outlet('d', 'Coast Weekly', 'Passengers complained that the dumping of waste at the quay made the walk into town smell for days.'),
      outlet('e', 'Quay News', 'Divers found drums this week, and engineers said the harbour authorities would pay for the clean-up.'),
    ];
    for (let seed = 1; seed <= 40; seed++) {
      const rounds = whoSaidItRounds(analyze(articles), articles, 4, createRng(seed), (n) => `r${n}`);
      expect(rounds.filter((r) => r.quote.includes('\n'))).toEqual([]);
    }
  });
});

describe('round 66: a speaker’s running order, a body’s own projections, a wish, a transcript and a list of questions', () => {
  const kinds = (text: string) =>
    analyze([article('a', text)])
      .sentences.filter((s) => !s.furniture)
      .map((s) => [s.text, s.kind]);

  it('reads what the speaker will speak about next as reporting, and a plain will as a view', () => {
    expect(kindOf('I will deliver the following remarks.')).toBe('reporting');
    expect(kindOf('First, I’ll talk about the budget, then about the economy, and then I’ll touch on the debt limit before concluding.')).toBe('reporting');
    expect(kindOf('I will talk to anyone who wants a better deal for the harbour.')).toBe('opinion');
  });

  it('reads a body’s "we project" as its own work reported', () => {
    expect(kindOf('The deficit that we now project is $3 trillion larger than we projected last May, mainly because of new laws.')).toBe('reporting');
  });

  it('reads a wish opening with "May" and the first person as a view, and the month as the month', () => {
    expect(kindOf('May the sorrow that we experience now, at the loss of 49 who were killed at the harbour, move us to turn our pain into purpose.')).toBe('opinion');
    expect(kindOf('May was the wettest month on record, with 49 days of rain in two years.')).toBe('reporting');
  });

  it('credits the words after a transcript’s speaker labels to the speakers', () => {
    const found = kinds(
      'The harbour police released a transcript of the call on Monday, with the caller (JR) and the dispatcher (OD).\n\nJR: In the name of the harbour and all who work on it, I am calling you tonight.\nOD: What?\nJR: I wanna let you know, I’m at the harbour and I set the fire at the north quay an hour ago.\nJR: I am at the north quay and I will not leave it until the morning comes.',
    );
    expect(found).toContainEqual(['I wanna let you know, I’m at the harbour and I set the fire at the north quay an hour ago.', 'attributed']);
    expect(found).toContainEqual(['I am at the north quay and I will not leave it until the morning comes.', 'attributed']);
    expect(found).toContainEqual(['The harbour police released a transcript of the call on Monday, with the caller (JR) and the dispatcher (OD).', 'reporting']);
  });

  it('credits numbered questions, and the sentences after them on their lines, to those who ask them', () => {
    const found = kinds(
      'The senators ask the agency to respond to a number of questions, including:\n\n  1. In its investigation, the agency did not find violations and did not disqualify results.\n\n  2. You could have appealed the lack of a provisional suspension. Why did you choose not to do so?\n\nThe harbour board met on Monday.',
    );
    expect(found).toContainEqual(['Why did you choose not to do so?', 'attributed']);
    expect(found).toContainEqual(['The harbour board met on Monday.', 'reporting']);
  });
});

describe('round 66 re-audit: a hedged identification and a dateline with no dash', () => {
  it('credits "has reportedly been identified as…" to the reports, while damage reportedly done stays a report', () => {
    expect(kindOf('The gunman behind the killing at the harbour has reportedly been identified as Jon Roe, 29, of Port Ellis.')).toBe('attributed');
    expect(kindOf('Many homes have reportedly been damaged by the floods in the north of the harbour.')).toBe('reporting');
  });

  it('cuts "Washington, D.C." off the first sentence of its line, and leaves it in a sentence about the city', () => {
    const found = analyze([
      article(
        'a',
        'Roe on the smoke\n\nWashington, D.C. Senate Majority Leader Jane Roe (D-NY) today spoke on the Senate floor about the smoke.\n\nWashington, D.C. is covered in smoke today.',
      ),
    ]).sentences;
    expect(found.find((s) => s.text === 'Washington, D.C.')?.furniture).toBe(true);
    expect(found.map((s) => s.text)).toContain('Senate Majority Leader Jane Roe (D-NY) today spoke on the Senate floor about the smoke.');
    expect(found.map((s) => s.text)).toContain('Washington, D.C. is covered in smoke today.');
  });
});

describe('round 67: a moderator handing the floor on', () => {
  it('reads "I would now like to offer the floor to…" as the running order, and a promise to give as a view', () => {
    expect(kindOf('I would now like to offer the floor to the Secretary of State, Jane Roe.')).toBe('reporting');
    expect(kindOf('We will give the harbour workers a better deal.')).toBe('opinion');
  });
});
