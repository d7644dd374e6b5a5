import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one reading each. */
const figuresOf = (text: string) => analyze([article('a', text)]).figures;
const textsOf = (text: string) => figuresOf(text).map((f) => f.text);

describe('figures read in round 18', () => {
  it('does not offer an age group ("8-year-olds", "age 8 pupils") as a figure to compare', () => {
    expect(textsOf('The survey tested 8-year-olds in every district.')).toEqual([]);
    expect(textsOf('Reading scores for age 8 pupils slipped this spring.')).toEqual([]);
    expect(textsOf('The study followed 11-year-old pupils for a term.')).toEqual([]);
    const groups = analyze([
      article('a', 'Reading scores for age 8 pupils slipped this spring, the ministry said.'),
      article('b', 'The ministry said reading scores of 8-year-old pupils slipped this spring.'),
    ]).figureGroups;
    expect(groups).toEqual([]);
  });

  it("still reads one person's age", () => {
    expect(figuresOf('The 52-year-old driver was not hurt.').map((f) => [f.text, f.unitClass])).toEqual([['52', 'age']]);
    expect(figuresOf('A 17-year-old was arrested on Friday.').map((f) => f.unitClass)).toEqual(['age']);
  });

  it('does not read a calibre ("120 mm shells", "81mm mortars") as a length', () => {
    expect(textsOf('The aid includes 5,000 rounds of 120 mm shells.')).toEqual(['5,000']);
    expect(textsOf('The battalion fired its 81mm mortars at dawn.')).toEqual([]);
    expect(figuresOf('The drill bored a hole 120 mm deep.').map((f) => f.unitClass)).toEqual(['mm']);
  });

  it('reads a name joined to its number by an en dash ("SARS–2") as a name', () => {
    expect(textsOf('Output is still above its level before the SARS–2 outbreak.')).toEqual([]);
  });

  it('reads a winning margin written with "%" as points, like "percentage points"', () => {
    expect(figuresOf('The governor carried the county by 12% in the last election.').map((f) => f.unitClass)).toEqual(['percentage-points']);
    expect(figuresOf('Ticket sales rose by 12% this season.').map((f) => f.unitClass)).toEqual(['percent']);
    const groups = analyze([
      article('a', 'In the last election the governor carried the county by 12%, the election office said.'),
      article('b', 'The governor beat her rival in the county by 12 percentage points in the last election.'),
    ]).figureGroups;
    expect(groups.map((g) => g.unitClass)).toEqual(['percentage-points']);
  });
});
