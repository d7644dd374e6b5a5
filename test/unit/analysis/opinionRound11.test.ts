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

describe('what a board or investigators determined or concluded', () => {
  it('reads a board or investigators finding a thing as their claim, credited to them', () => {
    expect(kind('The safety board found the crane had not been inspected since May.')).toBe('attributed');
    expect(kind('The board determined the main causes were a worn cable and a missing guard.')).toBe('attributed');
    expect(kind('Investigators concluded the fire had started in a faulty heater.')).toBe('attributed');
    expect(kind('The review board determined that the bridge had been overloaded for years.')).toBe('attributed');
  });

  it('still reads a board finding or determining an object as an act reported', () => {
    expect(kind('The board found a new chief executive in March.')).toBe('reporting');
    expect(kind('The board determined the date of the next meeting.')).toBe('reporting');
    expect(kind('Investigators found the wreck on the sea floor.')).toBe('reporting');
  });
});
