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
