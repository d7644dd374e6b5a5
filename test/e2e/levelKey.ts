import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLevelText } from '../../src/core/levelLoad';
import { buildRun, type PlayRound } from '../../src/core/rounds';
import { loadNodeLibrary } from '../../src/cli/nodeLibrary';
import { generateRounds } from '../../src/core/generate';

/** The rounds a shipped level plays, built in Node from the same seed the browser uses. */
export function shippedRun(file: string): { id: string; rounds: PlayRound[] } {
  const path = join(import.meta.dirname, '..', '..', 'levels', file);
  const loaded = loadLevelText(file, readFileSync(path, 'utf8'), loadNodeLibrary().library, generateRounds);
  if (!loaded.ok) throw new Error(loaded.lines.join('\n'));
  return { id: loaded.level.file.id, rounds: buildRun(loaded.level) };
}
