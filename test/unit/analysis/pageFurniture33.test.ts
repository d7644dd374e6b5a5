import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented page texts (round 33). */
const furniture = (text: string) => analyze([article('a', text)]).sentences.map((s) => [s.text, s.furniture]);

describe('a site’s slogan above its contact lines and the headline', () => {
  it('marks the page’s first line, a sentence above the contacts, headline and date, as furniture', () => {
    const found = furniture(
      'Partners for the coast, from the bay to the hills, with a vision of clean water for every town.\n\n(555) 010-0199\nProgram Office\n\nHarbour board backs sea wall plan\n\nDate: 03/02/30\n\nThe harbour board voted on Tuesday to fund a new sea wall. The wall will cost $4 million.',
    );
    expect(found.filter(([, f]) => !f).map(([t]) => t)).toEqual(['The harbour board voted on Tuesday to fund a new sea wall.', 'The wall will cost $4 million.']);
  });

  it('keeps a lead paragraph above one crosshead as the story’s', () => {
    const found = furniture(
      'The harbour board voted on Tuesday to fund a new sea wall, from the bay to the hills.\n\nWhat comes next\n\nThe wall will cost $4 million. Work starts in May.',
    );
    expect(found.filter(([, f]) => !f).map(([t]) => t)).toEqual([
      'The harbour board voted on Tuesday to fund a new sea wall, from the bay to the hills.',
      'The wall will cost $4 million.',
      'Work starts in May.',
    ]);
  });
});
