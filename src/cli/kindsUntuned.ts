import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fnv1a } from '../core/hash';
import type { SentenceReading } from './kindsData';
import { CORPUS_DIR } from './corpus';
import { ROOT } from './nodeLibrary';

/**
 * The rules as they carry over: for each dev cluster, the engine as it was in git just before the
 * cluster's key was first committed, so before anyone could tune a rule on it. Its sentence
 * readings stand in for what the rules do on articles they have never seen (kindsLoco --untuned).
 *
 * Each engine is unpacked once (`git archive` of src/) under the system temp directory, keyed by
 * the tree hash of its src/core, and run in a child process (kindsUntunedDump.ts), since its
 * modules are other files than today's.
 */

const git = (...args: string[]): string => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

/**
 * For each cluster of a split, the commit whose tree is the engine that had not seen it: the parent
 * of the commit that first added its key (one `git log` over the split, oldest additions last).
 */
export function enginesBefore(split = 'dev'): Map<string, string> {
  const dir = relative(ROOT, join(CORPUS_DIR, split));
  const log = git('log', '--diff-filter=A', '--format=commit %H', '--name-only', '--', `${dir}/*/key.json`);
  const added = new Map<string, string>();
  let commit = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('commit ')) commit = line.slice(7);
    else if (line.endsWith('/key.json')) added.set(line.split('/').slice(-2)[0] as string, commit);
  }
  const parents = new Map<string, string>();
  const out = new Map<string, string>();
  for (const [cluster, c] of added) {
    if (!parents.has(c)) parents.set(c, git('rev-parse', `${c}^`));
    out.set(cluster, parents.get(c) as string);
  }
  return out;
}

function unpack(commit: string): string {
  const tree = git('rev-parse', `${commit}:src/core`);
  const base = join(tmpdir(), 'lateral-untuned-engines');
  const dir = join(base, tree);
  if (!existsSync(join(dir, 'src'))) {
    mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${commit} src | tar -x -C "${dir}"`], { cwd: ROOT });
  }
  if (!existsSync(join(base, 'node_modules'))) symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(base, 'node_modules'));
  if (!existsSync(join(base, 'package.json'))) writeFileSync(join(base, 'package.json'), '{"type":"module"}\n');
  return dir;
}

/** Each dev cluster's sentences as the engine before it read them (clusters without a key commit are left out). */
export function untunedReadings(clusters: readonly string[]): Map<string, SentenceReading[]> {
  const byEngine = new Map<string, string[]>();
  const before = enginesBefore();
  for (const c of new Set(clusters)) {
    const commit = before.get(c);
    if (!commit) continue;
    const dir = unpack(commit);
    byEngine.set(dir, [...(byEngine.get(dir) ?? []), c]);
  }
  const out = new Map<string, SentenceReading[]>();
  for (const [dir, list] of byEngine) {
    const file = join(dir, `readings-${fnv1a(list.join(' ')).toString(16)}.json`);
    if (!existsSync(file)) {
      const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
      execFileSync(tsx, [join(ROOT, 'src', 'cli', 'kindsUntunedDump.ts'), dir, file, join(CORPUS_DIR, 'dev'), ...list], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    }
    for (const [c, s] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, SentenceReading[]>)) out.set(c, s);
  }
  return out;
}
