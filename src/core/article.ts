import type { LocalText } from './localText';
import { langPack } from './analysis/lang';
import { refineSpans } from './analysis/structure';

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
  /** Section start offsets, resolved from `startsWith`. */
  sectionStarts: readonly { id: string; start: number }[];
}

export interface Span {
  start: number;
  end: number;
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Window for the segmenter, and how much text after the last accepted break it must have seen. */
const WINDOW = 4096;
const LOOKAHEAD = 256;

/**
 * The segmenter's sentences of one line, found window by window. V8's segment iterator costs
 * time in proportion to the whole string at every step, so one long line (a 5 MB article
 * with no line breaks) took minutes; in bounded windows the work is linear. A window's last
 * sentences may be cut by its end: only breaks with LOOKAHEAD characters of context after
 * them are kept, and the next window starts at the last kept break.
 */
function* segmentLine(line: string): Generator<{ segment: string; index: number }> {
  if (line.length <= WINDOW) {
    yield* sentenceSegmenter.segment(line);
    return;
  }
  let from = 0;
  let size = WINDOW;
  while (from < line.length) {
    const to = Math.min(line.length, from + size);
    const window = line.slice(from, to);
    const found: { segment: string; index: number }[] = [];
    for (const seg of sentenceSegmenter.segment(window)) found.push({ segment: seg.segment, index: from + seg.index });
    if (to === line.length) {
      yield* found;
      return;
    }
    let keep = found.length;
    while (keep > 0 && (found[keep - 1] as { index: number }).index + (found[keep - 1] as { segment: string }).segment.length > to - LOOKAHEAD) keep--;
    if (keep === 0) {
      // One sentence fills the window: look further before deciding where it ends.
      size *= 2;
      continue;
    }
    for (let i = 0; i < keep; i++) yield found[i] as { segment: string; index: number };
    const last = found[keep - 1] as { segment: string; index: number };
    from = last.index + last.segment.length;
    size = WINDOW;
  }
}

/**
 * Sentences by Intl.Segmenter, within each line: the seeds put one paragraph per line and
 * headlines have no final stop, so a line break always ends a sentence. ICU in browsers and
 * Node breaks after "Mr." (no abbreviation suppression), so such breaks are joined again.
 */
export function splitSentences(text: string, lang = 'en'): Span[] {
  const abbreviations = langPack(lang).abbreviations;
  const spans: Span[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let joinNext = false;
    for (const seg of segmentLine(line)) {
      const raw = seg.segment;
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed.length === 0) continue;
      const start = lineStart + seg.index + lead;
      const last = spans[spans.length - 1];
      if (joinNext && last) last.end = start + trimmed.length;
      else spans.push({ start, end: start + trimmed.length });
      const lastWord = trimmed.slice(trimmed.lastIndexOf(' ') + 1).toLowerCase();
      joinNext = abbreviations.has(lastWord);
    }
    lineStart += line.length + 1;
  }
  // Initials, abbreviations, tickers and a header run into the first sentence (issue 9).
  return refineSpans(text, spans, langPack(lang));
}

export function createArticle(meta: ArticleMeta, rawText: string): Article {
  const text = rawText.replace(/\r\n?/g, '\n');
  const sectionStarts = (meta.sections ?? [])
    .map((s) => ({ id: s.id, start: text.indexOf(s.startsWith) }))
    .filter((s) => s.start >= 0)
    .sort((a, b) => a.start - b.start);
  const sentences = splitSentences(text).map((span, index): Sentence => {
    const section = sectionAt(sectionStarts, span.start);
    return {
      id: `${meta.id}.${index}`,
      index,
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      sectionId: section,
    };
  });
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

/** Every place `quote` occurs in `text` (whitespace-insensitive). */
export function findAllQuotes(text: string, quote: string): Span[] {
  return findSpaced(text, quote, false);
}

/** The sentences a span touches, for showing a quote with its context. */
export function sentencesAround(article: Article, span: Span): Sentence[] {
  return article.sentences.filter((s) => s.end > span.start && s.start < span.end);
}
