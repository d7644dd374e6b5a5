import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, thirty-ninth session: figure reading. Invented sentences. */

const read = (text: string) => analyze([article('a', text)]).figures.map((f) => [f.text, f.unitClass]);

describe('figures: a dash between counts in the thousands', () => {
  it('reads a whole and the part after its dash as two counts, not one score', () => {
    const figures = read('The population of the country was estimated to be 4,597,300—3,489,800 in the north and 1,107,500 in the south.');
    expect(figures.map(([text]) => text)).toEqual(['4,597,300', '3,489,800', '1,107,500']);
    expect(figures.some(([, unitClass]) => unitClass === 'score')).toBe(false);
  });

  it("still reads a game's score with sides under a thousand as a score", () => {
    expect(read('The Celtics beat the Lakers 131-126 on Thursday.')).toEqual([['131-126', 'score']]);
    expect(read('The home side won the game 3-1.')).toEqual([['3-1', 'score']]);
  });
});

describe('figures: a length set off by a comma before its dates', () => {
  it('reads "lasted twelve days, from 1 to 12 September" as a length of twelve days', () => {
    expect(read('The campaign lasted twelve days, from 1 to 12 September.')).toContainEqual(['twelve days', 'duration']);
  });

  it('still reads "the 12 months to March 2024" as the window a change was measured over, no length', () => {
    expect(read('Prices rose 3% in the 12 months to March 2024.').some(([, unitClass]) => unitClass === 'duration')).toBe(false);
  });
});
