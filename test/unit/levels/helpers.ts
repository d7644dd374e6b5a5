import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadNodeLibrary } from '../../../src/cli/nodeLibrary';
import { generateRounds } from '../../../src/core/generate';
import { loadLevelText, type LoadedLevel } from '../../../src/core/levelLoad';
import type { RoundGenerator } from '../../../src/core/levelValidate';
import { runCliInProcess } from '../cliInProcess';

export const ROOT = join(__dirname, '..', '..', '..');
export const LEVELS_DIR = join(ROOT, 'levels');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'levels');

export const library = loadNodeLibrary().library;

/** The example level from levels/README.md, as text (its line numbers are the ones the tests name). */
export const exampleText = (): string => readFileSync(join(FIXTURES, 'example.json'), 'utf8');

/** The level files levels:check looks at by default. */
export function shippedLevelFiles(): string[] {
  return readdirSync(LEVELS_DIR)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort();
}

export function load(text: string, file = 'my.json', generate: RoundGenerator | undefined = generateRounds): LoadedLevel {
  return loadLevelText(file, text, library, generate);
}

/** The lines levels:check would print for this text; [] when the level is valid. */
export function lines(text: string, file = 'my.json'): string[] {
  const r = load(text, file);
  return r.ok ? [] : r.lines;
}

/** Replace exactly one occurrence, so a test fails loudly if the example changes under it. */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`expected exactly one ${JSON.stringify(from)} in the example`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** A CLI run in this process (fast); `runCliProcess` for the one check that the real process behaves the same. */
export const runCli = runCliInProcess;

export function runCliProcess(script: string, args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync('npx', ['tsx', join('src', 'cli', script), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr.split('\n').filter((l) => l && !/npm warn/i.test(l)).join('\n') };
}
