import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMain, runMain, type CliMain } from './cliMain';
import { CORPUS_DIR } from './corpus';
import { devHalfArgs, halfOf } from './devHalves';
import { main as generate } from './levels-generate';

/**
 * `npm run -s rounds:stats [-- --half even|odd] [-- --seeds 1,2,3]`: what `levels:generate` makes of every dev cluster
 * with two texts or more, seeds 1-3 by default: how many rounds of each type, the answers and cues of the opinion rounds,
 * the reasons of the figure rounds, and how many levels lack an opinion answer or a figure round. A gate that makes
 * rounds more trustworthy also makes fewer of them: this prints the cost. Dev only, like the other item-level tools.
 */

/** The parts of a generated round the tally reads. */
export interface RoundLike {
  type: string;
  answer?: string;
  cue?: string;
  conflict?: boolean;
  reason?: string;
}

export interface RoundStats {
  levels: number;
  byType: Map<string, number>;
  /** Opinion-or-reporting rounds by "answer / cue". */
  opinionAnswers: Map<string, number>;
  /** Figure rounds by "conflict / reason". */
  figureReasons: Map<string, number>;
  /** Levels with opinion-or-reporting rounds none of which is answered "opinion". */
  noOpinionAnswer: number;
  noFigureRound: number;
}

const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);

export function tallyLevels(levels: readonly { rounds: readonly RoundLike[] }[]): RoundStats {
  const s: RoundStats = { levels: 0, byType: new Map(), opinionAnswers: new Map(), figureReasons: new Map(), noOpinionAnswer: 0, noFigureRound: 0 };
  for (const level of levels) {
    s.levels++;
    for (const r of level.rounds) {
      bump(s.byType, r.type);
      if (r.type === 'opinion-or-reporting') bump(s.opinionAnswers, `${r.answer} / ${r.cue}`);
      if (r.type === 'conflicting-figures') bump(s.figureReasons, `${r.conflict ? 'conflict' : 'no conflict'} / ${r.reason}`);
    }
    const opinion = level.rounds.filter((r) => r.type === 'opinion-or-reporting');
    if (opinion.length > 0 && !opinion.some((r) => r.answer === 'opinion')) s.noOpinionAnswer++;
    if (!level.rounds.some((r) => r.type === 'conflicting-figures')) s.noFigureRound++;
  }
  return s;
}

export function formatStats(s: RoundStats): string {
  const rows = (m: Map<string, number>): string[] => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `  ${String(n).padStart(6)}  ${k}`);
  return [
    `levels: ${s.levels}`,
    'rounds by type:',
    ...rows(s.byType),
    'opinion-or-reporting rounds by answer / cue:',
    ...rows(s.opinionAnswers),
    'figure rounds by answer / reason:',
    ...rows(s.figureReasons),
    `levels whose opinion rounds hold no "opinion" answer: ${s.noOpinionAnswer}`,
    `levels with no figure round: ${s.noFigureRound}`,
  ].join('\n');
}

export const main: CliMain = (argv) => {
  const args = devHalfArgs(argv, 'rounds:stats', 'round by round');
  if ('refusal' in args) {
    console.error(args.refusal);
    return 2;
  }
  const seedArg = argv.includes('--seeds') ? (argv[argv.indexOf('--seeds') + 1] ?? '') : '1,2,3';
  const seeds = seedArg.split(',').filter((x) => /^\d+$/.test(x));
  if (seeds.length === 0) {
    console.error('--seeds takes whole numbers separated by commas, e.g. --seeds 1,2,3');
    return 2;
  }
  const dir = mkdtempSync(join(tmpdir(), 'lateral-round-stats-'));
  const levels: { rounds: RoundLike[] }[] = [];
  try {
    const root = join(CORPUS_DIR, 'dev');
    for (const cluster of readdirSync(root).sort()) {
      if (args.half && halfOf(cluster) !== args.half) continue;
      const articles = join(root, cluster, 'articles');
      let files: string[];
      try {
        files = readdirSync(articles).filter((f) => f.endsWith('.txt'));
      } catch {
        continue;
      }
      if (files.length < 2) continue;
      for (const seed of seeds) {
        const out = join(dir, `${cluster}-${seed}.json`);
        // (levels:generate's own notes, one per level, would drown the table.)
        const { log, error } = console;
        console.log = () => {};
        console.error = () => {};
        let code: number;
        try {
          code = generate([...files.sort().map((f) => join(articles, f)), '--seed', seed, '--out', out]);
        } finally {
          console.log = log;
          console.error = error;
        }
        levels.push(code === 0 ? (JSON.parse(readFileSync(out, 'utf8')) as { rounds: RoundLike[] }) : { rounds: [] });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(formatStats(tallyLevels(levels)));
  return 0;
};

if (isMain(import.meta.url)) runMain(main);
