import { describe, expect, it } from 'vitest';
import { formatStats, main, tallyLevels } from '../../../src/cli/roundStats';

describe('rounds:stats', () => {
  it('counts rounds by type, opinion answers by cue, figure answers by reason, and the levels that lack either', () => {
    const s = tallyLevels([
      {
        rounds: [
          { type: 'who-said-it' },
          { type: 'opinion-or-reporting', answer: 'reporting', cue: 'checkable-detail' },
          { type: 'opinion-or-reporting', answer: 'opinion', cue: 'loaded-words' },
          { type: 'conflicting-figures', conflict: false, reason: 'rounding' },
        ],
      },
      { rounds: [{ type: 'opinion-or-reporting', answer: 'attributed', cue: 'attribution-verb' }] },
      { rounds: [] },
    ]);
    expect(s.levels).toBe(3);
    expect(Object.fromEntries(s.byType)).toEqual({ 'who-said-it': 1, 'opinion-or-reporting': 3, 'conflicting-figures': 1 });
    expect(Object.fromEntries(s.opinionAnswers)).toEqual({ 'reporting / checkable-detail': 1, 'opinion / loaded-words': 1, 'attributed / attribution-verb': 1 });
    expect(Object.fromEntries(s.figureReasons)).toEqual({ 'no conflict / rounding': 1 });
    // (A level with no opinion rounds at all does not count as lacking an opinion answer.)
    expect(s.noOpinionAnswer).toBe(1);
    expect(s.noFigureRound).toBe(2);
    expect(formatStats(s)).toContain('levels with no figure round: 2');
  });

  it('refuses the test and holdout splits, and seeds that are not numbers', () => {
    expect(main(['--split', 'test'])).toBe(2);
    expect(main(['--holdout'])).toBe(2);
    expect(main(['--seeds', 'one'])).toBe(2);
  });
});
