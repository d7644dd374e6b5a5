import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, figure groups round 28. Invented sentences, not from any corpus. */

const groupsOf = (...texts: string[]) => analyze(texts.map((t, i) => article(String.fromCharCode(97 + i), t))).figureGroups;
const withFigure = (texts: string[], figure: string) => groupsOf(...texts).find((g) => g.members.some((m) => m.text === figure));

describe('figure groups round 28', () => {
  it('does not call two counts different in scope because one sentence names one more place', () => {
    const g = withFigure(['The Northern Party won 221 seats in the Assembly of Eastland on Monday.', 'The Northern Party won 218 seats in the Assembly on Monday.'], '221');
    expect(g?.members.map((m) => m.text).sort()).toEqual(['218', '221']);
    expect(g?.reason).not.toBe('different-scope');
    expect(g).toMatchObject({ verdict: 'conflicting', reason: 'genuine-conflict' });
  });
});
