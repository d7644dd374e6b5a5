import { halfOf } from './devHalves';
import { analyze } from '../core/analysis';
import { sentenceCarriers } from '../core/analysis/carriers';
import { CORPUS_DIR, loadSplit, SPLITS, type Cluster, type Split } from './corpus';
import { ROOT } from './nodeLibrary';
import {
  addRatio,
  ratio,
  scoreAttributions,
  keyForPresentTexts,
  scoreFigureGroups,
  scoreFurniture,
  scoreNonFigures,
  scoreSentenceKinds,
  totalGroups,
  type GroupScore,
  type Ratio,
} from './qualityScore';
import { engineOnConsensus, secondReadingOf, splitAgreement } from './readerAgreement';
import { seedQuality } from './seedQuality';

/**
 * `npm run -s quality`: the analysis engine against the hand-labelled development corpus
 * (test/fixtures/corpus/{dev,test}), one row per cluster and a total per split, then the seed
 * regression set. The last line sums up the test split: the numbers issue 9 is judged by.
 * `--verbose` (or `-v`) lists every missed or wrong item under its cluster. `--holdout` prints
 * the holdout split instead (and only it). `--half even` or `--half odd` prints only that half of
 * the dev split (see devHalf).
 */

export interface ClusterQuality {
  cluster: Cluster;
  articles: number;
  groups: GroupScore;
  kinds: Ratio;
  attributions: Ratio;
  furniture: Ratio;
  nonFigures: Ratio;
  /** Kinds on the key sentences a blind second reader labelled alike; null without a second reading. */
  consensus: Ratio | null;
  details: string[];
}

export function clusterQuality(cluster: Cluster): ClusterQuality | null {
  if (!cluster.key || cluster.articles.length === 0) return null;
  // A cluster missing some texts is scored on the ones here: counting what sits in an absent text as
  // missed would measure this checkout's files, not the engine.
  const { key, excused } = keyForPresentTexts(cluster.key, new Set(cluster.absentIds));
  const byId = new Map(cluster.articles.map((a) => [a.id, a]));
  const findings = analyze(cluster.articles);
  const groups = scoreFigureGroups(findings, byId, { groups: key.figureGroups ?? [], singletons: key.singletons ?? [], nonFigures: key.nonFigures ?? [], complete: true, excused });
  const kinds = scoreSentenceKinds(findings, key.sentences ?? []);
  const attributions = scoreAttributions(sentenceCarriers(cluster.articles), key.attributions ?? []);
  const furniture = scoreFurniture(findings, byId, key.furniture ?? [], key.sentences ?? []);
  const nonFigures = scoreNonFigures(findings, byId, key.nonFigures ?? []);
  const second = secondReadingOf(cluster.dir);
  return {
    cluster,
    articles: cluster.articles.length,
    groups,
    kinds: kinds.kinds,
    attributions,
    furniture,
    nonFigures,
    consensus: second && engineOnConsensus(findings, key.sentences ?? [], second),
    details: [
      ...groups.missed.map((m) => `figures missed: ${m}`),
      ...groups.wrong.map((w) => `figures wrong: ${w}`),
      ...kinds.wrong.map((w) => `kind: ${w}`),
      ...attributions.wrong.map((w) => `attribution: ${w}`),
      ...furniture.wrong.map((w) => `furniture: ${w}`),
      ...nonFigures.wrong.map((w) => `non-figure: ${w}`),
    ],
  };
}

const pct = (x: number): string => x.toFixed(2);
const frac = (r: Ratio): string => `${pct(ratio(r))} ${`(${r.right}/${r.total})`.padEnd(9)}`;
const HEADER = `${'cluster'.padEnd(28)} art  groups key/eng  P     R     F1    reason  kinds          attributions   furniture      non-figures`;

function row(
  name: string,
  articles: number,
  g: Pick<GroupScore, 'key' | 'engine' | 'precision' | 'recall' | 'f1' | 'reasonRight' | 'found'>,
  kinds: Ratio,
  attributions: Ratio,
  furniture: Ratio,
  nonFigures: Ratio,
): string {
  return [
    name.padEnd(28),
    String(articles).padStart(3),
    `${String(g.key).padStart(7)}/${String(g.engine).padEnd(4)}`,
    g.engine ? pct(g.precision) : '  -  ',
    pct(g.recall),
    pct(g.f1),
    `${g.reasonRight}/${g.found}`.padEnd(7),
    frac(kinds),
    frac(attributions),
    frac(furniture),
    frac(nonFigures),
  ].join(' ');
}

export interface SplitQuality {
  split: Split;
  rows: ClusterQuality[];
  problems: string[];
  total: { groups: ReturnType<typeof totalGroups>; kinds: Ratio; attributions: Ratio; furniture: Ratio; nonFigures: Ratio; articles: number } | null;
}

/**
 * Half of the dev clusters (see halfOf): tune a change on one half, then see whether it carries
 * over to the other, which it was not written from.
 */
export function devHalf<T extends { id: string }>(clusters: readonly T[], half: 'even' | 'odd'): T[] {
  return [...clusters].sort((a, b) => (a.id < b.id ? -1 : 1)).filter((c) => halfOf(c.id) === half);
}

export function splitQuality(split: Split, root = CORPUS_DIR, half?: 'even' | 'odd'): SplitQuality {
  const all = loadSplit(root, split);
  const clusters = half ? devHalf(all, half) : all;
  const rows = clusters.map(clusterQuality).filter((r): r is ClusterQuality => r !== null);
  const problems = clusters.flatMap((c) => c.problems);
  if (rows.length === 0) return { split, rows, problems, total: null };
  const zero: Ratio = { right: 0, total: 0 };
  return {
    split,
    rows,
    problems,
    total: {
      groups: totalGroups(rows.map((r) => r.groups)),
      kinds: rows.reduce((s, r) => addRatio(s, r.kinds), zero),
      attributions: rows.reduce((s, r) => addRatio(s, r.attributions), zero),
      furniture: rows.reduce((s, r) => addRatio(s, r.furniture), zero),
      nonFigures: rows.reduce((s, r) => addRatio(s, r.nonFigures), zero),
      articles: rows.reduce((s, r) => s + r.articles, 0),
    },
  };
}

/** "n of m article texts absent" when a split's clusters miss some, else null. */
function partialTexts(q: SplitQuality): string | null {
  const absent = q.rows.reduce((n, r) => n + r.cluster.missing.length, 0);
  return absent ? `${absent} of ${absent + q.total!.articles} article texts absent (\`npm run corpus:fetch\` rebuilds them)` : null;
}

/** The problem loadCluster reports for a cluster none of whose texts are in this checkout. */
const ABSENT = /^(.*): article texts not present \(not in git, see SOURCE\.md\)/;

function main(argv: readonly string[]): void {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  // The holdout split prints only when asked for, and then alone: whoever tunes on dev never sees it.
  const holdout = argv.includes('--holdout');
  const halfArg = argv[argv.indexOf('--half') + 1];
  const half = argv.includes('--half') ? (halfArg === 'even' || halfArg === 'odd' ? halfArg : null) : undefined;
  if (half === null) {
    process.stderr.write(`quality: --half takes even or odd, not ${halfArg ?? 'nothing'}\n`);
    process.exitCode = 2;
    return;
  }
  const out: string[] = [];
  const splits = half ? [splitQuality('dev', CORPUS_DIR, half)] : SPLITS.filter((s) => (s === 'holdout') === holdout).map((s) => splitQuality(s));
  for (const q of splits) {
    out.push(`== ${q.split} split (test/fixtures/corpus/${q.split}) ==`);
    // Clusters whose texts are publishers' pages (kept out of git) and absent from this checkout: one
    // line naming them, not one problem each, so the real problems stand out.
    const absent = q.problems.map((p) => ABSENT.exec(p)?.[1]).filter((x): x is string => x !== undefined);
    if (absent.length)
      out.push(
        `  ${absent.length} cluster(s) without their texts here (publishers' pages, not in git; \`npm run corpus:fetch\` rebuilds them from the live pages, see each SOURCE.md): ${absent.map((d) => d.split('/').pop()).join(', ')}`,
      );
    out.push(...q.problems.filter((p) => !ABSENT.test(p)).map((p) => `  problem: ${p.split(`${ROOT}/`).join('')}`));
    if (!q.total) {
      out.push('  no clusters with articles and a key yet', '');
      continue;
    }
    out.push(HEADER);
    for (const r of q.rows) {
      out.push(row(`${r.cluster.id}${r.cluster.missing.length ? '*' : ''}`, r.articles, r.groups, r.kinds, r.attributions, r.furniture, r.nonFigures));
      if (verbose) out.push(...r.details.map((d) => `    ${d}`));
    }
    const t = q.total;
    out.push(row(`TOTAL ${q.split}${half ? ` ${half} half` : ''} (${q.rows.length} clusters)`, t.articles, t.groups, t.kinds, t.attributions, t.furniture, t.nonFigures));
    const partial = partialTexts(q);
    if (partial) out.push(`  * scored on the texts present here only: ${partial}`);
    const readers = splitAgreement(loadSplit(CORPUS_DIR, q.split));
    if (readers)
      out.push(
        `  sentence kinds, key vs a second reader who labelled blind: ${readers.agreed}/${readers.compared} agree (${pct(readers.agreed / Math.max(1, readers.compared))}), kappa ${pct(readers.kappa)}${readers.unmatched ? `; ${readers.unmatched} key sentences not in the second reading` : ''}`,
      );
    const consensus = q.rows.reduce<Ratio | null>((s, r) => (r.consensus ? addRatio(s ?? { right: 0, total: 0 }, r.consensus) : s), null);
    if (consensus) out.push(`  sentence kinds on the key sentences both readers label alike: engine ${frac(consensus).trim()}`);
    out.push('');
  }

  if (holdout || half) return void process.stdout.write(`${out.join('\n')}\n`);
  const seeds = seedQuality();
  out.push('== seed regression set (test/fixtures/seed-key; the engine was tuned on it) ==');
  out.push(`  copies:        recall ${pct(seeds.copies.recall)}  precision ${pct(seeds.copies.precision)}  (key ${seeds.copies.key}, engine ${seeds.copies.engine})`);
  const g = seeds.figureGroups;
  out.push(`  figure groups: P ${pct(g.precision)}  R ${pct(g.recall)}  F1 ${pct(g.f1)}  reason right ${g.reasonRight}/${g.found}  (key ${g.key}, engine confident ${g.engine})`);
  if (verbose) out.push(...g.missed.map((m) => `      missed: ${m}`), ...g.wrong.map((w) => `      wrong: ${w}`));
  out.push(`  sentence kind: ${frac(seeds.sentences.kinds)}${seeds.sentences.missing ? `, ${seeds.sentences.missing} not found` : ''}`, '');

  const testSplit = splits.find((s) => s.split === 'test');
  const test = testSplit?.total;
  const testPartial = testSplit ? partialTexts(testSplit) : null;
  out.push(
    test
      ? `test split${testPartial ? ` (on the texts present here only: ${testPartial}; not comparable with a checkout that has them all)` : ''}: figure groups F1 ${pct(test.groups.f1)} (P ${pct(test.groups.precision)}, R ${pct(test.groups.recall)}); sentence kinds ${pct(ratio(test.kinds))}; attributions ${pct(ratio(test.attributions))}  [targets: 0.85, 0.90, 0.95]`
      : 'test split: no clusters yet',
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

if (process.argv[1]?.endsWith('quality.ts')) main(process.argv.slice(2));
