import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { createArticle } from '../../../src/core/article';

/** Invented sentences: a speed is shown with its unit, so that two outlets' speeds can be compared by a reader. */
const figuresOf = (text: string) =>
  analyze([createArticle({ id: 'a', outlet: { en: 'A', es: 'A' }, sourceKind: 'unknown', date: '2023-05-02' }, text)]).figures.map((f) => [f.text, f.unitClass]);

describe('speeds', () => {
  it('keep their unit in the figure shown, however it is written', () => {
    expect(figuresOf('Gusts of 178 km/h were recorded on the coast, and the ferry was held in port.')).toContainEqual(['178 km/h', 'km/h']);
    expect(figuresOf('Gusts of 111 mph were recorded on the coast, and the ferry was held in port.')).toContainEqual(['111 mph', 'mph']);
    expect(figuresOf('Gusts of 64 kph were recorded on the coast, and the ferry was held in port.')).toContainEqual(['64 kph', 'km/h']);
    expect(figuresOf('Gusts of 100 miles per hour were recorded on the coast, and the ferry was held in port.')).toContainEqual(['100 miles per hour', 'mph']);
  });

  it('leave a distance as it was', () => {
    expect(figuresOf('The ferry crossing is 40 km long and takes an hour in calm weather.')).toContainEqual(['40', 'km']);
  });
});
