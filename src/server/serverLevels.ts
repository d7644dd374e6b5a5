import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEVELS_DIR, loadNodeLibrary } from '../cli/nodeLibrary';
import { generateRounds } from '../core/generate';
import { loadLevelText, needsGenerator } from '../core/levelLoad';
import type { ValidLevel } from '../core/levelValidate';
import { buildRun, type PlayRound } from '../core/rounds';

/** The shipped levels, validated exactly as the game validates them, so rounds match the students' screens. */
export function loadServerLevels(dir = LEVELS_DIR, only?: readonly string[]): { levels: Map<string, ValidLevel>; problems: string[] } {
  const { library, errors } = loadNodeLibrary();
  const levels = new Map<string, ValidLevel>();
  const problems = [...errors];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && (!only || only.includes(f)))
    .sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const loaded = loadLevelText(`levels/${file}`, text, library, needsGenerator(text) ? generateRounds : undefined);
    if (loaded.ok) levels.set(loaded.level.file.id, loaded.level);
    else problems.push(...loaded.lines);
  }
  return { levels, problems };
}

/** Rounds per (level, seed): every class of one session shares them; building them is not free. */
export class RoundCache {
  private readonly cache = new Map<string, PlayRound[]>();
  constructor(private readonly levels: ReadonlyMap<string, ValidLevel>) {}
  rounds(levelId: string, seed: number): PlayRound[] | undefined {
    const key = `${levelId}:${seed}`;
    let r = this.cache.get(key);
    if (!r) {
      const level = this.levels.get(levelId);
      if (!level) return undefined;
      r = buildRun(level, seed);
      if (this.cache.size > 500) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(key, r);
    }
    return r;
  }
}
