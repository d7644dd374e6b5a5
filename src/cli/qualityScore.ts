import type { Article, Span } from '../core/article';
import type { CarrierLookup } from '../core/analysis/carriers';
import type { Figure, Findings, FigureGroup } from '../core/analysis';
import { FIGURE_REASONS, OPINION_KINDS as SENTENCE_KINDS } from '../core/levelVocabulary';

/**
 * How the engine's findings compare with a hand-labelled key (test/fixtures/corpus/…/key.json,
 * or the seed key). Shared by `npm run quality` and the unit tests, so both measure the same way.
 */

// The corpus keys use the game's own words for kinds and reasons: one list each, in core.
export { FIGURE_REASONS, SENTENCE_KINDS };
export const FURNITURE_ROLES = ['headline', 'byline', 'dateline', 'caption', 'crosshead', 'debris'] as const;

export interface KeyFigure {
  article: string;
  figure: string;
}
export interface KeyGroup {
  subject: string;
  counted?: string;
  event?: string;
  where?: string;
  when?: string;
  members: KeyFigure[];
  conflict: boolean;
  reason: string;
  note?: string;
}
export interface KeySentence {
  article: string;
  text: string;
  kind: string;
  note?: string;
}
export interface KeyAttribution {
  text: string;
  articles: string[];
}
export interface KeyFurniture {
  article: string;
  text: string;
  role: string;
}
export interface KeyPassage {
  carriers: { article: string; from: string; to: string }[];
  note?: string;
}
export interface ClusterKey {
  cluster: string;
  split: string;
  topic: string;
  copies: KeyPassage[];
  attributions: KeyAttribution[];
  sentences: KeySentence[];
  furniture: KeyFurniture[];
  figureGroups: KeyGroup[];
  singletons: (KeyFigure & { what: string })[];
  nonFigures: { article: string; text: string }[];
}

export interface Ratio {
  right: number;
  total: number;
}
export const ratio = (r: Ratio): number => (r.total === 0 ? 1 : r.right / r.total);
export const addRatio = (a: Ratio, b: Ratio): Ratio => ({ right: a.right + b.right, total: a.total + b.total });

/**
 * Where a key string sits in its article, as whole words (so "7" never matches inside "672").
 * Scoring ignores case ("25 Years" in a headline is the key's "25 years"); the format check does not.
 */
export function spansOf(article: Article | undefined, text: string, options: { ignoreCase?: boolean } = {}): Span[] {
  if (!article || text.trim().length === 0) return [];
  const word = /[\p{L}\p{N}]/u;
  const parts = text
    .trim()
    .split(/\s+/)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(parts.join('\\s+'), options.ignoreCase ? 'giu' : 'gu');
  const out: Span[] = [];
  for (let m = re.exec(article.text); m; m = re.exec(article.text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const before = article.text[span.start - 1] ?? ' ';
    const after = article.text[span.end] ?? ' ';
    if (!(word.test(before) && word.test(m[0][0] ?? '')) && !(word.test(after) && word.test(m[0][m[0].length - 1] ?? ''))) out.push(span);
  }
  return out;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

// ---------------------------------------------------------------------------------------------
// Figure groups

export interface GroupScore {
  /** Key groups found: a pure, confident engine group over ≥2 of its articles with the right verdict. */
  found: number;
  key: number;
  /** Confident, not-unsure engine groups, and how many of them match a key group that way. */
  engine: number;
  right: number;
  /** Of the found key groups, how many also carry the key's reason. */
  reasonRight: number;
  precision: number;
  recall: number;
  f1: number;
  missed: string[];
  wrong: string[];
}

export interface GroupKeyInput {
  groups: readonly KeyGroup[];
  singletons?: readonly KeyFigure[];
  nonFigures?: readonly { article: string; text: string }[];
  /**
   * A complete key lists every figure (corpus keys): an engine member that matches nothing in it
   * makes a group impure. The seed key lists only the groups, so unknown members are ignored.
   */
  complete: boolean;
  /**
   * Figures of key groups that lost members to article texts absent from this checkout (see
   * keyForPresentTexts): an engine group holding one is neither right nor wrong, since the key cannot
   * say what that group should be with only part of it here.
   */
  excused?: readonly KeyFigure[];
}

const F1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Which key item an engine figure is: a group index, -1 for a singleton or non-figure, null for nothing. */
function figureKeyIndex(f: Figure, spans: { group: number; article: string; span: Span }[]): number | null {
  const span = { start: f.start, end: f.end };
  const hit = spans.find((s) => s.article === f.article && overlaps(s.span, span));
  return hit ? hit.group : null;
}

export function scoreFigureGroups(findings: Pick<Findings, 'figureGroups'>, articles: ReadonlyMap<string, Article>, key: GroupKeyInput): GroupScore {
  const spans: { group: number; article: string; span: Span }[] = [];
  key.groups.forEach((g, i) => {
    for (const m of g.members) for (const span of spansOf(articles.get(m.article), m.figure, { ignoreCase: true })) spans.push({ group: i, article: m.article, span });
  });
  for (const s of key.singletons ?? []) for (const span of spansOf(articles.get(s.article), s.figure, { ignoreCase: true })) spans.push({ group: -1, article: s.article, span });
  for (const s of key.nonFigures ?? []) for (const span of spansOf(articles.get(s.article), s.text, { ignoreCase: true })) spans.push({ group: -1, article: s.article, span });
  const excused: { article: string; span: Span }[] = (key.excused ?? []).flatMap((e) =>
    spansOf(articles.get(e.article), e.figure, { ignoreCase: true }).map((span) => ({ article: e.article, span })),
  );
  const isExcused = (g: FigureGroup): boolean => g.members.some((m) => excused.some((e) => e.article === m.article && overlaps(e.span, { start: m.start, end: m.end })));

  const confident = findings.figureGroups.filter((g) => g.confident && g.verdict !== 'unsure' && !isExcused(g));
  const matchOf = (g: FigureGroup): number | null => {
    let target: number | null = null;
    const arts = new Set<string>();
    for (const m of g.members) {
      const k = figureKeyIndex(m, spans);
      if (k === null) {
        if (key.complete) return null;
        continue;
      }
      if (k < 0 || (target !== null && k !== target)) return null;
      target = k;
      arts.add(m.article);
    }
    if (target === null || arts.size < 2) return null;
    const kg = key.groups[target] as KeyGroup;
    return (g.verdict === 'conflicting') === kg.conflict ? target : null;
  };
  const matched = confident.map((g) => ({ g, k: matchOf(g) }));
  const foundBy = new Map<number, FigureGroup[]>();
  for (const { g, k } of matched) if (k !== null) foundBy.set(k, [...(foundBy.get(k) ?? []), g]);
  const right = matched.filter((m) => m.k !== null).length;
  const precision = confident.length ? right / confident.length : 1;
  const recall = key.groups.length ? foundBy.size / key.groups.length : 1;
  return {
    found: foundBy.size,
    key: key.groups.length,
    engine: confident.length,
    right,
    reasonRight: [...foundBy.entries()].filter(([k, gs]) => gs.some((g) => g.reason === (key.groups[k] as KeyGroup).reason)).length,
    precision,
    recall,
    f1: F1(precision, recall),
    missed: key.groups.filter((_, i) => !foundBy.has(i)).map((g) => g.subject),
    wrong: matched
      .filter((m) => m.k === null)
      .map(({ g }) => `${g.subject} (${g.verdict}${g.reason ? `, ${g.reason}` : ''}: ${g.members.map((m) => `${m.article} "${m.text}"`).join(', ')})`),
  };
}

/**
 * The key as far as the article texts on this machine can check it: items in absent articles are
 * left out (an attribution keeps the outlets present), and a figure group that lost a member is
 * dropped with its present figures excused (its verdict may have rested on the missing figure).
 * Scores from it are scores on the present texts only, comparable from one run to the next on
 * the same machine but not with a checkout that has every text.
 */
export function keyForPresentTexts(key: ClusterKey, absent: ReadonlySet<string>): { key: ClusterKey; excused: KeyFigure[] } {
  if (absent.size === 0) return { key, excused: [] };
  const here = <T extends { article: string }>(items: readonly T[] | undefined): T[] => (items ?? []).filter((i) => !absent.has(i.article));
  const whole = (g: KeyGroup): boolean => g.members.every((m) => !absent.has(m.article));
  return {
    key: {
      ...key,
      copies: (key.copies ?? []).map((c) => ({ ...c, carriers: here(c.carriers) })).filter((c) => c.carriers.length >= 2),
      attributions: (key.attributions ?? []).map((a) => ({ ...a, articles: a.articles.filter((id) => !absent.has(id)) })).filter((a) => a.articles.length > 0),
      sentences: here(key.sentences),
      furniture: here(key.furniture),
      figureGroups: (key.figureGroups ?? []).filter(whole),
      singletons: here(key.singletons),
      nonFigures: here(key.nonFigures),
    },
    excused: here((key.figureGroups ?? []).filter((g) => !whole(g)).flatMap((g) => g.members)),
  };
}

/** F1 over several clusters from their summed counts (micro average). */
export function totalGroups(scores: readonly GroupScore[]): Pick<GroupScore, 'found' | 'key' | 'engine' | 'right' | 'reasonRight' | 'precision' | 'recall' | 'f1'> {
  const sum = (f: (s: GroupScore) => number): number => scores.reduce((n, s) => n + f(s), 0);
  const found = sum((s) => s.found);
  const key = sum((s) => s.key);
  const engine = sum((s) => s.engine);
  const right = sum((s) => s.right);
  const precision = engine ? right / engine : 1;
  const recall = key ? found / key : 1;
  return { found, key, engine, right, reasonRight: sum((s) => s.reasonRight), precision, recall, f1: F1(precision, recall) };
}

// ---------------------------------------------------------------------------------------------
// Sentences, furniture, attributions, non-figures

type SentenceFindingLike = Findings['sentences'][number];

/** The engine's sentence for a key sentence: the same text, or one containing most of it. */
export function findSentence<S extends Pick<SentenceFindingLike, 'article' | 'text'> = SentenceFindingLike>(
  findings: { sentences: readonly S[] },
  article: string,
  text: string,
): S | undefined {
  const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
  // Whitespace aside (the key's format): a sentence wrapped over two lines is still the key's sentence.
  const wanted = text.trim().replace(/\s+/g, ' ');
  let best: S | undefined;
  let bestScore = 0;
  for (const s of findings.sentences) {
    if (s.article !== article) continue;
    const own = s.text.trim().replace(/\s+/g, ' ');
    let score = 0;
    if (own === wanted) score = 2;
    else if (own.includes(wanted)) score = words(wanted) / words(own);
    else if (wanted.includes(own)) score = words(own) / words(wanted);
    if (score >= 0.6 && score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

export interface SentenceScore {
  kinds: Ratio;
  missing: number;
  confusion: Record<string, Record<string, number>>;
  wrong: string[];
}

export function scoreSentenceKinds(findings: Pick<Findings, 'sentences'>, key: readonly KeySentence[]): SentenceScore {
  const confusion = Object.fromEntries(SENTENCE_KINDS.map((k) => [k, Object.fromEntries(SENTENCE_KINDS.map((j) => [j, 0]))])) as Record<string, Record<string, number>>;
  let right = 0;
  let missing = 0;
  const wrong: string[] = [];
  for (const k of key) {
    const s = findSentence(findings, k.article, k.text);
    if (!s) {
      missing++;
      wrong.push(`${k.article}: not found as a sentence: "${k.text.slice(0, 70)}"`);
      continue;
    }
    const row = confusion[k.kind] ?? (confusion[k.kind] = {});
    row[s.kind] = (row[s.kind] ?? 0) + 1;
    if (s.kind === k.kind) right++;
    else wrong.push(`${k.article}: ${k.kind} read as ${s.kind}: "${k.text.slice(0, 70)}"`);
  }
  return { kinds: { right, total: key.length }, missing, confusion, wrong };
}

/**
 * Furniture: every key furniture item must sit only in sentences the engine marks as furniture
 * (or in no sentence at all), and no labelled sentence may be marked as furniture.
 */
export function scoreFurniture(
  findings: Pick<Findings, 'sentences'>,
  articles: ReadonlyMap<string, Article>,
  furniture: readonly KeyFurniture[],
  sentences: readonly KeySentence[],
): Ratio & { wrong: string[] } {
  let right = 0;
  const wrong: string[] = [];
  for (const f of furniture) {
    const article = articles.get(f.article);
    const spans = furnitureSpans(article, f.text);
    const bounds = new Map((article?.sentences ?? []).map((s) => [s.id, s]));
    const touching = findings.sentences.filter((s) => {
      const b = bounds.get(s.sentenceId);
      return s.article === f.article && b !== undefined && spans.some((sp) => overlaps(sp, b));
    });
    if (touching.every((s) => s.furniture)) right++;
    else wrong.push(`${f.article}: ${f.role} not split off: "${f.text.slice(0, 60)}"`);
  }
  for (const k of sentences) {
    const s = findSentence(findings, k.article, k.text);
    if (s && !s.furniture) right++;
    else wrong.push(`${k.article}: sentence ${s ? 'marked as furniture' : 'not found'}: "${k.text.slice(0, 60)}"`);
  }
  return { right, total: furniture.length + sentences.length, wrong };
}

/**
 * Where a furniture item sits. A caption or crosshead can repeat words of the story ("Keith
 * Ellison" under a photo, then "Keith Ellison said…"; "What happened" and "sorry about what
 * happened"): when the text stands as a line of its own somewhere, that line is the item, and
 * the body sentences sharing its words are not asked to be furniture.
 */
function furnitureSpans(article: Article | undefined, text: string): Span[] {
  const found = spansOf(article, text, { ignoreCase: true });
  if (!article || found.length < 2) return found;
  // Written as the key writes it ("Household Survey Data", not "household survey data" inside a sentence).
  const exact = spansOf(article, text);
  const spans = exact.length > 0 ? exact : found;
  if (spans.length < 2) return spans;
  const ownLine = spans.filter(
    (sp) => /(?:^|\n)[ \t]*$/.test(article.text.slice(Math.max(0, sp.start - 8), sp.start)) && /^[ \t]*(?:\n|$)/.test(article.text.slice(sp.end, sp.end + 8)),
  );
  return ownLine.length > 0 ? ownLine : spans;
}

export function scoreAttributions(carriersOf: CarrierLookup, key: readonly KeyAttribution[]): Ratio & { wrong: string[] } {
  let right = 0;
  const wrong: string[] = [];
  for (const k of key) {
    const engine = carriersOf(k.text);
    const want = new Set(k.articles);
    if (engine.length === want.size && engine.every((a) => want.has(a))) right++;
    else wrong.push(`key [${[...want].join(', ')}] engine [${engine.join(', ')}]: "${k.text.slice(0, 60)}"`);
  }
  return { right, total: key.length, wrong };
}

const DATE_KINDS = new Set(['year', 'date', 'time']);

/** Names, times and dates the key says are not quantities: right when no figure reads them as one. */
export function scoreNonFigures(
  findings: Pick<Findings, 'figures' | 'figureGroups'>,
  articles: ReadonlyMap<string, Article>,
  nonFigures: readonly { article: string; text: string }[],
): Ratio & { wrong: string[] } {
  let right = 0;
  const wrong: string[] = [];
  const grouped = new Set(findings.figureGroups.flatMap((g) => g.members.map((m) => m.id)));
  for (const n of nonFigures) {
    const spans = spansOf(articles.get(n.article), n.text, { ignoreCase: true });
    const misread = findings.figures.filter((f) => f.article === n.article && spans.some((s) => overlaps(s, f)) && (!DATE_KINDS.has(f.kind) || grouped.has(f.id)));
    if (misread.length === 0) right++;
    else wrong.push(`${n.article}: "${n.text}" read as ${misread.map((f) => `${f.kind} ${f.value}`).join(', ')}`);
  }
  return { right, total: nonFigures.length, wrong };
}

// ---------------------------------------------------------------------------------------------
// Copied passages (seed key)

export function scoreCopies(
  findings: Pick<Findings, 'copies'>,
  articles: ReadonlyMap<string, Article>,
  key: readonly KeyPassage[],
): { recall: number; precision: number; key: number; engine: number } {
  const span = (article: Article, from: string, to: string): Span => {
    const start = article.text.indexOf(from);
    const end = article.text.indexOf(to, start) + to.length;
    if (start < 0 || end < start) throw new Error(`key passage not found in ${article.id}: ${from}`);
    return { start, end };
  };
  const matches = (p: Findings['copies'][number], k: KeyPassage): boolean =>
    k.carriers.every((c) => {
      const found = p.carriers.find((x) => x.article === c.article);
      const article = articles.get(c.article);
      if (!found || !article) return false;
      const want = span(article, c.from, c.to);
      const overlap = Math.max(0, Math.min(found.end, want.end) - Math.max(found.start, want.start));
      return overlap / (want.end - want.start) >= 0.9;
    });
  const found = key.filter((k) => findings.copies.some((p) => matches(p, k))).length;
  const right = findings.copies.filter((p) => key.some((k) => matches(p, k))).length;
  return { recall: key.length ? found / key.length : 1, precision: findings.copies.length ? right / findings.copies.length : 1, key: key.length, engine: findings.copies.length };
}
