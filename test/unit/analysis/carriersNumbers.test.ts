import { describe, expect, it } from 'vitest';
import { sentenceCarriers } from '../../../src/core/analysis/carriers';
import { article } from './seeds';

/** Issue 9, fifty-first session: a copy that gives other numbers is another statement. Invented texts. */

const herds = (n: string, states: string) =>
  `On the animal health side, the agency is reporting that ${n} dairy cow herds in ${states} states have confirmed cases of the virus as the number of infected herds continues to grow.`;

const articles = [
  article('a', `The outbreak continued this month.\n${herds('139', '12')}\nFarm workers were offered tests.`),
  article('b', `The outbreak continued into the summer.\n${herds('172', '13')}\nMore farm workers were offered tests.`),
  article('c', `Officials briefed reporters on Friday.\n${herds('139', '12')}\nThe briefing lasted an hour.`),
  article('d', 'Ninety of the cases occurred in the placebo group and five in the vaccine group, the board said on Monday.'),
  article('e', '90 of the cases occurred in the placebo group and five in the vaccine group, the board said on Monday.'),
];

describe('who printed a sentence: the numbers must be its numbers', () => {
  const carriersOf = sentenceCarriers(articles);

  it('does not count an outlet whose version of the sentence gives other numbers', () => {
    expect(carriersOf(herds('139', '12'))).toEqual(['a', 'c']);
    expect(carriersOf(herds('172', '13'))).toEqual(['b']);
  });

  it('still counts a copy that writes a number out in words', () => {
    expect(carriersOf('90 of the cases occurred in the placebo group and five in the vaccine group, the board said on Monday.')).toEqual(['d', 'e']);
  });
});
