import { perLang } from './lang/perLang';
import type { LangPack } from './lang';
import { lemma, type PreparedArticle, type PreparedSentence } from './prep';
import { isCapitalized, normalizeText, tokenize, type Token } from './text';
import type { Quote, QuoteDrift, QuoteMarks } from './types';
import { HAS_LETTER, QUOTE_MARK } from './shapes';

/**
 * Quoted text and who said it. Works per paragraph (one line): quotes run across sentences,
 * and the seeds mix straight, curly and «guillemet» marks, some left unbalanced by translation.
 */

interface Span {
  start: number;
  end: number;
  marks: QuoteMarks;
  balanced: boolean;
}

const OPENERS: Record<string, { close: string; marks: QuoteMarks }> = {
  '“': { close: '”', marks: 'curly' },
  '«': { close: '»', marks: 'guillemets' },
  '‘': { close: '’', marks: 'single' },
};

function quoteSpans(line: string, offset: number): Span[] {
  const spans: Span[] = [];
  let open: { at: number; close: string; marks: QuoteMarks } | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === '"') {
      // A doubled mark (""I have to…) is one mark that a page doubled, not an empty quote.
      const at = i;
      if (line[i + 1] === '"') i++;
      if (open && open.close === '"') {
        spans.push({ start: offset + open.at + 1, end: offset + at, marks: 'straight', balanced: true });
        open = null;
      } else if (!open && spans.length === 0 && /[.!?,]/.test(line[at - 1] ?? '') && !/\p{L}|\p{N}/u.test(line[i + 1] ?? '')) {
        // A mark after a stop and before a space or the line's end closes: with no opener, the quote
        // began at the start of the paragraph (a statement run on from the paragraph before).
        spans.push({ start: offset, end: offset + at, marks: 'straight', balanced: false });
      } else if (!open) open = { at: i, close: '"', marks: 'straight' };
      continue;
    }
    if (ch === "'") {
      // Straight single marks, as scraped pages print 'British' quotes: one opens after a space
      // (or a colon, a bracket, a dash) before a letter, and closes after punctuation or a
      // word's last letter; "players' union" (a plural's apostrophe) closes nothing. A quote
      // left open at the end of the paragraph was an apostrophe after all.
      const before = line[i - 1] ?? '';
      const after = line[i + 1] ?? '';
      if (!open && /^[\s:([—–-]?$/.test(before) && HAS_LETTER.test(after)) {
        open = { at: i, close: "'", marks: 'single' };
      } else if (open?.close === "'" && !HAS_LETTER.test(after) && (/[.,!?;]/.test(before) || (HAS_LETTER.test(before) && (before !== 's' || /^[.,;:!?]$/.test(after))))) {
        spans.push({ start: offset + open.at + 1, end: offset + i, marks: 'single', balanced: true });
        open = null;
      }
      continue;
    }
    const opener = OPENERS[ch];
    // A single quote opens only before a letter after a space; otherwise it is an apostrophe.
    // ("Rock ‘n Play", "‘em", "the ‘90s": a turned comma before a letter or two and a space, or a decade, is an elision.)
    const elision = ch === '‘' && /^(?:\p{Ll}{1,2}\s|\d{2}s\b)/u.test(line.slice(i + 1, i + 5));
    if (opener && !elision && !(ch === '‘' && !/^\s?$/.test(line[i - 1] ?? ''))) {
      if (open && open.close === opener.close) {
        // A second opener before any closer: the first quote was never closed.
        spans.push({ start: offset + open.at + 1, end: offset + i, marks: open.marks, balanced: false });
      }
      if (!open || open.close === opener.close) open = { at: i, close: opener.close, marks: opener.marks };
      continue;
    }
    // ("”We all know…": a closing mark set after a space before a word, with nothing open, opens a quote the wrong way round.)
    if (ch === '”' && !open && /^\s?$/.test(line[i - 1] ?? '') && HAS_LETTER.test(line[i + 1] ?? '')) {
      open = { at: i, close: '”', marks: 'curly' };
      continue;
    }
    if (ch === '”' || ch === '»' || (ch === '’' && open?.close === '’' && !HAS_LETTER.test(line[i + 1] ?? ''))) {
      if (open && open.close === ch) {
        spans.push({ start: offset + open.at + 1, end: offset + i, marks: open.marks, balanced: true });
        open = null;
      } else if (!open && ch !== '’' && spans.length === 0) {
        // A closer with no opener: the quote began at the start of the paragraph.
        spans.push({ start: offset, end: offset + i, marks: ch === '»' ? 'guillemets' : 'curly', balanced: false });
      }
    }
  }
  // (A turned comma never closed in its paragraph, "5 ‘years", "the ‘Southern District" in a scanned
  // letter, was an apostrophe or a speck, as with straight single marks.)
  if (open && open.close !== "'" && open.close !== '’') spans.push({ start: offset + open.at + 1, end: offset + line.length, marks: open.marks, balanced: false });
  return spans;
}

function trimSpan(text: string, s: Span): Span | null {
  let { start, end } = s;
  while (start < end && /[\s,.;:…]/.test(text[start] as string)) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1] as string)) end--;
  if (!HAS_LETTER.test(text.slice(start, end))) return null;
  return { ...s, start, end };
}

/** Returned by speakerIn() where the speaker is whoever was last named ("he said"). */
const PREVIOUS = '\u0000previous';

/**
 * The person or body a quote is attributed to, or null when the text does not say. Works in
 * one line: `line` from its start, the quote at [start, end), the sentence it starts in from
 * `from`, the sentence it ends in up to `to`. `previous` stands for the last person named
 * before the quote, or for the last speaker.
 */
function speakerIn(lang: LangPack, line: string, start: number, end: number, from: number, to: number, previous: string | null): string | null {
  const after = tokenize(line.slice(end + 1, to), end + 1);
  const before = tokenize(line.slice(from, start), from);
  const fromTokens = (tokens: Token[], verbAt: number, preferAfter: boolean): string | null => {
    const name = (from: number, step: number): string | null => {
      const parts: string[] = [];
      for (let k = from; k >= 0 && k < tokens.length && Math.abs(k - from) < 5; k += step) {
        const t = tokens[k] as Token;
        if (lang.pronouns.has(t.text)) return parts.length ? null : lang.functionWords.they.has(t.text.toLowerCase()) ? null : previous;
        if (step > 0 && k > from && parts.length === 0) break;
        if (isCapitalized(t.text) && !lang.notNames.has(t.text)) parts.push(t.text);
        else if (parts.length) break;
        else if (step < 0 && !lang.isAdverbForm(t.norm) && !lang.speakerGapWords.has(t.norm)) break;
      }
      if (parts.length === 0) return null;
      const ordered = (step < 0 ? parts.reverse() : parts).filter((w) => !lang.titles.has(w) && !lang.lemmas.has(w.toLowerCase()));
      return ordered.length ? ordered.join(' ') : null;
    };
    return preferAfter ? (name(verbAt + 1, 1) ?? name(verbAt - 1, -1)) : (name(verbAt - 1, -1) ?? name(verbAt + 1, 1));
  };
  const verbAfter = after.findIndex((t, i) => i < 4 && lang.attributionVerbs.has(t.norm));
  if (verbAfter >= 0) {
    const who = fromTokens(after, verbAfter, false);
    if (who) return who;
  }
  for (let i = before.length - 1; i >= 0; i--) {
    if (lang.attributionVerbs.has((before[i] as Token).norm)) {
      const who = fromTokens(before, i, false);
      if (who) return who;
      break;
    }
  }
  return null;
}

/** Per distinct line of text: its quote spans (offsets in the line, trimmed) and the speakers found. */
interface LineMemo {
  spans: Span[];
  speakers: Map<string, string | null>;
}

/** Lines already read in this call to `analyze`, and the last person named before a quote, by the text before it. */
export type LineCache = Map<string, LineMemo> & { names: Map<string, string | null> };

export function lineCache(): LineCache {
  return Object.assign(new Map<string, LineMemo>(), { names: new Map<string, string | null>() });
}

/**
 * The speaker of a quote: speakerIn() depends on the line and on `previous` only through
 * whether it is null, so lines are worked out once with a stand-in for it; the last person
 * named before the quote (a look back across lines) is found only when a pronoun needs it.
 */
function speakerNear(
  lang: LangPack,
  p: PreparedArticle,
  memoLine: LineMemo,
  line: string,
  lineStart: number,
  span: Span,
  lastSpeaker: string | null,
  lines: LineCache,
): string | null {
  const text = p.article.text;
  const lineEnd = lineStart + line.length;
  const sentence = p.sentences.find((s) => s.sentence.start <= span.start && s.sentence.end >= span.start);
  const sentEnd = p.sentences.find((s) => s.sentence.start <= span.end && s.sentence.end >= span.end - 1);
  const to = Math.max(span.end + 1, Math.min(lineEnd, (sentEnd?.sentence.end ?? span.end) + 1)) - lineStart;
  const from = Math.min(span.start, Math.max(lineStart, sentence?.sentence.start ?? lineStart)) - lineStart;
  const start = span.start - lineStart;
  const end = span.end - lineStart;
  const run = (previous: string | null): string | null => {
    const key = `${start},${end},${from},${to},${previous === null ? 0 : 1}`;
    let who = memoLine.speakers.get(key);
    if (who === undefined) {
      who = speakerIn(lang, line, start, end, from, to, previous);
      memoLine.speakers.set(key, who);
    }
    return who;
  };
  const who = run(PREVIOUS);
  if (who !== PREVIOUS) return who;
  // The look back is the same for the same 600 characters before the quote.
  const window = text.slice(Math.max(0, span.start - 600), span.start);
  let named = lines.names.get(window);
  if (named === undefined) {
    named = lastPersonBefore(lang, window);
    lines.names.set(window, named);
  }
  const previous = named ?? lastSpeaker;
  return previous ?? run(null);
}

/**
 * Per language pack: a name of one or two capitalised words, maybe after a title that marks a person
 * ("Mr. Roe", "President Doe"); the title opening a match; and a speech verb just after a name.
 */
const personPatternsOf = perLang((lang): { name: RegExp; titled: RegExp; speech: RegExp } => {
  const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // ("Mr." may be written without its stop.)
  const leads = lang.personLeads.map((w) => (w.endsWith('.') ? `${escape(w.slice(0, -1))}\\.?` : escape(w)));
  const stems = lang.personLeads.map((w) => escape(w.endsWith('.') ? w.slice(0, -1) : w));
  return {
    name: new RegExp(`\\b(?:${leads.map((w) => `${w} `).join('|')})?([A-Z][a-z]+(?: [A-Z][a-z]+)?)\\b`, 'g'),
    titled: new RegExp(`^(${stems.join('|')})`),
    speech: new RegExp(`\\b(${[...lang.personSpeechVerbs].map(escape).join('|')})\\b`),
  };
});

/** Whether text[from, to) has at most one line break. */
function atMostOneLineBreak(text: string, from: number, to: number): boolean {
  const first = text.indexOf('\n', from);
  if (first < 0 || first >= to) return true;
  const second = text.indexOf('\n', first + 1);
  return second < 0 || second >= to;
}

/**
 * Whether the line break at `at` only wraps a paragraph, as in a release or a wire story pasted
 * from a PDF or a terminal: a sentence runs on over it, or the line before it is a full-width line
 * of text that stops with no punctuation. A quote then runs on to the next line, and a paragraph
 * of a statement opened with “ and left open (the convention for a quote that goes on into the
 * next paragraph) stays quoted to its end.
 */
function wrapAt(p: PreparedArticle, text: string, at: number): boolean {
  if (text[at + 1] === '\n' || text[at + 1] === undefined) return false;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (at - lineStart >= WRAPPED_LINE && /[\p{L}\p{N},]$/u.test(text.slice(Math.max(lineStart, at - 2), at).trimEnd())) return true;
  // A sentence that starts before the break and ends after it (binary search: sentences come in order).
  const ss = p.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = (ss[mid] as PreparedSentence).sentence;
    if (s.end <= at) lo = mid + 1;
    else if (s.start > at) hi = mid - 1;
    else return s.start < at && s.end > at + 1;
  }
  return false;
}

/** A line at least this long that ends with no stop is wrapped text, not a headline or a label. */
const WRAPPED_LINE = 50;

/** The characters quoteSpans() acts on: a line with none of them has no quotes. */
// (A straight single mark only where it can open a quote: "it's" and "players'" need no scan.)
const QUOTE_CHAR = /["“«‘”»’]|(?:^|[\s:([—–-])'(?=\p{L})/gu;

export function findQuotes(lang: LangPack, p: PreparedArticle, lines: LineCache = lineCache()): Quote[] {
  const text = p.article.text;
  const out: Quote[] = [];
  let lastSpeaker: string | null = null;
  let lastSpeakerEnd = -1;
  const re = new RegExp(QUOTE_CHAR);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // The mark itself: a straight single mark's match starts with the space or line break before it.
    const at = m.index + m[0].length - 1;
    let lineStart = text.lastIndexOf('\n', at - 1) + 1;
    while (lineStart > 0 && wrapAt(p, text, lineStart - 1)) lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    let lineEndRaw = text.indexOf('\n', at);
    while (lineEndRaw >= 0 && wrapAt(p, text, lineEndRaw)) lineEndRaw = text.indexOf('\n', lineEndRaw + 1);
    const lineEnd = lineEndRaw < 0 ? text.length : lineEndRaw;
    // Always past the mark: a paragraph opening with a straight single mark once matched at the line
    // break before it, ended its "line" there and scanned the same place again, for ever.
    re.lastIndex = Math.max(lineEnd, at + 1);
    const line = text.slice(lineStart, lineEnd);
    let memoLine = lines.get(line);
    if (!memoLine) {
      const spans: Span[] = [];
      for (const raw of quoteSpans(line, 0)) {
        const span = trimSpan(line, raw);
        if (span) spans.push(span);
      }
      memoLine = { spans, speakers: new Map() };
      lines.set(line, memoLine);
    }
    for (const rel of memoLine.spans) {
      const span: Span = { start: rel.start + lineStart, end: rel.end + lineStart, marks: rel.marks, balanced: rel.balanced };
      const sentence = p.sentences.find((s) => s.sentence.end > span.start && s.sentence.start < span.end);
      if (!sentence || sentence.debris) continue;
      let speaker = speakerNear(lang, p, memoLine, line, lineStart, span, lastSpeaker, lines);
      // A quote with no attribution of its own that follows straight on from one continues it.
      if (!speaker && lastSpeaker && atMostOneLineBreak(text, lastSpeakerEnd, span.start)) {
        const between = text.slice(lastSpeakerEnd, span.start);
        if (!/[.!?]\s+\S+[^.!?]*[.!?]\s/.test(between.replace(/^[^\n]*\n?/, ''))) speaker = lastSpeaker;
      }
      if (speaker) {
        lastSpeaker = speaker;
        lastSpeakerEnd = span.end;
      }
      out.push({
        id: `${p.article.id}.q${out.length}`,
        article: p.article.id,
        sentenceId: sentence.sentence.id,
        sentence: sentence.sentence.text,
        text: text.slice(span.start, span.end),
        start: span.start,
        end: span.end,
        marks: span.marks,
        balanced: span.balanced,
        speaker,
      });
    }
  }
  return runOnQuotes(p, out);
}

/** At most this many paragraphs with no quotation mark are read as one statement run on. */
const RUN_ON_PARAGRAPHS = 8;

/**
 * A quotation that opens a paragraph and is left open at its end goes on into the paragraphs after
 * it (the convention for a statement of several paragraphs): those with no quotation mark at all are
 * quoted too, up to one whose first mark closes a quote (or the end of the text, where a pasted
 * statement may lose its last mark). A new quotation opening first, or a short line with no stop (a
 * heading), ends the run with nothing added: the quote was left open by mistake.
 */
function runOnQuotes(p: PreparedArticle, quotes: Quote[]): Quote[] {
  const text = p.article.text;
  let extra: Quote[] | null = null;
  for (const q of quotes) {
    if (q.balanced) continue;
    const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
    let lineEnd = text.indexOf('\n', q.end);
    if (lineEnd < 0) lineEnd = text.length;
    // Open at the start of its paragraph (past the mark) and still open at its end.
    if (!/^\s*["“«”]\s*$/.test(text.slice(lineStart, q.start)) || !/^[\s"“”«»]*$/.test(text.slice(q.end, lineEnd))) continue;
    const middle: { start: number; end: number }[] = [];
    let confirmed = false;
    let at = lineEnd;
    while (middle.length <= RUN_ON_PARAGRAPHS) {
      if (at >= text.length) {
        confirmed = true;
        break;
      }
      const start = at + 1;
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      at = end;
      const line = text.slice(start, end);
      if (!/\S/.test(line)) continue;
      if (!HAS_LETTER.test(line)) {
        confirmed = true;
        break;
      }
      if (QUOTE_MARK.test(line)) {
        // The paragraph's first quote closes one opened before it: the statement ends there.
        const first = quotes.find((o) => o.start >= start && o.start <= end);
        confirmed = first !== undefined && !first.balanced && /^\s*$/.test(text.slice(start, first.start));
        break;
      }
      if (!/[.!?:;]["”’)]?\s*$/.test(line) && line.trim().split(/\s+/).length < 12) break;
      const lead = line.length - line.trimStart().length;
      middle.push({ start: start + lead, end: start + line.trimEnd().length });
    }
    if (!confirmed || middle.length === 0 || middle.length > RUN_ON_PARAGRAPHS) continue;
    for (const m of middle) {
      const sentence = p.sentences.find((s) => s.sentence.end > m.start && s.sentence.start < m.end);
      if (!sentence || sentence.debris) continue;
      (extra ??= []).push({ ...q, id: '', sentenceId: sentence.sentence.id, sentence: sentence.sentence.text, text: text.slice(m.start, m.end), start: m.start, end: m.end });
    }
  }
  if (!extra) return quotes;
  const all = [...quotes, ...extra].sort((a, b) => a.start - b.start);
  return all.map((q, k) => ({ ...q, id: `${p.article.id}.q${k}` }));
}

/** The last person named in `window` (the 600 characters before a quote). */
function lastPersonBefore(lang: LangPack, window: string): string | null {
  let found: string | null = null;
  const { name: NAME_RE, titled, speech } = personPatternsOf(lang);
  NAME_RE.lastIndex = 0;
  for (let m = NAME_RE.exec(window); m; m = NAME_RE.exec(window)) {
    const name = m[1] as string;
    const space = name.indexOf(' ');
    const firstWord = space < 0 ? name : name.slice(0, space);
    if (lang.notNames.has(firstWord) || lang.titles.has(firstWord)) continue;
    if (titled.test(m[0]) || speech.test(window.slice(m.index + m[0].length, m.index + m[0].length + 12))) found = name;
  }
  return found;
}

/** Speakers compared by surname: "Mr Lavrov" and "Sergei Lavrov" are one person. */
export function speakerKey(speaker: string | null): string | null {
  if (!speaker) return null;
  const parts = speaker.trim().split(/\s+/);
  return (parts[parts.length - 1] as string).toLowerCase();
}

interface UniqueSentence {
  ps: PreparedSentence;
  article: string;
  /** Articles carrying the sentence, in order, each once in a row (an id given to two articles may repeat). */
  articles: string[];
  lemmas: string[];
  /** The lemmas as ids (see Lemmas). */
  ids: Int32Array;
  /** The normalised text with a space at each end, for whole-word containment: made once, not per quote. */
  padded: string;
  /** Position among the unique sentences. */
  index: number;
}

const MIN_QUOTE_WORDS = 3;
/** Words in more sentences than this are no help in finding candidates. */
const MAX_POSTINGS = 5000;

/**
 * One Lemmas is kept for the life of the module, and with it the class's hidden class in V8. Were every instance
 * dropped, a full garbage collection would drop the hidden class too and throw away the optimised code of the
 * methods below, which the next analysis would then run slowly until they were optimised again.
 */
let keptLemmas: Lemmas | undefined;

/** Lemmas numbered in the order first seen, with what quote drift needs to know of each. */
class Lemmas {
  private readonly ids = new Map<string, number>();
  readonly stop: boolean[] = [];
  /** Unique sentences with the lemma (content words only). */
  readonly postings: (UniqueSentence[] | undefined)[] = [];
  /** A mark per lemma, for sets that are cleared by moving to the next mark. */
  readonly mark: number[] = [];
  readonly inQuote: number[] = [];
  readonly inContent: number[] = [];
  private readonly idfs: number[] = [];
  private readonly lemmaOfNorm = new Map<string, string>();
  constructor(private readonly lang: LangPack) {}

  /** lemma() of a word, worked out once per word in this call: the same words recur in every sentence. */
  lemma(norm: string): string {
    let l = this.lemmaOfNorm.get(norm);
    if (l === undefined) {
      l = lemma(this.lang, norm);
      this.lemmaOfNorm.set(norm, l);
    }
    return l;
  }

  id(l: string): number {
    let id = this.ids.get(l);
    if (id === undefined) {
      id = this.stop.length;
      this.ids.set(l, id);
      this.stop.push(this.lang.stopwords.has(l));
      this.postings.push(undefined);
      this.mark.push(0);
      this.inQuote.push(0);
      this.inContent.push(0);
      this.idfs.push(NaN);
    }
    return id;
  }

  /** Rare words say more; `sentences` unique sentences in all. */
  idf(id: number, sentences: number): number {
    let v = this.idfs[id] as number;
    if (Number.isNaN(v)) {
      v = Math.log(1 + sentences / (this.postings[id]?.length ?? 1));
      this.idfs[id] = v;
    }
    return v;
  }
}

/**
 * The same quote worded differently in another article: a window of another article's
 * sentence that shares most of the quote's words (long quotes), or shares the lead-in
 * ("described the talks as") and some of the words (short quotes), but is not the same text.
 * Quotes and sentences are deduplicated first and candidates come from an inverted index on
 * content words, so copies of a report add articles to a finding, not comparisons.
 */
export function findQuoteDrift(lang: LangPack, prepared: readonly PreparedArticle[], quotes: readonly Quote[]): QuoteDrift[] {
  const sentences = new Map<string, UniqueSentence>();
  const unique: UniqueSentence[] = [];
  const lemmas = new Lemmas(lang);
  keptLemmas ??= new Lemmas(lang);
  let mark = 0;
  for (const p of prepared) {
    for (const ps of p.sentences) {
      if (ps.debris) continue;
      const known = sentences.get(ps.info.norm);
      if (known) {
        if (known.articles[known.articles.length - 1] !== p.article.id) known.articles.push(p.article.id);
        continue;
      }
      const info = ps.info;
      const words = (info.lemmas ??= info.tokens.map((t) => lemmas.lemma(t.norm)));
      const ids = new Int32Array(words.length);
      for (let k = 0; k < words.length; k++) ids[k] = lemmas.id(words[k] as string);
      const entry: UniqueSentence = { ps, article: p.article.id, articles: [p.article.id], lemmas: words, ids, padded: ' ' + info.norm + ' ', index: unique.length };
      sentences.set(info.norm, entry);
      unique.push(entry);
      mark++;
      for (const id of ids) {
        if (lemmas.mark[id] === mark) continue;
        lemmas.mark[id] = mark;
        if (lemmas.stop[id]) continue;
        const list = lemmas.postings[id];
        if (list) list.push(entry);
        else lemmas.postings[id] = [entry];
      }
    }
  }
  const idf = (id: number): number => lemmas.idf(id, sentences.size);

  const norms = new Map<string, string>();
  const uniqueQuotes = new Map<string, { quote: Quote; articles: Set<string> }>();
  const quotesOf = new Map<string, Quote[]>();
  for (const q of quotes) {
    let key = norms.get(q.text);
    if (key === undefined) {
      key = normalizeText(q.text);
      norms.set(q.text, key);
    }
    const known = uniqueQuotes.get(key);
    if (known) known.articles.add(q.article);
    else uniqueQuotes.set(key, { quote: q, articles: new Set([q.article]) });
    const list = quotesOf.get(q.article);
    if (list) list.push(q);
    else quotesOf.set(q.article, [q]);
  }

  const out: QuoteDrift[] = [];
  const hitsOf = new Int32Array(unique.length);
  const hitMark = new Int32Array(unique.length);
  let quoteMark = 0;
  for (const [qNorm, { quote: q, articles: quoteArticles }] of uniqueQuotes) {
    const qTokens = tokenize(q.text);
    if (qTokens.length < MIN_QUOTE_WORDS) continue;
    quoteMark++;
    // The quote's lemmas, and its content words (no stopwords) in the order first seen.
    const qIds = qTokens.map((t) => lemmas.id(lemmas.lemma(t.norm)));
    const content: number[] = [];
    for (const id of qIds) {
      lemmas.inQuote[id] = quoteMark;
      if (!lemmas.stop[id] && lemmas.inContent[id] !== quoteMark) {
        lemmas.inContent[id] = quoteMark;
        content.push(id);
      }
    }
    if (content.length < 2) continue;
    const lead = leadIn(lang, q);
    const candidates: UniqueSentence[] = [];
    mark++;
    const words = [...content];
    for (const l of lead) {
      const id = lemmas.id(l);
      if (lemmas.inContent[id] !== quoteMark) words.push(id);
    }
    for (const id of words) {
      if (lemmas.mark[id] === mark) continue;
      lemmas.mark[id] = mark;
      const list = lemmas.postings[id] ?? [];
      if (list.length > MAX_POSTINGS) continue;
      for (const e of list) {
        if (hitMark[e.index] !== quoteMark) {
          hitMark[e.index] = quoteMark;
          hitsOf[e.index] = 0;
          candidates.push(e);
        }
        hitsOf[e.index] = (hitsOf[e.index] as number) + 1;
      }
    }
    const seen = new Set<string>();
    const padded = ' ' + qNorm + ' ';
    let query: Query | null = null;
    for (const e of candidates) {
      if ((hitsOf[e.index] as number) < 2) continue;
      let elsewhere = false;
      for (const a of e.articles) {
        if (!quoteArticles.has(a)) {
          elsewhere = true;
          break;
        }
      }
      if (!elsewhere) continue;
      if (e.padded.includes(padded)) continue;
      query ??= queryOf(qIds, content, quoteMark, idf);
      const best = bestWindow(lemmas, query, e.ids, idf);
      if (!best) continue;
      const leadShared = lead.filter((l) => e.lemmas.slice(Math.max(0, best.from - 6), best.from).includes(l)).length;
      const long = content.length >= 4;
      const ok = long ? best.score >= 0.5 && best.shared >= 3 : best.shared / content.length >= 0.5 && leadShared >= 2;
      if (!ok) continue;
      const tokens = e.ps.info.tokens;
      const sentence = e.ps.sentence;
      const from = (tokens[best.from] as Token).start;
      const to = (tokens[best.to] as Token).end;
      const text = sentence.text.slice(from, to);
      const start = sentence.start + from;
      const end = sentence.start + to;
      const tNorm = normalizeText(text);
      if (tNorm === qNorm || seen.has(tNorm)) continue;
      seen.add(tNorm);
      const quotedThere = (quotesOf.get(e.article) ?? []).some((o) => o.start <= start && o.end >= end);
      const otherArticles = [...new Set(e.articles)].filter((a) => !quoteArticles.has(a));
      out.push({
        quote: q,
        quoteArticles: [...quoteArticles].sort(),
        other: { article: e.article, sentenceId: sentence.id, sentence: sentence.text, text, start, end, quoted: quotedThere },
        otherArticles: otherArticles.sort(),
        speaker: q.speaker,
        similarity: Math.round(best.score * 100) / 100,
      });
    }
  }
  return out;
}

/** Content words just before the quote: "Lavrov described the talks as «…»". */
function leadIn(lang: LangPack, q: Quote): string[] {
  const at = q.sentence.indexOf(q.text);
  const head = at > 0 ? q.sentence.slice(0, at) : '';
  return tokenize(head)
    .map((t) => lemma(lang, t.norm))
    .filter((l) => !lang.stopwords.has(l))
    .slice(-4);
}

/** What bestWindow() needs of a quote, worked out once per quote. */
interface Query {
  /** Number of content words (distinct, no stopwords). */
  contentSize: number;
  /** Lemmas marked with this in Lemmas.inQuote / inContent are the quote's. */
  quoteMark: number;
  lens: number[];
  /** Sum of idf over the content words, in their order. */
  wq: number;
}

function queryOf(qIds: readonly number[], content: readonly number[], quoteMark: number, idf: (id: number) => number): Query {
  const n = qIds.length;
  const lens = content.length < 4 ? [n] : Array.from({ length: 7 }, (_, k) => n - 3 + k).filter((l) => l >= 2);
  let wq = 0;
  for (const id of content) wq += idf(id);
  return { contentSize: content.length, quoteMark, lens, wq };
}

let windowMark = 0;

function bestWindow(lemmas: Lemmas, query: Query, s: Int32Array, idf: (id: number) => number): { from: number; to: number; score: number; shared: number } | null {
  const { contentSize, quoteMark, lens, wq } = query;
  const { inQuote, inContent, stop, mark } = lemmas;
  let best: { from: number; to: number; score: number; shared: number } | null = null;
  for (let from = 0; from < s.length; from++) {
    if (contentSize >= 4 && inQuote[s[from] as number] !== quoteMark) continue;
    for (const len of lens) {
      if (from + len > s.length) break;
      // Windows must start (checked above) and end on a word the quote also has, so they do not swallow neighbours.
      if (inQuote[s[from + len - 1] as number] !== quoteMark) continue;
      // The window's distinct content words, in order: shared with the quote, and all, idf-weighted.
      // (The mark is negative so it never meets the marks findQuoteDrift() puts on lemmas.)
      windowMark--;
      let shared = 0;
      let w = 0;
      let ww = 0;
      for (let k = from; k < from + len; k++) {
        const id = s[k] as number;
        if (stop[id] || mark[id] === windowMark) continue;
        mark[id] = windowMark;
        const x = idf(id);
        ww += x;
        if (inContent[id] === quoteMark) {
          shared++;
          w += x;
        }
      }
      if (shared === 0) continue;
      // Rare words in common ("strategic mistake") say more than "Russia" and "Ukraine".
      const score = (2 * w) / (wq + ww);
      if (!best || score > best.score || (score === best.score && len < best.to - best.from + 1)) best = { from, to: from + len - 1, score, shared };
    }
  }
  return best;
}
