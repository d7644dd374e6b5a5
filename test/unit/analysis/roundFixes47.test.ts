import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import type { Article } from '../../../src/core/article';
import { article } from './seeds';

/** Invented texts (not from any corpus) for the figure misses found on dev in the twenty-seventh session (2026-12-05). */
const groupsWith = (articles: Article[], text: string) =>
  analyze(articles)
    .figureGroups.filter((g) => g.members.some((m) => m.text === text))
    .map((g) => g.members.map((m) => `${m.article}:${m.text}`).sort());

describe('a change’s starting count printed to the letter by two outlets', () => {
  const articles = [
    article('a', 'Results: The provisional number of burglaries in 2022 (12,417) was 4% higher than in 2021 (11,936). The rate rose too.'),
    article(
      'b',
      'The state reported its burglary figures on Monday. The estimates indicate that burglaries rose, from 11,936 burglaries in 2021 to an estimated 12,417 burglaries in 2022.',
    ),
  ];

  it('is one quantity, marked as the starting value in one outlet and not in the other', () => {
    expect(groupsWith(articles, '11,936')).toContainEqual(['a:11,936', 'b:11,936']);
  });

  it('is still kept apart from the value the count changed to', () => {
    for (const g of groupsWith(articles, '11,936')) expect(g.some((m) => m.includes('12,417'))).toBe(false);
  });
});
