import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createArticle, type Article } from '../core/article';
import { analyze } from '../core/analysis';
import { normalizeText } from '../core/analysis/text';
import { createRng, shuffled, type Rng } from '../core/rng';
import { loadNodeLibrary } from './nodeLibrary';
import { benchPage } from './benchPage';

/**
 * `npm run bench`: analysis time for the seeds and for 100, 1,000 and 10,000 articles made
 * deterministically from them (paragraphs shuffled and dropped, typos, changed figures,
 * renamed outlets). Two baselines run on the same corpora in the same process: a floor (only
 * normalising every sentence, which any analysis must do) and the naive all-pairs comparison
 * of articles that copy detection would cost without MinHash banding.
 *
 * To measure fairly, each corpus is built just before its row and dropped after it (so the
 * 10,000-article corpus does not weigh on the smaller rows), every corpus gets one untimed
 * warm-up run, and the heap is collected before each timed run so that one run's garbage is
 * not billed to the next. Times are the best of several runs.
 */

const SIZES = [100, 1000, 10000];

function typo(word: string, rng: Rng): string {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(rng() * (word.length - 2));
  return word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
}

function perturb(base: Article, n: number, rng: Rng): Article {
  let paragraphs = base.text.split('\n').filter((p) => p.trim().length > 0);
  paragraphs = paragraphs.filter(() => rng() > 0.1);
  // Swap a few neighbouring paragraphs: republishers reorder.
  for (let k = 0; k < 3; k++) {
    const i = Math.floor(rng() * Math.max(1, paragraphs.length - 1));
    const a = paragraphs[i];
    const b = paragraphs[i + 1];
    if (a !== undefined && b !== undefined) [paragraphs[i], paragraphs[i + 1]] = [b, a];
  }
  const text = paragraphs
    .map((p) => {
      if (rng() < 0.08) p = p.replace(/\d[\d,]*/, (d) => String(Math.round(Number(d.replace(/,/g, '')) * (0.8 + rng() * 0.4))));
      if (rng() < 0.1) p = p.replace(/\p{L}{5,}/u, (w) => typo(w, rng));
      return p;
    })
    .join('\n');
  return createArticle({ id: `b${n}`, outlet: { en: `Outlet ${n % 97}`, es: `Medio ${n % 97}` }, sourceKind: 'unknown', date: base.date }, text || base.text);
}

function corpus(seeds: readonly Article[], size: number): Article[] {
  const rng = createRng(size);
  const order = shuffled(seeds, rng);
  return Array.from({ length: size }, (_, n) => perturb(order[n % order.length] as Article, n, rng));
}

/** A full garbage collection, when the runtime lets us ask for one. */
const collect: () => void = (() => {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    if (typeof gc === 'function') return () => (gc as () => void)();
  } catch {
    // Without it, runs simply start with whatever garbage the previous one left.
  }
  return () => undefined;
})();

function time<T>(fn: () => T, runs: number, after?: (result: T) => void): { ms: number; result: T } {
  let best = Infinity;
  let result: T | undefined;
  for (let r = 0; r < runs; r++) {
    // Drop the last result before measuring memory for the next run.
    // eslint-disable-next-line no-useless-assignment
    result = undefined;
    collect();
    const t0 = performance.now();
    result = fn();
    best = Math.min(best, performance.now() - t0);
    after?.(result);
  }
  return { ms: best, result: result as T };
}

function floor(articles: readonly Article[]): number {
  let n = 0;
  for (const a of articles) for (const s of a.sentences) n += normalizeText(s.text).length;
  return n;
}

/** Every article against every other, by word-trigram Jaccard: what banding avoids. */
function naivePairs(articles: readonly Article[]): number {
  const sets = articles.map((a) => {
    const w = normalizeText(a.text).split(' ');
    const s = new Set<string>();
    for (let i = 0; i + 3 <= w.length; i++) s.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
    return s;
  });
  let similar = 0;
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i] as Set<string>;
      const b = sets[j] as Set<string>;
      let inter = 0;
      for (const x of a) if (b.has(x)) inter++;
      if (inter / (a.size + b.size - inter) > 0.5) similar++;
    }
  }
  return similar;
}

const pairsMs = new Map<number, number>();
const mb = (b: number): string => (b / 1024 / 1024).toFixed(0);
let peakHeap = 0;
/** Memory with the findings of the run just timed still referenced. */
function sample(): { heap: number; rss: number } {
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed);
  return { heap: m.heapUsed, rss: m.rss };
}

function main(): number {
  const { library, errors } = loadNodeLibrary();
  if (errors.length > 0 || library.size === 0) {
    console.error(`error: cannot load the seed articles: ${errors.join('; ') || 'none found'}`);
    return 1;
  }
  const all = [...library.values()];
  // The seed row is the five Geneva articles (ids 000-004), one event as a level has it; the library
  // row is every shipped article of every event at once, which no level asks for.
  const seeds = all.filter((a) => /^\d+$/.test(a.id));
  // Warm up the JIT so the seed row measures the engine, not the compiler.
  for (let i = 0; i < 5; i++) analyze(seeds);

  const rows: string[][] = [];
  const header = ['corpus', 'articles', 'sentences', 'build ms', 'analyze ms', 'ms/article', 'floor ms', 'all-pairs ms', 'copies', 'groups', 'heapUsed MB', 'rss MB'];
  const analyzeMs = new Map<number, number>();
  const sets: [string, () => Article[]][] = [
    ['seeds', () => seeds],
    ['library', () => all],
  ];
  for (const size of SIZES) sets.push([`${size.toLocaleString('en')} made`, () => corpus(all, size)]);
  for (const [label, make] of sets) {
    collect();
    const t0 = performance.now();
    const articles = make();
    const built = articles === seeds || articles === all ? 0 : performance.now() - t0;
    const runs = articles.length <= 5 ? 50 : articles.length <= 100 ? 5 : 3;
    // One untimed run first: every row is measured warm, not only the seeds.
    analyze(articles);
    let mem = { heap: 0, rss: 0 };
    const { ms, result } = time(
      () => analyze(articles),
      runs,
      () => {
        const m = sample();
        if (m.heap > mem.heap) mem = m;
      },
    );
    const floorMs = time(() => floor(articles), runs).ms;
    const pairs = articles.length <= 1000 ? time(() => naivePairs(articles), 1).ms : NaN;
    analyzeMs.set(articles.length, ms);
    if (!Number.isNaN(pairs)) pairsMs.set(articles.length, pairs);
    // All pairs grow with the square of the corpus: 10,000 articles are estimated from 1,000, not run.
    const pairsCell = !Number.isNaN(pairs)
      ? pairs.toFixed(0)
      : pairsMs.has(1000)
        ? `~${(((pairsMs.get(1000) as number) * (articles.length / 1000) ** 2) / 1000).toFixed(0)} s (est.)`
        : 'n/a';
    rows.push([
      label,
      String(articles.length),
      String(articles.reduce((n, a) => n + a.sentences.length, 0)),
      built.toFixed(0),
      ms.toFixed(1),
      (ms / articles.length).toFixed(2),
      floorMs.toFixed(1),
      pairsCell,
      String(result.copies.length),
      String(result.figureGroups.length),
      mb(mem.heap),
      mb(mem.rss),
    ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  rows.forEach((r) => console.log(line(r)));

  const seedMs = analyzeMs.get(seeds.length) as number;
  const k1 = analyzeMs.get(1000) as number;
  const k10 = analyzeMs.get(10000) as number;
  const ratio = k10 / k1;
  console.log('');
  console.log(`seeds:  ${seedMs.toFixed(1)} ms (target < 50 ms) ${seedMs < 50 ? 'ok' : 'MISSED'}`);
  console.log(`1,000:  ${(k1 / 1000).toFixed(2)} s (target < 2 s) ${k1 < 2000 ? 'ok' : 'MISSED'}`);
  console.log(`10× articles (1,000 → 10,000): ${ratio.toFixed(1)}× the time (target ≤ 12×) ${ratio <= 12 ? 'ok' : 'MISSED'}`);
  const pairGrowth = (pairsMs.get(1000) as number) / (pairsMs.get(100) as number);
  console.log(
    `100 → 1,000 articles: the engine takes ${((analyzeMs.get(1000) as number) / (analyzeMs.get(100) as number)).toFixed(1)}× the time, the all-pairs baseline ${pairGrowth.toFixed(0)}×`,
  );
  // heapUsed is sampled after each timed run, findings still referenced; rss is the process's high-water mark.
  console.log(`peak heapUsed ${mb(peakHeap)} MB (after a run, findings kept), peak rss ${mb(process.resourceUsage().maxRSS * 1024)} MB (process maximum)`);
  return 0;
}

// `npm run bench` runs both halves; `-- --analysis` or `-- --page` runs one.
const only = process.argv.slice(2);
if (!only.includes('--page')) {
  try {
    process.exitCode = main();
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
if (!only.includes('--analysis')) {
  try {
    process.exitCode = (await benchPage()) || process.exitCode;
  } catch (e) {
    console.error(`error (page bench): ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
