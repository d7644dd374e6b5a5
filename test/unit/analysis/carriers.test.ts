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

/** A story quoting a statement, and the statement itself: the statement prints the story's sentence. */
describe('sentenceCarriers: quoted claims', () => {
  const statement = article(
    'board',
    'The harbour board met on Tuesday.\nFreight volumes at the northern quay remain well below last winter, reflecting the closure of two cranes.\nThe board expects that further repairs to the quay will be needed next year and says it will publish its full plan for the repairs in March.',
  );
  const story = article(
    'story',
    'Harbour officials spoke after the meeting.\n"Freight volumes at the northern quay remain well below last winter, reflecting the closure of two cranes," the board said in a statement, adding that it would report again soon.\nThe board "expects that further repairs to the quay will be needed next year."',
  );
  const other = article(
    'other',
    'Dock workers said they were worried about the cranes.\nThe union said the board had "ignored the state of the northern quay" for years.\nA spokesperson said the quay would be "back to normal by the summer" once the cranes were replaced.',
  );
  const echo = article(
    'echo',
    'Dock workers said they were worried about the cranes.\nOne foreman said he had seen the state of the northern quay and was "worried about the cranes" for years.',
  );
  const carriersOf = sentenceCarriers([statement, story, other, echo]);

  it('counts the statement as printing a story sentence that quotes it whole, and the other way round', () => {
    expect(
      carriersOf(
        '"Freight volumes at the northern quay remain well below last winter, reflecting the closure of two cranes," the board said in a statement, adding that it would report again soon.',
      ),
    ).toEqual(['board', 'story']);
    expect(carriersOf('Freight volumes at the northern quay remain well below last winter, reflecting the closure of two cranes.')).toEqual(['board', 'story']);
  });

  it('counts the statement as printing a quote of part of its sentence, but not the quoting story as printing the whole', () => {
    expect(carriersOf('The board "expects that further repairs to the quay will be needed next year."')).toEqual(['board', 'story']);
    expect(carriersOf('The board expects that further repairs to the quay will be needed next year and says it will publish its full plan for the repairs in March.')).toEqual([
      'board',
    ]);
  });

  it('does not count an outlet that quotes only a few of the same words', () => {
    expect(carriersOf('A spokesperson said the quay would be "back to normal by the summer" once the cranes were replaced.')).toEqual(['other']);
    expect(carriersOf('Dock workers said they were worried about the cranes.')).toEqual(['other', 'echo']);
  });
});

describe('sentenceCarriers: spacing and stray quote marks', () => {
  const wrapped = article(
    'wrapped',
    'The ferry resumed service.\n"Although the crossing is open again, for the moment this is a service\nthat runs only twice a day, especially in\nthe winter months," the operator said.',
  );
  const flat = article(
    'flat',
    'The ferry resumed service after repairs.\n“Although the crossing is open again, for the moment this is a service that runs only twice a day, especially in the winter months," the company said in its statement.',
  );
  const short = article('short', 'The mayor spoke at noon. We did all we could.\nThe ferry will be back on Monday.');
  const quoted = article('quoted', 'The mayor was blunt. "We did all we could. The rest is up to the operator," she said.');
  const carriersOf = sentenceCarriers([wrapped, flat, short, quoted]);

  it('finds a sentence wrapped over lines in one outlet and quoted in another with a different frame', () => {
    expect(
      carriersOf('"Although the crossing is open again, for the moment this is a service that runs only twice a day, especially in the winter months," the operator said.'),
    ).toEqual(['wrapped', 'flat']);
  });

  it('finds the words of a sentence cut from a longer quote in an outlet that prints them without the quote mark', () => {
    expect(carriersOf('"We did all we could.')).toEqual(['short', 'quoted']);
  });
});
