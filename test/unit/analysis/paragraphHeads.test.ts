import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { generateRounds } from '../../../src/core/generate';
import { article } from './seeds';

/** Invented pages whose story starts below a site banner: the dateline is not in the first few lines. */
const furniture = (text: string) => analyze([article('a', text)]).sentences.map((s) => [s.text, s.furniture]);
const BANNER = 'An official website of the harbour board.\nHere is how you know.\nMenu\nSearch\nNews\n';

describe('a paragraph that opens with a dateline or a heading, further down the page', () => {
  it('splits a wire dateline with a double hyphen off the first sentence', () => {
    const found = furniture(`${BANNER}LISBON -- The harbour board chief is in Porto today meeting with crews.\nShe will stay until Friday.`);
    expect(found).toContainEqual(['LISBON --', true]);
    expect(found).toContainEqual(['The harbour board chief is in Porto today meeting with crews.', false]);
  });

  it('splits a city with a state abbreviation and an en dash', () => {
    const found = furniture(`${BANNER}SALEM, Ore. – More than 500 volunteers are helping clear the beaches.`);
    expect(found).toContainEqual(['SALEM, Ore. –', true]);
    expect(found).toContainEqual(['More than 500 volunteers are helping clear the beaches.', false]);
  });

  it('splits a heading in capitals run into the first sentence', () => {
    const found = furniture(`${BANNER}MEMORANDUM DECISION Nearly six years ago, the board and the port signed a deal.`);
    expect(found).toContainEqual(['MEMORANDUM DECISION', true]);
    expect(found).toContainEqual(['Nearly six years ago, the board and the port signed a deal.', false]);
  });

  it('leaves initialisms and acronyms that start a sentence alone', () => {
    const found = furniture(`${BANNER}U.S. - Portuguese talks resumed on Monday.\nNATO said the talks would go on.`);
    expect(found).toContainEqual(['U.S. - Portuguese talks resumed on Monday.', false]);
    expect(found).toContainEqual(['NATO said the talks would go on.', false]);
  });
});

describe('the site talking to its visitor is not a sentence to judge', () => {
  it('takes an empty-search message as page debris, so no round is made from it', () => {
    const text = `${BANNER}Sorry, there were no results based on your filter selections.\nThe harbour board said the crews would work through the weekend. The port reopened on Monday.`;
    const found = furniture(text);
    expect(found).toContainEqual(['Sorry, there were no results based on your filter selections.', true]);
    expect(furniture(`${BANNER}Please refresh the page or check your connection and try again.\nThe port reopened on Monday.`)).toContainEqual([
      'Please refresh the page or check your connection and try again.',
      true,
    ]);
    const rounds = generateRounds({ type: 'opinion-or-reporting', count: 5, seed: 1, index: 0 }, [
      article('a', text),
      article('b', 'The port reopened on Monday after the storm.'),
    ]);
    expect(rounds.map((r) => (r.type === 'opinion-or-reporting' ? r.passage : ''))).not.toContain('Sorry, there were no results based on your filter selections.');
  });
});

describe('initials inside a sentence', () => {
  const texts = (text: string) => analyze([article('a', text)]).sentences.map((s) => s.text);

  it('keeps "the U.S. Coast Guard" in one sentence, and still ends one at "the U.S. The…"', () => {
    expect(texts('Crews came from the harbour board and the U.S. Coast Guard. They worked all night.')).toEqual([
      'Crews came from the harbour board and the U.S. Coast Guard.',
      'They worked all night.',
    ]);
    expect(texts('The delegation flew back to the U.S. The talks resume in May.')).toEqual(['The delegation flew back to the U.S.', 'The talks resume in May.']);
  });
});
