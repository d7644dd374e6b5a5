import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, figures round 33. Invented text. */

const texts = (body: string): string[] => analyze([article('a', body)]).figures.map((f) => f.text);
const checkable = (body: string) => analyze([article('a', body)]).sentences[0]?.evidence['checkable-detail'];

describe('figures round 33: a catalogue name that opens the sentence', () => {
  it('reads the number after an acronym opening the sentence as part of the name, not a figure', () => {
    expect(texts('KRX 4410 sits 60 million light-years from Earth, while the other two clusters are farther.')).not.toContain('4410');
    expect(checkable('KRX 4410 sits 60 million light-years from Earth, while the other two clusters are farther.')).toBe('60 million');
  });

  it('still reads a number after a plain capitalised first word as a figure', () => {
    expect(texts('Officials 40 miles away heard the blast.')).toContain('40');
  });
});
