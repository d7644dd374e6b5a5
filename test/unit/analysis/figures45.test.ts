import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, forty-fifth session: figure reading and grouping. Invented sentences. */

/** Each figure group's members as "article:text", from articles given as [date, text]. */
const groupsOf = (...articles: [string, string][]) =>
  analyze(articles.map(([date, text], i) => article(`a${i + 1}`, text, date))).figureGroups.map((g) => g.members.map((m) => `${m.article}:${m.text}`));

describe('figure groups: the same two figures side by side, one printed bare', () => {
  it('joins "300 nurses" in two outlets worded apart when both give 4,000 beside it, one outlet without its noun', () => {
    const groups = groupsOf(
      ['2024-03-02', 'Officials counted 4,000 patients beside 300 nurses at the camp.'],
      ['2024-03-02', 'Overall 4,000 were seen, with 300 nurses on duty, the agency said.'],
    );
    expect(groups).toContainEqual(['a1:300', 'a2:300']);
  });
});
