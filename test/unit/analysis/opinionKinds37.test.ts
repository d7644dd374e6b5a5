import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus): rules written from errors that recur across dev clusters. */
const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

describe('a judging word on a noun in a sentence that reports a fact', () => {
  it('reads the fact, not the adjective, when the sentence reports a figure, a date or a named act', () => {
    expect(kind('The terrible collision involving 4 lorries happened on March 9.')).toBe('reporting');
    expect(kind('Crucial medicines have also been flown to 12 remote villages.')).toBe('reporting');
  });

  it('still reads the word as a view when the sentence says it of its subject or equates the subject with it', () => {
    expect(kind('The collision on March 9 was terrible.')).toBe('opinion');
    expect(kind('The verdict, which came after 4 weeks of testimony, represents a stunning fall for the founder.')).toBe('opinion');
  });
});

describe('a plain sentence amid a passage that judges', () => {
  const rant = [
    'We are outraged by this disgraceful decision.',
    'Our leaders have shamefully failed us again.',
    'The cuts are cruel and reckless.',
    'The program will expand testing in rural clinics.',
    'There was a meeting with families in the spring.',
    'It is the heart of the matter.',
    'We demand that they reverse this terrible mistake.',
    'How can anyone defend it?',
  ].join(' ');
  const kindOf = (start: string) => analyze([article('a', rant)]).sentences.find((s) => s.text.startsWith(start))?.kind;

  it('takes the voice of the passage when it says what something is', () => {
    expect(kindOf('It is the heart')).toBe('opinion');
  });

  it('still reports what was or will be done, and what there was', () => {
    expect(kindOf('The program will expand')).toBe('reporting');
    expect(kindOf('There was a meeting')).toBe('reporting');
  });
});
