import { SKILLS, type PlayRound, type Skill } from './rounds';

/** The player's choices: round id → question id → option id. */
export type Answers = Readonly<Record<string, Readonly<Record<string, string>>>>;

export interface SkillScore {
  correct: number;
  total: number;
}

export interface Score {
  correct: number;
  total: number;
  bySkill: Record<Skill, SkillScore>;
}

export function isCorrect(round: PlayRound, questionId: string, optionId: string | undefined): boolean {
  const q = round.questions.find((x) => x.id === questionId);
  return !!q && optionId !== undefined && q.correct.includes(optionId);
}

/** How many of one round's questions were answered right. */
export function roundResult(round: PlayRound, answers: Readonly<Record<string, string>> | undefined): SkillScore {
  return { correct: round.questions.filter((q) => isCorrect(round, q.id, answers?.[q.id])).length, total: round.questions.length };
}

/** One point per question answered right; unanswered questions count as wrong. */
export function scoreRun(rounds: readonly PlayRound[], answers: Answers): Score {
  const bySkill = Object.fromEntries(SKILLS.map((s) => [s, { correct: 0, total: 0 }])) as Record<Skill, SkillScore>;
  let correct = 0;
  let total = 0;
  for (const round of rounds) {
    for (const q of round.questions) {
      const ok = isCorrect(round, q.id, answers[round.id]?.[q.id]);
      total++;
      bySkill[round.skill].total++;
      if (ok) {
        correct++;
        bySkill[round.skill].correct++;
      }
    }
  }
  return { correct, total, bySkill };
}

/** Stars out of three for the level select screen. */
export function starsFor(score: Pick<Score, 'correct' | 'total'>): 0 | 1 | 2 | 3 {
  if (score.total === 0) return 0;
  const ratio = score.correct / score.total;
  if (ratio >= 0.9) return 3;
  if (ratio >= 0.7) return 2;
  if (ratio >= 0.4) return 1;
  return 0;
}
