import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article';
import { analyze } from '../../../src/core/analysis';
import { generateFromArticles } from '../../../src/core/analysis/generators';
import { article } from './seeds';

/** The conflicting-figures rounds the engine makes from a few articles, over several seeds. */
function figureRounds(articles: Article[]) {
  const out = [];
  for (const seed of [1, 2, 3]) {
    for (const r of generateFromArticles({ type: 'conflicting-figures', count: 4, seed, index: 0 }, articles)) if (r.type === 'conflicting-figures') out.push(r);
  }
  return out;
}

describe('figure groups and rounds for cases the hand audit found missing', () => {
  it('groups a toll from one agency with a floor from another source: different sources, no contradiction', () => {
    const articles = [
      article('a', 'The earthquake killed 44 people, the national disaster agency said on Tuesday.'),
      article('b', 'At least 85 people were killed in the earthquake, local hospital officials told reporters on Tuesday.'),
    ];
    const groups = analyze(articles).figureGroups;
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ verdict: 'compatible', reason: 'different-source', confident: true });
    // (But no round is built on it: two tolls tied by their class alone, not by the words around them, are 0.7 sure, and
    // a round needs 0.8; see MIN_CONFIDENCE in figuresRound.ts.)
    expect(groups[0]?.confidence).toBeLessThan(0.8);
    expect(figureRounds(articles)).toEqual([]);
  });

  it('groups "2.5 million" and "2.55 million" users of one breach as rounding', () => {
    const groups = analyze([
      article('a', 'The breach exposed the data of 2.5 million users, the company said.'),
      article('b', 'The company said the breach affected 2.55 million users of its app.'),
    ]).figureGroups;
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ verdict: 'compatible', reason: 'rounding', confident: true });
  });

  const samePenalty = [
    article('a', 'Facebook will pay a $5 billion penalty to settle the privacy case, the regulator said.'),
    article('b', 'The regulator said Facebook will pay a $5 billion penalty over privacy violations.'),
    article('c', 'Facebook agreed to pay a $5 billion penalty in the privacy case, the regulator said on Wednesday.'),
  ];

  it('makes no round of a sum that several outlets print to the letter: the answer would need no reading', () => {
    expect(analyze(samePenalty).figureGroups.length).toBeGreaterThan(0);
    expect(figureRounds(samePenalty)).toEqual([]);
  });

  it('shows the sum as another outlet writes it beside one of the outlets that print it to the letter', () => {
    const articles = [...samePenalty, article('d', 'Facebook must pay a penalty of 5 billion dollars to settle the privacy case, the regulator said.')];
    const rounds = figureRounds(articles);
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) {
      expect(r.conflict).toBe(false);
      expect(r.figures.map((f) => f.figure.toLowerCase())).toContain('5 billion dollars');
      expect(new Set(r.figures.map((f) => f.figure.toLowerCase())).size).toBe(r.figures.length);
      expect(r.explanation.en).not.toContain('they give the same figure');
    }
  });

  it('pairs the other form with an outlet of its own wording when the first outlet shown is the one it reprints', () => {
    const original = 'Facebook will pay a $5 billion penalty to settle the privacy case with the regulator, officials said on Wednesday.';
    const articles = [
      article('a', original),
      article('b', 'The regulator said Facebook agreed to pay a $5 billion penalty over privacy violations.'),
      article('c', original.replace('$5 billion', '5 billion dollar')),
    ];
    const rounds = figureRounds(articles);
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect(r.figures.map((f) => `${f.article}:${f.figure}`).sort()).toEqual(['b:$5 billion', 'c:5 billion dollar']);
  });
});
