import type { LangPack } from './lang';
import { lemma, type PreparedArticle, type PreparedSentence } from './prep';
import { isCapitalized, normalizeText, tokenize, type Token } from './text';
import type { Quote, QuoteDrift, QuoteMarks } from './types';

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
      if (open && open.close === '"') {
        spans.push({ start: offset + open.at + 1, end: offset + i, marks: 'straight', balanced: true });
        open = null;
      } else if (!open) open = { at: i, close: '"', marks: 'straight' };
      continue;
    }
    const opener = OPENERS[ch];
    // A single quote opens only before a letter after a space; otherwise it is an apostrophe.
    if (opener && !(ch === '‘' && !/^\s?$/.test(line[i - 1] ?? ''))) {
      if (open && open.close === opener.close) {
        // A second opener before any closer: the first quote was never closed.
        spans.push({ start: offset + open.at + 1, end: offset + i, marks: open.marks, balanced: false });
      }
      if (!open || open.close === opener.close) open = { at: i, close: opener.close, marks: opener.marks };
      continue;
    }
    if (ch === '”' || ch === '»' || (ch === '’' && open?.close === '’' && !/\p{L}/u.test(line[i + 1] ?? ''))) {
      if (open && open.close === ch) {
        spans.push({ start: offset + open.at + 1, end: offset + i, marks: open.marks, balanced: true });
        open = null;
      } else if (!open && ch !== '’' && spans.length === 0) {
        // A closer with no opener: the quote began at the start of the paragraph.
        spans.push({ start: offset, end: offset + i, marks: ch === '»' ? 'guillemets' : 'curly', balanced: false });
      }
    }
  }
  if (open) spans.push({ start: offset + open.at + 1, end: offset + line.length, marks: open.marks, balanced: false });
  return spans;
}

function trimSpan(text: string, s: Span): Span | null {
  let { start, end } = s;
  while (start < end && /[\s,.;:…]/.test(text[start] as string)) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1] as string)) end--;
  if (!/\p{L}/u.test(text.slice(start, end))) return null;
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
        if (lang.pronouns.has(t.text)) return parts.length ? null : t.text.toLowerCase() === 'they' ? null : previous;
        if (step > 0 && k > from && parts.length === 0) break;
        if (isCapitalized(t.text) && !lang.notNames.has(t.text)) parts.push(t.text);
        else if (parts.length) break;
        else if (step < 0 && !/ly$/.test(t.norm) && !['the', 'a', 'also', 'then', 'has', 'had', 'have', 'did', 'will', 'his', 'her', 'its', 'spokesman', 'spokeswoman', 'chancellery', 'ministry'].includes(t.norm)) break;
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

/** Per distinct line of text: its quote spans (offsets in the line) and the speakers found. */
interface LineMemo {
  spans: Span[];
  speakers: Map<string, string | null>;
}

/** Lines already read in this call to `analyze`. */
export type LineCache = Map<string, LineMemo>;

/**
 * The speaker of a quote: speakerIn() depends on the line and on `previous` only through
 * whether it is null, so lines are worked out once with a stand-in for it; the last person
 * named before the quote (a look back across lines) is found only when a pronoun needs it.
 */
function speakerNear(lang: LangPack, p: PreparedArticle, memoLine: LineMemo, line: string, lineStart: number, span: Span, lastSpeaker: string | null): string | null {
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
  const previous = lastPersonBefore(lang, text, span.start) ?? lastSpeaker;
  return previous ?? run(null);
}

const NAME_RE = /\b(?:Mr\.? |President |Secretary |Minister |spokesman )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b/g;

export function findQuotes(lang: LangPack, p: PreparedArticle, lines: LineCache = new Map()): Quote[] {
  const text = p.article.text;
  const out: Quote[] = [];
  let lineStart = 0;
  let lastSpeaker: string | null = null;
  let lastSpeakerEnd = -1;
  for (const line of text.split('\n')) {
    let memoLine = lines.get(line);
    if (!memoLine) {
      memoLine = { spans: quoteSpans(line, 0), speakers: new Map() };
      lines.set(line, memoLine);
    }
    for (const rel of memoLine.spans) {
      const raw = { ...rel, start: rel.start + lineStart, end: rel.end + lineStart };
      const span = trimSpan(text, raw);
      if (!span) continue;
      const sentence = p.sentences.find((s) => s.sentence.end > span.start && s.sentence.start < span.end);
      if (!sentence || sentence.debris) continue;
      let speaker = speakerNear(lang, p, memoLine, line, lineStart, span, lastSpeaker);
      // A quote with no attribution of its own that follows straight on from one continues it.
      const between = text.slice(lastSpeakerEnd, span.start);
      if (!speaker && lastSpeaker && between.split('\n').length <= 2 && !/[.!?]\s+\S+[^.!?]*[.!?]\s/.test(between.replace(/^[^\n]*\n?/, ''))) speaker = lastSpeaker;
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
    lineStart += line.length + 1;
  }
  return out;
}

function lastPersonBefore(lang: LangPack, text: string, offset: number): string | null {
  const window = text.slice(Math.max(0, offset - 600), offset);
  let found: string | null = null;
  NAME_RE.lastIndex = 0;
  for (let m = NAME_RE.exec(window); m; m = NAME_RE.exec(window)) {
    const name = m[1] as string;
    const firstWord = name.split(' ')[0] as string;
    if (lang.notNames.has(firstWord) || lang.titles.has(firstWord)) continue;
    if (/^(Mr|President|Secretary|Minister|spokesman)/.test(m[0]) || /\b(said|told|added|says)\b/.test(window.slice(m.index + m[0].length, m.index + m[0].length + 12))) found = name;
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
  articles: Set<string>;
  lemmas: string[];
}

const MIN_QUOTE_WORDS = 3;
/** Words in more sentences than this are no help in finding candidates. */
const MAX_POSTINGS = 5000;

/**
 * The same quote worded differently in another article: a window of another article's
 * sentence that shares most of the quote's words (long quotes), or shares the lead-in
 * ("described the talks as") and some of the words (short quotes), but is not the same text.
 * Quotes and sentences are deduplicated first and candidates come from an inverted index on
 * content words, so copies of a report add articles to a finding, not comparisons.
 */
export function findQuoteDrift(lang: LangPack, prepared: readonly PreparedArticle[], quotes: readonly Quote[]): QuoteDrift[] {
  const sentences = new Map<string, UniqueSentence>();
  const index = new Map<string, UniqueSentence[]>();
  for (const p of prepared) {
    for (const ps of p.sentences) {
      if (ps.debris) continue;
      const known = sentences.get(ps.info.norm);
      if (known) {
        known.articles.add(p.article.id);
        continue;
      }
      const info = ps.info;
      const lemmas = (info.lemmas ??= info.tokens.map((t) => lemma(lang, t.norm)));
      const entry: UniqueSentence = { ps, article: p.article.id, articles: new Set([p.article.id]), lemmas };
      sentences.set(info.norm, entry);
      for (const l of new Set(entry.lemmas)) {
        if (lang.stopwords.has(l)) continue;
        const list = index.get(l);
        if (list) list.push(entry);
        else index.set(l, [entry]);
      }
    }
  }

  const idfs = new Map<string, number>();
  const idf = (l: string): number => {
    let v = idfs.get(l);
    if (v === undefined) {
      v = Math.log(1 + sentences.size / (index.get(l)?.length ?? 1));
      idfs.set(l, v);
    }
    return v;
  };

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
  for (const [qNorm, { quote: q, articles: quoteArticles }] of uniqueQuotes) {
    const qTokens = tokenize(q.text);
    if (qTokens.length < MIN_QUOTE_WORDS) continue;
    const qLemmas = qTokens.map((t) => lemma(lang, t.norm));
    const qContent = new Set(qLemmas.filter((l) => !lang.stopwords.has(l)));
    if (qContent.size < 2) continue;
    const lead = leadIn(lang, q);
    const candidates = new Map<UniqueSentence, number>();
    for (const l of new Set([...qContent, ...lead])) {
      const list = index.get(l) ?? [];
      if (list.length > MAX_POSTINGS) continue;
      for (const e of list) candidates.set(e, (candidates.get(e) ?? 0) + 1);
    }
    const seen = new Set<string>();
    const padded = ' ' + qNorm + ' ';
    let query: Query | null = null;
    for (const [e, hits] of candidates) {
      if (hits < 2) continue;
      let elsewhere = false;
      for (const a of e.articles) {
        if (!quoteArticles.has(a)) {
          elsewhere = true;
          break;
        }
      }
      if (!elsewhere) continue;
      if ((' ' + e.ps.info.norm + ' ').includes(padded)) continue;
      query ??= queryOf(qLemmas, qContent, idf);
      const best = bestWindow(lang, query, e.lemmas, idf);
      if (!best) continue;
      const leadShared = lead.filter((l) => e.lemmas.slice(Math.max(0, best.from - 6), best.from).includes(l)).length;
      const long = qContent.size >= 4;
      const ok = long ? best.score >= 0.5 && best.shared >= 3 : best.shared / qContent.size >= 0.5 && leadShared >= 2;
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
      const otherArticles = [...e.articles].filter((a) => !quoteArticles.has(a));
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
  qLemmas: string[];
  qContent: Set<string>;
  qSet: Set<string>;
  lens: number[];
  /** Sum of idf over qContent, in its order. */
  wq: number;
}

function queryOf(qLemmas: string[], qContent: Set<string>, idf: (l: string) => number): Query {
  const n = qLemmas.length;
  const lens = qContent.size < 4 ? [n] : Array.from({ length: 7 }, (_, k) => n - 3 + k).filter((l) => l >= 2);
  let wq = 0;
  for (const l of qContent) wq += idf(l);
  return { qLemmas, qContent, qSet: new Set(qLemmas), lens, wq };
}

function bestWindow(lang: LangPack, query: Query, s: string[], idf: (l: string) => number): { from: number; to: number; score: number; shared: number } | null {
  const { qContent, qSet, lens, wq } = query;
  let best: { from: number; to: number; score: number; shared: number } | null = null;
  const wContent = new Set<string>();
  for (let from = 0; from < s.length; from++) {
    if (qContent.size >= 4 && !qSet.has(s[from] as string)) continue;
    for (const len of lens) {
      if (from + len > s.length) break;
      const lastWord = s[from + len - 1] as string;
      if (!qSet.has(lastWord)) continue;
      // Windows must start and end on a word the quote also has, so they do not swallow neighbours.
      const edgeOk = qContent.size < 4 || qSet.has(s[from] as string);
      if (!edgeOk) continue;
      wContent.clear();
      for (let k = from; k < from + len; k++) {
        const l = s[k] as string;
        if (!lang.stopwords.has(l)) wContent.add(l);
      }
      let shared = 0;
      let w = 0;
      for (const l of wContent) {
        if (qContent.has(l)) {
          shared++;
          w += idf(l);
        }
      }
      if (shared === 0) continue;
      // Rare words in common ("strategic mistake") say more than "Russia" and "Ukraine".
      let ww = 0;
      for (const l of wContent) ww += idf(l);
      const score = (2 * w) / (wq + ww);
      if (!best || score > best.score || (score === best.score && len < best.to - best.from + 1)) best = { from, to: from + len - 1, score, shared };
    }
  }
  return best;
}
