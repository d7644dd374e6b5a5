import { analyze, type Figure, type FigureGroup, type Findings } from '../core/analysis';
import type { Article, Span } from '../core/article';
import { isMain, runMain, type CliMain } from './cliMain';
import { CORPUS_DIR, loadSplit } from './corpus';
import { scoreFigureGroups, spansOf, totalGroups, type GroupKeyInput, type GroupScore, type KeyGroup } from './qualityScore';
import { devHalfArgs, halfOf, type Half } from './devHalves';

/**
 * `npm run -s figures:misses`: every key figure group of the DEV split that the quality score
 * counts as missed, sorted into the stage where it was lost, so engine work goes to the stage
 * that loses most. Dev only: the test and holdout splits are for measuring, never for looking at.
 *
 *   i    not read: fewer than two of its articles have a member read as a groupable figure
 *        (no figure, a date or time, a conversion or part), or read in unit classes that differ
 *   ii   split: read in two or more articles, but no engine group holds two of them
 *   iii  impure: an engine group holds two of its articles' members, but also another quantity
 *   iv   wrong verdict: a pure group, confident, but conflicting where the key says compatible or back
 *   v    gated: a pure group, right verdict or unsure, but not confident (or "unsure")
 */

export const STAGES = ['i', 'ii', 'iii', 'iv', 'v'] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_NAMES: Record<Stage, string> = {
  i: 'not read / wrong unit',
  ii: 'read, split apart',
  iii: 'grouped with another quantity',
  iv: 'pure, wrong verdict',
  v: 'pure, below the gate',
};

export interface Miss {
  group: KeyGroup;
  stage: Stage;
  detail: string;
  /** Stage i only: a member was read as a count without a unit ("(82,000)" in a list). */
  bare?: boolean;
  /** Stage iv only: the key's conflict involves a member the group left out; the group alone may agree. */
  partial?: boolean;
  /** Stage ii only: why the engine kept its members apart (a join refused by a rule, else why no link was made). */
  apart?: string;
}

/** Two slots of figures the engine did not join, and why (analyze's `explain`). */
export interface Apart {
  a: readonly Figure[];
  b: readonly Figure[];
  why: string;
}

const GROUPED_KINDS = new Set<Figure['kind']>(['count', 'duration', 'offset', 'year', 'percent', 'money', 'rank']);
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Which key item each key span is: a group index, or -1 for singletons and non-figures. */
function keySpans(articles: ReadonlyMap<string, Article>, key: GroupKeyInput): { group: number; article: string; span: Span }[] {
  const spans: { group: number; article: string; span: Span }[] = [];
  key.groups.forEach((g, i) => {
    for (const m of g.members) for (const span of spansOf(articles.get(m.article), m.figure, { ignoreCase: true })) spans.push({ group: i, article: m.article, span });
  });
  for (const s of [...(key.singletons ?? []), ...(key.nonFigures ?? []).map((n) => ({ article: n.article, figure: n.text }))])
    for (const span of spansOf(articles.get(s.article), s.figure, { ignoreCase: true })) spans.push({ group: -1, article: s.article, span });
  return spans;
}

const show = (f: Figure): string => `${f.article} "${f.text}" ${f.kind}/${f.unitClass || '-'}${f.bound === 'exact' ? '' : `/${f.bound}`}`;

/** The stage where each missed key group was lost (found groups are left out), as the quality score counts "found". */
export function figureMisses(
  findings: Pick<Findings, 'figures' | 'figureGroups'>,
  articles: ReadonlyMap<string, Article>,
  key: GroupKeyInput,
  apart: readonly Apart[] = [],
): Miss[] {
  const spans = keySpans(articles, key);
  const keyOf = (f: Figure): number | null => spans.find((s) => s.article === f.article && overlaps(s.span, f))?.group ?? null;
  const confident = (g: FigureGroup): boolean => g.confident && g.verdict !== 'unsure';
  // Per engine group: the key item of each member (null: not in the key at all).
  const groups = findings.figureGroups.map((g) => ({ g, keys: g.members.map(keyOf) }));
  const pureFor = (keys: (number | null)[], i: number): boolean => keys.every((k) => k === i || (!key.complete && k === null));
  const articlesOf = (g: FigureGroup, keys: (number | null)[], i: number): Set<string> => new Set(g.members.filter((_, n) => keys[n] === i).map((m) => m.article));
  const misses: Miss[] = [];
  key.groups.forEach((kg, i) => {
    const holding = groups.filter(({ g, keys }) => articlesOf(g, keys, i).size >= 2);
    const found = holding.some(({ g, keys }) => pureFor(keys, i) && confident(g) && (g.verdict === 'conflicting') === kg.conflict);
    if (found) return;
    const pure = holding.filter(({ keys }) => pureFor(keys, i));
    if (pure.length > 0) {
      const { g } = pure[0] as (typeof pure)[number];
      const rightVerdict = (g.verdict === 'conflicting') === kg.conflict;
      const stage: Stage = g.verdict !== 'unsure' && !rightVerdict ? 'iv' : 'v';
      // A conflict the key sees between members the group holds and members it left out ("$243.6 million" in five
      // outlets, "almost $44 million" in a sixth): the group's own verdict may be right; the loss is the left-out member.
      const left = kg.members.filter(
        (m) => !g.members.some((f) => f.article === m.article && spansOf(articles.get(m.article), m.figure, { ignoreCase: true }).some((sp) => overlaps(sp, f))),
      );
      misses.push({
        group: kg,
        stage,
        ...(stage === 'iv' && kg.conflict && left.length > 0 ? { partial: true } : {}),
        detail: `engine ${g.verdict}${g.reason ? `/${g.reason}` : ''}${g.confident ? '' : ' (not confident)'}, key ${kg.conflict ? 'conflict' : 'compatible'}/${kg.reason}: ${g.members.map(show).join('; ')}${left.length ? ` | left out: ${left.map((m) => `${m.article} "${m.figure}"`).join('; ')}` : ''}`,
      });
      return;
    }
    if (holding.length > 0) {
      const { g, keys } = holding[0] as (typeof holding)[number];
      const label = (k: number | null): string => (k === null ? 'not in key' : k === -1 ? 'singleton/non-figure' : `key: ${(key.groups[k] as KeyGroup).subject}`);
      const intruders = g.members.flatMap((m, n) => (keys[n] === i ? [] : [`${show(m)} [${label(keys[n] ?? null)}]`]));
      misses.push({ group: kg, stage: 'iii', detail: `with ${intruders.join('; ')}` });
      return;
    }
    // Not held together anywhere: was each member read at all?
    const read: Figure[] = [];
    const notes: string[] = [];
    for (const m of kg.members) {
      const at = spansOf(articles.get(m.article), m.figure, { ignoreCase: true });
      const fs = findings.figures.filter((f) => f.article === m.article && at.some((s) => overlaps(s, f)));
      const usable = fs.filter((f) => GROUPED_KINDS.has(f.kind) && !f.partOf && !f.conversionOf);
      if (usable.length > 0) read.push(...usable);
      else
        notes.push(
          `${m.article} "${m.figure}": ${!articles.has(m.article) ? 'no text' : fs.length === 0 ? 'no figure' : fs.map((f) => `${f.kind}${f.partOf ? ' part' : ''}${f.conversionOf ? ' conversion' : ''}`).join(', ')}`,
        );
    }
    const readArticles = new Set(read.map((f) => f.article));
    const classes = new Set(read.map((f) => f.unitClass));
    const classInArticles = (c: string): number => new Set(read.filter((f) => f.unitClass === c).map((f) => f.article)).size;
    if (readArticles.size < 2) {
      misses.push({ group: kg, stage: 'i', detail: `${notes.join('; ')}${read.length ? ` | read: ${read.map(show).join('; ')}` : ''}` });
    } else if (![...classes].some((c) => c !== '' && classInArticles(c) >= 2)) {
      misses.push({
        group: kg,
        stage: 'i',
        bare: read.some((f) => f.kind === 'count' && !f.unitClass),
        detail: `unit classes differ: ${read.map(show).join('; ')}${notes.length ? ` | ${notes.join('; ')}` : ''}`,
      });
    } else {
      const elsewhere = read.filter((f) => groups.some(({ g }) => g.members.includes(f)));
      // Why two of its members in different articles stayed apart: a refused join says more than a missing link.
      const mine = (fs: readonly Figure[]): Figure[] => fs.filter((f) => read.includes(f));
      const reasons = apart.filter((x) => mine(x.a).some((f) => mine(x.b).some((g) => g.article !== f.article))).map((x) => x.why);
      const why = reasons.find((r) => !r.startsWith('no link')) ?? reasons[0] ?? 'not compared (another class or kind)';
      misses.push({
        group: kg,
        stage: 'ii',
        apart: why,
        detail: `[${why}] ${read.map(show).join('; ')}${elsewhere.length ? ` | in other groups: ${elsewhere.map((f) => f.text).join(', ')}` : ''}${notes.length ? ` | ${notes.join('; ')}` : ''}`,
      });
    }
  });
  return misses;
}

export const main: CliMain = (argv) => {
  const args = devHalfArgs(argv, 'figures:misses', 'item by item');
  if ('refusal' in args) {
    console.error(args.refusal);
    return 2;
  }
  const { half } = args;
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const zero = (): Record<Stage, number> => ({ i: 0, ii: 0, iii: 0, iv: 0, v: 0 });
  const totals = { all: zero(), even: zero(), odd: zero() };
  const keyTotals = { all: 0, even: 0, odd: 0 };
  const bareTotals = { all: 0, even: 0, odd: 0 };
  let partial = 0;
  const apartCounts = new Map<string, number>();
  // The quality score's figure groups per half: what a change is judged by, on the half it was not written from.
  const scores: Record<Half, GroupScore[]> = { even: [], odd: [] };
  const out: string[] = [`${'cluster'.padEnd(28)} half  key miss  ${STAGES.map((s) => s.padStart(4)).join('')}`];
  loadSplit(CORPUS_DIR, 'dev').forEach((cluster) => {
    if (!cluster.key || cluster.articles.length === 0) return;
    const h = halfOf(cluster.id);
    if (half && h !== half) return;
    const byId = new Map(cluster.articles.map((a) => [a.id, a]));
    const key = cluster.key;
    const apart: Apart[] = [];
    const findings = analyze(cluster.articles, { explain: (a, b, why) => apart.push({ a, b, why }) });
    const keyInput: GroupKeyInput = { groups: key.figureGroups ?? [], singletons: key.singletons ?? [], nonFigures: key.nonFigures ?? [], complete: true };
    const misses = figureMisses(findings, byId, keyInput, apart);
    scores[h].push(scoreFigureGroups(findings, byId, keyInput));
    const counts = zero();
    for (const m of misses) counts[m.stage]++;
    for (const m of misses) if (m.apart) apartCounts.set(m.apart, (apartCounts.get(m.apart) ?? 0) + 1);
    partial += misses.filter((m) => m.partial).length;
    const bare = misses.filter((m) => m.bare).length;
    bareTotals.all += bare;
    bareTotals[h] += bare;
    for (const s of STAGES) {
      totals.all[s] += counts[s];
      totals[h][s] += counts[s];
    }
    const n = (key.figureGroups ?? []).length;
    keyTotals.all += n;
    keyTotals[h] += n;
    out.push(
      `${cluster.id.padEnd(28)} ${h.padEnd(5)} ${String(n).padStart(3)} ${String(misses.length).padStart(4)}  ${STAGES.map((s) => String(counts[s] || '.').padStart(4)).join('')}`,
    );
    if (verbose) for (const m of misses) out.push(`    ${m.stage.padEnd(3)} ${m.group.subject}: ${m.detail}`);
  });
  const line = (name: string, keys: number, c: Record<Stage, number>, bare: number): string =>
    `${name.padEnd(34)} ${String(keys).padStart(3)} ${String(STAGES.reduce((n, s) => n + c[s], 0)).padStart(4)}  ${STAGES.map((s) => String(c[s]).padStart(4)).join('')}   (i with a bare count: ${bare})`;
  out.push('');
  if (!half) out.push(line('TOTAL even half', keyTotals.even, totals.even, bareTotals.even), line('TOTAL odd half', keyTotals.odd, totals.odd, bareTotals.odd));
  out.push(
    line(`TOTAL${half ? ` ${half} half` : ''}`, keyTotals.all, totals.all, bareTotals.all),
    ...(partial ? [`(of iv: ${partial} where the key's conflict is with a member the engine group left out)`] : []),
    '',
    'stage ii, why the members stayed apart:',
    ...[...apartCounts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([why, n]) => `  ${String(n).padStart(3)}  ${why}`),
    '',
    ...STAGES.map((s) => `  ${s.padEnd(4)} ${STAGE_NAMES[s]}`),
  );
  const f1 = (name: string, list: GroupScore[]): string => {
    const t = totalGroups(list);
    return `  figure groups, ${name.padEnd(9)} F1 ${t.f1.toFixed(3)}  P ${t.precision.toFixed(3)} (${t.right}/${t.engine})  R ${t.recall.toFixed(3)} (${t.found}/${t.key})`;
  };
  out.push('', ...(half ? [f1(`${half} half`, scores[half])] : [f1('even half', scores.even), f1('odd half', scores.odd), f1('all', [...scores.even, ...scores.odd])]));
  console.log(out.join('\n'));
  return 0;
};

if (isMain(import.meta.url)) runMain(main);
