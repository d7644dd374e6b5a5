import { describe, expect, it } from 'vitest';
import { sentenceCarriers } from '../../../src/core/analysis/carriers';
import { article } from './seeds';

/** Invented sentences: the same sentence with a word or two changed counts in who-said-it (issue 9, item 6). */
describe('a copy with small edits is the same sentence', () => {
  const a = article('a', 'Ferry stops\nThe harbour office reported a second ferry broke down near the north pier 40 minutes later. Crews towed it in.');
  const b = article('b', 'Ferry halts\nThe harbour office also reported a second ferry breaking down near the north pier 40 minutes later. Nobody was hurt.');
  const c = article('c', 'Ferries\nA storm closed the port on Friday. The harbour office reported a second ferry broke down near the north pier 45 minutes later.');
  const d = article('d', 'Port shut\nThe pilots also said they would not sail once the harbour office reopened the port.');
  const e = article('e', 'Port open\nThe pilots said they would sail once the harbour office reopened the port.');
  const f = article('f', 'Quay\nThe landslide near the quay killed at least 12 dock workers on Friday morning, officials said.');
  const g = article('g', 'Quay two\nThe landslide near the quay injured at least 12 dock workers on Friday morning, officials said.');
  const carriers = sentenceCarriers([a, b, c, d, e, f, g]);

  it('counts a copy with a word added and a verb changed', () => {
    expect(carriers('The harbour office reported a second ferry broke down near the north pier 40 minutes later.')).toEqual(['a', 'b']);
  });

  it('does not count a copy whose number, negation or counted state differs', () => {
    expect(carriers('The harbour office reported a second ferry broke down near the north pier 45 minutes later.')).toEqual(['c']);
    expect(carriers('The pilots also said they would not sail once the harbour office reopened the port.')).toEqual(['d']);
    expect(carriers('The landslide near the quay killed at least 12 dock workers on Friday morning, officials said.')).toEqual(['f']);
  });

  it('counts a long claim copied inside another attribution frame, not a short one credited to someone else', () => {
    const h = article(
      'h',
      'Trial\nA second review of the harbour dredging trial shows the new method cut silt by half in every basin, even in the oldest docks, and harmed no fish, the board said Monday.',
    );
    const k = article(
      'k',
      'Review\nWire service is reporting a second review of the harbour dredging trial for the board shows the new method cut silt by half in every basin, even in the oldest docks and harmed no fishstocks.',
    );
    const m = article('m', 'Blast\nPolice said 12 dock workers died in the blast at the north quay on Friday.');
    const q = article('q', 'Blast two\nTwelve dock workers died in the blast at the north quay on Friday, 12 in all, hospital staff said.');
    const lookup = sentenceCarriers([h, k, m, q]);
    expect(
      lookup(
        'A second review of the harbour dredging trial shows the new method cut silt by half in every basin, even in the oldest docks, and harmed no fish, the board said Monday.',
      ),
    ).toEqual(['h', 'k']);
    expect(lookup('Police said 12 dock workers died in the blast at the north quay on Friday.')).toEqual(['m']);
  });
});

/** A statement and a newsletter retelling it with small edits: words joined or split, a plural, a phrase added at the end. */
describe('a retold sentence with small edits in form', () => {
  const statement = article(
    'statement',
    'Harbour Board statement\nIn addition, storm-related shutdowns in the north are likely to worsen freight delays.\nThe closure of the north quay by the storm is causing severe delay and financial hardship for the freight firms.',
  );
  const letter = article(
    'letter',
    'Our notes on the board\nStorm related shut downs in the north are likely to worsen freight problems.\nThe closure of the north quay by the storm is causing delay and financial hardships for the freight firms adding to shipping costs.',
  );
  const other = article('other', 'Dock news\nThe closure of the south quay by the council is causing no delay for the ferry firms, the council said.');
  const carriers = sentenceCarriers([statement, letter, other]);

  it('counts a copy with a compound written as two words and one word changed', () => {
    expect(carriers('Storm related shut downs in the north are likely to worsen freight problems.')).toEqual(['statement', 'letter']);
  });

  it('counts a copy with a plural, a word dropped and a phrase added at its end, not a sentence about something else', () => {
    expect(carriers('The closure of the north quay by the storm is causing delay and financial hardships for the freight firms adding to shipping costs.')).toEqual([
      'statement',
      'letter',
    ]);
    expect(carriers('The closure of the south quay by the council is causing no delay for the ferry firms, the council said.')).toEqual(['other']);
  });
});
