import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

const together = (groups: ReturnType<typeof analyze>['figureGroups'], a: string, b: string): boolean =>
  groups.some((g) => g.members.some((m) => m.text === a) && g.members.some((m) => m.text === b));

describe('figure groups: a count written with decimals is not a round count', () => {
  it('calls "2.91 billion" and "2.82 billion" users a conflict, not rounding: each is written to the hundredth of a billion', () => {
    const groups = analyze([
      article('a', 'Monthly active users of the messaging app reached 2.91 billion in the quarter, the company said.'),
      article('b', 'The company said monthly active users of the messaging app reached 2.82 billion in the quarter.'),
    ]).figureGroups;
    const g = groups.find((x) => x.members.some((m) => m.text === '2.91 billion'));
    expect(g?.members.map((m) => m.text)).toEqual(['2.91 billion', '2.82 billion']);
    expect(g?.verdict).toBe('conflicting');
  });

  it('still lets a round count stand for a near figure ("5,000 people" and "5,120 people")', () => {
    const groups = analyze([
      article('a', 'About 5,000 people were evacuated from the valley after the dam failed, officials said.'),
      article('b', 'Officials said 5,120 people were evacuated from the valley after the dam failed.'),
    ]).figureGroups;
    expect(together(groups, 'About 5,000', '5,120')).toBe(true);
  });
});
