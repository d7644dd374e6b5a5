import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { generateFromArticles } from '../../../src/core/analysis/generators';
import { article } from './seeds';

/** Invented sentences (not from any corpus) for the faults the round-39 audit found (2026-12-05). */
const finding = (text: string, sentence: string) => analyze([article('a', text)]).sentences.find((s) => s.text.startsWith(sentence));

describe('a sentence adverb of hope or regret beside a judging word', () => {
  it('shows the judging word as the cue, not the adverb and the verb after it', () => {
    const s = finding('The council met on Monday.\nThe new fund will open next month and hopefully help prevent further tragic losses on the river.', 'The new fund');
    expect(s?.kind).toBe('opinion');
    expect(s?.evidence['loaded-words']).toBe('tragic');
  });

  it('shows the adverb alone when nothing else in the sentence judges', () => {
    const s = finding('The council met on Monday.\nThe new fund will open next month and hopefully help families on the river.', 'The new fund');
    expect(s?.kind).toBe('opinion');
    expect(s?.evidence['loaded-words']).toBe('hopefully');
  });
});

describe('the run-in heads of a structured summary', () => {
  const text = [
    'A Survey of River Crossings, 2030',
    'Objectives – This report counts the river crossings made by ferry in 2030.',
    'Methods — Counts come from the ferry operators. Crossings on private boats are left out.',
    'Results — Ferries made 12,400 crossings in 2030, up 3% from 2029.',
  ].join('\n');
  it('are page words, and the sentence after each starts after the dash', () => {
    const sentences = analyze([article('a', text)]).sentences;
    for (const head of ['Objectives –', 'Methods —', 'Results —']) expect(sentences.find((s) => s.text === head)?.furniture, head).toBeTruthy();
    const story = sentences.filter((s) => !s.furniture).map((s) => s.text);
    expect(story).toContain('This report counts the river crossings made by ferry in 2030.');
    expect(story).toContain('Ferries made 12,400 crossings in 2030, up 3% from 2029.');
  });

  it('leave a sentence whose dash sets off words in lower case alone', () => {
    const sentences = analyze([article('a', 'The ferry ran late on Monday.\nOfficials — including the mayor — met the crew.')]).sentences;
    expect(sentences.map((s) => s.text)).toContain('Officials — including the mayor — met the crew.');
  });
});

describe('two figures that differ on the same day', () => {
  it('are not explained by the days the figures were given, though a third figure came a year later', () => {
    const line = (n: string) => `The board's budget covers the ${n} harbour offices and the main river divisions in that same period.`;
    const groups = analyze([
      article('a', `The board released its yearly report on Thursday. ${line('94')}`, '2030-12-03'),
      article('b', `The board released its yearly report on Thursday. ${line('93')}`, '2030-12-03'),
      article('c', `The board released its yearly report on Thursday. ${line('94')}`, '2029-11-19'),
    ]).figureGroups;
    const offices = groups.find((g) => g.members.some((m) => m.text === '93'));
    expect(offices).toBeDefined();
    expect(offices?.reason).not.toBe('different-date');
  });
});

describe("one year's count, reported that year and repeated a year later", () => {
  it('makes a figures round: the repeat names the same year, which is no other time than the first report', () => {
    const articles = [
      article('a', 'The harbour board published its yearly report on Tuesday.\nThe number of ferry crossings in 2029 (49,449) was 3% higher than in 2028.', '2030-08-10'),
      article('b', 'The ferry board released its numbers today.\nFerry crossings rose in 2029, to an estimated 49,449 crossings in 2029.', '2030-08-12'),
      article('c', 'The council backed the ferry plan on Monday.\nThe ferries carry the town, with nearly 50,000 ferry crossings made on the river in 2029.', '2031-09-10'),
    ];
    const rounds = [1, 2, 3].flatMap((seed) => generateFromArticles({ type: 'conflicting-figures', count: 4, seed, index: 0 }, articles));
    const shown = rounds.map((r) => (r.type === 'conflicting-figures' ? r.figures.map((f) => f.figure).join(' / ') : ''));
    expect(shown.some((x) => x.includes('nearly 50,000') && x.includes('49,449'))).toBe(true);
  });
});

describe('copies of one sentence where some open with another figure', () => {
  it('pool each value with its own kind: the budget with the budget, not with the total some copies put first', () => {
    const short = 'Fees in 2030 came to more than six times the approximately $4.12 billion budget of the harbour offices and the river divisions in that year.';
    const long =
      'The $31.5 billion in fees in 2030 came to more than six times the approximately $4.12 billion budget of the harbour offices and the river divisions in that year.';
    const lead = 'The harbour board released its yearly figures on Thursday.';
    const groups = analyze([article('a', `${lead} ${short}`), article('b', `${lead} ${short}`), article('c', `${lead} ${long}`), article('d', `${lead} ${long}`)]).figureGroups;
    const budget = groups.find((g) => g.members.some((m) => m.text.includes('$4.12 billion')));
    expect(budget?.members.map((m) => `${m.article}:${m.text}`).sort()).toEqual(['a', 'b', 'c', 'd'].map((x) => `${x}:approximately $4.12 billion`));
  });
});

describe('the bounds of an age bracket', () => {
  const read = (text: string) => analyze([article('a', text)]).figures.map((f) => f.text);
  it('are not counts: "ages 34 and younger", "35 and older", "age groups 10–14 and 15–24", "10-24 years old", "ages 5 to 11"', () => {
    expect(read('Rates fell for males ages 34 and younger and rose for those 35 and older.')).toEqual([]);
    expect(read('For age groups 10–14 and 15–24, rates fell 8%.')).toEqual(['8%']);
    expect(read('Deaths fell for people 10-24 years old (down 8.4%).')).toEqual(['8.4%']);
    expect(read('Children ages 5 to 11 can get the shot, and 28 million are eligible.')).toEqual(['28 million']);
  });

  it('leave one person’s age and a count of older people alone', () => {
    expect(read('Jane Roe, 45, died in the crash.')).toEqual(['45']);
    expect(read('The town has 3,500 residents 65 and older.')).toEqual(['3,500']);
  });
});

describe('numbers that label or point rather than count', () => {
  const read = (text: string) => analyze([article('a', text)]).figures.map((f) => f.text);
  it('leaves out a list item’s number, a bill’s number, a path’s last part and a significance level', () => {
    expect(read('1. Sending a disaster team with 12 experts')).toEqual(['12']);
    expect(read('Today, Rep. Roe introduced H.Res. 1436, with 20 cosponsors.')).toEqual(['20']);
    expect(read('See doi: 10.15620/ferry/160504 for 7 tables.')).toEqual(['7']);
    expect(read('Comparisons used the z test with an alpha level of 0.05.')).toEqual([]);
    expect(read('The effect was significant (p < 0.05) in 3 of 4 trials.')).toEqual(['3', '4']);
  });
});

describe('figures thousands of times apart', () => {
  it('are not explained as counting over different areas or parts of the whole', () => {
    const lead = 'The harbour office released its yearly figures on Thursday.';
    const groups = analyze([
      article('a', `${lead} Of the total amount, $120,332,441.23 was collected in ferry fines, and $9,379,299.34 in port fees.`),
      article('b', `${lead} Of this amount, approximately $12,000 was collected in ferry fines and $390,000 in port fees.`),
      article('c', `${lead} Of this amount, $321,472,322.57 was collected in ferry fines and $5,656,329.19 in port fees.`),
    ]).figureGroups;
    const fines = groups.find((g) => g.members.some((m) => m.text === 'approximately $12,000'));
    expect(fines?.reason ?? null).not.toBe('different-scope');
  });
});
