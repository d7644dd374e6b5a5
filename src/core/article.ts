import type { LocalText } from './localText';
import { langPack } from './analysis/lang';
import { refineSpans } from './analysis/structure';

export const SOURCE_KINDS = [
  'news-report',
  'wire-story',
  'blog',
  'aggregator',
  'republication',
  'copied-report',
  'unknown',
] as const;
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
    for (const seg of sentenceSegmenter.segment(line)) {
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

/**
 * Where `quote` occurs in `text`. Exact first; then ignoring differences in whitespace,
 * because the seeds' line breaks and double spaces are not part of what a reader quotes.
 */
export function findQuote(text: string, quote: string): Span | null {
  const q = quote.trim();
  if (q.length === 0) return null;
  const exact = text.indexOf(q);
  if (exact >= 0) return { start: exact, end: exact + q.length };
  const parts = q.split(/\s+/).map(escapeRegExp);
  const match = new RegExp(parts.join('\\s+')).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** Every place `quote` occurs in `text` (whitespace-insensitive). */
export function findAllQuotes(text: string, quote: string): Span[] {
  const parts = quote.trim().split(/\s+/).filter(Boolean).map(escapeRegExp);
  if (parts.length === 0) return [];
  const re = new RegExp(parts.join('\\s+'), 'g');
  const out: Span[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The sentences a span touches, for showing a quote with its context. */
export function sentencesAround(article: Article, span: Span): Sentence[] {
  return article.sentences.filter((s) => s.end > span.start && s.start < span.end);
}
