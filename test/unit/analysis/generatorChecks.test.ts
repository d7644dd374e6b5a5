import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { figuresRounds } from '../../../src/core/analysis/generators/figuresRound';
import { opinionRounds } from '../../../src/core/analysis/generators/opinionRound';
import { whoSaidItRounds } from '../../../src/core/analysis/generators/whoSaidIt';
import { createArticle, type Article } from '../../../src/core/article';
import { createRng } from '../../../src/core/rng';

/** Invented articles (not from any corpus) for the checks a generated round must pass. */
const outlet = (id: string, name: string, text: string): Article => createArticle({ id, outlet: { en: name, es: name }, sourceKind: 'unknown', date: '2023-05-02' }, text);
const idFor = (n: number) => `r${n}`;

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
