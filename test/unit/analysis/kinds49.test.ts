import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, forty-ninth session. Invented sentences. */

const kindOf = (sentence: string) => analyze([article('a', sentence)]).sentences[0]?.kind;

describe('kinds: "reports" or "report" with a claim and no "that"', () => {
  it('credits a named body or a plural subject whose report is a clause', () => {
    expect(kindOf('The river authority reports the eastern levee has been breached in two places.')).toBe('attributed');
    expect(kindOf('Volunteers report many families have no drinking water left.')).toBe('attributed');
    expect(kindOf('NOAA reports ocean temperatures in the gulf were the highest on record.')).toBe('attributed');
  });

  it('still reads the noun "report" as a document', () => {
    expect(kindOf('This report is the third in a series on water quality.')).toBe('reporting');
    expect(kindOf('The next report will be issued on or around 6 August.')).toBe('reporting');
    expect(kindOf('Weekly reports received by Friday are included in the totals.')).toBe('reporting');
  });
});

describe('kinds: a participle that qualifies an object', () => {
  it('reads a source noun’s participle as a detail of the object, not a finding', () => {
    expect(kindOf('Inspectors are examining the survey forms found in the basement for signs of tampering.')).toBe('reporting');
  });

  it('lets a word of time or degree stand after the governing verb', () => {
    expect(kindOf('This is also the first case diagnosed and reported in the northern district.')).toBe('reporting');
  });

  it('lets a manner and its degree stand between the noun and the participle', () => {
    expect(kindOf('Brand X, a cheap generic cream, was the product most commonly reported.')).toBe('reporting');
  });

  it('still credits a subject who found or reported something', () => {
    expect(kindOf('Scientists in the lab found that the dose was safe.')).toBe('attributed');
    expect(kindOf('The survey forms found that most parents agreed.')).toBe('attributed');
    expect(kindOf('The agency formally reported on Monday that the plant would close.')).toBe('attributed');
  });
});
