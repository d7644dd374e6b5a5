import { langPack } from './analysis/lang';
import { dayMonthEnds, decodeEscapedLines, refineSpans } from './analysis/structure';
import { articleFromSpans, type Article, type ArticleMeta, type Span } from './articleModel';

// The article model and quote search live in articleModel.ts (the play path imports them from
// there); this module adds sentence splitting, which needs the segmenter and the word lists.
export * from './articleModel';

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
  const pack = langPack(lang);
  const abbreviations = pack.abbreviations;
  const spans: Span[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let joinNext = false;
    let previous = '';
    for (const seg of segmentLine(line)) {
      const raw = seg.segment;
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed.length === 0) continue;
      const start = lineStart + seg.index + lead;
      const last = spans[spans.length - 1];
      if (joinNext && last && !dayMonthEnds(pack, previous, trimmed)) last.end = start + trimmed.length;
      else spans.push({ start, end: start + trimmed.length });
      const lastWord = trimmed.slice(trimmed.lastIndexOf(' ') + 1).toLowerCase();
      joinNext = abbreviations.has(lastWord);
      previous = trimmed;
    }
    lineStart += line.length + 1;
  }
  // Initials, abbreviations, tickers and a header run into the first sentence (issue 9).
  return refineSpans(text, spans, pack);
}

/**
 * An article from its raw text. The text is normalised here and nowhere else (escaped line breaks
 * of a record decoded, CR LF to LF), so the sentence spans, the rounds' quotes and the highlights
 * all index the text the player reads.
 */
export function createArticle(meta: ArticleMeta, rawText: string): Article {
  const text = decodeEscapedLines(rawText).replace(/\r\n?/g, '\n');
  return articleFromSpans(meta, text, splitSentences(text));
}
