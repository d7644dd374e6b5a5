import { describe, expect, it } from 'vitest';
import { kindOf } from './probes';

/** Invented texts (not from any corpus) for the faults found on rounds 57-58 and dev in the twenty-ninth session (2026-12-05). */

describe('a speech tag set between commas in mid-sentence', () => {
  it('credits the first person on both sides of the tag to the speaker', () => {
    expect(kindOf('The farmers of the valley deserve our help, she said, but more than that, they need a road to their markets before the rains.')).toBe('attributed');
    expect(kindOf('We will rebuild the bridge, the mayor said, but the work will take two years.')).toBe('attributed');
  });

  it('leaves place names that end like speech verbs, and the writer’s own first person, alone', () => {
    expect(kindOf('Floods swept through camps in Borno, Adamawa and Yobe States, forcing families onto higher ground near the river.')).toBe('reporting');
    expect(kindOf('We believe, as we said, that the council must act on the river now.')).toBe('opinion');
  });
});

describe('a body’s estimate or recommendation with its claim after "that"', () => {
  it('credits the claim to the bodies that estimate or recommend it', () => {
    expect(kindOf('The World Health Organization and the Red Cross estimate currently that 40 million people lack clean water, up 3 million since 2019.')).toBe('attributed');
    expect(kindOf('The two agencies recommend that 5 million households boil their water until the end of June.')).toBe('attributed');
  });

  it('keeps an estimate that is a noun in a plain report', () => {
    expect(kindOf('The GDP estimate released today is based on data for 12 states that are incomplete.')).toBe('reporting');
  });
});
