import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus). */
describe('figure groups judged in round 18', () => {
  it('calls "nearly 40" against an exact 25 a contradiction, not a rounding', () => {
    const groups = analyze([
      article('a', 'The folk festival in the old harbour brought together nearly 40 bands from abroad this weekend.'),
      article('b', 'The folk festival in the old harbour brought together 25 bands from abroad this weekend.'),
    ]).figureGroups;
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ verdict: 'conflicting', reason: 'genuine-conflict' });
  });

  it('still reads "nearly 40" and 38 as one number rounded', () => {
    const groups = analyze([
      article('a', 'The folk festival in the old harbour brought together nearly 40 bands from abroad this weekend.'),
      article('b', 'The folk festival in the old harbour brought together 38 bands from abroad this weekend.'),
    ]).figureGroups;
    expect(groups[0]).toMatchObject({ verdict: 'compatible', reason: 'rounding' });
  });

  it('keeps a stated limit ("up to 40") open: 25 fits under it', () => {
    const groups = analyze([
      article('a', 'The folk festival in the old harbour can host up to 40 bands from abroad this weekend.'),
      article('b', 'The folk festival in the old harbour can host 25 bands from abroad this weekend.'),
    ]).figureGroups;
    expect(groups[0]?.verdict).not.toBe('conflicting');
  });

  it('groups the same estimate of a named thing ("about 9 million km") across outlets, however worded', () => {
    const groups = analyze([
      article('a', 'Astronomers say the comet passed about 9 million km from Earth on Tuesday night.'),
      article('b', 'At about 9 million km away, the comet was bright enough to photograph with a phone, astronomers said.'),
    ]).figureGroups;
    expect(groups.map((g) => g.members.map((m) => m.text))).toEqual([['about 9 million', 'about 9 million']]);
  });
});
