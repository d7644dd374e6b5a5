import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { createArticle } from '../../../src/core/article';
import { article } from './seeds';

/** Issue 9, forty-eighth session. Invented sentences. */

const figuresOf = (text: string) => analyze([article('a', text, '2024-05-16')]).figures.map((f) => [f.text, f.unitClass]);

describe('figures: a number after a capitalised word, then a unit of measure, is measured', () => {
  it('reads the length in "Summit Elevation 13681 ft" and "Titan 900 miles east"', () => {
    expect(figuresOf('Peak data: Summit Elevation 13681 ft above sea level.')).toEqual([['13681', 'feet']]);
    expect(figuresOf('The search for the submersible Titan 900 miles east of the cape went on.')).toEqual([['900', 'miles']]);
  });

  it('still reads a model’s number as a name', () => {
    expect(figuresOf('The Xbox 360 sold well that winter.')).toEqual([]);
    expect(figuresOf('The airline grounded its Airbus 320 fleet.')).toEqual([]);
  });
});

describe('figure groups: one article printing a value in two sentences that outlets copy apart', () => {
  const body =
    'The harbour unemployment rate rose by 0.2 percentage points on the quarter to 3.6% in the three months to September.\n\nThe harbour economic inactivity rate fell by 0.2 percentage points on the quarter to 21.5% in the same months.';
  const a = createArticle({ id: 'a', outlet: { en: 'Harbour Statistics', es: 'Harbour Statistics' }, sourceKind: 'unknown', date: '2024-05-16' }, body);
  const b = createArticle({ id: 'b', outlet: { en: 'Port Digest', es: 'Port Digest' }, sourceKind: 'unknown', date: '2024-05-17' }, `Port statistics, reposted.\n\n${body}`);

  it('keeps the change in unemployment apart from the change in inactivity', () => {
    const groups = analyze([a, b])
      .figureGroups.filter((g) => g.members.some((m) => m.text === '0.2 percentage points'))
      .map((g) => g.members.map((m) => (m.sentence.includes('unemployment') ? 'unemployment' : 'inactivity')));
    expect(groups).toEqual(
      expect.arrayContaining([
        ['unemployment', 'unemployment'],
        ['inactivity', 'inactivity'],
      ]),
    );
    expect(groups).toHaveLength(2);
  });
});
