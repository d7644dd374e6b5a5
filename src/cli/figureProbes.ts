import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createArticle, type Article } from '../core/article';
import { analyze } from '../core/analysis';
import { isMain, runMain, type CliMain } from './cliMain';
import { ROOT } from './nodeLibrary';
import { scoreFigureGroups, totalGroups, type GroupScore, type KeyGroup } from './qualityScore';

/**
 * `npm run -s figures:probes [-- --verbose]`: the engine's figure groups on invented news stories (test/fixtures/probes,
 * see its README), scored as `npm run -s quality` scores figure groups. `tuned/` was read while the engine was changed;
 * `untuned/` only ever by its totals. Key groups made only of dates are left out, as the engine groups no dates.
 */

export const PROBES_DIR = join(ROOT, 'test', 'fixtures', 'probes');
export const PROBE_SETS = ['tuned', 'untuned'] as const;

interface ProbeFigure {
  article: string;
  figure: string;
}

export interface Probe {
  id: string;
  articles: { id: string; outlet: string; date: string; text: string }[];
  groups: { quantity: string; conflict: boolean; members: ProbeFigure[] }[];
  singletons?: ProbeFigure[];
}

/** A date or a year as a key figure ("June 30", "30 June 2025", "2026"). */
const DATE_ONLY =
  /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|(?:19|20)\d\d)$/;

/** A story's articles as the engine takes them. */
export function probeArticles(probe: Probe): Article[] {
  return probe.articles.map((a) => createArticle({ id: a.id, outlet: { en: a.outlet, es: a.outlet }, sourceKind: 'unknown', date: a.date }, a.text));
}

export function scoreProbe(probe: Probe): GroupScore {
  const articles = probeArticles(probe);
  const groups: KeyGroup[] = probe.groups
    .filter((g) => g.members.length >= 2 && !g.members.every((m) => DATE_ONLY.test(m.figure)))
    .map((g): KeyGroup => ({ subject: g.quantity, members: g.members, conflict: g.conflict, reason: 'same-fact-different-form' }));
  return scoreFigureGroups(analyze(articles), new Map(articles.map((a) => [a.id, a])), { groups, singletons: probe.singletons ?? [], nonFigures: [], complete: true });
}

/** Every JSON file of a directory, parsed, in the order of their names. */
export function readJsonFiles<T>(dir: string): T[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T);
}

export function loadProbes(set: (typeof PROBE_SETS)[number]): Probe[] {
  return readJsonFiles<Probe>(join(PROBES_DIR, set));
}

export const main: CliMain = (argv) => {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  for (const set of PROBE_SETS) {
    const scores: GroupScore[] = [];
    for (const probe of loadProbes(set)) {
      const s = scoreProbe(probe);
      scores.push(s);
      // The untuned set prints its totals only: its stories are not to be read while the engine is changed.
      if (set === 'tuned') {
        console.log(`${probe.id.padEnd(28)} key ${s.key} found ${s.found} engine ${s.engine} right ${s.right} F1 ${s.f1.toFixed(2)}`);
        if (verbose) for (const line of [...s.missed.map((m) => `missed: ${m}`), ...s.wrong.map((w) => `wrong: ${w}`)]) console.log(`    ${line}`);
      }
    }
    const t = totalGroups(scores);
    console.log(
      `TOTAL ${set.padEnd(8)} (${scores.length} stories) figure groups F1 ${t.f1.toFixed(3)}  P ${t.precision.toFixed(3)} (${t.right}/${t.engine})  R ${t.recall.toFixed(3)} (${t.found}/${t.key})`,
    );
  }
  return 0;
};

if (isMain(import.meta.url)) runMain(main);
