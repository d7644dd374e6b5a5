import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus): rules written from errors that recur across dev clusters. */
describe('a plain account amid a passage that judges', () => {
  const rant = [
    'We are outraged by this disgraceful decision.',
    'Our leaders have shamefully failed us again.',
    'The cuts are cruel and reckless.',
    'The closures were approved by the board.',
    'There was a meeting with families in the spring.',
    'It is the heart of the matter.',
    'We demand that they reverse this terrible mistake.',
    'How can anyone defend it?',
  ].join(' ');
  const kindOf = (start: string) => analyze([article('a', rant)]).sentences.find((s) => s.text.startsWith(start))?.kind;

  it('takes the voice of the passage when it says what something is', () => {
    expect(kindOf('It is the heart')).toBe('opinion');
  });

  it('still reports what was done by whom, or what there was', () => {
    expect(kindOf('The closures were approved')).toBe('reporting');
    expect(kindOf('There was a meeting')).toBe('reporting');
  });
});
