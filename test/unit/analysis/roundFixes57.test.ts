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
