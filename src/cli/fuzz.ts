import fc from 'fast-check';
import { isMain, runMain } from './cliMain';
import { levelCases, runCase } from './fuzzLevels';

const USAGE = `usage: npm run -s fuzz -- [--cases N] [--seed S]
  Mutated levels through loader, validator, round builder, play and scoring (default 100,000
  cases). Prints every crash, every case over 100 ms, and the slowest; exit 1 on a crash.`;

const SLOW_MS = 100;

export function main(argv: string[]): number {
  let cases = 100_000;
  let seed = Date.now() % 2 ** 31;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = Number(argv[i + 1]);
    if (a === '--cases' && Number.isInteger(v) && v > 0) {
      cases = v;
      i++;
    } else if (a === '--seed' && Number.isInteger(v)) {
      seed = v;
      i++;
    } else {
      console.error(`error: ${a === '--help' || a === '-h' ? '' : `unknown argument ${a}\n`}${USAGE}`);
      return a === '--help' || a === '-h' ? 0 : 2;
    }
  }
  const crashes: { mutations: string[]; error: string; size: number }[] = [];
  const timed: { ms: number; mutations: string[]; size: number; outcome: string }[] = [];
  let valid = 0;
  const started = Date.now();
  const batch = 1_000;
  const arbitrary = levelCases();
  for (let done = 0; done < cases; done += batch) {
    const sample = fc.sample(arbitrary, { numRuns: Math.min(batch, cases - done), seed: seed + done });
    for (const c of sample) {
      const t = performance.now();
      let outcome = 'invalid';
      try {
        const r = runCase(c.text, seed + done);
        if (r.ok) {
          valid++;
          outcome = `valid, ${r.rounds} rounds`;
        }
      } catch (e) {
        outcome = 'crash';
        crashes.push({ mutations: c.mutations, error: (e as Error).stack?.split('\n').slice(0, 3).join(' / ') ?? String(e), size: c.text.length });
      }
      timed.push({ ms: performance.now() - t, mutations: c.mutations, size: c.text.length, outcome });
    }
    if ((done / batch) % 10 === 9) console.error(`… ${done + batch} cases, ${crashes.length} crashes, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  const slow = timed.filter((t) => t.ms > SLOW_MS);
  const slowest = [...timed].sort((a, b) => b.ms - a.ms).slice(0, 10);
  const show = (t: (typeof timed)[number]) => `  ${t.ms.toFixed(0).padStart(6)} ms  ${t.mutations.join('+')}  ${(t.size / 1024).toFixed(0)} KB  ${t.outcome}`;
  console.log(`fuzz: ${timed.length} cases (seed ${seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s: ${valid} valid, ${timed.length - valid - crashes.length} rejected with problem lines, ${crashes.length} crashes`);
  console.log(`crashes: ${crashes.length}`);
  for (const c of crashes.slice(0, 50)) console.log(`  ${c.mutations.join('+')} (${(c.size / 1024).toFixed(0)} KB): ${c.error}`);
  console.log(`over ${SLOW_MS} ms: ${slow.length}`);
  for (const t of slow.slice(0, 50)) console.log(show(t));
  console.log('slowest:');
  for (const t of slowest) console.log(show(t));
  return crashes.length > 0 ? 1 : 0;
}

if (isMain(import.meta.url)) runMain(main);
