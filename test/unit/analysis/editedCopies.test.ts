import { describe, expect, it } from 'vitest';
import { sentenceCarriers } from '../../../src/core/analysis/carriers';
import { article } from './seeds';

/** Invented sentences: the same sentence with a word or two changed counts in who-said-it (issue 9, item 6). */
describe('a copy with small edits is the same sentence', () => {
  const a = article('a', 'Ferry stops\nThe harbour office reported a second ferry broke down near the north pier 40 minutes later. Crews towed it in.');
  const b = article('b', 'Ferry halts\nThe harbour office also reported a second ferry breaking down near the north pier 40 minutes later. Nobody was hurt.');
  const c = article('c', 'Ferries\nA storm closed the port on Friday. The harbour office reported a second ferry broke down near the north pier 45 minutes later.');
  const d = article('d', 'Port shut\nThe pilots also said they would not sail once the harbour office reopened the port.');
  const e = article('e', 'Port open\nThe pilots said they would sail once the harbour office reopened the port.');
  const f = article('f', 'Quay\nThe landslide near the quay killed at least 12 dock workers on Friday morning, officials said.');
  const g = article('g', 'Quay two\nThe landslide near the quay injured at least 12 dock workers on Friday morning, officials said.');
  const carriers = sentenceCarriers([a, b, c, d, e, f, g]);

  it('counts a copy with a word added and a verb changed', () => {
    expect(carriers('The harbour office reported a second ferry broke down near the north pier 40 minutes later.')).toEqual(['a', 'b']);
  });

  it('does not count a copy whose number, negation or counted state differs', () => {
    expect(carriers('The harbour office reported a second ferry broke down near the north pier 45 minutes later.')).toEqual(['c']);
    expect(carriers('The pilots also said they would not sail once the harbour office reopened the port.')).toEqual(['d']);
    expect(carriers('The landslide near the quay killed at least 12 dock workers on Friday morning, officials said.')).toEqual(['f']);
  });
});
