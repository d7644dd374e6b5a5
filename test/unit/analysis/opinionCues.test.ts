import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one rule each. */
const finding = (text: string) => analyze([article('a', text)]).sentences[0];
const kind = (text: string) => finding(text)?.kind;

describe('a speech or source verb used as a plural noun', () => {
  it('does not read a word of a list of things as the verb that attributes', () => {
    expect(kind('The stolen records included names, genders, locations and birthdays of members.')).toBe('reporting');
    expect(kind('The leaked files held records such as names and home addresses.')).toBe('reporting');
    expect(kind('The court files list the names, ages and towns of the accused.')).toBe('attributed');
  });

  it('still reads the verb after a named subject', () => {
    expect(kind('The council report names three contractors who were never paid.')).toBe('attributed');
  });
});

describe('weak cues: degree adverbs and words of a legal finding', () => {
  it('does not read a degree adverb as the writer\'s view where it qualifies how someone presented a thing', () => {
    expect(kind('The regulator said the lender presented the losses as merely temporary while it knew otherwise.')).toBe('attributed');
    expect(kind('The lender presented the losses as merely temporary while it knew otherwise.')).toBe('reporting');
  });

  it('lets a degree adverb alone make only an unsure opinion, too weak to build a round on', () => {
    const s = finding('The new parking fee is merely a tax on commuters.');
    expect(s?.kind).toBe('opinion');
    expect(s?.confidence).toBeLessThan(0.8);
  });

  it('reads a legal word inside a charge as part of the charge', () => {
    expect(kind('The driver was accused of carrying a fake licence at the checkpoint.')).toBe('reporting');
  });
});
