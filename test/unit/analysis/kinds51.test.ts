import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, fifty-first session. Invented sentences. */

const kindOf = (sentence: string) => analyze([article('a', sentence)]).sentences[0]?.kind;

describe('kinds: going on reporting, and going to report', () => {
  it('credits a body that continues to report', () => {
    expect(kindOf('The ministry continued to report rising infections in the north.')).toBe('attributed');
    expect(kindOf('The ministry continues to report rising infections.')).toBe('attributed');
  });

  it('reads an errand to report something as an act, not words reported', () => {
    expect(kindOf('The two men went to report the theft at the station on Monday.')).toBe('reporting');
    expect(kindOf('Residents went to report the damage to the county office.')).toBe('reporting');
  });
});

describe('kinds: advice whose object has a clause of its own', () => {
  it('reads an order as advice though a clause about its object has a verb', () => {
    expect(kindOf('Avoid contact with the blood and body fluids of people who are sick or from surfaces they touched.')).toBe('opinion');
    expect(kindOf('Use caution when entering the burned area.')).toBe('opinion');
  });

  it('still reads a sentence whose own verb follows its opening noun as reporting', () => {
    expect(kindOf('Clean energy rose 5% when prices fell.')).toBe('reporting');
    expect(kindOf('Report cards were issued when the term ended.')).toBe('reporting');
  });
});

describe('kinds: where a claim was made, between its verb and "that"', () => {
  it('credits a claim whose verb is followed by a phrase of place and then "that"', () => {
    expect(kindOf('Local authorities indicated in meetings with UN officials that they lack the capacity to assess the damage.')).toBe('attributed');
    expect(kindOf('The ministry determined at a hearing in Geneva that the plant had broken the rules.')).toBe('attributed');
  });

  it('does not take a relative clause of the place, nor reach past a comma, for the "that"', () => {
    expect(kindOf('The inspectors found in the building that was damaged a leak in the gas line.')).toBe('reporting');
    expect(kindOf('The inspectors found in the basement, near the boiler that failed, a leak in the gas line.')).toBe('reporting');
  });
});

describe('kinds: an assessment or an audit speaks as a report does', () => {
  it('credits what an assessment or an audit found', () => {
    expect(kindOf('A joint assessment found 80 percent of the buildings destroyed in the two coastal towns.')).toBe('attributed');
    expect(kindOf('Preliminary assessments indicate children may account for a third of the people made homeless.')).toBe('attributed');
    expect(kindOf('The audit found the agency lost track of 2,000 laptops.')).toBe('attributed');
  });

  it('still reports an inspection or an audit as an event', () => {
    expect(kindOf('The inspection is scheduled for Monday.')).toBe('reporting');
    expect(kindOf('Auditors began the audit of the agency in March.')).toBe('reporting');
  });
});

describe('kinds: reports that cite', () => {
  it('credits what reports or data cite', () => {
    expect(kindOf('Initial reports cite damage to crops and livestock in three parishes.')).toBe('attributed');
  });

  it('still reads a body citing someone as an act', () => {
    expect(kindOf('Police cite the driver for speeding.')).toBe('reporting');
  });
});
