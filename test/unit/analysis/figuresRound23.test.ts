import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus). */
const figuresOf = (text: string) => analyze([article('a', text)]).figures;
const classesOf = (text: string): [string, string][] => figuresOf(text).map((f) => [f.text, f.unitClass]);

describe('figures read in round 23', () => {
  it('reads lives by what the words near them say happened: saved, lost, or neither', () => {
    expect(classesOf('The vaccine drive has saved, by the charity’s count, 3 million lives across the region.')).toEqual([['3 million', 'people-rescued']]);
    expect(classesOf('More than 12,000 people’s lives have been saved by the new warning sirens.')).toEqual([['More than 12,000', 'people-rescued']]);
    expect(classesOf('The landslide claimed at least 40 lives in the valley.')).toEqual([['at least 40', 'people-killed']]);
    expect(classesOf('The grant will feed more than 90,000 people whose lives were upended by the drought.')).toEqual([['more than 90,000', 'people']]);
  });
});
