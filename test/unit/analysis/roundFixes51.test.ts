import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented texts (not from any corpus) for the faults found on round 50 and dev in the twenty-eighth session (2026-12-05). */
const classOf = (text: string, figure: string) => analyze([article('a', text)]).figures.find((f) => f.text === figure)?.unitClass;

describe('what happened to the people a count names, when the sentence names two states', () => {
  it('does not give a count the state of another count of millions before it', () => {
    const text = 'The storms hit four provinces. Some 1.4 million people have been displaced, and more than 3.1 million people have been affected by the storms.';
    expect(classOf(text, 'Some 1.4 million')).toBe('people-displaced');
    expect(classOf(text, 'more than 3.1 million')).toBe('people');
  });

  it('does not carry the state to a bare count that opens a clause of its own', () => {
    const text = 'The storms hit four provinces. Over 1.4 million people have been displaced, and more than 3.1 million have been affected by the storms.';
    expect(classOf(text, 'Over 1.4 million')).toBe('people-displaced');
    expect(classOf(text, 'more than 3.1 million')).toBe('people');
  });

  it('reads the state past an aside between dashes, and keeps it from the next count', () => {
    const text =
      'The outbreak spread in the summer. So far, nine patients—including two in Ohio—have lost their lives to the illness, and more than 300 patients across 20 states have been treated in hospital.';
    expect(classOf(text, 'nine')).toBe('people-killed');
    expect(classOf(text, 'more than 300')).not.toBe('people-killed');
  });
});
