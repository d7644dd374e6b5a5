import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { figuresRounds } from '../../../src/core/analysis/generators/figuresRound';
import { generateFromArticles } from '../../../src/core/analysis/generators';
import { opinionRounds } from '../../../src/core/analysis/generators/opinionRound';
import { namesAnOption, whoSaidItRounds } from '../../../src/core/analysis/generators/whoSaidIt';
import { closesUnopened } from '../../../src/core/analysis/generators/common';
import { createArticle, type Article } from '../../../src/core/article';
import { createRng } from '../../../src/core/rng';
import type { FigureReason } from '../../../src/core/levelSchema';
import type { Figure, FigureGroup } from '../../../src/core/analysis/types';
import { captionDatedAtEnd, headingMayRunIn, itemUnderLeadIn, participleCaption, withoutDateline } from '../../../src/core/analysis/generators/common';
import { langPack } from '../../../src/core/analysis/lang';
import { datedArticle as datedOn } from './seeds';

/** Invented articles (not from any corpus) for the checks a generated round must pass. */
const outlet = (id: string, name: string, text: string): Article => createArticle({ id, outlet: { en: name, es: name }, sourceKind: 'unknown', date: '2023-05-02' }, text);
const idFor = (n: number) => `r${n}`;

/** An article of outlet `name` dated `date`. */

/**
 * The figures rounds made when a's figure of value `va` and b's of `vb` are one group judged as given: the
 * generator's own checks on a grouping the engine might make, whatever the engine makes of these texts.
 */
function roundsOfPair(articles: Article[], reason: FigureReason, verdict: 'compatible' | 'conflicting', va: number, vb: number) {
  const findings = analyze(articles);
  const fa = findings.figures.find((f) => f.article === 'a' && f.value === va);
  const fb = findings.figures.find((f) => f.article === 'b' && f.value === vb);
  expect(fa && fb).toBeDefined();
  const group: FigureGroup = {
    id: 'g1',
    subject: fa!.subject,
    unitClass: fa!.unitClass,
    members: [fa!, fb!],
    articles: ['a', 'b'],
    verdict,
    reason,
    why: '',
    confident: true,
    confidence: 0.95,
    sourced: [],
  };
  return figuresRounds({ ...findings, figureGroups: [group] }, articles, 3, createRng(1), idFor);
}

/**
 * The figures rounds made when the engine's group holding a figure of article a and one of article b (of `value`,
 * if given) carries `reason` with confidence: the generator's own checks, apart from the engine's judgement.
 */
function roundsForcing(articles: Article[], reason: FigureReason, value?: number) {
  const findings = analyze(articles);
  const holds = (id: string) => (g: FigureGroup) => g.members.some((m) => m.article === id && (value === undefined || m.value === value));
  const group = findings.figureGroups.find((g) => holds('a')(g) && holds('b')(g));
  expect(group).toBeDefined();
  return figuresRounds({ ...findings, figureGroups: [{ ...group!, confident: true, verdict: 'compatible', reason, confidence: 0.9 }] }, articles, 3, createRng(1), idFor);
}

const SHARED = 'The river authority closed the old bridge to heavy trucks on Monday, citing cracked piers.';

describe('who-said-it rounds a player can tell apart', () => {
  const articles = [
    outlet('a', 'County Water Board', `${SHARED} Repairs are expected to take three months.`),
    outlet('b', 'County Water Board (via Valley News)', `${SHARED} Repairs are expected to take three months.`),
    outlet('c', 'County Water Board', 'The county water board held its monthly meeting on Monday and approved a new budget for the reservoir and the old bridge.'),
    outlet('d', 'Riverside Post', 'Trucks were turned away from the old bridge on Monday, and drivers said the detour added an hour to their trips.'),
    outlet('e', 'Hill Gazette', 'Inspectors found cracks in the bridge piers this week; the authority said heavy trucks must use the ring road.'),
  ];
  const rounds = whoSaidItRounds(analyze(articles), articles, 4, createRng(3), idFor);
  const round = rounds.find((r) => r.quote === SHARED);

  it('makes the round, and never offers a distractor named like an answer', () => {
    expect(round?.answers.sort()).toEqual(['a', 'b']);
    expect(round?.options).not.toContain('c');
  });

  it('does not say a reprint that credits its source is a copy without credit', () => {
    expect(round?.explanation.en).not.toMatch(/neither names/);
  });
});

describe('who-said-it explanations claim only what the articles share', () => {
  it('calls two different releases that share one paragraph the same passage, not the same report', () => {
    const para = 'Measles spreads through the air when an infected person coughs or sneezes. The virus is highly contagious and can lead to serious complications for babies.';
    const articles = [
      outlet('a', 'Base Hospital', `The state reports 146 cases as of February 28. ${para} Clinics are open on weekends.`),
      outlet('b', 'Base Media Center', `The state reports 259 cases as of March 14, and 34 patients were in hospital. ${para} “Vaccines work,” the head nurse said.`),
      outlet('c', 'Health Agency', 'The agency counted 259 cases in the outbreak by mid-March and urged parents to check their children’s vaccination records.'),
      outlet('d', 'Valley Daily', 'Parents lined up at clinics on Saturday as case numbers climbed across the region.'),
    ];
    const rounds = whoSaidItRounds(analyze(articles), articles, 4, createRng(1), idFor);
    const shared = rounds.filter((r) => r.answers.length === 2);
    expect(shared.length).toBeGreaterThan(0);
    for (const r of shared) {
      expect(r.explanation.en).toMatch(/the same passage/);
      expect(r.explanation.en).not.toMatch(/same report/);
    }
  });
});

describe('opinion-or-reporting passages that show their cue', () => {
  it('does not offer a sentence from the middle of a quotation, whose marks and speaker are elsewhere', () => {
    const articles = [
      outlet(
        'a',
        'Harbour Times',
        '“We will rebuild the pier before the summer season. The fishing fleet depends on it, and so does every cafe on the front,” the mayor said on Tuesday. ' +
          'The council approved 2 million pounds for the work. Engineers from the port authority inspected the pier on Monday. ' +
          'Frankly, the delay so far has been a disgrace to this town. The pier has stood since 1898.',
      ),
    ];
    const rounds = opinionRounds(analyze(articles), articles, 4, createRng(1), idFor);
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) {
      const opens = (r.passage.match(/“/g) ?? []).length;
      const closes = (r.passage.match(/”/g) ?? []).length;
      expect([r.passage, opens]).toEqual([r.passage, closes]);
    }
  });
});

describe('opinion-or-reporting rounds with one right cue', () => {
  // Each passage shows two cues or more: a round on it must not offer the other as a wrong answer. (The
  // first closes its quotation with a straight mark, as pasted text often does: the quotation and its
  // "said" are both in plain view, whatever the classifier made of the marks.)
  const articles = [
    outlet(
      'a',
      'Harbour Times',
      'The harbour board met on Monday to discuss the pier. ' +
        '“Keeping the harbour open remains one of the most basic duties we have," said the deputy mayor. ' +
        '“This whopping repair bill may ruin the town,” said the harbour master. ' +
        '“The council will spend 4 million pounds on the new sea wall before the winter storms arrive,” the harbour master told reporters on Tuesday. ' +
        'According to the port authority, the old pier could probably stand for another decade. ' +
        'The council approved 2 million pounds for the work on Monday. ' +
        'Frankly, I think the delay so far has been a disgrace to this town and its 3,000 fishermen. ' +
        'Engineers from the port authority inspected the pier on Monday and found cracks in 12 of its piles.',
    ),
  ];
  const findings = analyze(articles);

  it('never offers a wrong cue that the passage also shows', () => {
    let rounds = 0;
    for (let seed = 1; seed <= 30; seed++) {
      for (const r of opinionRounds(findings, articles, 6, createRng(seed), idFor)) {
        rounds++;
        const wrong = r.cueOptions.filter((c) => c !== r.cue);
        const shown: string[] = [];
        if (/[“”"]/.test(r.passage)) shown.push('quotation-marks');
        if (/\b(?:said|told|according to)\b/i.test(r.passage)) shown.push('attribution-verb');
        if (/\d|\b(?:Monday|Tuesday)\b/.test(r.passage)) shown.push('checkable-detail');
        if (/\b(?:probably|may)\b/.test(r.passage)) shown.push('speculation');
        if (/\b(?:whopping|disgrace)\b/.test(r.passage)) shown.push('loaded-words');
        if (/(?:^|[”.,] )I\b/.test(r.passage)) shown.push('first-person');
        expect([r.passage, wrong.filter((c) => shown.includes(c))]).toEqual([r.passage, []]);
      }
    }
    expect(rounds).toBeGreaterThan(0);
  });
});

describe('figures rounds that mark the right number', () => {
  it('does not quote a sentence where the figure first appears inside another number', () => {
    // Article a's "1.6 percent" is its fuel sales; the round would mark the "1.6 percent" inside "11.6 percent" first.
    const articles = [
      outlet(
        'a',
        'Harbour Times',
        'Passenger traffic through the harbour fell 11.6 percent last year. In the first quarter, freight through the harbour fell 11.6 percent from a year earlier, and fuel sales fell 1.6 percent, the port authority said on Monday.',
      ),
      outlet('b', 'Coast Post', 'Fuel sales at the harbour fell 1.6% in the first quarter, according to the port authority.'),
      outlet('c', 'Bay News', 'The port authority said fuel sales at the harbour were down 1.6 percent in the first quarter.'),
    ];
    const rounds = figuresRounds(analyze(articles), articles, 3, createRng(1), idFor);
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds)
      for (const f of r.figures) {
        // What the round marks: the first place the figure's text occurs in its quote.
        const at = f.quote.indexOf(f.figure);
        expect([f.quote, f.figure, f.quote.slice(Math.max(0, at - 1), at)]).not.toEqual([f.quote, f.figure, expect.stringMatching(/[\d.,]/)]);
      }
  });
});

describe('page furniture never becomes a round', () => {
  const page = [
    'NEWS | May 2, 2030',
    '',
    'N.Dak. harbour crews rescue a dozen fishermen during the first storm of spring',
    '',
    'By Jane Roe, Harbour Times',
    '',
    'HARBOUR CITY—The harbour authority closed the old pier to heavy trucks on Monday after inspectors found cracked piles.',
    '',
    'Repairs will cost 2 million pounds and take three months, the authority said in a statement on Tuesday.',
    '',
    'Expenditure category 12-month percent change, Jun. 2029–Jun.',
    'All items 9.1',
    'Food 10.4',
    'Energy 41.6',
    '',
    'Fuel prices at the harbour rose 41.6 percent over the year, the authority said, the steepest rise since 1990.',
  ].join('\n');
  const sentences = analyze([outlet('a', 'Harbour Times', page)]).sentences;
  const story = sentences.filter((s) => !s.furniture).map((s) => s.text);

  it('reads a headline, a dateline run into the first sentence and a flattened table as furniture', () => {
    expect(story).toEqual([
      'The harbour authority closed the old pier to heavy trucks on Monday after inspectors found cracked piles.',
      'Repairs will cost 2 million pounds and take three months, the authority said in a statement on Tuesday.',
      'Fuel prices at the harbour rose 41.6 percent over the year, the authority said, the steepest rise since 1990.',
    ]);
  });
});

describe('round 22: rounds on the writer’s words only, with one right cue', () => {
  const opinions = (articles: Article[], seeds = 20) => {
    const findings = analyze(articles);
    const out = new Map<string, ReturnType<typeof opinionRounds>[number]>();
    for (let seed = 1; seed <= seeds; seed++) for (const r of opinionRounds(findings, articles, 6, createRng(seed), idFor)) out.set(`${r.passage}|${r.cueOptions.join()}`, r);
    return [...out.values()];
  };

  it('does not offer "a verb that says who said it" as a wrong cue beside a speech tag with an unlisted verb', () => {
    const rounds = opinions([
      outlet(
        'a',
        'Harbour Times',
        '“We have come a long way since the storm, and the town is stronger for it,” the harbour master began. The council approved 2 million pounds for the pier on Monday. Frankly, the delay so far has been a disgrace to this town.',
      ),
    ]);
    const tagged = rounds.filter((r) => r.passage.includes('began'));
    expect(tagged.length).toBeGreaterThan(0);
    for (const r of tagged) expect(r.cue === 'attribution-verb' || !r.cueOptions.includes('attribution-verb')).toBe(true);
  });

  it('makes no round of a site’s note about the page, or of what a wire adds under a release’s end mark', () => {
    const release = [
      'The harbour board approved 2 million pounds for the pier on Monday, the board said in a statement.',
      'Frankly, the delay so far has been a disgrace to this town.',
      '“We will rebuild the pier before the summer,” the chair said.',
      '',
      'Have a concern or an opinion about this story? Click below to share your thoughts.',
      '',
      '###',
      '',
      'We do not allow anonymous clients, and our editors try hard to weed out false and misleading releases.',
    ].join('\n');
    const articles = [outlet('a', 'Harbour Board (via Wire Service)', release)];
    for (const r of opinions(articles)) {
      expect(r.passage).not.toMatch(/this story|anonymous clients/);
    }
    const chart = 'The data in this chart is described in the surrounding text of the harbour board’s yearly report.';
    const three = [
      outlet('a', 'Harbour Board', `${chart} The board approved 2 million pounds for the old pier on Monday after inspectors found cracked piles.`),
      outlet('b', 'Coast Post', 'The harbour board approved money for the old pier on Monday; inspectors had found cracked piles in the spring.'),
      outlet('c', 'Bay News', 'Inspectors found cracked piles under the old pier, and the board approved repairs to the pier on Monday.'),
    ];
    for (let seed = 1; seed <= 10; seed++) for (const r of whoSaidItRounds(analyze(three), three, 4, createRng(seed), idFor)) expect(r.quote).not.toBe(chart);
  });

  it('does not take a question that opens its line (a heading) for a rhetorical question', () => {
    const rounds = opinions([
      outlet(
        'a',
        'Schools Office',
        'How Did Pupils Score on the Reading Test This Year?\nThe average score for nine-year-olds fell 5 points in 2030, the office said. Frankly, the drop is a disgrace to the county.',
      ),
    ]);
    for (const r of rounds) expect(r.passage).not.toMatch(/^How Did Pupils/);
  });

  it('does not call a body’s account of what it does in the first person an opinion, but keeps a first-person stance', () => {
    const rounds = opinions([
      outlet(
        'a',
        'Harbour Board',
        'We do not allow heavy trucks on the old pier, and our inspectors check its piles every month. We believe the council must rebuild the pier before the winter. It seems to me the harbour has waited long enough. I wonder how many more winters the old pier can stand. The board approved 2 million pounds for the work on Monday.',
      ),
    ]);
    const passages = rounds.map((r) => r.passage);
    expect(passages).not.toContain('We do not allow heavy trucks on the old pier, and our inspectors check its piles every month.');
    expect(rounds.some((r) => r.answer === 'opinion' && r.passage.startsWith('We believe'))).toBe(true);
    expect(rounds.some((r) => r.answer === 'opinion' && r.passage.startsWith('It seems to me'))).toBe(true);
    expect(rounds.some((r) => r.answer === 'opinion' && r.passage.startsWith('I wonder'))).toBe(true);
  });

  it('does not call a body’s own announcement in its own release attributed', () => {
    const rounds = opinions([
      outlet(
        'a',
        'Harbour Safety Board (via Coast Post)',
        'The U.S. Harbour Safety Board (“HSB”) announced an Order today against Northern Shipping Co. and Northern Ports Ltd. (together “Northern”), bringing and settling charges of dumping ballast water in the bay. The company will pay 2 million pounds. “This order shows we will act,” said Jane Roe, the Board’s director.',
      ),
    ]);
    for (const r of rounds) expect([r.passage, r.answer]).not.toEqual([expect.stringMatching(/^The U\.S\. Harbour Safety Board/), 'attributed']);
  });

  it('names a real figure, not "both", as the checkable detail', () => {
    const rounds = opinions([
      outlet(
        'a',
        'Schools Office',
        'In both subjects, scores for lower-performing pupils fell more than scores for higher-performing pupils in 2030. Frankly, the drop is a disgrace.',
      ),
    ]);
    const both = rounds.filter((r) => r.passage.startsWith('In both'));
    expect(both.length).toBeGreaterThan(0);
    for (const r of both) expect(r.explanation.en).not.toMatch(/"both"/);
  });

  it('does not say that one body’s two pages copy each other without credit', () => {
    const shared = 'In 2030, the schools office tested nine-year-olds in reading and mathematics to see how far the storm closures set them back.';
    const articles = [
      outlet('a', 'Schools Office (Fast Facts)', `${shared} Scores fell in both subjects.`),
      outlet('b', 'Schools Office (Highlights Report)', `${shared} The average reading score fell 5 points.`),
      outlet('c', 'Valley Daily', 'Reading scores of nine-year-olds fell after the storm closures, the schools office said on Monday.'),
      outlet('d', 'Hill Gazette', 'Parents said the closures set their children back in mathematics and reading alike.'),
    ];
    let seen = 0;
    for (let seed = 1; seed <= 10; seed++)
      for (const r of whoSaidItRounds(analyze(articles), articles, 4, createRng(seed), idFor))
        if (r.quote === shared) {
          seen++;
          expect(r.explanation.en).not.toMatch(/neither names/);
        }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('rounds23b: reporting rounds only on what a reader can check', () => {
  const reporting = (articles: Article[]) => {
    const findings = analyze(articles);
    const out: ReturnType<typeof opinionRounds> = [];
    for (let seed = 1; seed <= 20; seed++) out.push(...opinionRounds(findings, articles, 6, createRng(seed), idFor).filter((r) => r.answer === 'reporting'));
    return out;
  };

  it('teaches no vague quantity ("dozens") as a checkable detail', () => {
    const rounds = reporting([
      outlet(
        'a',
        'Valley Daily',
        'The ruling opens the door to closer work between the ports, which trade with dozens of countries. The harbour closed on 4 May 2031 for repairs.',
      ),
    ]);
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect(r.explanation.en).not.toMatch(/"dozens"/);
  });

  it('makes no reporting round of what someone hopes or fears', () => {
    const rounds = reporting([
      outlet('a', 'Valley Daily', 'The council hopes for significant progress in the harbour talks by Friday. The harbour closed on 4 May 2031 for repairs.'),
    ]);
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect(r.passage).not.toMatch(/hopes/);
  });

  it('makes no reporting round of a line whose speaker the next line names after a colon', () => {
    const rounds = reporting([
      outlet(
        'a',
        'Valley Daily',
        'Of the 40 people hurt, 31 have gone home from the clinics. The numbers will be updated around noon: Health Minister Ana Ruiz.\nThe harbour closed on 4 May 2031 for repairs after the storm.',
      ),
    ]);
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect(r.passage).not.toMatch(/^Of the 40/);
  });
});

describe('rounds23b: reporting rounds only where the outlet surely speaks', () => {
  const reporting = (articles: Article[]) => {
    const findings = analyze(articles);
    const out: ReturnType<typeof opinionRounds> = [];
    for (let seed = 1; seed <= 20; seed++) out.push(...opinionRounds(findings, articles, 6, createRng(seed), idFor).filter((r) => r.answer === 'reporting'));
    return out;
  };
  const closed = 'The harbour closed on 4 May 2031 for repairs after the storm.';

  it('makes no reporting round of a figure line right after indirect speech in its paragraph', () => {
    const rounds = reporting([
      outlet('a', 'Valley Daily', `The mayor gave new figures. A total of 40 people died and 12 were badly hurt, she said. Another 30 needed first aid at the scene.\n${closed}`),
    ]);
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect(r.passage).not.toMatch(/^Another 30/);
  });

  it('makes no reporting round of a figure a body sets ("put the number at", "revised the toll to")', () => {
    const rounds = reporting([outlet('a', 'Valley Daily', `The county on Monday revised the storm’s death toll to 40 from 52, and put the number of injured at 310.\n${closed}`)]);
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect(r.passage).not.toMatch(/revised/);
  });

  it('teaches no "several months" as a checkable detail', () => {
    const rounds = reporting([
      outlet('a', 'Valley Daily', `The agency this week declared the outbreak an emergency, a step that comes after several months of spread along the coast.\n${closed}`),
    ]);
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect(r.explanation.en).not.toMatch(/"several months"/);
  });
});

describe('rounds23b: a figures round says whose figure it is only when the others do not', () => {
  it('does not call a figure unsourced when its sentence says who gave it ("the harbour master also said that…")', () => {
    const articles = [
      outlet('a', 'Coast Post', 'Of the 64 boats checked, 12 were found damaged, according to the harbour master.'),
      outlet('b', 'Bay News', 'The harbour master also said that of the sixty-four boats checked, twelve were found damaged.'),
      outlet('c', 'Hill Gazette', 'The harbour board meets again in the autumn to set new fees for the cargo quays.'),
    ];
    const rounds = roundsForcing(articles, 'same-fact-different-form', 64);
    expect(rounds).toHaveLength(1);
    expect(rounds[0]?.bestSupported).toBeUndefined();
    expect(rounds[0]?.explanation.en).not.toMatch(/Only/);
  });
});

describe('round 22: figures rounds that name their quantity', () => {
  it('asks for "the number of deaths", not "the death toll", of deaths a rule would prevent', () => {
    const articles = [
      outlet('a', 'Health Agency', 'The agency said the new rule would prevent thousands of deaths from bad air in the valley each year.'),
      outlet('b', 'Coast Post', 'Officials expect the rule to prevent thousands of deaths, the agency said on Monday.'),
      outlet('c', 'Bay News', 'The rule, which takes effect next spring, limits soot from the valley’s power plants.'),
    ];
    const rounds = figuresRounds(analyze(articles), articles, 3, createRng(1), idFor);
    for (const r of rounds) expect(r.question.en).not.toMatch(/death toll/);
  });

  it('marks neither "Hundreds" nor "trillions of dollars" of "hundreds of trillions of dollars"', () => {
    const articles = [
      outlet(
        'a',
        'Markets Office',
        'Hundreds of trillions of dollars in mortgages, student loans and derivatives worldwide are tied to the benchmark, which serves as the premier benchmark for short-term rates.',
      ),
      outlet(
        'b',
        'Coast Regulator',
        'These benchmarks are the basis for hundreds of trillions of dollars of swaps transactions, commercial and consumer loans, and futures contracts traded around the world.',
      ),
      outlet('c', 'Bay News', 'The benchmark is set each morning from the rates that banks say they would pay.'),
    ];
    const rounds = figuresRounds(analyze(articles), articles, 3, createRng(1), idFor);
    for (const r of rounds) for (const f of r.figures) expect(f.figure.toLowerCase()).not.toMatch(/^(?:hundreds|trillions of dollars)$/);
  });
});

describe('rounds23: a reason that explains a difference shows one', () => {
  it('makes no "counted at different times" round of two figures that are the same number', () => {
    const articles = [
      outlet('a', 'Harbour Statistics Office', 'Cargo through the harbour fell 2.4 percent in the spring, the statistics office said in its first estimate.'),
      outlet('b', 'Coast Post', 'The office reported on Tuesday that harbour cargo fell 2.4% in the spring, the second fall in a row.'),
      outlet('c', 'Bay News', 'The harbour board meets again in the autumn to set new fees for the cargo quays.'),
    ];
    const sameFact = roundsForcing(articles, 'same-fact-different-form');
    expect(sameFact).toHaveLength(1);
    // (Articles of different days, so that only the figures' sameness stops the round.)
    const dated = roundsForcing(
      articles.map((a) => (a.id === 'b' ? createArticle({ id: 'b', outlet: a.outlet, sourceKind: 'unknown', date: '2023-05-09' }, a.text) : a)),
      'different-date',
    );
    expect(dated).toEqual([]);
  });
});

describe('rounds23: a reprint that adds to a sentence is the same sentence', () => {
  it('does not set a figure beside its own reprint with a list added', () => {
    const articles = [
      outlet('a', 'Fisheries Agency', 'As of June 4, a total of 52 boats with the damaged nets have been reported from 9 ports (see chart). Checks go on.'),
      outlet(
        'b',
        'Fisheries Agency (via Coast Post)',
        'As of June 4, a total of 52 boats with the damaged nets have been reported from 9 ports, Alder (3), Birch (12), Cedar (4), Dale (6), Elm (2), Fir (9), Gale (5), Holt (7) and Ivy (4). Checks go on.',
      ),
      outlet('c', 'Bay News', 'The agency said nets were found damaged in 9 ports along the coast this spring.'),
    ];
    const rounds = roundsForcing(articles, 'same-fact-different-form', 9);
    for (const r of rounds) expect(r.figures.map((f) => f.article).sort()).not.toEqual(['a', 'b']);
  });
});

describe('rounds23: a heading that may be run into a sentence on a page that lost its line breaks', () => {
  const lang = langPack(undefined);
  const runIn = (text: string, opening: string) => {
    const a = outlet('a', 'Harbour Office', text);
    const findings = analyze([a]);
    const s = findings.sentences.find((x) => x.text.startsWith(opening));
    expect(s).toBeDefined();
    return headingMayRunIn(findings, a, s!.sentenceId, lang);
  };
  const page =
    'The full text below is taken from the file above.\nHarbour Traffic, Spring 2031 (First Count) March 3, 2031 This note explains how the harbour office counts ships. Sources and Methods for the First Spring Count The first count uses the port log. Cargo Factors and Spring-Season 2031 Outlook Real shipping volume fell 3 percent in the spring. Most counts come from the port log.';

  it('keeps a round off a sentence that opens with a long run of capitals on such a line', () => {
    expect(runIn(page, 'Cargo Factors')).toBe(true);
    expect(runIn(page, 'Most counts')).toBe(false);
    expect(runIn(`${page} Harbour Office Deputy Director Jane Roe Smith said the count was late.`, 'Harbour Office Deputy')).toBe(false);
  });

  it('leaves a long name opening a sentence alone on a page with its line breaks', () => {
    expect(runIn('Harbour Office Deputy Director Jane Roe Smith said the port would reopen.\nShips waited outside the harbour all week.', 'Harbour Office Deputy')).toBe(false);
  });
});

describe('the figures gate: a reason the shown figures and their dates do not bear out is not taught', () => {
  const dated = datedOn;
  const storm = (dateA: string, dateB: string, a: string, b: string) => [
    dated('a', 'Relief Office', dateA, `${a} The office said roads to the valley were still closed.`),
    dated('b', 'Valley Radio', dateB, `${b} Schools in the valley stay shut this week.`),
    dated('c', 'Bay News', dateB, 'The storm moved out to sea on Friday night.'),
  ];

  it('does not teach "counted at different times" for figures from articles of the same day, and does for different days', () => {
    const a = 'At least 225 people have died in the storm, the relief office said.';
    const b = 'The storm has killed more than 200 people, the governor said.';
    expect(roundsForcing(storm('2031-03-16', '2031-03-16', a, b), 'different-date')).toEqual([]);
    expect(roundsForcing(storm('2031-03-16', '2031-03-20', a, b), 'different-date')).toHaveLength(1);
  });

  it('teaches "rounded" only when one figure is the other rounded to its last digit', () => {
    const close = storm(
      '2031-03-16',
      '2031-03-16',
      'At least 225 people have died in the storm, the relief office said.',
      'The storm has killed more than 200 people, the governor said.',
    );
    expect(roundsForcing(close, 'rounding')).toHaveLength(1);
    const apart = storm(
      '2031-03-16',
      '2031-03-16',
      'About 186,000 people have been affected by the storm, the relief office said.',
      'The storm has affected at least 135,000 people, the governor said.',
    );
    expect(roundsForcing(apart, 'rounding')).toEqual([]);
  });

  it('does not teach "different sources" for different figures given on different days', () => {
    const a = 'The number of people displaced grew to 659,278, according to the relief office.';
    const b = 'At least 490,098 people are displaced, according to the governor.';
    expect(roundsForcing(storm('2031-03-31', '2031-03-20', a, b), 'different-source')).toEqual([]);
    expect(roundsForcing(storm('2031-03-20', '2031-03-20', a, b), 'different-source')).toHaveLength(1);
  });
});

describe('figsr24: a figures round teaches only the reason its texts show', () => {
  const dated = datedOn;
  /** The rounds made when the group holding a figure of a (of `value`, if given) and one of b carries `reason` (and `verdict`) with confidence. */
  const forcing = (articles: Article[], reason: FigureReason, verdict: 'compatible' | 'conflicting' = 'compatible', value?: number) => {
    const findings = analyze(articles);
    const holds = (id: string, v?: number) => (g: FigureGroup) => g.members.some((m) => m.article === id && (v === undefined || m.value === v));
    const group = findings.figureGroups.find((g) => holds('a', value)(g) && holds('b')(g));
    expect(group).toBeDefined();
    return figuresRounds({ ...findings, figureGroups: [{ ...group!, confident: true, verdict, reason, confidence: 0.95 }] }, articles, 3, createRng(1), idFor);
  };

  it('teaches no contradiction between figures from articles of different days', () => {
    const vote = (dateB: string) => [
      dated('a', 'Island Herald', '2031-04-06', 'With 91.2% of ballots counted in the island referendum, the yes side had 58 percent, the electoral board said.'),
      dated('b', 'Harbour Wire', dateB, 'With 98.7% of ballots counted in the island referendum, the yes side had 57.6 percent, the electoral board said.'),
      dated('c', 'Bay News', dateB, 'Turnout in the island referendum was the highest in twenty years.'),
    ];
    expect(forcing(vote('2031-04-07'), 'genuine-conflict', 'conflicting', 91.2)).toEqual([]);
    expect(forcing(vote('2031-04-06'), 'genuine-conflict', 'conflicting', 91.2)).toHaveLength(1);
  });
  const day = (text: string) => dated('c', 'Bay News', '2031-04-06', text);
  const grouped = roundsOfPair;

  it('does not set one quotation printed by two outlets beside itself', () => {
    const said = 'the number of people in the shelters is 412 and we expect more tonight.';
    const articles = [
      dated('a', 'Island Herald', '2031-04-06', `Speaking to reporters, the mayor said, "The fire service told us that ${said}`),
      dated('b', 'Harbour Wire', '2031-04-06', `“The fire service told us that ${said}`),
      day('Shelters opened in three schools on the island as the storm came ashore.'),
    ];
    expect(forcing(articles, 'same-fact-different-form')).toEqual([]);
  });

  it('does not set a speaker’s own sentence beside an outlet quoting it', () => {
    const articles = [
      dated('a', 'Island Council', '2031-04-06', 'Put simply, the storm left one third of island homes without power for a week.'),
      dated('b', 'Harbour Wire', '2031-04-06', 'The mayor said that, "put simply, the storm left one third of island homes without power for a week.'),
      day('Power came back to the harbour on Sunday.'),
    ];
    expect(forcing(articles, 'same-fact-different-form')).toEqual([]);
  });

  it('does not mark one part of a length of time written in two parts', () => {
    const articles = [
      dated('a', 'Island Herald', '2031-04-06', 'The ferry now takes 3 hours and 40 minutes to reach the outer island.'),
      dated('b', 'Harbour Wire', '2031-04-06', 'The crossing to the outer island lasts 3 hours and 40 minutes on the new ferry.'),
      day('The old ferry was retired in the spring.'),
    ];
    // (The reading takes "3 hours and 40 minutes" as one length, 220 minutes.)
    for (const r of forcing(articles, 'same-fact-different-form', 'compatible', 220)) expect(r.figures.map((f) => f.figure)).not.toContain('3 hours');
  });

  it('quotes no sentence with footnote marks run into it', () => {
    const articles = [
      dated('a', 'Island Herald', '2031-04-06', 'The storm damaged 412 homes[3] on the island, the council said. Roads were closed.'),
      dated('b', 'Harbour Wire', '2031-04-06', 'The storm damaged 412 homes on the island, according to the council. Schools were shut.'),
      day('Ferries stopped for two days.'),
    ];
    expect(grouped(articles, 'same-fact-different-form', 'compatible', 412, 412)).toEqual([]);
  });

  it('quotes no sentence with a label run into it across a lost line break', () => {
    const articles = [
      dated('a', 'Island Herald', '2031-04-06', 'storm map islandThe storm damaged 412 homes on the island, the council said. Roads were closed.'),
      dated('b', 'Harbour Wire', '2031-04-06', 'The storm damaged 412 homes on the island, according to the council. Schools were shut.'),
      day('Ferries stopped for two days.'),
    ];
    expect(grouped(articles, 'same-fact-different-form', 'compatible', 412, 412)).toEqual([]);
  });

  it('drops the dash that opens a list item from the quote', () => {
    const articles = [
      dated('a', 'Island Herald', '2031-04-06', '- The storm damaged 12 homes on the island, the council said.\n- Ferries stopped for two days.'),
      dated('b', 'Harbour Wire', '2031-04-06', 'Council inspectors counted twelve damaged homes across the island on Monday. Schools were shut.'),
      day('Roads were closed.'),
    ];
    const rounds = grouped(articles, 'same-fact-different-form', 'compatible', 12, 12);
    expect(rounds).toHaveLength(1);
    expect(rounds[0]?.figures.find((f) => f.article === 'a')?.quote).toBe('The storm damaged 12 homes on the island, the council said.');
  });

  it('teaches no lower bound from "over" before a length of time, which may say how long', () => {
    const articles = [
      dated('a', 'Island Herald', '2031-04-06', 'The council will spend $40 million over four years on the sea wall.'),
      dated('b', 'Harbour Wire', '2031-04-06', 'The sea wall plan is a four-year, $40 million programme, the council said.'),
      day('Work on the sea wall starts in the summer.'),
    ];
    expect(forcing(articles, 'lower-bounds', 'compatible', 2102400)).toEqual([]);
  });

  it('does not set an increment ("another 12") beside a count of another value', () => {
    const articles = [
      dated('a', 'Island Herald', '2031-04-06', 'Another 12 people were taken to hospital with burns on Tuesday, the health board said.'),
      dated('b', 'Harbour Wire', '2031-04-07', 'A total of 40 people have been taken to hospital with burns since the fire, the health board said.'),
      day('The fire at the harbour warehouse was put out on Monday night.'),
    ];
    const rounds = forcing(articles, 'different-date', 'compatible', 12);
    for (const r of rounds) expect(r.figures.map((f) => f.figure)).not.toContain('12');
  });

  it('quotes no figure whose marked words run on to "another"', () => {
    const articles = [
      dated('a', 'Island Herald', '2031-04-06', 'It is sad that 41 homes have been lost and another 300-odd have been damaged in the storm on the island.'),
      dated('b', 'Harbour Wire', '2031-04-09', 'The council said on Friday that the storm destroyed 45 homes on the island.'),
      day('Ferries stopped for two days.'),
    ];
    const findings = analyze(articles);
    // The engine no longer reads such a sum (figures41.test.ts); the round must still refuse one if a reading slips.
    const fa = findings.figures.find((f) => f.article === 'a' && f.value === 41);
    const fb = findings.figures.find((f) => f.article === 'b' && f.value === 45);
    expect(fa && fb).toBeDefined();
    const text = '41 homes have been lost and another';
    const runOn: Figure = { ...fa!, text, end: fa!.start + text.length, value: 42, low: 42, high: 42, parts: [41] };
    const group: FigureGroup = {
      id: 'g1',
      subject: fb!.subject,
      unitClass: fb!.unitClass,
      members: [runOn!, fb!],
      articles: ['a', 'b'],
      verdict: 'compatible',
      reason: 'different-date',
      why: '',
      confident: true,
      confidence: 0.95,
      sourced: [],
    };
    expect(figuresRounds({ ...findings, figureGroups: [group] }, articles, 3, createRng(1), idFor)).toEqual([]);
  });

  it('does not set one side of a tally beside a figure of another value', () => {
    const articles = [
      dated('a', 'Island Herald', '2031-04-06', 'The island council approved the harbour budget by a vote of 14-3 on Tuesday.'),
      dated('b', 'Harbour Wire', '2031-04-06', 'Only 5 council members voted against the harbour budget on Tuesday, the clerk said.'),
      day('The harbour budget pays for two new cranes.'),
    ];
    const rounds = grouped(articles, 'genuine-conflict', 'conflicting', 3, 5);
    for (const r of rounds) expect(r.figures.map((f) => f.figure)).not.toContain('3');
  });

  it('teaches "vague and precise" only when the precise figures agree', () => {
    const articles = [
      dated('a', 'Island Herald', '2031-04-06', 'The clinics have treated 50 million patients since they opened, the health minister said.'),
      dated('b', 'Harbour Wire', '2031-04-06', 'More than 44 million patients have been treated at the clinics since they opened.'),
      day('The clinics have treated millions of patients, the board said.'),
    ];
    expect(grouped(articles, 'vague-vs-precise', 'compatible', 50000000, 44000000)).toEqual([]);
  });

  it('does not call a floor beside a plain figure "the same fact written differently"', () => {
    const articles = [
      dated('a', 'Island Herald', '2031-04-06', 'The insurer will pay $1.3+ billion to households hit by the floods.'),
      dated('b', 'Harbour Wire', '2031-04-06', 'Households hit by the floods are to receive $1.3 billion from the insurer, the regulator said.'),
      day('The floods reached the harbour on Monday.'),
    ];
    expect(grouped(articles, 'same-fact-different-form', 'compatible', 1300000000, 1300000000)).toEqual([]);
  });

  it('does not teach "counted at different times" for figures the sentences date to one year', () => {
    const articles = [
      dated('a', 'Island Herald', '2031-04-06', 'The share of islanders who cycle to work rose from 12 percent in 2021 to 19 percent in 2030.'),
      dated('b', 'Harbour Wire', '2031-04-08', 'The survey found 31% of islanders walked to work in 2030, up from 9% in 2021.'),
      day('The island survey is taken every nine years.'),
    ];
    expect(grouped(articles, 'different-date', 'compatible', 12, 9)).toEqual([]);
  });

  it('makes no rounding round of a figure its clause dates to a past year beside a figure of now', () => {
    const articles = [
      dated('a', 'Island Herald', '2031-04-06', 'About 300 homes on the island were flooded by the storm, the council said.'),
      dated('b', 'Harbour Wire', '2031-04-06', 'Some 320 homes were flooded on the island by a great storm in 1987.'),
      day('The storm moved out to sea on Friday night.'),
    ];
    expect(grouped(articles, 'rounding', 'compatible', 300, 320)).toEqual([]);
  });
});

describe('figsr25: a figures round teaches only what its texts show', () => {
  const dated = datedOn;
  const day = (text: string) => dated('c', 'Bay News', '2031-04-06', text);
  const grouped = roundsOfPair;

  it('does not set an increment written after its figure ("12 new cases", "in additional aid") beside a total of another value', () => {
    const cases = [
      dated('a', 'Island Herald', '2031-04-06', 'The health board reported 12 new cases of the fever on the island on Tuesday.'),
      dated('b', 'Harbour Wire', '2031-04-08', 'The island has now recorded 47 cases of the fever since March, the health board said.'),
      day('Clinics on the island stay open late this week.'),
    ];
    expect(grouped(cases, 'different-date', 'compatible', 12, 47)).toEqual([]);
    const aid = [
      dated('a', 'Island Herald', '2031-04-06', 'The government pledged $30 million in additional aid for the island on Tuesday.'),
      dated('b', 'Harbour Wire', '2031-04-08', 'Aid for the island now totals $80 million, the government said.'),
      day('The first aid ship reached the harbour on Monday.'),
    ];
    expect(grouped(aid, 'different-date', 'compatible', 30000000, 80000000)).toEqual([]);
    // A total written the same way in both is still a round.
    const total = [
      dated('a', 'Island Herald', '2031-04-06', 'The island had 36 cases of the fever by the weekend, the health board said.'),
      dated('b', 'Harbour Wire', '2031-04-08', 'The island has now recorded 47 cases of the fever since March, the health board said.'),
      day('Clinics on the island stay open late this week.'),
    ];
    expect(grouped(total, 'different-date', 'compatible', 36, 47)).toHaveLength(1);
  });
});

describe('figsr25: figures its words put in different places are not one count', () => {
  const dated = datedOn;
  const day = (text: string) => dated('c', 'Bay News', '2031-04-06', text);
  const grouped = (articles: Article[], reason: FigureReason, va: number, vb: number) => roundsOfPair(articles, reason, 'compatible', va, vb);

  it('does not set a count in one named place beside a count with no place as counted at different times', () => {
    const articles = [
      dated('a', 'Island Herald', '2031-04-06', 'The storm has killed 412 people, the disaster agency said on Tuesday.'),
      dated('b', 'Harbour Wire', '2031-04-08', 'Rescuers have recovered 1,035 bodies so far in the coastal districts of Varn and Tessel, officials said.'),
      day('The storm moved out to sea on Friday night.'),
    ];
    expect(grouped(articles, 'different-date', 412, 1035)).toEqual([]);
  });

  it('still teaches different times for counts in the same place, and reads "in" after a sum of money as its form', () => {
    const tolls = [
      dated('a', 'Island Herald', '2031-04-06', 'The storm has killed 412 people in the coastal districts of Varn and Tessel, the agency said.'),
      dated('b', 'Harbour Wire', '2031-04-08', 'The storm has now killed 1,035 people in the coastal districts of Varn and Tessel, officials said.'),
      day('The storm moved out to sea on Friday night.'),
    ];
    expect(grouped(tolls, 'different-date', 412, 1035)).toHaveLength(1);
    // A place and its adjective are one place.
    const troops = [
      dated('a', 'Island Herald', '2031-04-06', 'The navy has 4,000 sailors near its border with Varnland, officials said.'),
      dated('b', 'Harbour Wire', '2031-04-08', 'An estimated 4,500 sailors are massed near the Varnlandic border, officials said.'),
      day('The navy denies any plan to land.'),
    ];
    expect(grouped(troops, 'rounding', 4000, 4500)).toHaveLength(1);
    const seized = [
      dated('a', 'Island Herald', '2031-04-06', 'Police seized more than $2 million in Dogecoin from the gang, the prosecutor said.'),
      dated('b', 'Harbour Wire', '2031-04-06', 'The coins seized from the gang are worth about $2.3 million, the prosecutor said.'),
      day('The gang ran its scheme from the harbour.'),
    ];
    expect(grouped(seized, 'lower-bounds', 2000000, 2300000)).toHaveLength(1);
  });
});

describe('figsr25: the question names what the texts count', () => {
  const both = (a: string, b: string): Article[] => [
    outlet('a', 'Island Herald', a),
    outlet('b', 'Harbour Wire', b),
    outlet('c', 'Bay News', 'The island council met on Monday to discuss the outbreak and the panel’s advice.'),
  ];
  it('asks for the people hospitalized, not the injured, when every sentence says hospitalized and none injured', () => {
    const articles = both(
      'Twelve people have been hospitalized with the fever on the island, the health board said.',
      '12 people were hospitalized with the fever, according to the health board.',
    );
    const rounds = roundsForcing(articles, 'same-fact-different-form', 12);
    expect(rounds).toHaveLength(1);
    expect(rounds[0]?.question.en).toMatch(/people hospitalized/);
  });

  it('keeps "people injured" when a sentence says injured', () => {
    const articles = both(
      'Twelve people were injured in the blast and taken to hospital, the police said.',
      '12 people were hospitalized after the blast, according to the police.',
    );
    const rounds = roundsForcing(articles, 'same-fact-different-form', 12);
    expect(rounds).toHaveLength(1);
    expect(rounds[0]?.question.en).toMatch(/people injured/);
  });

  it('asks for the projected death toll when every sentence says the toll could reach it', () => {
    const articles = both(
      'Officials warned that the death toll from the floods could rise to 3,000 people.',
      'The number of people killed by the floods might reach 3000, the agency said.',
    );
    const rounds = roundsForcing(articles, 'same-fact-different-form', 3000);
    expect(rounds).toHaveLength(1);
    expect(rounds[0]?.question.en).toMatch(/projected death toll/);
  });

  it('asks for the share, not a number of thirds or quarters, of "two-thirds" and "three-quarters"', () => {
    // (Two outlets printing "two-thirds" to the letter make no round: the player would need no reading.)
    const articles = both('The island charter needed a two-thirds majority of the council to pass.', 'A three-quarters majority of the council was needed for the island charter.');
    const rounds = roundsOfPair(articles, 'genuine-conflict', 'conflicting', 2, 3);
    expect(rounds).toHaveLength(1);
    expect(rounds[0]?.question.en).toMatch(/the share\b/);
  });

  it('names the members of a panel as members, not officials', () => {
    const articles = both('Seven members of the advisory panel voted for the ban, the chair said.', 'The ban was backed by 7 members of the advisory panel on Monday.');
    const rounds = roundsForcing(articles, 'same-fact-different-form', 7);
    expect(rounds).toHaveLength(1);
    expect(rounds[0]?.question.en).toMatch(/the number of members/);
  });
});

describe('figsr25: a figure of another event is not this event’s', () => {
  const dated = datedOn;
  const day = (text: string) => dated('c', 'Bay News', '2031-04-06', text);
  const grouped = (articles: Article[], reason: FigureReason, va: number, vb: number) => roundsOfPair(articles, reason, 'compatible', va, vb);

  it('does not call the same number said of a past event elsewhere the same fact', () => {
    const articles = [
      dated('a', 'Island Herald', '2031-04-06', 'Within hours of the quake, rescuers said 1,200 people had been killed in the northern villages.'),
      dated('b', 'Harbour Wire', '2031-04-06', 'Experts compared it with a quake that killed twelve hundred people in Varnland in 2019.'),
      day('Aftershocks shook the island through the night.'),
    ];
    expect(grouped(articles, 'same-fact-different-form', 1200, 1200)).toEqual([]);
    // The same past event named in both is one fact.
    const both = [
      dated('a', 'Island Herald', '2031-04-06', 'Experts recalled the quake that killed 1,200 people in Varnland in 2019, the island’s worst.'),
      dated('b', 'Harbour Wire', '2031-04-06', 'Experts compared it with a quake that killed twelve hundred people in Varnland in 2019.'),
      day('Aftershocks shook the island through the night.'),
    ];
    expect(grouped(both, 'same-fact-different-form', 1200, 1200)).toHaveLength(1);
  });

  it('does not teach a lower bound beside a number a verb of going beyond makes a floor too', () => {
    const articles = [
      dated('a', 'Island Herald', '2031-04-06', 'Officials warned that the death toll from the floods could rise to more than 3,000.'),
      dated('b', 'Harbour Wire', '2031-04-06', 'The agency said the final toll from the floods could top 3,000.'),
      day('The rain stopped on Friday night.'),
    ];
    expect(grouped(articles, 'lower-bounds', 3000, 3000)).toEqual([]);
  });

  it('does not set what a measure prevented beside what happened', () => {
    const articles = [
      dated('a', 'Island Herald', '2031-04-06', 'The new filters helped to prevent about $40 million in losses to customers, the bank said.'),
      dated('b', 'Harbour Wire', '2031-04-06', 'Fraudsters took $35 million from the bank’s customers last year, the regulator said.'),
      day('The bank opened a new branch by the harbour.'),
    ];
    expect(grouped(articles, 'rounding', 40000000, 35000000)).toEqual([]);
    const both = [
      dated('a', 'Island Herald', '2031-04-06', 'The new filters helped to prevent about $40 million in losses to customers, the bank said.'),
      dated('b', 'Harbour Wire', '2031-04-06', 'The bank says its filters prevented $40 million in losses last year.'),
      day('The bank opened a new branch by the harbour.'),
    ];
    expect(grouped(both, 'same-fact-different-form', 40000000, 40000000)).toHaveLength(1);
  });

  it('does not set a toll of similar events beside this event’s toll', () => {
    const articles = [
      dated('a', 'Island Herald', '2031-04-06', 'Floods of similar size have killed thousands in the region, the agency noted.'),
      dated('b', 'Harbour Wire', '2031-04-06', 'The floods have killed 1,240 people on the island, the agency said.'),
      day('The rain stopped on Friday night.'),
    ];
    const vague = analyze(articles).figures.find((f) => f.article === 'a' && /thousands/i.test(f.text));
    expect(vague).toBeDefined();
    expect([...grouped(articles, 'different-source', vague!.value, 1240), ...grouped(articles, 'vague-vs-precise', vague!.value, 1240)]).toEqual([]);
  });
});

describe('conf26: figures rounds of a contradiction, and of figures printed alike', () => {
  const dated = (id: string, name: string, text: string) => datedOn(id, name, '2031-05-09', text);
  const grouped = (articles: Article[], verdict: 'compatible' | 'conflicting', reason: FigureReason, va: number, vb: number) => roundsOfPair(articles, reason, verdict, va, vb);

  it('shows a contradiction printed in the same words with another number, and says why both cannot stand', () => {
    const articles = [
      dated('a', 'Harbour Wire', 'The regatta is made up of 24 crews, over 300 sailors, racing in nine classes from May 3 to May 9.'),
      dated('b', 'Bay News', 'The regatta is made up of 17 crews, over 300 sailors, racing in nine classes from May 3 to May 9.'),
    ];
    const rounds = grouped(articles, 'conflicting', 'genuine-conflict', 24, 17);
    expect(rounds).toHaveLength(1);
    const r = rounds[0]!;
    expect(r.type === 'conflicting-figures' && r.conflict).toBe(true);
    expect(r.type === 'conflicting-figures' && r.figures.map((f) => f.figure).sort()).toEqual(['17', '24']);
    expect(r.explanation.en).toMatch(/"17" and "24" are too far apart/);
    expect(r.explanation.es).toMatch(/«17» y «24»/);
  });

  it('still sets no reprint beside itself when the figures agree', () => {
    const articles = [
      dated('a', 'Harbour Wire', 'The regatta is made up of 24 crews, over 300 sailors, racing in nine classes from May 3 to May 9.'),
      dated('b', 'Bay News', 'The regatta is made up of 24 crews, over 300 sailors, racing in nine classes from May 3 to May 9.'),
    ];
    expect(grouped(articles, 'compatible', 'same-fact-different-form', 24, 24)).toEqual([]);
  });
});

describe('who-said-it quotes and options a careful reader would accept (rounds26)', () => {
  it('never shows a quotation that ends where it never began', () => {
    const tail = 'I saw the clock in front of me and knew the record was mine,” she said.';
    const articles = [
      outlet('a', 'Harbour Times', `The mayor won the harbour race on Sunday in record time. “I felt strong all the way round the bay. ${tail} The crowd cheered her home.`),
      outlet('b', 'Valley Daily', 'The harbour race drew a record crowd on Sunday, and the mayor finished first in a time nobody expected.'),
      outlet('c', 'Hill Gazette', 'Race officials said the harbour course would be measured again before the record is confirmed next week.'),
      outlet('d', 'Coast Post', 'The mayor, who took up running two years ago, said she would race again in the autumn.'),
    ];
    for (let seed = 1; seed <= 10; seed++)
      for (const r of whoSaidItRounds(analyze(articles), articles, 4, createRng(seed), idFor)) {
        expect(r.quote).not.toBe(tail);
        expect(closesUnopened(r.quote)).toBe(false);
      }
  });

  it('tells a lone closing mark from marks that open and close', () => {
    expect(closesUnopened('I saw the clock,” she said.')).toBe(true);
    expect(closesUnopened('I saw the clock," she said.')).toBe(true);
    expect(closesUnopened('”I saw the clock,” she said.')).toBe(false);
    expect(closesUnopened('“I felt strong all the way round the bay.')).toBe(false);
    expect(closesUnopened('She called the plan "dead."')).toBe(false);
  });

  it('does not offer as a wrong option an outlet that prints the claim in other words inside a longer sentence', () => {
    const claim = 'The harbour board is the single largest employer of young people in the northern district.';
    const articles = [
      outlet('a', 'Harbour Weekly', `${claim} It hired 400 apprentices this year.`),
      outlet(
        'b',
        'Valley Daily',
        'The harbour board is the northern district’s single largest employer of young people, giving 400 apprentices their first jobs since the old shipyard closed in 2020 and the ferry company moved its yards and its offices to the south coast.',
      ),
      outlet('c', 'Hill Gazette', 'The new ferry company opened its first route from the harbour on Monday, with six sailings a day.'),
      outlet('d', 'Coast Post', 'Apprentices at the harbour learn welding, crane work and boat repair over three years.'),
      outlet('e', 'River News', 'The old shipyard closed in 2020 after a century of work, and its site is now a park.'),
    ];
    let seen = 0;
    for (let seed = 1; seed <= 10; seed++)
      for (const r of whoSaidItRounds(analyze(articles), articles, 10, createRng(seed), idFor))
        if (r.quote === claim) {
          seen++;
          expect(r.options).not.toContain('b');
        }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('an attributed passage whose words came through a channel (rounds26)', () => {
  it('names the verb as the cue, not the channel ("in a tweet")', () => {
    const articles = [
      outlet(
        'a',
        'Harbour Times',
        'The harbour vote ended on Sunday with a narrow win for the mayor. ' +
          'The trade minister congratulated the town’s voters in a tweet "for turning out in record numbers and trusting the count." ' +
          'The count ended late at night. The mayor takes office in June.',
      ),
      outlet('b', 'Valley Daily', 'The mayor won the harbour vote on Sunday. Turnout was the highest in 20 years, officials said.'),
    ];
    const findings = analyze(articles);
    let seen = 0;
    for (let seed = 1; seed <= 10; seed++)
      for (const r of opinionRounds(findings, articles, 6, createRng(seed), idFor))
        if (r.passage.includes('in a tweet') && r.cue === 'attribution-verb') {
          seen++;
          expect(r.explanation.en).not.toMatch(/in a tweet/);
          expect(r.explanation.en).toMatch(/congratulated/);
        }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('who-said-it sentences that name an offered outlet', () => {
  it('knows an outlet by its initials, a name in capitals, or a surname, but not by where the text was found', () => {
    expect(namesAnOption('Their aim is an agreement, but he tells VOA he is not optimistic.', ['Voice of America', 'Harbour Times'])).toBe(true);
    expect(namesAnOption('We know spending led us here, said Congressman Fitzgerald.', ['Office of Rep. Scott Fitzgerald (via WisPolitics)', 'Office of Rep. Barbara Lee'])).toBe(
      true,
    );
    expect(namesAnOption('The CDC counted 40 cases by Friday.', ['CDC Newsroom', 'Valley Daily'])).toBe(true);
    expect(namesAnOption('The bill passed 220-207 on Friday.', ['Office of Rep. Scott Fitzgerald (via WisPolitics)', 'Voice of America'])).toBe(false);
    // A place in an outlet's name is not the outlet ("Moscow" is not The Moscow Times).
    expect(namesAnOption('Russia went a step further on Friday, the foreign ministry in Moscow said.', ['AFP via The Moscow Times', 'Al Jazeera'])).toBe(false);
    // A name all the options share tells them apart no better than reading.
    expect(namesAnOption('The FBI located 84 children.', ['FBI Cleveland', 'FBI (news story)', 'FBI Boston'])).toBe(false);
    // The bracket names the site a text was found on, not the speaker.
    expect(namesAnOption('The statement was posted on WisPolitics on Friday.', ['Office of Rep. Scott Fitzgerald (via WisPolitics)', 'Voice of America'])).toBe(false);
  });

  it('never makes a round of a sentence that names one of its options', () => {
    const articles = [
      outlet('a', 'Voice of America', 'Crews cleared the road to the valley on Monday. The mayor expects the bridge to reopen within a month, she tells VOA.'),
      outlet('b', 'Harbour Times', 'Crews cleared the road to the valley on Monday, and traders reopened their stalls by the river.'),
      outlet('c', 'Valley Daily', 'Traders said the closure of the bridge had cost them most of the spring market season.'),
      outlet('d', 'Hill Gazette', 'Engineers will inspect the bridge piers next week before any heavy trucks may cross.'),
    ];
    const quotes = [1, 2, 3].flatMap((seed) => whoSaidItRounds(analyze(articles), articles, 4, createRng(seed), idFor).map((r) => r.quote));
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.some((q) => q.includes('VOA'))).toBe(false);
  });
});

describe('items of a list under a lead-in', () => {
  const text =
    'The council met on Monday. Under the deal, the company has agreed to:\nPay a $15 million fine for the spill.\nSpend $20 million on cleanup over ten years.\n' +
    'The mayor called the deal a good start. Residents were not convinced.\nPay rises for nurses were also agreed. The union welcomed them.';
  const a = outlet('a', 'Harbour Times', text);
  const idOf = (start: string): string => a.sentences.find((s) => a.text.slice(s.start).startsWith(start))?.id ?? 'none';

  it('knows an item by the colon that opens its list', () => {
    expect(itemUnderLeadIn(a, idOf('Pay a $15 million'))).toBe(true);
    expect(itemUnderLeadIn(a, idOf('Spend $20 million'))).toBe(true);
  });

  it('does not take a paragraph after the list for an item', () => {
    expect(itemUnderLeadIn(a, idOf('The mayor called'))).toBe(false);
    expect(itemUnderLeadIn(a, idOf('Pay rises for nurses'))).toBe(false);
    expect(itemUnderLeadIn(a, idOf('The council met'))).toBe(false);
  });

  it('makes no opinion round of an item', () => {
    const others = [
      outlet('b', 'Valley Daily', 'The company will pay a fine for the spill, officials said.'),
      outlet('c', 'Hill Gazette', 'Residents said the cleanup was far too slow.'),
    ];
    const rounds = [1, 2, 3].flatMap((seed) => opinionRounds(analyze([a, ...others]), [a, ...others], 4, createRng(seed), idFor));
    expect(rounds.some((r) => r.passage.startsWith('Pay a') || r.passage.startsWith('Spend $20'))).toBe(false);
  });
});

describe('opinion rounds offer no second right cue', () => {
  it('never offers "loaded words" as the wrong cue for a passage of the writer\'s own view', () => {
    const articles = [
      outlet(
        'a',
        'Harbour Times',
        'The council approved 2 million pounds for the pier on Tuesday. I hope this settlement will be an important step forward for the town. ' +
          'I think the harbour deserves better care from all of us. We believe the fishing fleet will come back in the spring. Engineers inspected the pier on Monday.',
      ),
      outlet('b', 'Valley Daily', 'The mayor said the pier would reopen in June. I call on the council to publish the engineers report in full.'),
    ];
    const rounds = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => opinionRounds(analyze(articles), articles, 4, createRng(seed), idFor));
    const ownView = rounds.filter((r) => r.answer === 'opinion' && r.cue !== 'loaded-words');
    expect(ownView.length).toBeGreaterThan(0);
    for (const r of ownView) expect(r.cueOptions).not.toContain('loaded-words');
  });
});

describe('gen29: a year that is part of a name is no date to set beside a count back', () => {
  const rounds = (articles: Article[]) =>
    [1, 2, 3].flatMap((seed) => generateFromArticles({ type: 'conflicting-figures', count: 4, seed, index: 0 }, articles)).filter((r) => r.type === 'conflicting-figures');
  const countBack = datedOn('a', 'Valley Post', '2031-02-06', '“One year ago, the flood at the old dam forced thousands of families from their homes in the valley.”');

  it('makes no round of "One year ago" and the "2030" of "the 2030 dam flood"', () => {
    const named = datedOn(
      'b',
      'State Wire',
      '2031-05-24',
      'The state reached a $40 million settlement with the dam operator for damage caused by the 2030 dam flood, the governor said on Friday.',
    );
    expect(rounds([countBack, named])).toEqual([]);
  });

  it('makes no round of "One year ago" and the "2030" of a title ("the Dam Safety Act of 2030")', () => {
    const title = datedOn('b', 'State Wire', '2031-05-24', 'After the flood, lawmakers passed the Dam Safety Act of 2030, which sets new rules for old dams, the governor said.');
    expect(rounds([countBack, title])).toEqual([]);
  });

  it('makes no round of "One year ago" (February) and a year written with another month ("In March 2030, … sued")', () => {
    const later = datedOn('b', 'State Wire', '2031-05-24', 'In March 2030, a month after the flood, the state sued the dam operator, the governor said on Friday.');
    expect(rounds([countBack, later])).toEqual([]);
    const sameMonth = datedOn(
      'b',
      'State Wire',
      '2031-05-24',
      'The old dam flooded the valley in February 2030, forcing thousands of families from their homes, the governor said on Friday.',
    );
    expect(rounds([countBack, sameMonth]).length).toBeGreaterThan(0);
  });

  it('still sets "One year ago" beside a year that dates the event ("in 2030")', () => {
    const dated = datedOn('b', 'State Wire', '2031-05-24', 'The old dam flooded the valley in 2030, forcing thousands of families from their homes, the governor said on Friday.');
    const made = rounds([countBack, dated]);
    expect(made.length).toBeGreaterThan(0);
    for (const r of made) expect(r.type === 'conflicting-figures' && r.figures.map((f) => f.figure)).toEqual(['One year ago', '2030']);
  });
});

describe('gen29: a photo caption or a release’s note on its updates is no one’s words about the event', () => {
  const articles = [
    datedOn(
      'a',
      'River Gazette',
      '2031-03-02',
      'Floodwater rose through the low streets of the river town on Sunday, forcing families from their homes.\nA boy wades through a flooded street in the river town, Sunday, March 1, 2031. The river rose overnight after days of heavy rain.\nThe council opened the school hall as a shelter for the night.',
    ),
    datedOn(
      'b',
      'Valley News',
      '2031-03-02',
      'The river burst its banks on Sunday and flooded the low streets of the town.\nThe county emergency office said forty homes were flooded in the town.\nAdditional updates will be provided as they come in.',
    ),
    datedOn(
      'c',
      'Hill Herald',
      '2031-03-02',
      'Heavy rain over the hills sent the river over its banks in the town on Sunday.\nVolunteers filled sandbags at the school hall until late in the evening.\nForecasters expect the water to fall by Tuesday.',
    ),
  ];
  const shown = (type: 'who-said-it' | 'opinion-or-reporting') =>
    [1, 2, 3]
      .flatMap((seed) => generateFromArticles({ type, count: 4, seed, index: 0 }, articles))
      .map((r) => (r.type === 'who-said-it' ? r.quote : r.type === 'opinion-or-reporting' ? r.passage : ''));

  it('asks whose words neither the caption, nor the caption’s next sentence on its line, nor the note on updates are', () => {
    const quotes = shown('who-said-it');
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q).not.toMatch(/wades|rose overnight|Additional updates/);
  });

  it('asks opinion or reporting of no caption', () => {
    const passages = shown('opinion-or-reporting');
    expect(passages.length).toBeGreaterThan(0);
    for (const p of passages) expect(p).not.toMatch(/wades|rose overnight|Additional updates/);
  });

  it('reads a caption by the day set off with commas at its end, not a story’s "on Sunday, March 1, 2031"', () => {
    const lang = langPack(undefined);
    expect(captionDatedAtEnd('A boy wades through a flooded street in the river town, Sunday, March 1, 2031.', lang)).toBe(true);
    expect(captionDatedAtEnd('Volunteers fill sandbags at the hall, Monday, 2 March 2031.', lang)).toBe(true);
    expect(captionDatedAtEnd('The river burst its banks in the river town on Sunday, March 1, 2031.', lang)).toBe(false);
  });

  it('reads a caption by its place and then its day with no weekday ("…, North Province, Oct. 1, 2031."), not a story’s "on Oct. 1, 2031"', () => {
    const lang = langPack(undefined);
    expect(captionDatedAtEnd('A woman looks over the damage inside her home in Harbourton, North Province, Oct. 1, 2031.', lang)).toBe(true);
    expect(captionDatedAtEnd('A medic trains for the relay at the camp field, Fort Roe, Va., April 8, 2031.', lang)).toBe(true);
    expect(captionDatedAtEnd('The storm reached Harbourton, North Province, on Oct. 1, 2031.', lang)).toBe(false);
    expect(captionDatedAtEnd('The council will vote on the plan by Oct. 1, 2031.', lang)).toBe(false);
  });

  it('reads a line that only shows a thing by its participle as a caption, not a sentence that goes on to its verb', () => {
    const lang = langPack(undefined);
    expect(participleCaption('A barn destroyed in a storm that struck the coast village, northern Harbour.', lang)).toBe(true);
    expect(participleCaption('A volunteer searching for a child in the river.', lang)).toBe(true);
    expect(participleCaption('A barn destroyed in the storm was rebuilt by the village within a month.', lang)).toBe(false);
    expect(participleCaption('This measure passed by a vote of 230 to 190.', lang)).toBe(false);
    expect(participleCaption('A man arrested in the port city faces three charges.', lang)).toBe(false);
  });

  it('asks no one whose words a caption with no credit and no date is', () => {
    const withCaption = [
      datedOn(
        'a',
        'River Gazette',
        '2031-10-02',
        'Floodwater rose through the low streets of the river town on Sunday, forcing families from their homes.\nThe council opened the school hall as a shelter for the night.\nA barn destroyed in a flood that struck the hill village, northern Harbour.',
      ),
      ...articles.slice(1),
    ];
    const quotes = [1, 2, 3].flatMap((seed) =>
      generateFromArticles({ type: 'who-said-it', count: 4, seed, index: 0 }, withCaption).map((r) => (r.type === 'who-said-it' ? r.quote : '')),
    );
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q).not.toMatch(/barn destroyed/);
  });

  it('asks about neither such a caption nor the sentence after it on its line', () => {
    const withCaption = [
      datedOn(
        'a',
        'River Gazette',
        '2031-10-02',
        'Floodwater rose through the low streets of the river town on Sunday, forcing families from their homes.\nA woman looks over the damage inside her home in Harbourton, North Province, Oct. 1, 2031. The governor will tour the flooded streets when she visits the town on Friday.\nThe council opened the school hall as a shelter for the night.',
      ),
      ...articles.slice(1),
    ];
    const passages = [1, 2, 3].flatMap((seed) =>
      (['who-said-it', 'opinion-or-reporting'] as const).flatMap((type) =>
        generateFromArticles({ type, count: 4, seed, index: 0 }, withCaption).map((r) => (r.type === 'who-said-it' ? r.quote : r.type === 'opinion-or-reporting' ? r.passage : '')),
      ),
    );
    expect(passages.length).toBeGreaterThan(0);
    for (const p of passages) expect(p).not.toMatch(/looks over the damage|will tour the flooded streets/);
  });
});

describe('gen29: a dateline run into a sentence is not shown', () => {
  const articles = [
    datedOn('a', 'Air Regulator', '2031-03-03', 'Harbourton, N.S. (March 3, 2031) — The airline will pay a $2 billion fine over the safety lapses, the regulator said.'),
    datedOn('b', 'Coast News', '2031-03-04', 'The airline agreed on Monday to pay a fine of 2 billion dollars for the safety lapses.'),
    datedOn('c', 'Bay Herald', '2031-03-04', 'Dock workers cleared fallen cranes from the harbour after the storm.'),
  ];

  it('quotes the figure’s sentence without the dateline, in the round and its evidence', () => {
    const made = [1, 2, 3]
      .flatMap((seed) => generateFromArticles({ type: 'conflicting-figures', count: 4, seed, index: 0 }, articles))
      .flatMap((r) => (r.type === 'conflicting-figures' ? [r] : []));
    expect(made.length).toBeGreaterThan(0);
    for (const r of made) {
      expect(r.figures.find((f) => f.article === 'a')?.quote).toBe('The airline will pay a $2 billion fine over the safety lapses, the regulator said.');
      for (const e of r.evidence) expect(e.quote).not.toMatch(/Harbourton/);
    }
  });

  it('reads the dateline by its bracketed date and dash, not any bracket', () => {
    expect(withoutDateline('Washington, D.C. (February 22, 2031)—Today, the chairwoman spoke.')).toBe('Today, the chairwoman spoke.');
    expect(withoutDateline('The council (which met on March 3, 2031) voted to close the road.')).toBe('The council (which met on March 3, 2031) voted to close the road.');
  });
});
