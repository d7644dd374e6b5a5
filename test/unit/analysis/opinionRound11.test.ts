import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one rule each. */
const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

describe('what a panel, tribunal or hearing found', () => {
  it('reads a ruling body finding a thing as its claim, credited to it', () => {
    expect(kind('An independent tribunal found the builder had ignored three safety warnings.')).toBe('attributed');
    expect(kind('A disciplinary hearing in March found in favour of the referee who had been suspended.')).toBe('attributed');
    expect(kind('The inquiry found that the ferry had left port with its bow doors open.')).toBe('attributed');
  });

  it('still reads finding an object as an act reported', () => {
    expect(kind('A search party found the missing hikers near the ridge on Sunday.')).toBe('reporting');
    expect(kind('The jury found the defendant in the hallway after the recess.')).toBe('reporting');
  });
});
