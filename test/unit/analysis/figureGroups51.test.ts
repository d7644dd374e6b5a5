import { describe, expect, it } from 'vitest';
import { groupsOf, textsOf } from './figureFixture';

/** Issue 9, fifty-first session. Invented articles, all of one day. */

const groupWith = (groups: ReturnType<typeof groupsOf>, text: string) => groups.find((g) => g.members.some((m) => m.text === text));

describe('figure groups: estimates far apart, and counts "as of" a time', () => {
  it('calls two estimates of one fixed distance that no rounding joins a genuine conflict', () => {
    const groups = groupsOf(
      'The debris field of the submersible was found approximately 300 metres off the bow of the Titanic, the Coast Guard said.',
      'The debris field of the submersible lies approximately 500 metres off the bow of the Titanic, the Coast Guard said.',
    );
    const g = groupWith(groups, 'approximately 300');
    expect(g && textsOf(g)).toEqual(['a:approximately 300', 'b:approximately 500']);
    expect(g?.verdict).toBe('conflicting');
    expect(g?.reason).toBe('genuine-conflict');
  });

  it('still reads two estimates within rounding of each other as agreeing', () => {
    const groups = groupsOf(
      'The debris field of the submersible was found approximately 480 metres off the bow of the Titanic, the Coast Guard said.',
      'The debris field of the submersible lies approximately 500 metres off the bow of the Titanic, the Coast Guard said.',
    );
    expect(groupWith(groups, 'approximately 480')?.verdict).toBe('compatible');
  });

  it('reads a count given "as of" a time as a running count, not a contradiction of an earlier one', () => {
    const groups = groupsOf(
      'As of 1 p.m. Monday, approximately 4,158 gallons of oil have been recovered from the water and 8,700 feet of boom has been deployed.',
      'Approximately 3,150 gallons of oil have been recovered from the water and 5,360 feet of boom has been deployed.',
    );
    const oil = groupWith(groups, 'approximately 4,158');
    expect(oil && textsOf(oil)).toEqual(['a:approximately 4,158', 'b:Approximately 3,150']);
    expect(oil?.verdict).toBe('compatible');
    expect(oil?.reason).toBe('different-date');
    expect(groupWith(groups, '8,700')?.verdict).toBe('compatible');
  });
});
