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

describe('a text pasted from a PDF, with its hard line breaks', () => {
  const sentences = (text: string) => analyze([article('a', text)]).sentences.map((s) => s.text.replace(/\s+/g, ' '));

  it('keeps a name broken after its first word in one sentence when the text prints the name whole elsewhere', () => {
    const text =
      'The agency announced the results of Operation Lantern, which led to 90 arrests.\nThe raids seized $12 million in cash and\nvirtual currencies.\nOperation\nLantern was a joint effort spanning three countries to stop\nthe trade in stolen cars.';
    expect(sentences(text)).toContain('Operation Lantern was a joint effort spanning three countries to stop the trade in stolen cars.');
    expect(sentences(text)).not.toContain('Operation');
  });

  it('still reads a one-word heading as its own line', () => {
    const text =
      'The agency announced the results of Operation Lantern, which led to 90 arrests.\nThe raids seized $12 million in cash and\nvirtual currencies.\nBackground\nThe operation was a joint effort spanning three countries to stop\nthe trade in stolen cars.';
    expect(sentences(text)).toContain('The operation was a joint effort spanning three countries to stop the trade in stolen cars.');
  });

  it('keeps a long line of prose going on into a count of something in one sentence', () => {
    const text =
      'Survey\nThe harbour survey, also known as the dock census or the\nberth survey, is a monthly survey of approximately\n4,300 boats and ferries. The\nowners surveyed are chosen at random.';
    expect(sentences(text)).toContain('The harbour survey, also known as the dock census or the berth survey, is a monthly survey of approximately 4,300 boats and ferries.');
  });
});

describe('"to" between two numbers', () => {
  const figures = (text: string) => analyze([article('a', text)]).figures.map((f) => `${f.text}|${f.bound}`);

  it('after "ranging from" joins a range', () => {
    expect(figures('Harbour samples had lead levels ranging from 4 to 29 micrograms per litre.')).toContain('4 to 29|range');
  });

  it('after a bare "from" is still where a change went from and to', () => {
    expect(figures('Harbour fees rose from 296 to 632 pounds a year.')).not.toContain('296 to 632|range');
  });

  it('after "up" with a far larger end is a change and the level it reached, not a range', () => {
    const found = figures('The county that grew most was Ellis (up 3,999,944 to 29,145,505).');
    expect(found).toContain('3,999,944|exact');
    expect(found).toContain('29,145,505|exact');
  });

  it('after "by" with near ends is still a range', () => {
    expect(figures('Harbour fees rose by 2 to 3 percent this year.')).toContain('2 to 3 percent|range');
  });
});
