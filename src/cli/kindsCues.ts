import { analyze, type SentenceFinding } from '../core/analysis';
import type { OpinionKind } from '../core/analysis/types';
import { isMain, runMain, type CliMain } from './cliMain';
import { CORPUS_DIR, loadSplit } from './corpus';
import { devHalfArgs, halfOf, type Half } from './devHalves';
import { findSentence, SENTENCE_KINDS } from './qualityScore';

/**
 * `npm run -s kinds:cues [-- --half even|odd] [-- --by-kind] [-- --list CUE]`: for the DEV split, per half of the
 * clusters, one row per cue the engine read in a sentence (its `cues`, as the engine names them):
 * how often the engine's kind for a sentence with that cue is the key's kind, in all, when the cue
 * was the sentence's only one and when it came with others, and which key kinds the misses were.
 * A cue with low precision when alone is one to narrow, or to let decide only with a second cue.
 * `--by-kind` splits each row by the kind the engine gave, so a cue's opinion calls are read apart.
 * `--list CUE` prints that cue's misses (key kind, engine kind, all cues with their words). Dev
 * only: the test and holdout splits are never inspected sentence by sentence.
 */

/** A key sentence paired with the engine's reading of it. */
export interface CuePair {
  key: OpinionKind;
  reading: Pick<SentenceFinding, 'kind' | 'cues'>;
}

export interface Tally {
  right: number;
  total: number;
}

export interface CueRow {
  /** The engine's name for the cue; `(none)` for sentences it read with no cue at all. */
  cue: string;
  all: Tally;
  /** The cue was the sentence's only one. */
  alone: Tally;
  /** The sentence had other cues too. */
  withOthers: Tally;
  /** Misses by "engine kind→key kind", e.g. "opinion→reporting". */
  misses: Map<string, number>;
}

/** The row of sentences that carry no cue, so every reading is counted somewhere. */
export const NO_CUE = '(none)';

const precision = (t: Tally): number => (t.total ? t.right / t.total : 0);

/**
 * One row per cue found in the readings, most used first (ties by name). `byKind`: one row per cue
 * and the kind the engine gave ("first-person→opinion"), the precision of that cue's decisions.
 */
export function cueTable(pairs: Iterable<CuePair>, byKind = false): CueRow[] {
  const rows = new Map<string, CueRow>();
  for (const { key, reading } of pairs) {
    const cues = [...new Set(reading.cues)];
    const right = reading.kind === key;
    for (const name of cues.length ? cues : [NO_CUE]) {
      const cue = byKind ? `${name}→${reading.kind}` : name;
      let row = rows.get(cue);
      if (!row) {
        row = { cue, all: { right: 0, total: 0 }, alone: { right: 0, total: 0 }, withOthers: { right: 0, total: 0 }, misses: new Map() };
        rows.set(cue, row);
      }
      for (const t of [row.all, cues.length > 1 ? row.withOthers : row.alone]) {
        t.total++;
        if (right) t.right++;
      }
      if (!right) {
        const miss = `${reading.kind}→${key}`;
        row.misses.set(miss, (row.misses.get(miss) ?? 0) + 1);
      }
    }
  }
  return [...rows.values()].sort((a, b) => b.all.total - a.all.total || a.cue.localeCompare(b.cue));
}

/** "12/16 0.75", or "-" when the cue never occurred that way. */
function cell(t: Tally): string {
  return t.total ? `${t.right}/${t.total} ${precision(t).toFixed(2)}` : '-';
}

/** The table as text lines: cue, all, alone, with others, and the commonest misses. */
export function formatCueTable(rows: readonly CueRow[]): string[] {
  const width = Math.max(4, ...rows.map((r) => r.cue.length));
  const col = 16;
  const out = [`${'cue'.padEnd(width)}  ${'all'.padStart(col)}  ${'alone'.padStart(col)}  ${'with others'.padStart(col)}  misses (engine→key)`];
  for (const r of rows) {
    const misses = [...r.misses]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([m, n]) => `${m} ${n}`)
      .join(', ');
    out.push(`${r.cue.padEnd(width)}  ${cell(r.all).padStart(col)}  ${cell(r.alone).padStart(col)}  ${cell(r.withOthers).padStart(col)}  ${misses}`);
  }
  return out;
}

/** A miss of the listed cue, for --list: where, the kinds, and every cue with its words. */
function missLine(cluster: string, article: string, key: OpinionKind, s: SentenceFinding): string {
  const cues = s.cues.map((c) => (s.evidence[c] ? `${c}: ${s.evidence[c]}` : c)).join('; ');
  return `  ${cluster}/${article} key ${key}, engine ${s.kind} [${cues}]: "${s.text.replace(/\s+/g, ' ').slice(0, 220)}"`;
}

export const main: CliMain = (argv) => {
  const args = devHalfArgs(argv, 'kinds:cues', 'sentence by sentence');
  if ('refusal' in args) {
    console.error(args.refusal);
    return 2;
  }
  const { half } = args;
  const byKind = argv.includes('--by-kind');
  const listed = argv.includes('--list') ? argv[argv.indexOf('--list') + 1] : undefined;
  if (argv.includes('--list') && (listed === undefined || listed.startsWith('--'))) {
    console.error('--list takes a cue name, as the table prints it');
    return 2;
  }
  const pairs: Record<Half, CuePair[]> = { even: [], odd: [] };
  const unread: Record<Half, number> = { even: 0, odd: 0 };
  const listedMisses: Record<Half, string[]> = { even: [], odd: [] };
  loadSplit(CORPUS_DIR, 'dev').forEach((cluster) => {
    const h = halfOf(cluster.id);
    // Only the half asked for is read at all.
    if (!cluster.key || cluster.articles.length === 0 || (half !== undefined && h !== half)) return;
    const findings = analyze(cluster.articles);
    const present = new Set(cluster.articles.map((a) => a.id));
    for (const k of cluster.key.sentences ?? []) {
      // (As `npm run quality` scores: a sentence of an article whose text is not on this machine is left out.)
      const key = SENTENCE_KINDS.find((x) => x === k.kind);
      if (!present.has(k.article) || key === undefined) continue;
      const s = findSentence(findings, k.article, k.text);
      if (!s) {
        unread[h]++;
        continue;
      }
      pairs[h].push({ key, reading: s });
      const hasListed = listed === NO_CUE ? s.cues.length === 0 : listed !== undefined && s.cues.includes(listed as SentenceFinding['cues'][number]);
      if (hasListed && s.kind !== key) listedMisses[h].push(missLine(cluster.id, k.article, key, s));
    }
  });
  const out: string[] = [];
  for (const h of ['even', 'odd'] as const) {
    if (half !== undefined && h !== half) continue;
    const right = pairs[h].filter((p) => p.reading.kind === p.key).length;
    out.push(
      `== ${h} half: ${right}/${pairs[h].length} key sentences read as the key's kind (${unread[h]} more have no engine sentence) ==`,
      ...formatCueTable(cueTable(pairs[h], byKind)),
    );
    if (listed !== undefined) out.push('', `misses with ${listed} (${listedMisses[h].length}):`, ...listedMisses[h]);
    out.push('');
  }
  console.log(out.join('\n'));
  return 0;
};

if (isMain(import.meta.url)) runMain(main);
