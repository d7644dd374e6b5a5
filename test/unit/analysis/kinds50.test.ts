import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, fiftieth session. Invented sentences. */

const kindOf = (sentence: string) => analyze([article('a', sentence)]).sentences[0]?.kind;

describe('kinds: praise and feeling the page professes', () => {
  it('reads praise of people as the writer’s judgement', () => {
    expect(kindOf('The volunteers showed remarkable dedication and patriotism throughout the season.')).toBe('opinion');
    expect(kindOf('These firefighters are heroes who kept the valley safe.')).toBe('opinion');
    expect(kindOf('The county will remain a steadfast partner to the farmers of the region.')).toBe('opinion');
    expect(kindOf('The town owes the crews a debt of gratitude.')).toBe('opinion');
  });

  it('reads a feeling the page professes as its own', () => {
    expect(kindOf('The nation is grateful to the crews who fought the fire.')).toBe('opinion');
    expect(kindOf('The town watched the parade with pride.')).toBe('opinion');
  });

  it('still reports a decision, a pledge or a plain count', () => {
    expect(kindOf('The board made its determination of eligibility on Tuesday.')).toBe('reporting');
    expect(kindOf('The two sides signed a commitment to resolve the dispute by June.')).toBe('reporting');
    expect(kindOf('The crews worked for 40 hours without a break.')).toBe('reporting');
  });

  it('still credits a speaker who voices the praise', () => {
    expect(kindOf('The mayor said the crews were heroes.')).toBe('attributed');
  });
});
