import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, thirty-sixth session: figure reading. Invented sentences. */

const figuresOf = (text: string) => analyze([article('a', text)]).figures;

describe('figures: "one" and what it counts', () => {
  it('reads "one" before the singular of a counted noun as a count of it ("one death")', () => {
    const f = figuresOf('The company has received reports of one child death linked to the treadmill.');
    expect(f.map((x) => [x.text, x.kind, x.unitClass])).toEqual([['one', 'count', 'people-killed']]);
  });

  it('compares "one death" in two outlets as one toll', () => {
    const { figureGroups } = analyze([
      article('a', 'The regulator said the treadmill has been linked to one child death and 39 injuries.'),
      article('b', 'Regulators have linked the treadmill to one death and dozens of injuries among children.'),
    ]);
    const toll = figureGroups.find((g) => g.members.some((m) => m.text === 'one'));
    expect(toll?.members.map((m) => `${m.article}:${m.text}`)).toEqual(['a:one', 'b:one']);
  });

  it('still reads no count in "one of" or "no one"', () => {
    expect(figuresOf('It was one of the worst storms on record.')).toEqual([]);
    expect(figuresOf('No one has claimed the prize, which the lottery called a mystery.')).toEqual([]);
  });

  it('reads what a count counts from "the number of" past words that describe it ("the number of confirmed cases")', () => {
    const f = figuresOf('Officials said the number of confirmed cases from the outbreak has surpassed 72,000, with the death toll rising to nearly 1,900.');
    expect(f.find((x) => x.text === '72,000')?.unitClass).toBe('cases');
  });
});
