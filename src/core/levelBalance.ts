import type { AuthoredRound, LevelFile } from './levelSchema';
import { locateProblems, type LocatedProblem } from './levelLocate';
import type { JsonPath, Problem, ValidLevel } from './levelValidate';
import { SKILL_OF, type Skill } from './rounds';

/**
 * Balance rules (issue 8): a level teaches discernment only when, within each skill, items of
 * both kinds occur and no answer can be guessed by habit. A skill with fewer than two rounds in
 * a level is not judged. Generated rounds count like authored ones.
 *
 * - Who said it: printed by several outlets (a copy) and by one outlet both occur.
 * - Conflicting figures: figures that truly contradict and figures that only look different.
 * - Opinion: at least two of reporting / attributed / opinion among the opinion-or-reporting
 *   rounds, all three once there are three or more. An opinion-pair round is its own item,
 *   answered "one of the passages adds a view" or "neither does"; with two or more pairs both occur.
 * - No answer holds more than 60% of a skill's items (see `maxShare` for small counts).
 */
export const MAX_SHARE = 0.6;

/** What a round's answer is, as far as balance goes. */
export type BalanceAnswer = 'several-outlets' | 'one-outlet' | 'conflict' | 'no-conflict' | 'reporting' | 'attributed' | 'opinion' | 'pair-view' | 'pair-none';

export interface BalanceItem {
  roundId: string;
  skill: Skill;
  answer: BalanceAnswer;
  /** The round in the level file, or the `generate` entry that made it. */
  path: JsonPath;
  generated: boolean;
}

export const ANSWER_WORDS: Record<BalanceAnswer, string> = {
  'several-outlets': 'printed by several outlets (copies)',
  'one-outlet': 'printed by one outlet',
  conflict: 'figures that truly contradict',
  'no-conflict': 'figures that only look different',
  reporting: 'reporting',
  attributed: 'attributed claim',
  opinion: "the author's own view",
  'pair-view': 'pairs where one passage adds a view',
  'pair-none': 'pairs where neither passage adds a view',
};

export function balanceAnswer(round: AuthoredRound): BalanceAnswer {
  switch (round.type) {
    case 'who-said-it':
      return round.answers.length > 1 ? 'several-outlets' : 'one-outlet';
    case 'conflicting-figures':
      return round.conflict ? 'conflict' : 'no-conflict';
    case 'opinion-or-reporting':
      return round.answer;
    case 'opinion-pair':
      return round.answer === 'none' ? 'pair-none' : 'pair-view';
  }
}

/**
 * Each playable round with the place in the file it comes from. Generated rounds are matched
 * to their `generate` entry by order and type (the validator keeps both in level order).
 */
export function balanceItems(level: ValidLevel): BalanceItem[] {
  const entries = level.file.rounds;
  const authoredIds = new Map<string, number>();
  entries.forEach((e, i) => {
    if (!('generate' in e)) authoredIds.set(e.id, i);
  });
  const items: BalanceItem[] = [];
  let entry = 0;
  for (const round of level.rounds) {
    const authoredAt = authoredIds.get(round.id);
    let path: JsonPath;
    let generated = false;
    if (authoredAt !== undefined) {
      path = ['rounds', authoredAt];
      entry = authoredAt + 1;
    } else {
      const at = findGenerateEntry(entries, entry, round.type);
      path = ['rounds', at];
      entry = at;
      generated = true;
    }
    items.push({ roundId: round.id, skill: SKILL_OF[round.type], answer: balanceAnswer(round), path, generated });
  }
  return items;
}

function findGenerateEntry(entries: LevelFile['rounds'], from: number, type: AuthoredRound['type']): number {
  for (let i = Math.max(0, from); i < entries.length; i++) {
    const e = entries[i];
    if (e && 'generate' in e && e.generate.type === type) return i;
  }
  // Not reached for a level the validator made; point at the rounds list rather than nowhere.
  return entries.findIndex((e) => 'generate' in e && e.generate.type === type);
}

/**
 * The most items one answer may hold: 60%, except that with three items of two kinds two of
 * three is the best balance there is, so it is allowed.
 */
export function maxShare(items: number): number {
  return Math.max(Math.floor(items * MAX_SHARE + 1e-9), Math.ceil(items / 2));
}

const SKILL_WORDS: Record<Skill, string> = { attribution: 'who said it', opinion: 'opinion', figures: 'conflicting figures' };

export function balanceProblems(level: ValidLevel): Problem[] {
  const items = balanceItems(level);
  const problems: Problem[] = [];
  for (const skill of ['attribution', 'opinion', 'figures'] as const) {
    const ofSkill = items.filter((i) => i.skill === skill);
    if (ofSkill.length < 2) continue;
    const where = (answer?: BalanceAnswer): JsonPath => (ofSkill.find((i) => answer === undefined || i.answer === answer) ?? ofSkill[0])?.path ?? ['rounds'];
    const generatedNote = ofSkill.some((i) => i.generated) ? ' (generated rounds included)' : '';
    const count = (a: BalanceAnswer) => ofSkill.filter((i) => i.answer === a).length;
    const need = (answers: readonly BalanceAnswer[], among: BalanceItem[], hint: string): void => {
      const missing = answers.filter((a) => !among.some((i) => i.answer === a));
      if (missing.length === 0) return;
      problems.push({
        path: where(among[0]?.answer),
        message: `balance: the ${SKILL_WORDS[skill]} rounds have no items of ${missing.map((a) => `"${ANSWER_WORDS[a]}"`).join(' or ')}${generatedNote}`,
        hint,
      });
    };

    if (skill === 'attribution') {
      need(['several-outlets', 'one-outlet'], ofSkill, 'a player must meet both copies and sentences only one outlet printed: add a round of the missing kind');
    } else if (skill === 'figures') {
      need(['conflict', 'no-conflict'], ofSkill, 'add a round whose figures cannot both be right, or one whose figures only look different (scope, rounding, date, lower bound)');
    } else {
      const kinds = ofSkill.filter((i) => i.answer === 'reporting' || i.answer === 'attributed' || i.answer === 'opinion');
      if (kinds.length >= 2) {
        const present = new Set(kinds.map((k) => k.answer));
        const wanted = kinds.length >= 3 ? 3 : 2;
        if (present.size < wanted) {
          const missing = (['reporting', 'attributed', 'opinion'] as const).filter((k) => !present.has(k));
          problems.push({
            path: where(kinds[0]?.answer),
            message: `balance: the opinion-or-reporting rounds need ${wanted === 3 ? 'all three' : 'at least two'} of reporting, attributed and opinion; missing ${missing.map((m) => `"${m}"`).join(', ')}${generatedNote}`,
            hint: 'add a round whose answer is the missing kind',
          });
        }
      }
      const pairs = ofSkill.filter((i) => i.answer === 'pair-view' || i.answer === 'pair-none');
      if (pairs.length >= 2)
        need(['pair-view', 'pair-none'], pairs, 'add an opinion-pair round where both passages only report (answer "none"), or one where a passage adds a view');
    }

    const limit = maxShare(ofSkill.length);
    const answers = [...new Set(ofSkill.map((i) => i.answer))];
    // One answer only is already reported above as the other kind missing.
    if (answers.length < 2) continue;
    for (const answer of answers) {
      const n = count(answer);
      if (n > limit) {
        problems.push({
          path: where(answer),
          message: `balance: ${n} of the ${ofSkill.length} ${SKILL_WORDS[skill]} rounds (${Math.round((100 * n) / ofSkill.length)}%) are ${ANSWER_WORDS[answer]}; at most ${limit} may be${generatedNote}`,
          hint: 'add rounds with other answers, or remove some of these, so that no answer can be guessed by habit',
        });
      }
    }
  }
  return problems;
}

/**
 * Balance problems with line and column in the level's text. `levels:check` treats them as
 * errors for the shipped levels; a teacher's level opened in the browser should show them as
 * warnings and still play: a short quiz for one lesson may be lopsided on purpose, and refusing
 * it would only lose the teacher's work.
 */
export function locatedBalanceProblems(text: string, level: ValidLevel): LocatedProblem[] {
  return locateProblems(text, balanceProblems(level));
}

/** For a teacher's level in the browser: the balance problems, to show as warnings. */
export const balanceWarnings = locatedBalanceProblems;
