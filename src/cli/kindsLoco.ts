import { DEFAULT_TRAIN, hashFeatures, KIND_CLASSES, kindFeatureNames, predictSoftmax, trainSoftmax, type Sample } from './kindsModel';
import { labelledSentences, type LabelledSentence } from './kindsData';
import { untunedReadings } from './kindsUntuned';

/**
 * `npm run -s kinds:loco`: how well sentence kinds are read on a dev cluster the method was not
 * fitted to, leave-one-cluster-out (train on the other clusters, predict this one, sum up):
 *   (a) the rules of opinion.ts (in-sample: they were tuned on every dev cluster, so optimistic);
 *   (b) a model on the sentence's own words and shape only: an honest LOCO figure;
 *   (c) a model on those and the rules' reading (their kind, cues, confidence, the article's
 *       share of opinion): LOCO for the model, but its rule input is in-sample too;
 *   (d) the rules' kind unless model (c) disagrees with a probability of at least t;
 *   (e) the rules' kind unless model (b), which never sees the rules' reading, disagrees with a
 *       probability of at least t (its own t).
 * The L2 penalty of (b) and (c) and the thresholds of (d) and (e) are chosen inside each fold, by an
 * inner cross-validation over the training clusters only (grouped by cluster), never on the
 * held-out one. Key sentences the engine does not find as sentences count as wrong for every
 * method.
 *
 * `--untuned`: the rules' readings come from the engine as it was before each cluster was
 * labelled (kindsUntuned.ts): (a) is then the rules' honest carry-over, and (c)/(d) say whether a
 * model trained on other clusters corrects the rules where they were not tuned.
 */

export const DIMS = 1 << 13;
const L2S = [0.0003, 0.001, 0.003, 0.01];
const THRESHOLDS = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, Infinity];
const INNER_FOLDS = 4;

const argmax = (p: ArrayLike<number>): number => {
  let best = 0;
  for (let c = 1; c < p.length; c++) if ((p[c] as number) > (p[best] as number)) best = c;
  return best;
};

/** The rules' kind unless the model disagrees with probability ≥ t. */
export function combine(rule: number, p: ArrayLike<number>, t: number): number {
  const m = argmax(p);
  return m !== rule && (p[m] as number) >= t ? m : rule;
}

interface Item {
  d: LabelledSentence;
  rule: number;
  lex: Sample;
  both: Sample;
}
interface Pred {
  rule: number;
  p: Float64Array;
  y: number;
}

/**
 * A feature must occur in at least this many training clusters to get a weight: a word seen in
 * one story is its topic ("Valieva"), not a cue of voice that carries over to other stories.
 */
let MIN_CLUSTERS = 1;

function fit(items: readonly Item[], pick: (i: Item) => Sample, l2: number): Float64Array {
  const seen = new Map<number, Set<string>>();
  for (const i of items) for (const f of pick(i).x) seen.set(f, (seen.get(f) ?? new Set()).add(i.d.cluster));
  const keep = (f: number): boolean => (seen.get(f)?.size ?? 0) >= MIN_CLUSTERS;
  const samples = items.map((i) => {
    const s = pick(i);
    return MIN_CLUSTERS > 1 ? { x: s.x.filter(keep), y: s.y } : s;
  });
  return trainSoftmax(samples, { ...DEFAULT_TRAIN, l2, dims: DIMS });
}

/** Held-out predictions over the training clusters, in INNER_FOLDS groups of clusters. */
function innerPredictions(train: readonly Item[], clusters: readonly string[], pick: (i: Item) => Sample, l2: number): Pred[] {
  const out: Pred[] = [];
  for (let f = 0; f < INNER_FOLDS; f++) {
    const held = new Set(clusters.filter((_, i) => i % INNER_FOLDS === f));
    const w = fit(
      train.filter((i) => !held.has(i.d.cluster)),
      pick,
      l2,
    );
    for (const i of train) if (held.has(i.d.cluster)) out.push({ rule: i.rule, p: predictSoftmax(w, pick(i).x, KIND_CLASSES.length), y: i.d.label });
  }
  return out;
}

/** The L2 penalty whose inner predictions are right most often (ties: the stronger penalty), with those predictions. */
function chooseL2(train: readonly Item[], clusters: readonly string[], pick: (i: Item) => Sample): { l2: number; preds: Pred[] } {
  let best = { l2: L2S[L2S.length - 1] as number, preds: [] as Pred[], right: -1 };
  for (const l2 of [...L2S].reverse()) {
    const preds = innerPredictions(train, clusters, pick, l2);
    const right = preds.filter((q) => argmax(q.p) === q.y).length;
    if (right > best.right) best = { l2, preds, right };
  }
  return best;
}

/** The threshold that does best over inner held-out predictions (ties: the more cautious). */
function chooseThreshold(preds: readonly Pred[]): number {
  let best = Infinity;
  let bestRight = -1;
  for (const t of [...THRESHOLDS].reverse()) {
    const right = preds.filter((q) => combine(q.rule, q.p, t) === q.y).length;
    if (right > bestRight) {
      best = t;
      bestRight = right;
    }
  }
  return best;
}

interface Row {
  cluster: string;
  n: number;
  rules: number;
  lexical: number;
  both: number;
  combined: number;
  wordsOverride: number;
  chosen: string;
}

/** Per method: key kind × read kind, and against the rules, sentences it gets right that they miss and the reverse. */
interface Tally {
  confusion: number[][];
  fixed: number;
  broken: number;
}
const tally = (): Tally => ({ confusion: KIND_CLASSES.map(() => KIND_CLASSES.map(() => 0)), fixed: 0, broken: 0 });
function count(t: Tally, y: number, read: number, rule: number): void {
  (t.confusion[y] as number[])[read] = ((t.confusion[y] as number[])[read] as number) + 1;
  if (read === y && rule !== y) t.fixed++;
  if (read !== y && rule === y) t.broken++;
}

function main(argv: readonly string[]): void {
  const untuned = argv.includes('--untuned');
  MIN_CLUSTERS = Number(argv.find((a) => a.startsWith('--min-clusters='))?.slice(15) ?? 1);
  const readings = untuned ? untunedReadings(labelledSentences('dev', undefined, () => []).map((d) => d.cluster)) : undefined;
  const data = labelledSentences('dev', undefined, readings ? (c) => readings.get(c) : undefined);
  const clusters = [...new Set(data.map((d) => d.cluster))];
  const items: Item[] = data.flatMap((d) =>
    d.input
      ? [
          {
            d,
            rule: KIND_CLASSES.indexOf(d.input.rule?.kind ?? 'reporting'),
            lex: { x: hashFeatures(kindFeatureNames(d.input, 'lexical'), DIMS), y: d.label },
            both: { x: hashFeatures(kindFeatureNames(d.input, 'lexical+rules'), DIMS), y: d.label },
          },
        ]
      : [],
  );
  if (argv.includes('--top')) return void process.stdout.write(topFeatures(items));
  const rows: Row[] = [];
  const tallies = { rules: tally(), lexical: tally(), both: tally(), combined: tally(), wordsOverride: tally() };
  // `--folds=K`: K groups of clusters (every K-th) instead of one cluster at a time, for a split too large to refit per cluster.
  const folds = Number(argv.find((a) => a.startsWith('--folds='))?.slice(8) ?? 0);
  const outer: string[][] = folds > 1 ? Array.from({ length: folds }, (_, f) => clusters.filter((_, i) => i % folds === f)) : clusters.map((c) => [c]);
  for (const heldList of outer) {
    const heldSet = new Set(heldList);
    const train = items.filter((i) => !heldSet.has(i.d.cluster));
    const trainClusters = clusters.filter((c) => !heldSet.has(c));
    const lexChoice = chooseL2(train, trainClusters, (i) => i.lex);
    const bothChoice = chooseL2(train, trainClusters, (i) => i.both);
    const t = chooseThreshold(bothChoice.preds);
    // (e): the rules unless the words-only model, which never saw the rules' reading, is sure.
    const tWords = chooseThreshold(lexChoice.preds);
    const wLex = fit(train, (i) => i.lex, lexChoice.l2);
    const wBoth = fit(train, (i) => i.both, bothChoice.l2);
    for (const held of heldList) {
      const row: Row = {
        cluster: held,
        n: data.filter((d) => d.cluster === held).length,
        rules: 0,
        lexical: 0,
        both: 0,
        combined: 0,
        wordsOverride: 0,
        chosen: `${lexChoice.l2}/${bothChoice.l2}/${t}/${tWords}`,
      };
      for (const i of items) {
        if (i.d.cluster !== held) continue;
        const pBoth = predictSoftmax(wBoth, i.both.x, KIND_CLASSES.length);
        const pLex = predictSoftmax(wLex, i.lex.x, KIND_CLASSES.length);
        const reads = { rules: i.rule, lexical: argmax(pLex), both: argmax(pBoth), combined: combine(i.rule, pBoth, t), wordsOverride: combine(i.rule, pLex, tWords) };
        for (const k of Object.keys(reads) as (keyof typeof reads)[]) {
          if (reads[k] === i.d.label) row[k]++;
          count(tallies[k], i.d.label, reads[k], i.rule);
        }
      }
      rows.push(row);
    }
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  const f = (right: number, n: number): string => `${(right / Math.max(1, n)).toFixed(2)} (${right}/${n})`.padEnd(16);
  const out = [
    `sentence kinds, dev split, leave-one-cluster-out (${clusters.length} clusters, ${data.length} key sentences, ${data.length - items.length} not found as sentences: wrong for all)`,
    `rules' readings: ${untuned ? 'the engine before each cluster was labelled (git), i.e. rules not tuned on it' : "today's engine (tuned on every dev cluster)"}`,
    `${'cluster'.padEnd(28)} ${'(a) rules'.padEnd(16)} ${'(b) lexical'.padEnd(16)} ${'(c) lex+rules'.padEnd(16)} ${'(d) combined'.padEnd(16)} ${'(e) words-over'.padEnd(16)} chosen in fold: L2 (b)/L2 (c)/t (d)/t (e)`,
  ];
  for (const r of rows) out.push(`${r.cluster.padEnd(28)} ${f(r.rules, r.n)} ${f(r.lexical, r.n)} ${f(r.both, r.n)} ${f(r.combined, r.n)} ${f(r.wordsOverride, r.n)} ${r.chosen}`);
  const sum = (k: 'n' | 'rules' | 'lexical' | 'both' | 'combined' | 'wordsOverride'): number => rows.reduce((s, r) => s + r[k], 0);
  const n = sum('n');
  out.push(`${'TOTAL'.padEnd(28)} ${f(sum('rules'), n)} ${f(sum('lexical'), n)} ${f(sum('both'), n)} ${f(sum('combined'), n)} ${f(sum('wordsOverride'), n)}`);
  out.push(
    '',
    `confusion over the found sentences (rows: key ${KIND_CLASSES.join('/')}; columns: read as), and against the rules: right where they are wrong / wrong where they are right`,
  );
  for (const [name, t] of Object.entries(tallies))
    out.push(`  ${name.padEnd(14)} ${t.confusion.map((r) => r.map((x) => String(x).padStart(4)).join('')).join('  |')}   ${name === 'rules' ? '' : `+${t.fixed} / -${t.broken}`}`);
  if (!untuned) out.push("(a) is in-sample here: the rules were tuned on every dev cluster; (c) and (d) read the rules' output, so they inherit that. See --untuned.");
  out.push(`features kept: those seen in at least ${MIN_CLUSTERS} training cluster(s)`);
  process.stdout.write(`${out.join('\n')}\n`);
}

/**
 * `--top`: the words-only model fitted to every dev cluster, and the named features that push
 * hardest towards each kind (over the other two): what a rule writer might look at, not a rule.
 * Names that share a hash share a weight (rare at this size); the first name seen is shown.
 */
function topFeatures(items: readonly Item[]): string {
  const w = fit(items, (i) => i.lex, 0.001);
  const names = new Map<number, string>();
  const clustersOf = new Map<number, Set<string>>();
  for (const i of items) {
    if (!i.d.input) continue;
    for (const n of kindFeatureNames(i.d.input, 'lexical')) {
      const h = hashFeatures([n], DIMS)[0] as number;
      if (!names.has(h)) names.set(h, n);
      clustersOf.set(h, (clustersOf.get(h) ?? new Set()).add(i.d.cluster));
    }
  }
  const C = KIND_CLASSES.length;
  const out: string[] = [];
  KIND_CLASSES.forEach((kind, c) => {
    const lead = [...names.keys()]
      .map((h) => ({ h, v: (w[h * C + c] as number) - Math.max(...KIND_CLASSES.map((_, o) => (o === c ? -Infinity : (w[h * C + o] as number)))) }))
      .sort((a, b) => b.v - a.v)
      .slice(0, 25);
    out.push(`${kind}: ${lead.map((x) => `${names.get(x.h)} (${x.v.toFixed(2)}, ${clustersOf.get(x.h)?.size ?? 0} clusters)`).join(', ')}`);
  });
  return `${out.join('\n')}\n`;
}

if (process.argv[1]?.endsWith('kindsLoco.ts')) main(process.argv.slice(2));
