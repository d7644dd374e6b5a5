import { analyze, type SentenceFinding } from '../core/analysis';
import type { Article } from '../core/article';
import { langPack } from '../core/analysis/lang';
import { isMain, runMain, type CliMain } from './cliMain';
import { CORPUS_DIR, loadSplit } from './corpus';
import { devHalfArgs, halfOf, type Half } from './devHalves';
import { findSentence, SENTENCE_KINDS } from './qualityScore';

/**
 * `npm run -s kinds:confusion [-- --half even|odd] [--verbose] [--missing] [--all]`: sentence kinds on the DEV split,
 * per half (alphabetical even/odd, as figures:misses splits them): the confusion matrix (key kind
 * × engine kind), opinion precision and recall, and for every false opinion call (and, with
 * --verbose, every missed opinion) the cue that made the engine call it, named by the word list or
 * rule it came from. A rule change is written from one half's errors and judged by the other
 * half's figures. With --missing, every key sentence with no engine sentence, by why (article
 * absent, text differs, split, joined). With --all, every key sentence the engine reads as another kind
 * (key kind, engine kind, its cues), whatever the kinds. Dev only: the test and holdout splits are never inspected sentence by sentence.
 */

const KINDS = [...SENTENCE_KINDS, 'missing'] as const;

/** Which cue, from which list or rule of opinion.ts, made a sentence opinion. */
export function opinionCause(s: Pick<SentenceFinding, 'cues' | 'evidence'>, lang = langPack('en')): string {
  const causes: string[] = [];
  const ev = s.evidence;
  if (s.cues.includes('loaded-words')) {
    const w = (ev['loaded-words'] ?? '').trim();
    const norm = w.toLowerCase();
    const first = norm.split(/\s+/)[0] ?? '';
    let list = 'loaded (other)';
    if (/^["“‘'«]/.test(w)) list = 'scare quote';
    else if (lang.factualLoaded.has(norm)) list = 'factualLoaded';
    else if (lang.degreeWords.has(norm)) list = 'degreeWords';
    else if (lang.sarcasmWords.has(norm)) list = 'sarcasmWords';
    else if (lang.loadedWords.has(norm)) list = 'loadedWords';
    else if (lang.superlatives.has(first)) list = 'superlative of feeling';
    else if (norm.includes('-') && norm.split('-').some((p) => lang.loadedWords.has(p))) list = 'loaded compound';
    else if (/ly$/.test(norm) && !norm.includes(' ')) list = 'adverb of loaded';
    else if (lang.opinionOpeners.some((ph) => ph.join(' ') === norm)) list = 'opinionOpeners';
    else if (lang.loadedPhrases.some((ph) => ph.join(' ') === norm)) list = 'loadedPhrases';
    else if (lang.anaphors.has(first)) list = 'inference';
    causes.push(`${list}: ${w}`);
  }
  if (s.cues.includes('first-person')) causes.push(`firstPerson: ${ev['first-person'] ?? ''}`);
  if (s.cues.includes('rhetorical-question')) causes.push('rhetorical question');
  if (s.cues.includes('speculation')) causes.push(`speculation: ${ev.speculation ?? ''}`);
  // No cue of its own: the voice of the passage (density of opinion around it, an opinion piece) or a stance ("must").
  return causes.length ? causes.join(' + ') : 'context or stance (no own cue)';
}

interface HalfTally {
  confusion: Record<string, Record<string, number>>;
  falseOpinion: string[];
  missedOpinion: string[];
  /** With --all: every key sentence the engine reads as another kind. */
  wrong: string[];
  causes: Map<string, number>;
  /** Key sentences with no engine sentence, by why (article absent, text differs, split, joined...). */
  missing: Map<string, string[]>;
}

/** Key kind → engine kind (or 'missing') → count, all nought. */
export const emptyConfusion = (): Record<string, Record<string, number>> => Object.fromEntries(SENTENCE_KINDS.map((k) => [k, Object.fromEntries(KINDS.map((j) => [j, 0]))]));

const newTally = (): HalfTally => ({
  confusion: emptyConfusion(),
  falseOpinion: [],
  missedOpinion: [],
  wrong: [],
  causes: new Map(),
  missing: new Map(),
});

/**
 * Why a key sentence has no engine sentence: its article is not on this machine, its words are not
 * in the text as rebuilt, or the engine cut the text there differently (split it, joined it with a
 * neighbour), with the engine sentences that cover it.
 */
export function whyMissing(
  article: Pick<Article, 'text'> | undefined,
  engine: readonly Pick<SentenceFinding, 'text' | 'furniture'>[],
  bounds: readonly { start: number; end: number }[],
  text: string,
): { why: string; parts: string[] } {
  if (!article) return { why: 'article absent', parts: [] };
  // Whitespace-insensitive search, mapped back to offsets in the article text.
  const norm: number[] = [];
  let flat = '';
  for (let i = 0; i < article.text.length; i++) {
    const c = article.text[i] as string;
    if (/\s/.test(c)) {
      if (flat.endsWith(' ') || flat === '') continue;
      flat += ' ';
    } else flat += c;
    norm.push(i);
  }
  const wanted = text.trim().replace(/\s+/g, ' ');
  const at = flat.indexOf(wanted);
  if (at < 0) return { why: 'text differs', parts: [] };
  const start = norm[at] as number;
  const end = (norm[at + wanted.length - 1] as number) + 1;
  const covering = bounds.map((b, i) => ({ b, i })).filter(({ b }) => b.start < end && b.end > start);
  const parts = covering.map(({ i }) => {
    const e = engine[i];
    return e ? `${e.furniture ? '[furniture] ' : ''}${e.text.replace(/\s+/g, ' ').slice(0, 160)}` : '(no finding)';
  });
  if (covering.length === 0) return { why: 'no engine sentence', parts };
  if (covering.length > 1) return { why: 'split', parts };
  return { why: 'joined', parts };
}

/** Opinion precision and recall, and kinds right, from a confusion matrix. */
export function kindFigures(confusion: Record<string, Record<string, number>>): {
  right: number;
  total: number;
  opP: number;
  opR: number;
  called: number;
  real: number;
  hit: number;
} {
  let right = 0;
  let total = 0;
  let called = 0;
  for (const k of SENTENCE_KINDS) {
    for (const j of KINDS) {
      const n = confusion[k]?.[j] ?? 0;
      total += n;
      if (k === j) right += n;
      if (j === 'opinion') called += n;
    }
  }
  const hit = confusion.opinion?.opinion ?? 0;
  const real = KINDS.reduce((n, j) => n + (confusion.opinion?.[j] ?? 0), 0);
  return { right, total, opP: called ? hit / called : 1, opR: real ? hit / real : 1, called, real, hit };
}

export const main: CliMain = (argv) => {
  const args = devHalfArgs(argv, 'kinds:confusion', 'sentence by sentence');
  if ('refusal' in args) {
    console.error(args.refusal);
    return 2;
  }
  const { half } = args;
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const listMissing = argv.includes('--missing');
  const listAll = argv.includes('--all');
  const lang = langPack('en');
  const tallies: Record<Half, HalfTally> = { even: newTally(), odd: newTally() };
  loadSplit(CORPUS_DIR, 'dev').forEach((cluster) => {
    if (!cluster.key || cluster.articles.length === 0) return;
    const h = halfOf(cluster.id);
    const t = tallies[h];
    // The other half's figures are printed (one line) so a change can be judged on it, but its sentences are not.
    const findings = analyze(cluster.articles);
    for (const k of cluster.key.sentences ?? []) {
      const s = findSentence(findings, k.article, k.text);
      const read = s ? s.kind : 'missing';
      const row = t.confusion[k.kind];
      if (row) row[read] = (row[read] ?? 0) + 1;
      if (half !== undefined && h !== half) continue;
      if (!s && listMissing) {
        const a = cluster.articles.find((x) => x.id === k.article);
        const engine = findings.sentences.filter((x) => x.article === k.article);
        const byId = new Map(engine.map((x) => [x.sentenceId, x]));
        const sentences = a?.sentences ?? [];
        const { why, parts } = whyMissing(
          a,
          sentences.map((b) => byId.get(b.id) ?? { text: '(no finding)', furniture: false }),
          sentences,
          k.text,
        );
        const list = t.missing.get(why) ?? [];
        list.push([`  ${cluster.id}/${k.article} key ${k.kind}: "${k.text.replace(/\s+/g, ' ').slice(0, 200)}"`, ...parts.map((p) => `      engine: ${p}`)].join('\n'));
        t.missing.set(why, list);
      }
      const line = (cause: string): string => `  ${cluster.id}/${k.article} [${cause}] key ${k.kind}: "${k.text.replace(/\s+/g, ' ').slice(0, 220)}"`;
      if (s && s.kind === 'opinion' && k.kind !== 'opinion') {
        const cause = opinionCause(s, lang);
        const family = cause
          .split(' + ')
          .map((c) => c.split(':')[0] as string)
          .join(' + ');
        t.causes.set(family, (t.causes.get(family) ?? 0) + 1);
        t.falseOpinion.push(line(cause));
      }
      if (k.kind === 'opinion' && read !== 'opinion') t.missedOpinion.push(line(`read ${read}${s ? `; cues ${s.cues.join(',') || '-'}` : ''}`));
      if (listAll && s && s.kind !== k.kind) t.wrong.push(line(`engine ${s.kind}; cues ${s.cues.join(',') || '-'}`));
    }
  });
  const out: string[] = [];
  const summary = (h: Half): string => {
    const f = kindFigures(tallies[h].confusion);
    return `${h.padEnd(5)} kinds ${(f.right / Math.max(1, f.total)).toFixed(3)} (${f.right}/${f.total})  opinion P ${f.opP.toFixed(2)} (${f.hit}/${f.called})  R ${f.opR.toFixed(2)} (${f.hit}/${f.real})`;
  };
  for (const h of ['even', 'odd'] as const) {
    if (half !== undefined && h !== half) continue;
    const t = tallies[h];
    out.push(`== ${h} half ==`, `key \\ engine   ${KINDS.map((k) => k.padStart(11)).join('')}`);
    for (const k of SENTENCE_KINDS) out.push(`${k.padEnd(14)} ${KINDS.map((j) => String(t.confusion[k]?.[j] ?? 0).padStart(11)).join('')}`);
    out.push(summary(h), '', `false opinion calls (${t.falseOpinion.length}), by cue:`);
    for (const [c, n] of [...t.causes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) out.push(`  ${String(n).padStart(3)}  ${c}`);
    out.push(...t.falseOpinion);
    out.push('', `missed opinions: ${t.missedOpinion.length}`);
    if (verbose) out.push(...t.missedOpinion);
    if (listAll) out.push('', `every sentence read as another kind (${t.wrong.length}):`, ...t.wrong);
    if (listMissing) {
      out.push('', 'missing key sentences, by why:');
      for (const [why, list] of [...t.missing].sort((a, b) => b[1].length - a[1].length)) out.push(`  ${String(list.length).padStart(3)}  ${why}`);
      for (const [why, list] of t.missing) out.push('', `-- ${why} --`, ...list);
    }
    out.push('');
  }
  out.push('per half:', `  ${summary('even')}`, `  ${summary('odd')}`);
  console.log(out.join('\n'));
  return 0;
};

if (isMain(import.meta.url)) runMain(main);
