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

describe('figures in units that convert, round 23', () => {
  const membersOf = (...texts: string[]): string[][] =>
    analyze(texts.map((t, i) => article(String.fromCharCode(97 + i), t))).figureGroups.map((g) => g.members.map((m) => `${m.article}:${m.text}`).sort());

  it('reads "km/h" and "miles per hour" as speeds, not distances', () => {
    expect(classesOf('Gusts reached 95 km/h on the ridge.')).toEqual([['95 km/h', 'km/h']]);
    expect(classesOf('Gusts reached 59 miles per hour on the ridge.')).toEqual([['59 miles per hour', 'mph']]);
  });

  it('groups one speed given in mph and in km/h as the same figure in another unit', () => {
    const texts = ['The new ferry cruises at 31 mph between the islands.', 'The new ferry cruises at 50 km/h between the islands.'];
    expect(membersOf(...texts)).toEqual([['a:31 mph', 'b:50 km/h']]);
    const [g] = analyze(texts.map((t, i) => article(String.fromCharCode(97 + i), t))).figureGroups;
    expect(g?.reason).toBe('same-fact-different-form');
  });

  it('does not take one number in mph and in km/h for one speed', () => {
    const [g] = analyze(
      ['The new ferry cruises at 31 mph between the islands.', 'The new ferry cruises at 31 km/h between the islands.'].map((t, i) => article(String.fromCharCode(97 + i), t)),
    ).figureGroups;
    expect(g?.verdict).not.toBe('compatible');
  });
});
