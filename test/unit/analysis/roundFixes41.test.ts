import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { generateFromArticles } from '../../../src/core/analysis/generators';
import type { Article } from '../../../src/core/article';
import { article } from './seeds';

/** Invented texts (not from any corpus) for the faults the round-41 audit and dev's split sentences showed (2026-12-05). */
const sentences = (text: string) => analyze([article('a', text)]).sentences;
const storyOf = (text: string) =>
  sentences(text)
    .filter((s) => !s.furniture)
    .map((s) => s.text.replace(/\s+/g, ' '));
const figureRounds = (articles: Article[]) =>
  [1, 2, 3]
    .flatMap((seed) => generateFromArticles({ type: 'conflicting-figures', count: 4, seed, index: 0 }, articles))
    .flatMap((r) => (r.type === 'conflicting-figures' ? [r] : []));

const LEAD = 'The river board met on Monday.\nIt gave its first figures after the flood.\n';

describe('a sentence wrapped over a line break', () => {
  it('goes on after a long body line that ends on a comma, into a name', () => {
    expect(storyOf(`${LEAD}A first survey found that 24 ferry piers have been damaged along the Upper Reach,\nLower Reach and Harbour districts, with 4 destroyed.`)).toContain(
      'A first survey found that 24 ferry piers have been damaged along the Upper Reach, Lower Reach and Harbour districts, with 4 destroyed.',
    );
  });

  it('goes on over a word broken at its hyphen', () => {
    expect(storyOf(`${LEAD}Crews worked through the night to clear the life-\nthreatening debris from the bridges.`)).toContain(
      'Crews worked through the night to clear the life- threatening debris from the bridges.',
    );
  });

  it('goes on after a little word into a number', () => {
    expect(storyOf(`${LEAD}Crossings rose from 1,200 a day in\n2028 to 1,500 a day in 2029.`)).toContain('Crossings rose from 1,200 a day in 2028 to 1,500 a day in 2029.');
  });

  it('stops after a letter’s greeting', () => {
    const letter = sentences(`${LEAD}Dear Chair Roe,\nWe write to ask for the flood report.`).map((s) => s.text);
    expect(letter).toContain('We write to ask for the flood report.');
  });
});

describe('a sentence that opens with a number', () => {
  it('starts after a stop that ends a name', () => {
    expect(storyOf(`${LEAD}Two piers collapsed in Eastport and Westhaven. 119 boats are damaged, the board said.`)).toContain('119 boats are damaged, the board said.');
  });

  it('starts after a stop that ends a number, but not after a list item’s own number', () => {
    expect(storyOf(`${LEAD}• Crossings are put at 654 and delays at 16,601. 58 ferries are still out of service.`)).toContain('58 ferries are still out of service.');
    expect(storyOf(`${LEAD}The plan has 12 steps.\n12. 5 crews will run the last one.`)).toContain('12. 5 crews will run the last one.');
  });

  it('does not start after a reference’s short abbreviation', () => {
    expect(storyOf(`${LEAD}The flood line is drawn in Fig. 3 of the board’s report.`)).toContain('The flood line is drawn in Fig. 3 of the board’s report.');
  });
});

describe('a sentence that ends after dotted initials', () => {
  it('ends before a little word that opens the next sentence, whatever stands before the initials', () => {
    const story = storyOf(`${LEAD}The flooded area was nearly three times the size of the contiguous U.S. The water reached its peak on May 28.`);
    expect(story).toContain('The water reached its peak on May 28.');
  });

  it('ends before a one-letter word that opens a sentence ("the U.S. A new study…")', () => {
    expect(storyOf(`${LEAD}The ferries came from the U.S. A new study counts them.`)).toContain('A new study counts them.');
  });

  it('goes on into a name, and into a second initial', () => {
    expect(storyOf(`${LEAD}The report was written by J. A. Roe for the board.`)).toContain('The report was written by J. A. Roe for the board.');
    expect(storyOf(`${LEAD}The U.S. Coast Guard joined the search.`)).toContain('The U.S. Coast Guard joined the search.');
  });
});

describe('a sentence that goes on after a stop', () => {
  it('goes on after a bill’s dotted name with short capitalised parts ("H.Res. 1436")', () => {
    expect(storyOf(`${LEAD}Today, Rep. Jane Roe introduced H.Res. 1436, “Supporting May as River Safety Month.”`)).toContain(
      'Today, Rep. Jane Roe introduced H.Res. 1436, “Supporting May as River Safety Month.”',
    );
  });

  it('goes on over an ellipsis set close to the next word inside a quotation', () => {
    expect(storyOf(`${LEAD}The mayor called it “a hard week for the river towns....Crews are working day and night,” she said.`)).toContain(
      'The mayor called it “a hard week for the river towns....Crews are working day and night,” she said.',
    );
  });
});

describe('a glossary’s term run into its definition', () => {
  it('is a page head, and the definition a sentence of its own', () => {
    const text = `${LEAD}\nThe report uses two terms.\n\nLow water risk—These piers stayed open through the flood.\n\nHigh water risk—These piers closed for a week or more.`;
    const all = sentences(text);
    expect(all.find((s) => s.text === 'Low water risk—')?.furniture).toBeTruthy();
    expect(storyOf(text)).toContain('These piers stayed open through the flood.');
  });

  it('leaves a dash that sets off a lower-case aside alone', () => {
    expect(storyOf(`${LEAD}\nThe ferries—all of them old—stayed in port.`)).toContain('The ferries—all of them old—stayed in port.');
  });
});

describe('alt text that opens with the kind of chart', () => {
  it('is a caption, not a sentence of the story', () => {
    const text = `Ferry crossings rose in 2029\n\nLine chart showing ferry crossings on the river between 2001 and 2029.\n\nFerries made 12,400 crossings in 2029, up 3% from 2028.`;
    expect(storyOf(text)).not.toContain('Line chart showing ferry crossings on the river between 2001 and 2029.');
    expect(storyOf(text)).toContain('Ferries made 12,400 crossings in 2029, up 3% from 2028.');
  });
});

describe('a picture’s alt text and credit', () => {
  it('are captions and credits: "Image of…", "Photo credit: X (www.x.example)."', () => {
    const text = `${LEAD}Image of ferry piers under water at the river mouth.\nPhoto credit: Harbour News (www.HarbourNews.example).\nCrews cleared the river on Monday.`;
    const found = sentences(text);
    expect(found.find((s) => s.text.startsWith('Image of ferry piers'))?.furniture).toBeTruthy();
    expect(found.filter((s) => /Harbour News|Photo credit/.test(s.text)).every((s) => s.furniture)).toBe(true);
    expect(storyOf(text)).toContain('Crews cleared the river on Monday.');
  });

  it('keeps a web address in one piece after its "www."', () => {
    expect(storyOf(`${LEAD}Visit www.HarbourBoard.example for the full list of closed piers.`)).toContain('Visit www.HarbourBoard.example for the full list of closed piers.');
  });
});

describe('a figures round on a noun the people class gathers', () => {
  it('names the noun every figure counts ("households"), not "people"', () => {
    const articles = [
      article('a', 'The survey was published on Tuesday.\nIn 2029, 12.8 percent of households on the coast (17 million) were short of food at some time.', '2030-10-25'),
      article('b', 'The survey came out on Tuesday.\nIn 2029, 12.8 percent (17.0 million) of households on the coast were short of food at some time.', '2030-10-25'),
      article('c', 'Lawmakers met on the survey.\nSome 17 million households on the coast went short of food in 2029, the report said.', '2030-10-26'),
    ];
    const rounds = figureRounds(articles);
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect(r.question.en).toContain('the number of households');
  });
});

describe('who gives a figure its source', () => {
  it('claims no outlet alone does when the sentence before the figure credits a source in its paragraph', () => {
    const articles = [
      article(
        'a',
        'The quake struck the coast on Saturday.\nAccording to early government reports, the quake damaged 119 schools. Some 805 buildings were destroyed.',
        '2030-04-19',
      ),
      article(
        'b',
        'Aid arrived on Monday.\nThe quake damaged 119 schools, according to early government reports, and 805 buildings were destroyed, the reports said.',
        '2030-04-20',
      ),
    ];
    const rounds = figureRounds(articles);
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect(r.explanation.en).not.toMatch(/Only .* says whose figure it is/);
  });
});

describe('one number bounded by one outlet and estimated by another', () => {
  it('makes no round: "more than 300" beside "about 300" is as much a bound as a rounding', () => {
    const articles = [
      article('a', 'Rescuers found two hikers alive on Sunday.\nMore than 300 volunteers from nearby towns joined the search for the missing hikers, police said.'),
      article('b', 'Police said on Sunday that about 300 volunteers had joined the search for the missing hikers in the mountains.'),
    ];
    const groups = analyze(articles).figureGroups.filter((g) => g.members.some((m) => m.text === 'More than 300'));
    expect(groups.map((g) => g.members.map((m) => m.text).sort())).toEqual([['More than 300', 'about 300']]);
    expect(figureRounds(articles)).toEqual([]);
  });
});

describe('who said it, with an edited copy that joins its source’s sentences', () => {
  it('does not offer the source as a wrong option for the joined sentence', () => {
    const joined = 'According to early board reports, 805 piers have been destroyed and two ferry terminals have entirely collapsed in Eastport and Westhaven.';
    const articles = [
      article(
        'a',
        `The storm hit the coast on Saturday.\nAccording to early board reports, the storm damaged 119 ferries. Some 805 piers have been destroyed and 608 damaged. Two ferry terminals have entirely collapsed in Eastport and Westhaven.`,
      ),
      article('b', `Aid began to arrive on Monday.\n${joined}\nCrews are clearing the river.`),
      article('c', 'The harbour board met on Monday about the storm and the piers it destroyed in Eastport.\nFerries will run again next week, the board said.'),
      article('d', 'Ferry crews in Westhaven were clearing the river on Monday after the storm.\nThe terminals and piers will take months to rebuild, officials said.'),
      article('e', 'The storm damaged ferry piers along the coast, the regional paper reported.\nThe board will publish a full count of destroyed piers next week.'),
    ];
    const rounds = [1, 2, 3, 4, 5, 6].flatMap((seed) => generateFromArticles({ type: 'who-said-it', count: 4, seed, index: 0 }, articles));
    const asked = rounds.flatMap((r) => (r.type === 'who-said-it' && r.quote === joined ? [r] : []));
    expect(asked.length).toBeGreaterThan(0);
    for (const r of asked) expect(r.options.filter((o) => !r.answers.includes(o))).not.toContain('a');
  });
});

describe('a link’s own words', () => {
  it('are page debris: "Read more.", "Visit … for more.", "Download chart data…"', () => {
    const text = `${LEAD}Crews cleared the river on Monday.\nRead more.\nVisit River News for more.\nDownload chart data in Excel format.`;
    const found = sentences(text);
    for (const t of ['Read more.', 'Visit River News for more.', 'Download chart data in Excel format.']) expect(found.find((s) => s.text === t)?.furniture, t).toBeTruthy();
    expect(storyOf(text)).toContain('Crews cleared the river on Monday.');
  });
});

describe('one count of dwellings, named as houses or as homes', () => {
  it('is one group', () => {
    const articles = [
      article('a', 'The flood hit the valley on Friday.\nThe relief agency said 14,212 houses were destroyed in the valley.', '2030-03-20'),
      article('b', 'Aid reached the valley on Monday.\nThe flood destroyed more than 14,000 homes in the valley, according to the relief agency.', '2030-03-21'),
    ];
    const groups = analyze(articles).figureGroups.filter((g) => g.members.some((m) => /14,212|14,000/.test(m.text)));
    expect(groups.map((g) => g.members.map((m) => m.text).sort())).toEqual([['14,212', 'more than 14,000']]);
  });
});

describe('a number of times written as one word', () => {
  const figuresOf = (text: string) => analyze([article('a', text)]).figures.map((f) => `${f.text}|${f.unitClass}|${f.bound}|${f.value}`);

  it('is read as times, with its bound: "more than doubled", "nearly twice as likely", "nearly halved", "double the size"', () => {
    expect(figuresOf('The ferry toll more than doubled last year.')).toContain('more than doubled|time|lower|2');
    expect(figuresOf('Night crews were nearly twice as likely to report delays.')).toContain('nearly twice|time|upper|2');
    expect(figuresOf('The backlog was nearly halved by the new crews.')).toContain('nearly halved|time|upper|0.5');
    expect(figuresOf('The new pier is double the size of the old one.')).toContain('double|time|exact|2');
  });

  it('is no figure as a frequency or an idiom: "twice a year", "met twice", "doubled down", "double-digit"', () => {
    for (const text of ['The board meets twice a year.', 'The crews were delayed twice as a result.', 'The board doubled down on the plan.', 'Fares saw double-digit rises.'])
      expect(
        figuresOf(text).filter((f) => f.includes('|time|')),
        text,
      ).toEqual([]);
  });

  it('groups one ratio given in several outlets', () => {
    const articles = [
      article('a', 'The harbour report came out on Tuesday.\nThe share of late ferries more than doubled from 2028 to 2029, the report said.'),
      article('b', 'Councillors met on the report.\nThe share of late ferries in the harbour more than doubled between 2028 and 2029.'),
    ];
    const groups = analyze(articles).figureGroups.filter((g) => g.members.some((m) => m.text === 'more than doubled'));
    expect(groups.map((g) => g.members.map((m) => m.article).sort())).toEqual([['a', 'b']]);
  });
});

describe('a summary box of questions and answers', () => {
  it('sets the questions as heads and keeps every answer a sentence', () => {
    const text = [
      'Ferry Delays on the River, 2029',
      'Weekly / May 3, 2030',
      'What is already known about this topic?',
      'Ferry delays rose in 2028 after the river flooded twice.',
      'What is added by this report?',
      'In 2029, 12% of crossings were late, up from 9% in 2028.',
      'What are the implications for river transport practice?',
      'Crews should check the piers before the spring floods.',
    ].join('\n');
    const found = sentences(text);
    for (const q of ['What is already known about this topic?', 'What is added by this report?', 'What are the implications for river transport practice?'])
      expect(found.find((s) => s.text === q)?.furniture, q).toBeTruthy();
    for (const a of ['Ferry delays rose in 2028 after the river flooded twice.', 'In 2029, 12% of crossings were late, up from 9% in 2028.']) expect(storyOf(text), a).toContain(a);
  });
});

describe('round 43: a release’s dateline far down its page', () => {
  const menu = Array.from({ length: 18 }, (_, i) => `Menu item ${i + 1}`).join('\n');
  it('is split off, with a place of two words or with several places in capitals', () => {
    for (const [dateline, rest] of [
      ['New York, 7 November 2030 -', 'The harbour board welcomed the ruling on the piers.'],
      ['GENEVA/NEW YORK, 20 July 2030–', 'Ferry services reached 4 million more people in 2029.'],
    ]) {
      const found = sentences(`${menu}\n\n${dateline} ${rest}`);
      expect(found.find((s) => s.text === dateline)?.furniture, dateline).toBeTruthy();
      expect(storyOf(`${menu}\n\n${dateline} ${rest}`), dateline).toContain(rest);
    }
  });
});

describe('round 43: own-voice verdicts and signposts', () => {
  it('reads "sends a powerful message" in a statement’s own voice as opinion', () => {
    const s = sentences(`${LEAD}The ruling delivered this Monday sends a powerful message that those who harm the river will be held to account.`).find((x) =>
      x.text.startsWith('The ruling'),
    );
    expect(s?.kind).toBe('opinion');
  });

  it('makes no opinion-or-reporting round of a sentence that only points to what follows', () => {
    const signpost = 'A summary of the ferry counts for 2029 follows.';
    const articles = [
      article(
        'a',
        `The harbour board published its yearly report on Tuesday.\n${signpost}\nFerries made 12,400 crossings in 2029, up 3% from 2028.\nThe board said the rise was welcome.`,
      ),
      article('b', 'The ferry union met on Tuesday. It said crews are tired. Ferries made more crossings in 2029 than ever before.'),
      article('c', 'The council backed the ferry plan on Monday. The mayor said the ferries are a lifeline for the town.'),
    ];
    const rounds = [1, 2, 3, 4, 5, 6].flatMap((seed) => generateFromArticles({ type: 'opinion-or-reporting', count: 4, seed, index: 0 }, articles));
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect(r.type === 'opinion-or-reporting' ? r.passage : '').not.toBe(signpost);
  });
});
