import { describe, expect, it } from 'vitest';
import { findFigure } from '../../../src/core/articleModel';

const marked = (text: string, figure: string) => {
  const s = findFigure(text, figure);
  return s ? `${text.slice(0, s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end)}` : null;
};

describe('the figure marked in a figures round’s quote', () => {
  it('is the figure as a whole, not its digits inside a larger number earlier on', () => {
    expect(marked('Children under 15 were among the victims of 5 counts of war crimes.', '5')).toBe('Children under 15 were among the victims of [5] counts of war crimes.');
    expect(marked('In 2015 the board fined 2,015 firms; 15 appealed.', '15')).toBe('In 2015 the board fined 2,015 firms; [15] appealed.');
  });

  it('is not a number word inside a compound, nor digits after a decimal point', () => {
    expect(marked('Twenty-five crews and five boats searched.', 'five')).toBe('Twenty-five crews and [five] boats searched.');
    expect(marked('Rates rose 1.5 points to 5 percent.', '5 percent')).toBe('Rates rose 1.5 points to [5 percent].');
  });

  it('falls back to the first place it occurs when it never stands alone', () => {
    expect(marked('The 15-member board met.', '5')).toBe('The 1[5]-member board met.');
    expect(findFigure('No figure here.', '7')).toBeNull();
  });
});
