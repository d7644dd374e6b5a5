import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { opinionRounds } from '../../../src/core/analysis/generators/opinionRound';
import { createArticle, type Article } from '../../../src/core/article';
import type { OpinionRound } from '../../../src/core/levelSchema';
import { createRng } from '../../../src/core/rng';

/** Invented articles (not from any corpus): one judging word alone is not enough to teach "opinion". */
const outlet = (id: string, name: string, text: string): Article => createArticle({ id, outlet: { en: name, es: name }, sourceKind: 'unknown', date: '2024-03-04' }, text);
const idFor = (n: number) => `r${n}`;
const finding = (articles: Article[], start: string) => analyze(articles).sentences.find((s) => s.text.startsWith(start));

/** A plain report: no first person that gives a view, no question, no "should". */
const REPORT = outlet(
  'board',
  'County Water Board',
  'The county water board closed the Elm Street plant on Monday after tests found lead in two samples.\n' +
    'Based on our review of the old pipe maps, and incredible work with state partners, we identified the main that leaked into the reservoir.\n' +
    'Many families have had their routines upended by the shutdown.\n' +
    'Crews replaced 40 metres of pipe on Tuesday.\n' +
    'The plant will reopen on 12 March once two more tests come back clean.\n' +
    '“We are working around the clock,” said the board’s director, Ann Cole.',
);

/** A column in the writer's own voice. */
const COLUMN = outlet(
  'column',
  'Valley Voice',
  'I have followed the council’s water plans for ten years.\n' +
    'The plan is a reckless gamble that should be scrapped.\n' +
    'Why would anyone sign a thirty-year contract without reading it?\n' +
    'I think the council has lost its way.',
);

/** Every opinion-or-reporting round the generator makes from the articles, over several seeds. */
function roundsOf(articles: Article[]): OpinionRound[] {
  const findings = analyze(articles);
  const out: OpinionRound[] = [];
  for (const seed of [1, 2, 3, 4, 5]) out.push(...opinionRounds(findings, articles, 12, createRng(seed), idFor));
  return out;
}

describe('a level does not teach one praising or vivid word in a report as the sign of an opinion', () => {
  const rounds = roundsOf([REPORT, COLUMN]);
  const on = (start: string) => rounds.filter((r) => r.passage.startsWith(start));

  it('makes no opinion round of a body’s report of its own act with "incredible work" in a side phrase', () => {
    expect(on('Based on our review').filter((r) => r.answer === 'opinion')).toEqual([]);
  });

  it('makes no opinion round of a situation report’s "lives upended by the shutdown"', () => {
    expect(on('Many families have had').filter((r) => r.answer === 'opinion')).toEqual([]);
  });

  it('still makes an opinion round of a sentence that plainly judges ("a reckless gamble that should be scrapped")', () => {
    expect(on('The plan is a reckless gamble').some((r) => r.answer === 'opinion')).toBe(true);
  });

  it('still makes the report’s own plain sentences into reporting rounds', () => {
    expect(rounds.some((r) => r.article === 'board' && r.answer === 'reporting')).toBe(true);
  });
});

describe('how sure the engine is of an opinion that rests on one judging word', () => {
  it('keeps the kind of a side remark in a plain report, but is not sure enough of it to build a round on', () => {
    // (A word in an opening phrase set off by commas, "and incredible work with state partners,", colours the report:
    // reporting since round 25, as the corpus keys read it; see opinionPrecision.test.ts.)
    for (const [start, kind] of [
      ['Based on our review', 'reporting'],
      ['Many families have had', 'opinion'],
    ]) {
      const s = finding([REPORT], start as string);
      expect([start, s?.kind]).toEqual([start, kind]);
      expect(s?.confidence, start).toBeLessThan(0.8);
    }
  });

  it('keeps such a sentence an opinion in a passage with the writer’s voice, but below the bar for a round', () => {
    const voiced = outlet(
      'v',
      'Valley Voice',
      'I am tired of excuses from the council.\n' +
        'Why does it take a crisis to fix a pipe?\n' +
        'Many families have had their routines upended by the shutdown.\n' +
        'I believe the board must answer for it.',
    );
    const s = finding([voiced], 'Many families have had');
    expect(s?.kind).toBe('opinion');
    expect(s?.confidence).toBeLessThan(0.8);
    expect(roundsOf([voiced]).filter((r) => r.passage.startsWith('Many families'))).toEqual([]);
  });

  it('is not sure of a lone word on the subject of a report ("The reckless plan will cost jobs"), nor of one in a relative clause', () => {
    const text = outlet(
      'n',
      'Town Crier',
      'The council met on Monday.\nThe reckless plan will cost the town its bus depot.\nThese rates, which are enormously important to borrowers, set the terms of 3,000 loans.',
    );
    const plan = finding([text], 'The reckless plan');
    expect(plan?.kind).toBe('opinion');
    expect(plan?.confidence).toBeLessThan(0.8);
    expect(finding([text], 'These rates, which are')?.confidence).toBeLessThan(0.8);
  });

  it('stays sure when the word is what the sentence says of its subject, or a second cue backs it', () => {
    const text = outlet(
      'p',
      'Town Crier',
      'The council met on Monday.\nThe bank’s conduct was simply astonishing.\nThe plan is a reckless gamble that should be scrapped.\nThe reckless plan is a disgraceful waste of money.',
    );
    for (const start of ['The bank’s conduct', 'The plan is a reckless gamble', 'The reckless plan is a disgraceful']) {
      const s = finding([text], start);
      expect([start, s?.kind]).toEqual([start, 'opinion']);
      expect(s?.confidence, start).toBeGreaterThanOrEqual(0.8);
    }
  });
});
