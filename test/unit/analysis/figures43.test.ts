import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, forty-third session: figure reading. Invented sentences. */

const figuresOf = (text: string) => analyze([article('a', text, '2024-05-16')]).figures.map((f) => [f.text, f.kind]);

describe('figures: a count "in" a span of time is no share', () => {
  it('reads "18 people in 24 hours" as a count of people, not 18 in every 24', () => {
    const figures = figuresOf('The agency sent 18 people in 24 hours to the site.');
    expect(figures).toContainEqual(['18', 'count']);
    expect(figures.some(([, kind]) => kind === 'percent')).toBe(false);
  });

  it('still reads "one child in ten" and "one person in five" as shares', () => {
    expect(figuresOf('Nearly one child in ten works.')).toContainEqual(['Nearly one child in ten', 'percent']);
    expect(figuresOf('One person in five said yes.')).toContainEqual(['One person in five', 'percent']);
  });
});
