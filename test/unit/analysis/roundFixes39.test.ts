import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus) for the faults the round-39 audit found (2026-12-05). */
const finding = (text: string, sentence: string) => analyze([article('a', text)]).sentences.find((s) => s.text.startsWith(sentence));

describe('a sentence adverb of hope or regret beside a judging word', () => {
  it('shows the judging word as the cue, not the adverb and the verb after it', () => {
    const s = finding('The council met on Monday.\nThe new fund will open next month and hopefully help prevent further tragic losses on the river.', 'The new fund');
    expect(s?.kind).toBe('opinion');
    expect(s?.evidence['loaded-words']).toBe('tragic');
  });

  it('shows the adverb alone when nothing else in the sentence judges', () => {
    const s = finding('The council met on Monday.\nThe new fund will open next month and hopefully help families on the river.', 'The new fund');
    expect(s?.kind).toBe('opinion');
    expect(s?.evidence['loaded-words']).toBe('hopefully');
  });
});
