import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadLevelText } from '../core/levelLoad';
import { locatedBalanceProblems } from '../core/levelBalance';
import { formatProblem } from '../core/levelLocate';
import { LEVELS_DIR, loadNodeLibrary } from './nodeLibrary';
import { generateRounds } from '../core/generate';
import { isMain, runMain } from './cliMain';

/**
 * `levels:check [FILE...]`: one line per problem, exit 1 when any level is invalid or breaks the
 * balance rules (both answers in every skill, none over 60%: see core/levelBalance).
 */
export function main(argv: string[]): number {
  const files =
    argv.length > 0
      ? argv
      : readdirSync(LEVELS_DIR)
          .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
          .map((f) => join(LEVELS_DIR, f));
  const { library, errors } = loadNodeLibrary();
  errors.forEach((e) => console.error(e));
  let bad = 0;
  for (const file of files) {
    const shown = relative(process.cwd(), file) || file;
    let text: string;
    try {
      if (statSync(file).size > 20 * 1024 * 1024) throw new Error('file is larger than 20 MB');
      text = readFileSync(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why =
        code === 'ENOENT'
          ? 'file not found'
          : code === 'EISDIR'
            ? 'this is a folder, not a level file'
            : code === 'EACCES'
              ? 'permission denied'
              : (e as Error).message.replace(/^\w+: /, '');
      console.log(`${shown}:1:1: cannot read the file: ${why}`);
      bad++;
      continue;
    }
    const loaded = loadLevelText(shown, text, library, generateRounds);
    if (!loaded.ok) {
      loaded.lines.forEach((line) => console.log(line));
      bad++;
    } else {
      const unbalanced = locatedBalanceProblems(text, loaded.level);
      if (unbalanced.length > 0) {
        unbalanced.forEach((p) => console.log(formatProblem(shown, p)));
        bad++;
      } else console.log(`${shown}: ok (${loaded.level.rounds.length} rounds)`);
    }
  }
  if (files.length === 0) console.log('no level files found');
  return bad > 0 || errors.length > 0 ? 1 : 0;
}

if (isMain(import.meta.url)) runMain(main);
