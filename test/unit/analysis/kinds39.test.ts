import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, thirty-ninth session: sentence kinds. Invented sentences. */

const kindsOf = (text: string) => analyze([article('a', text)]).sentences.map((s) => s.kind);

describe('kinds: a finding after a perfect "has" is credited to its subject', () => {
  it('reads "The Space Force has identified that…" and "The agency has determined that…" as attributed', () => {
    expect(kindsOf('The Space Force has identified that the test added 1,200 pieces of debris to the orbit.')).toEqual(['attributed']);
    expect(kindsOf('The agency has determined that the river water is safe to drink.')).toEqual(['attributed']);
  });

  it('still reads "Police identified the man as…", with no claim after it, as reporting', () => {
    expect(kindsOf('Police identified the man as a 45-year-old local resident.')).toEqual(['reporting']);
  });
});
