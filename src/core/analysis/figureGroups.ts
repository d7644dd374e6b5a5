import type { SentenceClusters } from './copies';
import type { FigureContext } from './figures';
import type { Figure, FigureGroup, FigureReason, GroupVerdict } from './types';

/**
 * Figures from different articles about the same subject. Figures are first pooled into
 * "slots" (the same figure in the same near-identical sentence, however many outlets copy it),
 * so comparing subjects costs slots², not figures², and slots grow with distinct sentences only.
 */

const GROUPED_KINDS = new Set(['count', 'duration', 'year', 'percent', 'money']);
/** Share of the smaller context (idf-weighted) two figures must have in common. */
const LINK = 0.3;
const NEAR_LINK = 0.4;
const MIN_SHARED = 2;
const STRONG = 0.5;

interface Slot {
  key: string;
  unitClass: string;
  words: string[];
  near: string[];
  members: Figure[];
}

export interface GroupInput {
  figures: readonly Figure[];
  /** The context of each figure, in the same order. */
  contexts: readonly (FigureContext | undefined)[];
  /** The sentence cluster of each figure's sentence (-1 for none), in the same order. */
  clusters: ArrayLike<number>;
  /** Called with each compared pair, for tuning by hand. */
  trace?: ((a: Figure, b: Figure, shared: string[], sim: number, nearShared: string[], nearSim: number) => void) | undefined;
}

export function groupFigures(input: GroupInput): FigureGroup[] {
  const slots = new Map<string, Slot>();
  const ordinal = new Map<string, number>();
  for (let i = 0; i < input.figures.length; i++) {
    const f = input.figures[i] as Figure;
    if (!GROUPED_KINDS.has(f.kind) || f.partOf || !f.unitClass) continue;
    const cluster = input.clusters[i] as number;
    const sentenceKey = cluster >= 0 ? `c${cluster}` : `s${f.sentence.toLowerCase()}`;
    const ordKey = `${f.article}|${f.sentenceId}|${f.unitClass}`;
    const nth = ordinal.get(ordKey) ?? 0;
    ordinal.set(ordKey, nth + 1);
    const key = `${sentenceKey}|${f.unitClass}|${nth}|${f.parts ? 'sum' : ''}`;
    const slot = slots.get(key);
    if (slot) slot.members.push(f);
    else slots.set(key, { key, unitClass: f.unitClass, words: input.contexts[i]?.words ?? [], near: input.contexts[i]?.near ?? [], members: [f] });
  }

  const all = [...slots.values()];
  const df = new Map<string, number>();
  for (const s of all) for (const w of s.words) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string): number => Math.log(1 + all.length / (df.get(w) ?? 1));

  const byClass = new Map<string, Slot[]>();
  for (const s of all) {
    const list = byClass.get(s.unitClass);
    if (list) list.push(s);
    else byClass.set(s.unitClass, [s]);
  }

  const groups: FigureGroup[] = [];
  for (const [unitClass, list] of byClass) {
    const weight = list.map((s) => s.words.reduce((sum, w) => sum + idf(w), 0));
    const nearWeight = list.map((s) => s.near.reduce((sum, w) => sum + idf(w), 0));
    const sets = list.map((s) => new Set(s.words));
    const nearSets = list.map((s) => new Set(s.near));
    const parent = list.map((_, i) => i);
    const find = (x: number): number => {
      while (parent[x] !== x) x = parent[x] = parent[parent[x] as number] as number;
      return x;
    };
    const overlap = (a: Set<string>, b: Set<string>, wa: number, wb: number): { shared: string[]; sim: number } => {
      const shared: string[] = [];
      let w = 0;
      for (const word of a) {
        if (b.has(word)) {
          shared.push(word);
          w += idf(word);
        }
      }
      return { shared, sim: w / Math.max(1e-9, Math.min(wa, wb)) };
    };
    const best = new Float64Array(list.length);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const whole = overlap(sets[i] as Set<string>, sets[j] as Set<string>, weight[i] as number, weight[j] as number);
        const near = overlap(nearSets[i] as Set<string>, nearSets[j] as Set<string>, nearWeight[i] as number, nearWeight[j] as number);
        let sim = Math.max(whole.sim, near.sim >= NEAR_LINK && near.shared.length >= MIN_SHARED ? near.sim : 0);
        if (input.trace) input.trace((list[i] as Slot).members[0] as Figure, (list[j] as Slot).members[0] as Figure, whole.shared, whole.sim, near.shared, near.sim);
        // Short sentences have few words to share: one rare word in common can be enough.
        const fewWords = Math.min((sets[i] as Set<string>).size, (sets[j] as Set<string>).size) <= 3;
        const enough = whole.shared.length >= MIN_SHARED || (fewWords && whole.shared.length === 1 && whole.sim >= NEAR_LINK);
        // Many words in common outweigh a long sentence diluting them.
        const manyShared = whole.shared.length >= 4 && whole.sim >= LINK * 0.66;
        if (!enough || (sim < LINK && !manyShared)) continue;
        sim = Math.max(sim, LINK);
        best[i] = Math.max(best[i] as number, sim);
        best[j] = Math.max(best[j] as number, sim);
        const ri = find(i);
        const rj = find(j);
        if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
      }
    }
    const clusters = new Map<number, number[]>();
    list.forEach((_, i) => {
      const r = find(i);
      const c = clusters.get(r);
      if (c) c.push(i);
      else clusters.set(r, [i]);
    });
    for (const idxs of clusters.values()) {
      const members = idxs.flatMap((i) => (list[i] as Slot).members);
      const articles = [...new Set(members.map((m) => m.article))].sort();
      if (articles.length < 2) continue;
      const forms = new Set(members.map((m) => `${m.text.toLowerCase()}|${m.value}`));
      if (forms.size < 2) continue;
      // One slot is one near-identical sentence in several articles: the same subject for sure.
      const strength = idxs.length === 1 ? 1 : Math.min(...idxs.map((i) => best[i] as number));
      const judged = judge(members, strength);
      groups.push({
        id: '',
        subject: subjectOf(members),
        unitClass,
        members: members.sort((a, b) => a.article.localeCompare(b.article) || a.start - b.start),
        articles,
        ...judged,
        sourced: [...new Set(members.filter((m) => m.sourced).map((m) => m.article))].sort(),
      });
    }
  }
  groups.sort((a, b) => b.articles.length - a.articles.length || a.subject.localeCompare(b.subject));
  groups.forEach((g, i) => (g.id = `group-${i + 1}`));
  return groups;
}

interface Interval {
  low: number;
  high: number;
}

/** The values a figure allows: round numbers and "about" get a margin, bounds are open-ended. */
export function intervalOf(f: Figure): Interval {
  switch (f.bound) {
    case 'lower':
      return { low: f.low, high: Infinity };
    case 'upper':
      return { low: 0, high: f.high ?? f.value };
    case 'vague':
    case 'range':
      return { low: f.low, high: f.high ?? Infinity };
    case 'approx':
      return { low: f.value * 0.9, high: f.value * 1.1 };
    case 'exact': {
      const round = f.kind === 'count' && f.value >= 1000 && f.value % 1000 === 0;
      return round ? { low: f.value * 0.95, high: f.value * 1.05 } : { low: f.value, high: f.value };
    }
  }
}

function intersect(fs: readonly Figure[]): Interval {
  let low = -Infinity;
  let high = Infinity;
  for (const f of fs) {
    const iv = intervalOf(f);
    low = Math.max(low, iv.low);
    high = Math.min(high, iv.high);
  }
  return { low, high };
}

function judge(members: readonly Figure[], strength: number): { verdict: GroupVerdict; reason: FigureReason | null; why: string; confident: boolean } {
  const outcomes = members.filter((m) => !m.scheduled);
  const plans = members.filter((m) => m.scheduled);
  const together = intersect(outcomes);
  const fits = together.low <= together.high;
  const distinctValues = new Set(outcomes.map((m) => m.value)).size;
  const confident = strength >= LINK;
  if (!fits) {
    const allExact = outcomes.every((m) => m.bound === 'exact');
    if (allExact && strength >= STRONG && plans.length === 0) {
      return { verdict: 'conflicting', reason: 'genuine-conflict', why: 'precise figures for the same thing that cannot both be right', confident: true };
    }
    return { verdict: 'unsure', reason: null, why: 'the figures differ, but the engine cannot tell whether they count the same thing', confident: false };
  }
  const compatible = (reason: FigureReason, why: string) => ({ verdict: 'compatible' as const, reason, why, confident });
  if (plans.length > 0 && plans.some((p) => p.value < together.low || p.value > together.high)) {
    return compatible('schedule-vs-outcome', 'one figure is what was planned, the other what happened');
  }
  if (members.some((m) => m.parts)) return compatible('sum-of-parts', 'one article lists the parts, another gives their sum');
  if (members.some((m) => m.relative)) return compatible('same-fact-different-form', 'a date counted back from the article\'s own date is the same year');
  const vague = outcomes.filter((m) => m.bound === 'vague' || m.bound === 'range');
  if (vague.length > 0 && vague.length < outcomes.length) return compatible('vague-vs-precise', 'a vague range contains the precise figure');
  const lower = outcomes.filter((m) => m.bound === 'lower');
  if (lower.length >= 2 && distinctValues > 1) return compatible('lower-bounds', 'both are lower bounds ("more than"): one number can make both true');
  if (distinctValues > 1) return compatible('rounding', 'the figures differ by less than rounding or an estimate allows');
  return compatible('same-fact-different-form', 'the same figure, written differently');
}

/**
 * A few words of one member's sentence around its figure, the figure shown as "…": the
 * subject in the article's own words ("Moscow has … troops near its borders with Ukraine").
 */
function subjectOf(members: readonly Figure[]): string {
  const pick = members.find((m) => !m.scheduled && !m.relative && !m.parts) ?? (members[0] as Figure);
  const at = pick.start - sentenceStart(pick);
  const before = pick.sentence.slice(0, at).split(/[,;:()«»"“”—–]/).pop() ?? '';
  const after = pick.sentence.slice(at + pick.text.length).split(/[,;:()«»"“”—–.]/)[0] ?? '';
  const left = before.trim().split(/\s+/).filter(Boolean).slice(-6).join(' ');
  const right = after.trim().split(/\s+/).filter(Boolean).slice(0, 6).join(' ');
  return `${left} … ${right}`.trim();
}

function sentenceStart(f: Figure): number {
  // Figures keep article offsets; the sentence text starts where the figure's sentence does.
  const inSentence = f.sentence.indexOf(f.text);
  return inSentence >= 0 ? f.start - inSentence : f.start;
}

function m0(members: readonly Figure[]): Figure {
  return members[0] as Figure;
}
