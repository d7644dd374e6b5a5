import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';
import { opinionRounds } from '../../../src/core/analysis/generators/opinionRound';
import { createRng } from '../../../src/core/rng';
import type { Article } from '../../../src/core/article';
import type { OpinionRound } from '../../../src/core/levelSchema';

/** Invented sentences (not from any corpus), one rule each. */
function roundsOver(articles: Article[], seeds = 12): OpinionRound[] {
  const findings = analyze(articles);
  const out: OpinionRound[] = [];
  for (let seed = 1; seed <= seeds; seed++) out.push(...opinionRounds(findings, articles, 6, createRng(seed), (n) => `r${n}`));
  return out;
}

describe('a sentence that goes on with the claim before it', () => {
  const goesOn = 'That is up from 30 percent at the start of April.';

  it('is not asked alone after an attributed sentence', () => {
    const articles = [
      article('a', `Empty shelves reached 43 percent last week, according to a retail survey, which counts the shelves of 11,000 stores. ${goesOn} Stores in 26 states ran out.`),
      article('b', 'Stores in 26 states ran out of the formula last week, and the plant stays closed until June.'),
    ];
    const passages = roundsOver(articles).map((r) => r.passage);
    expect(passages.length).toBeGreaterThan(0);
    expect(passages).not.toContain(goesOn);
  });

  it('is asked after a sentence of the writer’s own reporting', () => {
    const articles = [
      article('a', `Empty shelves reached 43 percent in the week to May 8 in the company’s own count of 11,000 stores. ${goesOn} Stores in 26 states ran out.`),
      article('b', 'Stores in 26 states ran out of the formula last week, and the plant stays closed until June.'),
    ];
    expect(roundsOver(articles).map((r) => r.passage)).toContain(goesOn);
  });
});

describe('disbelief the writer professes', () => {
  const reading = (text: string) => analyze([article('a', text)]).sentences[0];

  it('reads "It’s hard to fathom that…" as the writer’s view, even with a year in it', () => {
    expect(reading('It’s hard to fathom that the harbour bridge is still closed in 2031.')?.kind).toBe('opinion');
    expect(reading('It is difficult to imagine a worse start to the ferry season.')?.kind).toBe('opinion');
  });

  it('still credits it to a speaker who says it', () => {
    expect(reading('The mayor said it was hard to imagine a worse start to the ferry season.')?.kind).toBe('attributed');
  });
});
