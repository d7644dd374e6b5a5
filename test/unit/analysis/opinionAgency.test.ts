import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one rule each: agency releases and news about them. */
const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

describe('first person that is not the writer', () => {
  it('reads "I" after a capitalised word as a numeral in a name', () => {
    expect(kind('The Working Group I report was approved on Friday.')).toBe('reporting');
    expect(kind('Results of the Phase I trial arrived in March.')).toBe('reporting');
  });

  it('still hears the writer in a plain "I"', () => {
    expect(kind('Honestly, I think the council got this one badly wrong.')).toBe('opinion');
  });

  it('reads "we" and "our" in a reported clause as the speaker\'s', () => {
    expect(kind('The mayor said that our city cannot afford another flood like this one.')).toBe('attributed');
    expect(kind('She warned that we are running out of time to fix the bridge.')).toBe('attributed');
  });
});
