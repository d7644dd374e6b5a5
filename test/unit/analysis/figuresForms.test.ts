import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

const together = (groups: ReturnType<typeof analyze>['figureGroups'], a: string, b: string): boolean =>
  groups.some((g) => g.members.some((m) => m.text === a) && g.members.some((m) => m.text === b));

describe('figures: forms of writing a quantity', () => {
  it('reads a capitalised plural before a little word as what is counted', () => {
    const found = analyze([
      article('a', 'More than 5,000 Guardsmen were sent to the capital after the riot, officials said.'),
      article('b', 'Approximately 5,000 Guardsmen were sent to the capital after the riot, officials said.'),
    ]);
    expect(found.figures.map((f) => f.unitClass)).toEqual(['guardsmen', 'guardsmen']);
    expect(together(found.figureGroups, 'More than 5,000', 'Approximately 5,000')).toBe(true);
  });
});
