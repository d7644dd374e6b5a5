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

describe('kinds: what an event is said to mean, and praise of a team', () => {
  it('reads "serves as a reminder" and a weighed reminder as the writer’s reading', () => {
    expect(kindOf('The collapse serves as a reminder of how old the bridges in the county are.')).toBe('opinion');
    expect(kindOf('The flood is a painful reminder of the need for new levees.')).toBe('opinion');
    expect(kindOf('The ruling is a poignant moment for the families of the miners.')).toBe('opinion');
  });

  it('reads praise of a team’s spirit and puffery about jobs as judgement', () => {
    expect(kindOf('The players showed great sportsmanship and camaraderie all season.')).toBe('opinion');
    expect(kindOf('The plant will create good-paying jobs in the valley.')).toBe('opinion');
  });

  it('still reports a reminder that is only a notice', () => {
    expect(kindOf('The agency sent a reminder to households that forms are due on 1 May.')).toBe('reporting');
    expect(kindOf('The plant will create 400 jobs in the valley.')).toBe('reporting');
  });
});
