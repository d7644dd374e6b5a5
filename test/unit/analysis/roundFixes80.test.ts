import { describe, expect, it } from 'vitest';
import { kindOf, sentences } from './probes';

/** Invented texts (not from any corpus) for the faults found in the thirty-third session (2026-12-06). */

describe('a law report cited inside a bracket', () => {
  it('keeps its abbreviated name in the sentence', () => {
    expect(sentences('The court held so in Harbour, 384 U.S. at 571 (citing Am. Steel, 328 U.S. at 797). Duration also matters.')).toEqual([
      'The court held so in Harbour, 384 U.S. at 571 (citing Am. Steel, 328 U.S. at 797).',
      'Duration also matters.',
    ]);
  });

  it('still ends a sentence at a stop the bracket does not enclose', () => {
    expect(sentences('The plant (in Ohio) closed in May. Workers left.')).toEqual(['The plant (in Ohio) closed in May.', 'Workers left.']);
  });
});

describe('"must" after a subject of its own, in a news piece', () => {
  it('is the writer telling a named party what to do: an opinion', () => {
    expect(kindOf('The federal government must do more to help towns prepare for floods.')).toBe('opinion');
    expect(kindOf('Food aid must also be matched by support for farmers.')).toBe('opinion');
  });

  it('is a rule reported after a procedure word, with a number, a purpose or a deadline', () => {
    expect(kindOf('The bill must now be voted on by the Senate.')).toBe('reporting');
    expect(kindOf('A candidate must win at least 270 electoral votes.')).toBe('reporting');
    expect(kindOf('The form must be filed in order to keep the licence.')).toBe('reporting');
    expect(kindOf('Bidders must send their offers no later than noon on Friday.')).toBe('reporting');
  });
});

describe('judging words met in the rounds', () => {
  it('"crucial" and "frivolous" in the writer\'s voice are a view', () => {
    expect(kindOf('The new school buses are a crucial step for the county.')).toBe('opinion');
    expect(kindOf('The court saw through the frivolous challenges to the agency.')).toBe('opinion');
  });
});
