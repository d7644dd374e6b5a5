import type { BlockKind } from './articleLayout';
import type { LocalText } from './localText';

/**
 * What an article is once its sentences are known, and how quotes are found in it. Nothing here
 * needs the analysis engine's word lists or the sentence segmenter (see article.ts): shipped
 * levels carry their sentence spans, found at build time, so the play path stays small.
 */
export const SOURCE_KINDS = ['news-report', 'wire-story', 'blog', 'aggregator', 'republication', 'copied-report', 'unknown'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A part of a page that is its own source (the blog post below a copied report). */
export interface ArticleSection {
  id: string;
  /** The section starts at the first occurrence of this text. */
  startsWith: string;
  label: LocalText;
  sourceKind: SourceKind;
}

export interface ArticleMeta {
  id: string;
  outlet: LocalText;
  byline?: string | undefined;
  date?: string | undefined;
  sourceKind: SourceKind;
  provenance?: LocalText | undefined;
  /** The page the text was taken from, and the terms it is under (bundled articles record both). */
  url?: string | undefined;
  licence?: string | undefined;
  sections?: readonly ArticleSection[] | undefined;
}

export interface Sentence {
  /** `<articleId>.<n>`: stable as long as the article text is unchanged. */
  id: string;
  index: number;
  start: number;
  end: number;
  text: string;
  sectionId?: string | undefined;
}

export interface Article extends ArticleMeta {
  text: string;
  sentences: readonly Sentence[];
  /** What each non-empty line is, when known ahead (shipped levels: worked out at build time). */
  lineKinds?: readonly BlockKind[] | undefined;
  /** Section start offsets, resolved from `startsWith`. */
  sectionStarts: readonly { id: string; start: number }[];
}

export interface Span {
  start: number;
  end: number;
}

/** An article from its text (line breaks normalised) and its sentence spans, in order. */
export function articleFromSpans(meta: ArticleMeta, text: string, spans: readonly Span[]): Article {
  const sectionStarts = (meta.sections ?? [])
    .map((s) => ({ id: s.id, start: text.indexOf(s.startsWith) }))
    .filter((s) => s.start >= 0)
    .sort((a, b) => a.start - b.start);
  const sentences = spans.map((span, index): Sentence => ({
    id: `${meta.id}.${index}`,
    index,
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    sectionId: sectionAt(sectionStarts, span.start),
  }));
  return { ...meta, text, sentences, sectionStarts };
}

function sectionAt(starts: readonly { id: string; start: number }[], offset: number): string | undefined {
  let found: string | undefined;
  for (const s of starts) if (s.start <= offset) found = s.id;
  return found;
}

export function sectionOf(article: Article, offset: number): ArticleSection | undefined {
  const id = sectionAt(article.sectionStarts, offset);
  return article.sections?.find((s) => s.id === id);
}

/** The characters `\s` matches in a JavaScript regular expression. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `text` with every run of whitespace as one space, and where each kept character came from. */
interface Collapsed {
  text: string;
  /** Offset in the original text of each character of `text`. */
  at: Int32Array;
}

function collapseSpaces(text: string): Collapsed {
  const at = new Int32Array(text.length);
  const parts: string[] = [];
  let n = 0;
  let runStart = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      if (!inSpace) {
        parts.push(text.slice(runStart, i), ' ');
        at[n++] = i;
        inSpace = true;
      }
    } else {
      if (inSpace) {
        runStart = i;
        inSpace = false;
      }
      at[n++] = i;
    }
  }
  if (!inSpace) parts.push(text.slice(runStart));
  return { text: parts.join(''), at: at.subarray(0, n) };
}

/**
 * A level's few articles are searched for many quotes: keep their collapsed forms, least
 * recently used dropped first, within a bound on memory (5 bytes per character kept).
 */
const collapsedCache = new Map<string, Collapsed>();
const CACHE_CHARS = 8_000_000;
let cachedChars = 0;
function collapsedText(text: string): Collapsed {
  let found = collapsedCache.get(text);
  if (found) {
    collapsedCache.delete(text);
  } else {
    found = collapseSpaces(text);
    cachedChars += text.length;
    for (const [old] of collapsedCache) {
      if (cachedChars <= CACHE_CHARS) break;
      collapsedCache.delete(old);
      cachedChars -= old.length;
    }
  }
  collapsedCache.set(text, found);
  return found;
}

/** Start offsets of non-overlapping occurrences of `pattern` in `text` (Knuth–Morris–Pratt: linear in both). */
function occurrences(text: string, pattern: string, firstOnly: boolean): number[] {
  const m = pattern.length;
  const fail = new Int32Array(m);
  for (let i = 1, k = 0; i < m; i++) {
    while (k > 0 && pattern.charCodeAt(i) !== pattern.charCodeAt(k)) k = fail[k - 1] as number;
    if (pattern.charCodeAt(i) === pattern.charCodeAt(k)) k++;
    fail[i] = k;
  }
  const found: number[] = [];
  for (let i = 0, k = 0; i < text.length; i++) {
    while (k > 0 && text.charCodeAt(i) !== pattern.charCodeAt(k)) k = fail[k - 1] as number;
    if (text.charCodeAt(i) === pattern.charCodeAt(k)) k++;
    if (k === m) {
      found.push(i - m + 1);
      if (firstOnly) break;
      k = 0;
    }
  }
  return found;
}

/**
 * Where the quote occurs with any whitespace between its words. No regular expression is built
 * from the quote: a pattern from a quote of a few thousand words is "too large" for V8.
 */
function findSpaced(text: string, quote: string, firstOnly: boolean): Span[] {
  const q = collapseSpaces(quote.trim()).text;
  if (q.length === 0) return [];
  const { text: flat, at } = collapsedText(text);
  return occurrences(flat, q, firstOnly).map((i) => ({ start: at[i] as number, end: (at[i + q.length - 1] as number) + 1 }));
}

/**
 * Where `quote` occurs in `text`. Exact first; then ignoring differences in whitespace,
 * because the seeds' line breaks and double spaces are not part of what a reader quotes.
 */
export function findQuote(text: string, quote: string): Span | null {
  const q = quote.trim();
  if (q.length === 0) return null;
  const exact = text.indexOf(q);
  if (exact >= 0) return { start: exact, end: exact + q.length };
  return findSpaced(text, q, true)[0] ?? null;
}

/**
 * Where a figure stands in its quote: the first place it occurs as a whole ("5" in "5 counts", not inside "15" earlier in the
 * sentence, nor "five" inside "twenty-five"), else the first place it occurs at all.
 */
export function findFigure(text: string, figure: string): Span | null {
  const all = findAllQuotes(text, figure);
  const whole = all.find(
    (s) =>
      !/[\p{L}\p{N}]/u.test(text.charAt(s.start - 1)) &&
      !/[\p{L}\p{N}]/u.test(text.charAt(s.end)) &&
      !/[-.,]\p{N}/u.test(text.slice(s.end, s.end + 2)) &&
      !/\p{N}[.,-]$/u.test(text.slice(Math.max(0, s.start - 2), s.start)) &&
      text.charAt(s.start - 1) !== '-',
  );
  return whole ?? all[0] ?? null;
}

/** Every place `quote` occurs in `text` (whitespace-insensitive). */
export function findAllQuotes(text: string, quote: string): Span[] {
  return findSpaced(text, quote, false);
}

/** The sentences a span touches, for showing a quote with its context. */
export function sentencesAround(article: Article, span: Span): Sentence[] {
  return article.sentences.filter((s) => s.end > span.start && s.start < span.end);
}
