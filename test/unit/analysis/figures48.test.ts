import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
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
