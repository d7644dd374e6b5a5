import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, thirty-eighth session: sentence kinds. Invented sentences. */

const kindsOf = (text: string) => analyze([article('a', text)]).sentences.map((s) => s.kind);

describe('kinds: what a source thinks or recommends is credited to it', () => {
  it('reads "NASA thinks…" and "The agency does not recommend…" as attributed', () => {
    expect(kindsOf('NASA thinks Jupiter is the oldest planet in the solar system.')).toEqual(['attributed']);
    expect(kindsOf('The agency does not recommend any travel restrictions for the region.')).toEqual(['attributed']);
  });

  it('still reads the writer\'s own "I think" as opinion', () => {
    expect(kindsOf('I think the new rules are a terrible mistake.')).toEqual(['opinion']);
  });
});
