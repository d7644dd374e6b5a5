import { formatProblem, locateProblems, parseLevelText, type LocatedProblem } from './levelLocate';
import type { Library } from './library';
import { validateLevel, type RoundGenerator, type ValidLevel } from './levelValidate';

export type LoadedLevel = { ok: true; file: string; level: ValidLevel } | { ok: false; file: string; problems: LocatedProblem[]; lines: string[] };

/** Text of a level file → a playable level, or every problem with its line and column. */
export function loadLevelText(file: string, text: string, library: Library, generate?: RoundGenerator): LoadedLevel {
  const parsed = parseLevelText(text);
  if (!parsed.ok) return { ok: false, file, problems: [parsed.problem], lines: [formatProblem(file, parsed.problem)] };
  const result = validateLevel(parsed.data, library, generate);
  if (result.ok) return { ok: true, file, level: result.level };
  const problems = locateProblems(text, result.problems);
  return { ok: false, file, problems, lines: problems.map((p) => formatProblem(file, p)) };
}

export { needsGenerator } from './levelNeeds';
