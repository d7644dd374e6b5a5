import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** A CLI's entry: takes its arguments, prints with console, returns the exit code. */
export type CliMain = (argv: string[]) => number;

/**
 * True when `moduleUrl` is the script Node was started with, so a CLI module can also be
 * imported (by tests, which call its `main` in-process instead of starting a child process).
 */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return moduleUrl === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}

/** Run `main` as the process: an unexpected error is one line on stderr and exit code 1, not a stack. */
export function runMain(main: CliMain): void {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
