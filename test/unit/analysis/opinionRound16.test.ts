import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one rule each. */
const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

describe('record, named and pledged as things and acts', () => {
  it('reads "a new record", "on record" and "named storms" as nouns and adjectives, not a source speaking', () => {
    expect(kind('The agency set aside a new record $900 million for the repairs.')).toBe('reporting');
    expect(kind('It was the wettest spring on record in terms of named storms.')).toBe('reporting');
  });

  it('still credits a body that records or a source that shows', () => {
    expect(kind('The ministry also recorded flooding in three northern towns.')).toBe('attributed');
    expect(kind('Figures released on Monday showed exports fell by a fifth.')).toBe('attributed');
  });

  it('reads pledging money as an act', () => {
    expect(kind('Donor countries pledged their contributions at the conference in Oslo.')).toBe('reporting');
  });

  it('credits "cautions that…" to its subject', () => {
    expect(kind('The weather service cautions that the flood risk remains high.')).toBe('attributed');
  });
});

describe('a turned comma never closed', () => {
  it('does not read the rest of a scanned paragraph as a quotation after a stray mark', () => {
    expect(kind('‘This prosecution has been approved by the Tax Division of the department.')).toBe('reporting');
  });
});
