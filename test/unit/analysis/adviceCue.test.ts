import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { opinionRounds, visibleCues } from '../../../src/core/analysis/generators/opinionRound';
import { langPack } from '../../../src/core/analysis/lang';
import { createArticle, type Article } from '../../../src/core/article';
import { createRng } from '../../../src/core/rng';
import { validateLevel } from '../../../src/core/levelValidate';
import type { SentenceFinding } from '../../../src/core/analysis/types';
import { article } from './seeds';

/**
 * Advice in the writer's voice ("Residents should boil water…", "Do not eat recalled products.") is the writer's view, and
 * the cue that gives it away is the advice itself: a round can now teach it. Invented articles, not from any corpus.
 */
const outlet = (id: string, name: string, text: string): Article => createArticle({ id, outlet: { en: name, es: name }, sourceKind: 'unknown', date: '2023-05-02' }, text);
const idFor = (n: number) => `r${n}`;

describe('the advice cue', () => {
  it('is read, with its word, on advice in the writer’s voice, and sure enough for a round', () => {
    const s = analyze([article('a', 'Residents of the valley should boil tap water before drinking it.')]).sentences[0];
    expect(s?.kind).toBe('opinion');
    expect(s?.cues).toContain('advice');
    expect(s?.evidence.advice).toBe('should');
    expect(s?.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('names a negated order with its negation ("Do not"), not the opposite', () => {
    expect(analyze([article('a', 'Do not eat the recalled cheese sold at the market.')]).sentences[0]?.evidence.advice).toBe('Do not');
  });

  it('is never offered as a wrong option for the writer’s view, which often urges in words no list holds', () => {
    const articles = [
      outlet('a', 'Rights Office', 'I call on the authorities to release the two reporters at once. The reporters were detained on Monday in the capital.'),
      outlet('b', 'City News', 'Two reporters were detained on Monday in the capital, their lawyer said.'),
    ];
    const findings = analyze(articles);
    const rounds = [1, 2, 3, 4, 5, 6, 7, 8]
      .flatMap((seed) => opinionRounds(findings, articles, 6, createRng(seed), idFor))
      .filter((r) => r.answer === 'opinion' && r.cue !== 'advice');
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect(r.cueOptions).not.toContain('advice');
  });

  it('is not read on reporting or on advice someone else gives', () => {
    for (const text of ['The county closed the bridge on Monday after a crack was found.', 'The mayor said residents should boil tap water before drinking it.']) {
      const s = analyze([article('a', text)]).sentences[0];
      expect(s?.cues).not.toContain('advice');
    }
  });

  it('is taught by an opinion round, whose explanation names the advice', () => {
    const articles = [
      outlet(
        'health',
        'Valley Health Office',
        'The water plant failed a test on Monday. Residents of the valley should boil tap water before drinking it. Crews are replacing a filter at the plant.',
      ),
      outlet('news', 'Valley News', 'A water plant in the valley failed a safety test on Monday. Crews began replacing a filter on Tuesday.'),
    ];
    const findings = analyze(articles);
    const rounds = [1, 2, 3, 4, 5, 6].flatMap((seed) => opinionRounds(findings, articles, 6, createRng(seed), idFor));
    const advice = rounds.filter((r) => r.answer === 'opinion' && r.cue === 'advice');
    expect(advice.length).toBeGreaterThan(0);
    for (const r of advice) {
      expect(r.passage).toContain('should boil');
      expect(r.explanation.en).toContain('advice or an instruction');
      expect(r.explanation.en).toContain('("should")');
    }
  });

  it('is in plain view wherever the passage says "should" or "must" outside quotation marks, so it is never a wrong option there', () => {
    const lang = langPack('en');
    const first = (text: string): SentenceFinding => analyze([article('a', text)]).sentences[0] as SentenceFinding;
    expect(visibleCues(first('Under the new rule, every bank must report a breach within 72 hours.'), lang, true).has('advice')).toBe(true);
    expect(visibleCues(first('“You must leave now,” the officer told the crowd on Main Street.'), lang, false).has('advice')).toBe(false);
  });

  it('is a cue a level file may name', () => {
    const level = {
      format: 1,
      id: 'advice-cue',
      title: { en: 'T' },
      description: { en: 'D' },
      languages: ['en'],
      seed: 1,
      articles: [{ id: 'a', outlet: { en: 'A' }, sourceKind: 'unknown', text: 'Residents should boil tap water before drinking it.' }],
      rounds: [
        {
          id: 'o1',
          type: 'opinion-or-reporting',
          article: 'a',
          passage: 'Residents should boil tap water before drinking it.',
          answer: 'opinion',
          cue: 'advice',
          cueOptions: ['advice', 'checkable-detail', 'quotation-marks'],
          explanation: { en: 'Advice.' },
          evidence: [{ article: 'a', quote: 'Residents should boil tap water' }],
        },
      ],
    };
    const checked = validateLevel(level, new Map());
    expect(checked.ok ? [] : checked.problems.map((p) => p.message)).toEqual([]);
  });
});
