import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one rule each. */
const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

describe('a thing named with a number, pictures that show, a nickname in quotation marks', () => {
  it('reads "a star cluster called KRX 4410" as a name given, not someone calling it so', () => {
    expect(kind('The brightest object in the frame, a star cluster called KRX 4410, is far behind the nebula.')).toBe('reporting');
  });

  it('still reads "called" with a judgement after it as words reported', () => {
    expect(kind('The mayor called the plan a waste of money.')).toBe('attributed');
  });

  it('reads pictures that reveal or show something as a report, not a claim credited to them', () => {
    expect(kind('New photos taken on Monday reveal ice towers along the ridge of the moon.')).toBe('reporting');
    expect(kind('The new images show “ice towers,” tall spires of frozen gas on the moon.')).toBe('reporting');
  });

  it('still credits a speaker the pictures show, or a body that reveals', () => {
    expect(kind('A video posted online shows the mayor saying the plan is dead.')).toBe('attributed');
    expect(kind('The ministry revealed that the plan would cost $4 million.')).toBe('attributed');
  });

  it('still reads a judging phrase or a phrase with little words in quotation marks as someone’s words', () => {
    expect(kind('The budget was “deeply flawed” and late.')).toBe('attributed');
    expect(kind('They plan to file “within days.”')).toBe('attributed');
  });
});
