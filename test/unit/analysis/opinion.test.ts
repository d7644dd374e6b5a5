import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { kindInVoice } from './probes';
import { article } from './seeds';

function kinds(text: string) {
  return analyze([article('a', text)]).sentences.map((s) => [s.kind, s.cues]);
}

describe('opinion cues', () => {
  it('tells reporting, attributed and opinion apart, with their cues', () => {
    expect(kinds('Moscow has 100,000 troops near its borders with Ukraine.')).toEqual([['reporting', ['checkable-detail']]]);
    expect(kinds('"This is a critical moment," Mr Blinken said in his opening remarks.')).toEqual([['attributed', ['quotation-marks', 'attribution-verb']]]);
    expect(kinds('It seems to ME this is nothing more than an attempt to buy time.')[0]?.[0]).toBe('opinion');
    expect(kinds('It seems to ME this is nothing more than an attempt to buy time.')[0]?.[1]).toContain('first-person');
  });

  it("reads a rhetorical question and loaded words as the author's", () => {
    expect(kinds('See where this is going?')).toEqual([['opinion', ['rhetorical-question']]]);
    expect(kinds('Yet the US is currently illegally occupying a large part of Syria.')[0]?.[0]).toBe('opinion');
  });

  it("treats first person inside a quote as the speaker's, not the author's", () => {
    expect(kinds('«I can’t say if we are on the right track or not,» he told reporters.')[0]?.[0]).toBe('attributed');
  });

  it('reads a trailing ", he said" as attribution even without quotation marks', () => {
    expect(kinds('Let’s not rush, the president is always ready for contacts, he said.')[0]?.[0]).toBe('attributed');
  });

  it('does not take a guess about what someone would say for a report', () => {
    expect(kinds('Lavrov, of course, would say that Western powers are equally aggressive.')[0]?.[0]).toBe('opinion');
  });

  it('reads a present-tense tag after a figure and a comma (", says the governor") as attribution', () => {
    expect(kinds('The toll is 40, says the district governor.')[0]?.[0]).toBe('attributed');
    expect(kinds('Deaths in the flood number 40 & not 52, clarifies the district governor.')[0]?.[0]).toBe('attributed');
    expect(kinds('The board counted 12 cases, 40 deaths and 3 claims.')[0]?.[0]).toBe('reporting');
  });

  it('reads "could rise" as a guess at where a count goes next: the writer\'s view in a piece with a voice', () => {
    expect(kinds('The toll could rise, though, as crews reach parts of the valley cut off by two fires.')[0]?.[1]).toEqual(['speculation', 'checkable-detail']);
    expect(kindInVoice('The toll could rise, though, as crews reach parts of the valley cut off by two fires.')).toBe('opinion');
  });
});
