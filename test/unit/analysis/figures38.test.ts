import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { figureValue } from '../../../src/core/figureValue';
import { article } from './seeds';

/** Issue 9, thirty-eighth session: figure reading. Invented sentences. */

const figuresOf = (text: string) => analyze([article('a', text)]).figures;

describe('figures: a decimal comma before a scale word', () => {
  it('reads "3,6 million" as 3.6 million, in the engine and in the picture of a figure', () => {
    expect(figuresOf('About 3,6 million people were affected by the storm.').map((f) => [f.text, f.value])).toEqual([['About 3,6 million', 3_600_000]]);
    expect(figureValue('3,6 million people')?.lo).toBe(3_600_000);
  });

  it('still reads "2,500 million" with its thousands separator, and no number in a list "3,6 and 9"', () => {
    expect(figuresOf('Over 2,500 million people live there.').map((f) => f.value)).toEqual([2_500_000_000]);
    expect(figureValue('2,500 million people')?.lo).toBe(2_500_000_000);
    expect(figuresOf('He counted 3,6 and 9 items.').map((f) => f.text)).toEqual(['9']);
  });
});

describe('figures: the drowned are a death toll', () => {
  it('reads "drowned" as people killed, so it is compared with other tolls of the dead', () => {
    expect(figuresOf('Five people drowned when the boat sank.').map((f) => f.unitClass)).toEqual(['people-killed']);
    expect(figuresOf('Thirteen migrants drowned off the coast on Monday.').map((f) => f.unitClass)).toEqual(['people-killed']);
  });
});

describe('figures: a game score', () => {
  it('reads a score after a team\'s name and a word of winning, and "by a score of 31 to 9"', () => {
    const read = (t: string) => figuresOf(t).map((f) => [f.text, f.unitClass]);
    expect(read('Tampa Bay advanced by beating the Green Bay Packers 31-26 in the championship game.')).toEqual([['31-26', 'score']]);
    expect(read('The United States beat Thailand 13–0 in its opening match.')).toEqual([['13–0', 'score']]);
    expect(read('Liverpool won the game 3-1.')).toEqual([['3-1', 'score']]);
    expect(read('The Buccaneers won the title by a score of 31 to 9.')).toEqual([['31 to 9', 'score']]);
  });

  it("still reads a model's number after a word of winning as no count, and a change 'from 31 to 26 percent' as two figures", () => {
    expect(figuresOf('Delta won orders for the Boeing 737-800 jet.')).toEqual([]);
    expect(figuresOf('The share fell from 31 to 26 percent.').map((f) => f.text)).toEqual(['31', '26 percent']);
  });
});
