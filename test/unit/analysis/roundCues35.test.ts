import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';
import { opinionRounds } from '../../../src/core/analysis/generators/opinionRound';
import { createRng } from '../../../src/core/rng';
import type { Article } from '../../../src/core/article';
import type { OpinionRound } from '../../../src/core/levelSchema';

/**
 * Which passages an opinion round may teach as the writer's view (session 35). Invented sentences, not from any corpus.
 */
function roundsOver(articles: Article[], seeds = 12): OpinionRound[] {
  const findings = analyze(articles);
  const out: OpinionRound[] = [];
  for (let seed = 1; seed <= seeds; seed++) out.push(...opinionRounds(findings, articles, 6, createRng(seed), (n) => `r${n}`));
  return out;
}

const other = article('b', 'The river bridge closed on Monday, and ferries will carry commuters until repairs end in June.\nThe council met on Tuesday.');
const about = (rounds: readonly OpinionRound[], passage: string): OpinionRound[] => rounds.filter((r) => r.passage === passage);
const opening = 'The river bridge closed on Monday after inspectors found cracks in two piers.';

describe('thanks in the writer’s own voice', () => {
  const thanking = [
    'I want to end by thanking the harbour master for her extraordinary leadership.',
    'Our crews have been honored to get to know the brave families of the valley.',
  ];
  const judging = 'We urge the council to fund the repairs without any further delay.';

  it('is never taught as the writer’s view, wherever the thanks stands', () => {
    const rounds = roundsOver([article('a', `${opening}\n${thanking.join('\n')}\n${judging}`), other]);
    for (const passage of thanking)
      expect(
        about(rounds, passage).filter((r) => r.answer === 'opinion'),
        passage,
      ).toEqual([]);
    // (A view beside them still makes a round.)
    expect(about(rounds, judging).filter((r) => r.answer === 'opinion').length).toBeGreaterThan(0);
  });
});
