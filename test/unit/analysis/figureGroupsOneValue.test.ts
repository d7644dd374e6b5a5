import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/**
 * A kind of thing a story gives one value of ("aged 14", "31 engineers"): outlets that print it in
 * sentences worded apart still give one quantity (constructed sentences).
 */

const membersOf = (...texts: string[]): string[][] =>
  analyze(texts.map((t, i) => article(String.fromCharCode(97 + i), t))).figureGroups.map((g) => g.members.map((m) => `${m.article}:${m.text}`));

describe('figure groups: a class with one value in the story', () => {
  it('groups an age printed two ways in sentences that share no other word', () => {
    expect(
      membersOf(
        'The fourteen-year-old chess player, who learned the game from her grandfather, drew with the champion in Oslo.',
        'Organisers said the player, 14, would be the youngest competitor ever seated at the final table.',
      ),
    ).toEqual([['a:fourteen-year-old', 'b:14']]);
  });

  it('groups the one count of a kind that two outlets give in different words', () => {
    expect(
      membersOf(
        'The inquiry took evidence from 31 engineers over six weeks, a report published on Tuesday said.',
        'Panel members listened to 31 engineers, most of them from the harbour authority, before writing their findings.',
      ),
    ).toEqual([['a:31', 'b:31']]);
  });

  it('leaves two values of one kind apart when the sentences do not say they are one quantity', () => {
    expect(
      membersOf(
        'The inquiry took evidence from 31 engineers over six weeks, a report published on Tuesday said.',
        'Panel members listened to 45 engineers, most of them from the harbour authority, before writing their findings.',
      ),
    ).toEqual([]);
  });
});
