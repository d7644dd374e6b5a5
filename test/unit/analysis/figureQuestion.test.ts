import { describe, expect, it } from 'vitest';
import { figuresQuestion } from '../../../src/core/analysis/explain';

describe('the question of a figures round', () => {
  it('asks about dates when the figures are years, not about "a figure for the year"', () => {
    const q = figuresQuestion('year', 'year');
    expect(q.en).toBe('Several articles say when the same thing happened, in different ways. Do their dates contradict each other?');
    expect(q.es).toMatch(/fechas/);
  });

  it('names what is counted otherwise', () => {
    expect(figuresQuestion('people-killed', 'people').en).toBe('Several articles give a figure for the death toll. Do their figures contradict each other?');
  });

  it('writes a whole Spanish question when the counted word has no translation', () => {
    const q = figuresQuestion('storm', 'storms');
    expect(q.en).toBe('Several articles give a figure for the number of storms. Do their figures contradict each other?');
    expect(q.es).toBe('Varios artículos dan una cifra para una misma cantidad. ¿Se contradicen sus cifras?');
  });
});
