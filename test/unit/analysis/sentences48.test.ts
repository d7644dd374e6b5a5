import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, forty-eighth session: where a scraped page's sentences begin. Invented page texts. */

const texts = (text: string) => analyze([article('a', text)]).sentences.map((s) => s.text);

describe('sentences: a page date in ISO form run into the first sentence', () => {
  it('starts the sentence after "2024-09-25"', () => {
    expect(texts('Harbour Board: Ferry Fares Up in 2025 2024-09-25 Ferry fares rose in the spring, the harbour board says.')).toContain(
      'Ferry fares rose in the spring, the harbour board says.',
    );
  });

  it('leaves an ISO date inside a sentence alone', () => {
    expect(texts('The notice dated 2024-09-25 was filed late.')).toEqual(['The notice dated 2024-09-25 was filed late.']);
  });
});

describe('sentences: reference marks after a stop, then a sentence opening with a number', () => {
  it('ends the sentence at the marks', () => {
    expect(texts('A third driver died on July 12, while still in hospital.[1][2] 181 others were hurt in the crash.[3]')).toEqual([
      'A third driver died on July 12, while still in hospital.[1][2]',
      '181 others were hurt in the crash.[3]',
    ]);
  });
});

describe('sentences: a bracket closed before the stop, then a sentence opening with a number', () => {
  it('ends the sentence after "probable)."', () => {
    expect(texts('The ministry reports 36 cases (18 confirmed, 18 probable). 399 contacts have been traced so far.')).toEqual([
      'The ministry reports 36 cases (18 confirmed, 18 probable).',
      '399 contacts have been traced so far.',
    ]);
  });
});
