import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Days of a month against counts written beside a month's name. Invented sentences. */

const read = (text: string): string[] => analyze([article('a', text)]).figures.map((f) => `${f.kind}:${f.text}`);

describe('figures: days beside a month', () => {
  it('reads the first of two days of one month as a date, not a count ("on 7 and 11 March")', () => {
    const figures = read('The first two storms, on 7 and 11 March, flooded 40 villages.');
    expect(figures).not.toContain('count:7');
    expect(figures).toContain('count:40');
  });

  it('reads a number in words after a month and a comma as a count, not a day ("In March, four storms")', () => {
    const figures = read('Throughout March, four strong storms struck the coast.');
    expect(figures).toContain('count:four');
    expect(figures.filter((f) => f.startsWith('date:'))).toEqual([]);
  });

  it('still reads a day in digits after its month as a date ("March 4")', () => {
    expect(read('The storm struck on March 4, flooding 40 villages.')).toContain('date:March 4');
  });
});
