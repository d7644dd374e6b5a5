import { describe, expect, it } from 'vitest';
import { sentenceCarriers } from '../../../src/core/analysis/carriers';
import { article } from './seeds';

/** Which articles print a sentence: verbatim, as a near-copy, or not at all. */
describe('sentenceCarriers', () => {
  const a = article('a', 'The US agency reported a magnitude 4.9 aftershock hit 19 minutes later.\nRescue teams worked through the night in the mountains.');
  const b = article('b', 'Officials spoke on Saturday.\nThe US agency reported a magnitude-4.9 aftershock hit 19 minutes later.');
  const c = article('c', 'Rescue teams worked through the night in the mountain villages.\nThe US agency counted the aftershocks.');
  const d = article('d', 'Bellingham made 132 appearances for Dortmund, scoring 24 goals and providing 25 assists.');
  const carriersOf = sentenceCarriers([a, b, c, d]);

  it('finds every article that prints the sentence, a hyphen or a changed word aside, in article order', () => {
    expect(carriersOf('The US agency reported a magnitude 4.9 aftershock hit 19 minutes later.')).toEqual(['a', 'b']);
    expect(carriersOf('Rescue teams worked through the night in the mountains.')).toEqual(['a', 'c']);
  });

  it('does not count an article that only shares words with the sentence', () => {
    expect(carriersOf('Bellingham made 132 appearances for Dortmund, scoring 24 goals and providing 25 assists.')).toEqual(['d']);
    expect(carriersOf('The US agency counted the aftershocks.')).toEqual(['c']);
  });

  it('finds a sentence the engine split off with a dateline, and answers nothing for text nobody printed', () => {
    const e = article('e', 'MOSCOW, Feb 2 (ANI): Bellingham made 132 appearances for Dortmund, scoring 24 goals and providing 25 assists.');
    const withDateline = sentenceCarriers([d, e]);
    expect(withDateline('Bellingham made 132 appearances for Dortmund, scoring 24 goals and providing 25 assists.')).toEqual(['d', 'e']);
    expect(carriersOf('Nobody wrote this sentence in any of the four articles.')).toEqual([]);
  });
});
