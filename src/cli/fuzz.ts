import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { isMain, runMain } from './cliMain';
import { guarded, levelCases, runCase, type FuzzCase, type Generated, type Outcome } from './fuzzLevels';

const USAGE = `usage: npm run -s fuzz -- [--cases N] [--seed S] [--from I] [--minutes M] [--case I [--write FILE]]
  Mutated levels through loader, validator, round builder, play and scoring (default 100,000
  cases). Prints every crash (with its case number), every case over 100 ms, and the slowest;
  exit 1 on a crash. --from I starts at case I (a multiple of 1,000: the same cases as a whole
  run, so two processes can share one); --minutes M stops after the thousand under way at M
  minutes and reports what was done. --case I replays case I of that seed alone, with the whole
  stack, and --write saves its level text to FILE.`;

const SLOW_MS = 100;
/** Cases are drawn a thousand at a time, each thousand from seed + its first case number. */
const BATCH = 1_000;

export interface FuzzOptions {
  cases: number;
  seed: number;
  /** First case number (a multiple of 1,000 gives exactly the cases of a whole run from 0). */
  from?: number;
  /** Start no new thousand after this time (performance.now() milliseconds). */
  stopAt?: number;
  /** Stand-ins for tests; the real run uses the level mutations and the whole game. */
  arbitrary?: fc.Arbitrary<FuzzCase>;
  run?: (text: string, seed: number) => Outcome;
  progress?: (line: string) => void;
}

export interface Crash {
  /** Case number: `--seed S --case I` replays it. */
  index: number;
  /** Whether the game threw on the level ('run') or the fuzzer's own generator threw making it ('generate'). */
  stage: 'generate' | 'run';
  mutations: string[];
  size: number;
  error: string;
}

export interface Timed {
  index: number;
  ms: number;
  mutations: string[];
  size: number;
  outcome: string;
}

export interface FuzzReport {
  seed: number;
  from: number;
  /** Cases asked for, and cases done (fewer when the time ran out). */
  cases: number;
  done: number;
  valid: number;
  rejected: number;
  crashes: Crash[];
  slow: Timed[];
  slowest: Timed[];
  seconds: number;
  /** CPU time of this process: on a shared machine, what the run itself cost. */
  cpuSeconds: number;
  generateSeconds: number;
}

const firstLines = (e: unknown, n: number): string => (e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, n).join(' / ') : String(e));

/** The case numbered `index` for `seed`, made exactly as the full run makes it. */
export function fuzzCase(seed: number, index: number, arbitrary: fc.Arbitrary<FuzzCase> = levelCases()): Generated<FuzzCase> {
  const start = index - (index % BATCH);
  const [one] = fc.sample(guarded(arbitrary), { seed: seed + start, path: String(index - start), numRuns: 1 });
  return one ?? { ok: false, error: new Error(`case ${index} was not generated`) };
}

/**
 * Run `cases` fuzzed levels. Nothing a case does (the game throwing, the generator throwing,
 * a case too slow) stops the run: each is recorded against its case number.
 */
export function fuzz(options: FuzzOptions): FuzzReport {
  const { cases, seed, from = 0, stopAt = Infinity, arbitrary = levelCases(), run = runCase, progress } = options;
  const crashes: Crash[] = [];
  const timed: Timed[] = [];
  let valid = 0;
  let generateMs = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  let finished = from;
  for (let done = from; done < from + cases && performance.now() < stopAt; done += BATCH) {
    const g = performance.now();
    let sample: Generated<FuzzCase>[];
    try {
      sample = fc.sample(guarded(arbitrary), { numRuns: Math.min(BATCH, from + cases - done), seed: seed + done });
    } catch (error) {
      // Not expected (each value is guarded), but a thousand cases lost is still a report, not the end.
      sample = Array.from({ length: Math.min(BATCH, from + cases - done) }, () => ({ ok: false, error }));
    }
    generateMs += performance.now() - g;
    sample.forEach((c, i) => {
      const index = done + i;
      if (!c.ok) {
        crashes.push({ index, stage: 'generate', mutations: [], size: 0, error: firstLines(c.error, 4) });
        progress?.(`crash #${index} generator: ${firstLines(c.error, 4)}`);
        return;
      }
      const { mutations, text } = c.value;
      const t = performance.now();
      let outcome = 'invalid';
      try {
        const r = run(text, seed + done);
        if (r.ok) {
          valid++;
          outcome = `valid, ${r.rounds} rounds`;
        }
      } catch (e) {
        outcome = 'crash';
        crashes.push({ index, stage: 'run', mutations, size: text.length, error: firstLines(e, 3) });
        // Said at once too, so a run stopped early still tells what it found.
        progress?.(`crash #${index} ${mutations.join('+')}: ${firstLines(e, 3)}`);
      }
      timed.push({ index, ms: performance.now() - t, mutations, size: text.length, outcome });
    });
    finished = done + sample.length;
    if ((done / BATCH) % 10 === 9) progress?.(`… case ${finished}, ${finished - from} cases, ${crashes.length} crashes, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  return {
    seed,
    from,
    cases,
    done: finished - from,
    valid,
    rejected: timed.length - valid - crashes.filter((c) => c.stage === 'run').length,
    crashes,
    slow: timed.filter((t) => t.ms > SLOW_MS),
    slowest: [...timed].sort((a, b) => b.ms - a.ms).slice(0, 10),
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (({ user, system }) => (user + system) / 1e6)(process.cpuUsage(cpu)),
    generateSeconds: generateMs / 1000,
  };
}

export function formatReport(r: FuzzReport): string[] {
  const show = (t: Timed) => `  ${t.ms.toFixed(0).padStart(6)} ms  #${t.index}  ${t.mutations.join('+')}  ${(t.size / 1024).toFixed(0)} KB  ${t.outcome}`;
  const generated = r.crashes.filter((c) => c.stage === 'generate').length;
  return [
    `fuzz: ${r.done === r.cases ? r.cases : `${r.done} of ${r.cases} (time up)`} cases ${r.from ? `#${r.from}–#${r.from + r.done - 1} ` : ''}(seed ${r.seed}) in ${r.seconds.toFixed(1)} s (CPU ${r.cpuSeconds.toFixed(1)} s, ${r.generateSeconds.toFixed(1)} s generating): ${r.valid} valid, ${r.rejected} rejected with problem lines, ${r.crashes.length} crashes (${generated} in the generator)`,
    `crashes: ${r.crashes.length}`,
    ...r.crashes
      .slice(0, 50)
      .map((c) => (c.stage === 'generate' ? `  #${c.index} generator: ${c.error}` : `  #${c.index} ${c.mutations.join('+')} (${(c.size / 1024).toFixed(0)} KB): ${c.error}`)),
    `over ${SLOW_MS} ms: ${r.slow.length}`,
    ...r.slow.slice(0, 50).map(show),
    'slowest:',
    ...r.slowest.map(show),
  ];
}

function replay(seed: number, index: number, write: string | undefined): number {
  const c = fuzzCase(seed, index);
  if (!c.ok) {
    console.log(`case ${index} (seed ${seed}): the generator threw`);
    console.log(c.error instanceof Error ? c.error.stack : String(c.error));
    return 1;
  }
  const { mutations, text } = c.value;
  console.log(`case ${index} (seed ${seed}): ${mutations.join('+')}, ${text.length} characters`);
  if (write) {
    writeFileSync(write, text);
    console.log(`level text written to ${write}`);
  }
  const t = performance.now();
  try {
    // The same play seed as in the full run: the seed of the case's thousand.
    const r = runCase(text, seed + index - (index % BATCH));
    console.log(r.ok ? `valid: ${r.rounds} rounds, ${r.points} points` : `rejected:\n${r.lines.slice(0, 20).join('\n')}`);
    console.log(`${(performance.now() - t).toFixed(0)} ms`);
    return 0;
  } catch (e) {
    console.log('crash:');
    console.log(e instanceof Error ? e.stack : String(e));
    return 1;
  }
}

export function main(argv: string[]): number {
  let cases = 100_000;
  let seed = Date.now() % 2 ** 31;
  let only: number | undefined;
  let write: string | undefined;
  let from = 0;
  let stopAt = Infinity;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = Number(argv[i + 1]);
    if (a === '--cases' && Number.isInteger(v) && v > 0) {
      cases = v;
      i++;
    } else if (a === '--seed' && Number.isInteger(v)) {
      seed = v;
      i++;
    } else if (a === '--from' && Number.isInteger(v) && v >= 0 && v % BATCH === 0) {
      from = v;
      i++;
    } else if (a === '--minutes' && v > 0) {
      stopAt = performance.now() + v * 60_000;
      i++;
    } else if (a === '--case' && Number.isInteger(v) && v >= 0) {
      only = v;
      i++;
    } else if (a === '--write' && argv[i + 1]) {
      write = argv[i + 1];
      i++;
    } else {
      console.error(`error: ${a === '--help' || a === '-h' ? '' : `unknown argument ${a}\n`}${USAGE}`);
      return a === '--help' || a === '-h' ? 0 : 2;
    }
  }
  if (only !== undefined) return replay(seed, only, write);
  const report = fuzz({ cases, seed, from, stopAt, progress: (line) => console.error(line) });
  for (const line of formatReport(report)) console.log(line);
  return report.crashes.length > 0 ? 1 : 0;
}

if (isMain(import.meta.url)) runMain(main);
