import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, forty-seventh session: numbers that are dialled or filed, not counted. Invented sentences. */

const figuresOf = (text: string) => analyze([article('a', text, '2024-05-16')]).figures.map((f) => f.text);

describe('figures: an emergency number is dialled, not counted', () => {
  it('reads no count in "every 911 call", "a 911 operator", "called 911" or "Emergency 911"', () => {
    expect(figuresOf('Deputies combed through every 911 call made that night.')).toEqual([]);
    expect(figuresOf('The gunman spoke to a 911 operator from inside the club.')).toEqual([]);
    expect(figuresOf('A neighbour called 911 at once.')).toEqual([]);
    expect(figuresOf('Emergency 911, this is being recorded.')).toEqual([]);
  });

  it('still counts 911 of something', () => {
    expect(figuresOf('Some 911 people were evacuated from the valley.')).toEqual(['Some 911']);
  });
});

describe('figures: digits joined by a dash whose second group is far longer are a code', () => {
  it('reads no range in a phone extension such as "7-5700" or "5-2735"', () => {
    expect(figuresOf('Congressional Research Service 7-5700 www.crs.gov')).toEqual([]);
    expect(figuresOf('For questions call the office at 5-2735.')).toEqual([]);
  });

  it('still reads "between 5-10" and "10-15" as ranges', () => {
    expect(analyze([article('a', 'Between 5-10 people were hurt and 10-15 homes burned.', '2024-05-16')]).figures.map((f) => [f.text, f.bound])).toEqual([
      ['Between 5-10', 'range'],
      ['10-15', 'range'],
    ]);
  });
});

describe('figures: a compound number before a noun of a scheme names the scheme', () => {
  it('reads no count in "a two-state solution" or "the one-China policy"', () => {
    expect(figuresOf('Both sides still back a two-state solution, and the one-China policy stands.')).toEqual([]);
  });

  it('still counts "a three-judge panel" and "a two-child family"', () => {
    expect(figuresOf('A three-judge panel heard the case of a two-child family.')).toEqual(['three-judge', 'two-child']);
  });
});
