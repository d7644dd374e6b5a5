import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, figure reading round 31: the two ends of a change. Invented sentences, not from any corpus. */

const figuresOf = (text: string) => analyze([article('a', text)]).figures;
const read = (text: string) => figuresOf(text).map((f) => [f.text, f.kind, f.value]);

describe('figure reading round 31: a change written "from X to Y million"', () => {
  it('gives the start of a change the multiplier and the noun its end carries', () => {
    const fs = figuresOf('The number of members of the club decreased from 2.80 to 2.25 million members last year.');
    const start = fs.find((f) => f.text === '2.80');
    expect(start?.value).toBe(2_800_000);
    expect(start?.unitClass).toBe(fs.find((f) => f.text.startsWith('2.25'))?.unitClass);
  });

  it('does the same for sums of money', () => {
    expect(read('Spending on the harbour rose from $2.1 to $2.5 billion over the year.').slice(0, 2)).toEqual([
      ['$2.1', 'money', 2_100_000_000],
      ['$2.5 billion', 'money', 2_500_000_000],
    ]);
  });

  it('leaves a start far from the end as written ("from 3 to 4 million" is not read as 3 million only by the end)', () => {
    expect(figuresOf('Visits went from 300 to 4 million after the bridge opened.').find((f) => f.text === '300')?.value).toBe(300);
  });

  it('does not read "in 2023 to 1.6 million" as a range that starts at a year', () => {
    expect(read('Use fell from 2.1 million members in 2023 to 1.6 million in 2024.')).toEqual([
      ['2.1 million', 'count', 2_100_000],
      ['2023', 'year', 2023],
      ['1.6 million', 'count', 1_600_000],
      ['2024', 'year', 2024],
    ]);
  });
});
