import type { Article } from '../../article';
import type { AuthoredRound } from '../../levelSchema';
import { createRng, deriveSeed } from '../../rng';
import { findingsFor } from './common';
import { figuresRounds } from './figuresRound';
import { opinionRounds } from './opinionRound';
import { whoSaidItRounds } from './whoSaidIt';

const SHORT: Record<AuthoredRound['type'], string> = {
  'who-said-it': 'who',
  'opinion-or-reporting': 'opinion',
  'opinion-pair': 'pair',
  'conflicting-figures': 'figures',
};

/**
 * Rounds for one `{ "generate": … }` entry. The seed is derived from the level seed and the
 * entry's position, so adding an entry does not reshuffle the others; ids carry both.
 * `avoid` holds the sentences the level's other rounds already use: none is used again.
 */
export function generateFromArticles(
  request: { type: AuthoredRound['type']; count: number; seed: number; index: number; avoid?: ReadonlySet<string> | undefined },
  articles: readonly Article[],
): AuthoredRound[] {
  if (articles.length === 0 || request.count <= 0) return [];
  // Sentences other rounds of the level use (roundSentences): none is used twice.
  const used = new Set(request.avoid ?? []);
  const findings = findingsFor(articles);
  const rng = createRng(deriveSeed(request.seed, `${request.type}#${request.index}`));
  const idFor = (n: number): string => `gen-${request.index + 1}-${SHORT[request.type]}-${n}`;
  switch (request.type) {
    case 'who-said-it':
      return whoSaidItRounds(findings, articles, request.count, rng, idFor, used);
    case 'opinion-or-reporting':
      return opinionRounds(findings, articles, request.count, rng, idFor, used);
    case 'conflicting-figures':
      return figuresRounds(findings, articles, request.count, rng, idFor, used);
    case 'opinion-pair':
      // Pairs need two outlets' sentences judged as the same fact: not generated yet.
      return [];
  }
}
