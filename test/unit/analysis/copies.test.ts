import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article, seedArticles } from './seeds';

describe('copies', () => {
  it('finds the copied report in the seeds as one passage carried by 000 and 004', () => {
    const { copies } = analyze(seedArticles());
    expect(copies).toHaveLength(1);
    const [p] = copies;
    expect(p?.carriers.map((c) => c.article)).toEqual(['000', '004']);
    expect(p?.sentences).toBe(26);
    // One sentence differs by a typo ("Ukrainianmembers"): near, not identical.
    expect(p?.identicalSentences).toBe(25);
    expect(p?.carriers[0]?.text.startsWith('US Secretary of State Antony Blinken and Russian Foreign Minister Sergei Lavrov met')).toBe(true);
    expect(p?.carriers[0]?.text.endsWith('extra troops for training and defensive weapons.')).toBe(true);
    expect(p?.carriers[1]?.shareOfArticle).toBeGreaterThan(0.9);
  });

  it('finds a passage copied into a third article with an edited word', () => {
    const base =
      'The minister arrived in the capital on Monday for two days of talks with his counterpart.\nHe said both sides wanted to settle the dispute over fishing rights before the summer season.\n';
    const edited = base.replace('two days of talks', 'two days of tense talks');
    const { copies } = analyze([
      article('a', base),
      article('b', `Local news.\n${edited}`),
      article('c', 'Something else entirely happened in another town on Friday evening, police said.'),
    ]);
    expect(copies).toHaveLength(1);
    expect(copies[0]?.carriers.map((c) => c.article)).toEqual(['a', 'b']);
  });

  it('finds nothing in unrelated texts', () => {
    const { copies } = analyze([
      article('a', 'The central bank raised interest rates by half a point on Thursday to fight inflation.'),
      article('b', 'Heavy rain flooded several villages in the north of the country over the weekend.'),
    ]);
    expect(copies).toEqual([]);
  });
});
