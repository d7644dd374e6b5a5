import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNodeLibrary, LEVELS_DIR } from '../../../src/cli/nodeLibrary';
import { loadLevelText } from '../../../src/core/levelLoad';
import type { ValidLevel } from '../../../src/core/levelValidate';
import { buildRun } from '../../../src/core/rounds';
import type { PlayRound } from '../../../src/core/rounds';
import type { RoundPlay } from '../../../src/core/scoring';

export const library = loadNodeLibrary().library;

export function shippedLevel(file: string): ValidLevel {
  const loaded = loadLevelText(file, readFileSync(join(LEVELS_DIR, file), 'utf8'), library);
  if (!loaded.ok) throw new Error(loaded.lines.join('\n'));
  return loaded.level;
}

/** A play that answers every question right (or wrong: the first incorrect option), derived from the round, not hard-coded. */
export function playFor(round: PlayRound, right: boolean): RoundPlay {
  const choices: Record<string, string[]> = {};
  for (const q of round.questions) {
    const wrong = q.options.find((o) => !q.correct.includes(o.id))?.id ?? q.options[0]!.id;
    choices[q.id] = right ? (q.multi ? [...q.correct] : [q.correct[0]!]) : [wrong];
  }
  const ev = round.evidence[0];
  const pointed = right && ev ? [{ articleId: ev.articleId, start: ev.span.start, end: ev.span.end }] : [];
  return { choices, pointed, hints: [] };
}

export const runOf = (level: ValidLevel, seed: number) => buildRun(level, seed);
