import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';
import { kindInVoice } from './probes';

/** Invented sentences (not from any corpus), one rule each: cues demoted where a dev audit found them wrong more often than right. */
const read = (text: string) => analyze([article('a', text)]).sentences[0];

describe('a hedge on a state already reached', () => {
  it('reads "likely" or "appears to" on what has been done or suffered as an assessment reported', () => {
    expect(read('Orchards on the western slopes are all likely damaged.')?.kind).toBe('reporting');
    expect(read('Two ferry piers have likely been destroyed by the waves.')?.kind).toBe('reporting');
    expect(read('Retail spending appears to have slowed after a strong spring.')?.kind).toBe('reporting');
    expect(read('Orchards on the western slopes are all likely damaged.')?.cues).not.toContain('speculation');
  });

  it('still reads a guess at what will happen as the writer speculating', () => {
    expect(read('The repairs are likely to drag on well past the summer.')?.cues).toContain('speculation');
    expect(kindInVoice('The ferry service will likely stay closed for the season.')).toBe('opinion');
    expect(kindInVoice('The council appears to be losing patience with the contractor.')).toBe('opinion');
  });
});

describe('an estimating hedge on a state already reached', () => {
  it('reads "reportedly" or "are estimated to" on damage done as the assessment reported, with no one credited', () => {
    expect(read('Nine schools in the valley have reportedly been flooded.')?.kind).toBe('reporting');
    expect(read('Many more barns are estimated to have been badly damaged.')?.kind).toBe('reporting');
  });

  it('still credits a hedge that passes on a claim, or one on what is yet to happen', () => {
    expect(read('The mayor is said to have approved the plan in secret.')?.kind).toBe('attributed');
    expect(read('The clinic is reportedly planning to close in March.')?.kind).toBe('attributed');
    expect(read('The storm is estimated to have destroyed 300 barns.')?.kind).toBe('attributed');
  });
});

describe('a legal word on the noun it classes', () => {
  it('reads "illegal" on the thing an act was done with as naming the conduct', () => {
    expect(read('For a decade the dealer sold cars that released illegal amounts of soot.')?.kind).toBe('reporting');
    expect(read('The inquiry traced the illegal payments to a shell company in 2019.')?.kind).toBe('reporting');
  });

  it('still reads a legal word said of a subject, or opening the sentence, as the writer judging', () => {
    expect(read('The new entry fee for the beach is plainly illegal.')?.kind).toBe('opinion');
    expect(read('The unlawful toll has cost commuters dearly.')?.kind).not.toBe('reporting');
  });
});
