import { describe, expect, it } from 'vitest';
import { scoreRun, starsFor } from '../../../src/core/scoring';
import type { PlayRound } from '../../../src/core/rounds';

const round = (id: string, type: PlayRound['type'], skill: PlayRound['skill'], questions: [string, string[]][]): PlayRound => ({
  id,
  type,
  skill,
  material: { type: 'who-said-it', quote: 'q' },
  explanation: { en: 'e' },
  evidence: [],
  questions: questions.map(([qid, correct]) => ({
    id: qid as 'outlet',
    promptKey: 'k',
    options: ['a', 'b', 'c'].map((o) => ({ id: o, label: { kind: 'key' as const, key: o } })),
    correct,
  })),
});

describe('scoring', () => {
  const rounds = [
    round('r1', 'who-said-it', 'attribution', [['outlet', ['a', 'b']]]),
    round('r2', 'opinion-or-reporting', 'opinion', [['kind', ['c']], ['cue', ['a']]]),
    round('r3', 'conflicting-figures', 'figures', [['conflict', ['b']], ['reason', ['a']]]),
  ];

  it('counts one point per question and accepts every outlet that carries a copy', () => {
    const score = scoreRun(rounds, { r1: { outlet: 'b' }, r2: { kind: 'c', cue: 'b' }, r3: { conflict: 'b', reason: 'a' } });
    expect(score.correct).toBe(4);
    expect(score.total).toBe(5);
    expect(score.bySkill).toEqual({ attribution: { correct: 1, total: 1 }, opinion: { correct: 1, total: 2 }, figures: { correct: 2, total: 2 } });
  });

  it('counts unanswered questions as wrong', () => {
    expect(scoreRun(rounds, {}).correct).toBe(0);
    expect(scoreRun(rounds, {}).total).toBe(5);
  });

  it('gives stars by share of right answers', () => {
    expect([starsFor({ correct: 0, total: 0 }), starsFor({ correct: 3, total: 10 }), starsFor({ correct: 5, total: 10 }), starsFor({ correct: 8, total: 10 }), starsFor({ correct: 9, total: 10 })]).toEqual([0, 0, 1, 2, 3]);
  });
});
