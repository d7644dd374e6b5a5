import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one rule each. */
const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

describe('"state" the noun', () => {
  it('reads "the first state", "states’" and "a farming state, Iowa," as nouns', () => {
    expect(kind('Iowa became the first state to ban the pesticide outright.')).toBe('reporting');
    expect(kind('Turnout followed the states’ usual patterns this year.')).toBe('reporting');
    expect(kind('Lawmakers in another farming state, Iowa, passed a similar bill.')).toBe('reporting');
  });
});

describe('idioms and elisions', () => {
  it('does not read "calling into question" as speech', () => {
    expect(kind('The result surprised both parties, calling into question the usual polling models.')).toBe('reporting');
  });

  it('reads the turned comma of "Rock ‘n Roll" as an elision, not a quotation', () => {
    expect(kind('The museum opened a Rock ‘n Roll wing with 300 guitars on display.')).toBe('reporting');
  });
});

describe('a first-person account of facts', () => {
  it('reads an official\'s "we know of 40 cases" as a report', () => {
    expect(kind('We now know of about 40 cases in the county, including six in children.')).toBe('reporting');
  });

  it('still reads a first-person judgement or appeal as an opinion', () => {
    expect(kind('We believe the 40 cases show a failure of the county system.')).toBe('opinion');
    expect(kind('I urge all 40 schools to close their kitchens until the inspection.')).toBe('opinion');
  });
});

describe('rules, titles and a speaker introducing the panel', () => {
  it('reads "it is illegal to…" as a rule stated, and still reads the writer calling a thing illegal as a judgement', () => {
    expect(kind('It is illegal to sell the recalled heaters, including online.')).toBe('reporting');
    expect(kind('The new parking levy is plainly illegal.')).toBe('opinion');
  });

  it('does not read a capitalised title after "This" as the writer drawing a conclusion', () => {
    expect(kind('This Highlights report compares scores from 2020 and 2022 for 9-year-olds.')).toBe('reporting');
  });

  it('reads "With me today are…" as a speaker\'s courtesy, not a view', () => {
    expect(kind('With me today are my colleagues from the safety board.')).toBe('reporting');
  });
});
