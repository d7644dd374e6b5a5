import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/**
 * Opinion calls need evidence in the writer's own words: invented sentences (not from any corpus)
 * where a judgement word only names a thing or reports a size, one rule each.
 */
const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

describe('judgement words that only name a thing', () => {
  it('does not read a word of a name as a judgement', () => {
    expect(kind('The mayor answered critics in a post on Brilliant Harbour, the town forum, on Monday.')).toBe('reporting');
    // The same word in the writer's own clause still judges.
    expect(kind('The mayor gave a brilliant answer to his critics on Monday.')).toBe('opinion');
  });

  it('does not read a label set before a name as sarcasm or a scare quote', () => {
    expect(kind('The council will publish its so-called Harbour Review on Thursday.')).toBe('reporting');
    expect(kind('The payment was made by the club\'s former lawyer and "enforcer" Tom Reed in 2019.')).toBe('reporting');
    expect(kind('The council will publish its so-called review on Thursday.')).toBe('opinion');
  });
});
