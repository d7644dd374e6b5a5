import type { Article, Sentence } from '../article';
import type { LangPack } from './lang';
import { isCapitalized, normalizeText, tokenize, type Token } from './text';

/**
 * What depends on a sentence's text alone, worked out once per distinct text in a call to
 * `analyze`: copies and generated corpora repeat the same sentences thousands of times, so
 * every sentence with the same text shares one of these (tokens included).
 */
export interface SentenceInfo {
  text: string;
  /** Word tokens with offsets relative to the start of the sentence (not of the article). */
  tokens: Token[];
  norm: string;
  words: number;
  /** Byline, caption, link, comment box: text around the article, not of it. */
  debris: boolean;
  /** Shaped like a heading: a heading if it is also a whole line of the article. */
  headingShape: boolean;
  /** Lemmas of the tokens, for quote drift (filled on first use). */
  lemmas?: string[] | undefined;
  /** Figures of this text, by the context they depend on (see figures.ts). */
  figures?: Map<number, unknown> | undefined;
  /** Opinion cues of this text with no words quoted, and with quoted spans (see opinion.ts). */
  scan?: unknown;
  scans?: Map<string, unknown> | undefined;
}

/**
 * One sentence of an article. Finders may rely on what createArticle() guarantees:
 * `sentence.text` is the article text from `sentence.start` to `sentence.end`.
 */
export interface PreparedSentence {
  sentence: Sentence;
  info: SentenceInfo;
  words: number;
  /** Byline, caption, link, comment box: text around the article, not of it. */
  debris: boolean;
  /** A line with no closing punctuation: headline, subheading, caption. */
  heading: boolean;
}

export interface PreparedArticle {
  article: Article;
  sentences: PreparedSentence[];
  words: number;
  /** Publication year, for "eight years ago". */
  year: number | null;
}

/** Sentence texts already prepared in this call, for one language pack. */
export type SentenceCache = Map<string, SentenceInfo>;

const TERMINAL = /[.!?…]["'”»’)\]]*$/;

function sentenceInfo(text: string, lang: LangPack): SentenceInfo {
  const tokens = tokenize(text, 0);
  const norm = normalizeText(text);
  const words = tokens.length;
  const trimmed = text.trim();
  // Page furniture is short; long sentences are spared seventeen regular expressions.
  const debris = words <= 60 && lang.debris.some((re) => re.test(trimmed));
  const headingShape = (!TERMINAL.test(trimmed) && (words <= 6 || !/[,;]/.test(text) || titleCase(tokens))) || questionHead(trimmed, tokens, lang);
  return { text, tokens, norm, words, debris, headingShape };
}

export function prepare(article: Article, lang: LangPack, cache: SentenceCache = new Map()): PreparedArticle {
  let words = 0;
  const sentences = article.sentences.map((sentence): PreparedSentence => {
    let info = cache.get(sentence.text);
    if (!info) {
      info = sentenceInfo(sentence.text, lang);
      cache.set(sentence.text, info);
    }
    words += info.words;
    // A headline run into the text of a scraped page: the first span, unpunctuated, before the byline or dateline.
    const heading = info.headingShape && (isWholeLine(article.text, sentence) || (sentence.index === 0 && article.sentences.length > 1 && info.words <= 20));
    return { sentence, info, words: info.words, debris: info.debris, heading };
  });
  const year = article.date && /^\d{4}/.test(article.date) ? Number(article.date.slice(0, 4)) : yearInHeader(article.text, lang);
  return { article, sentences, words, year };
}

/**
 * "What happens now?", "Who said what?": a short question on a line of its own heads the
 * section that answers it. One that speaks to the reader or for the writer ("Want proof?" is
 * one word too few; "Can we trust them?") is the writer's own voice, and quotes are someone's.
 */
function questionHead(trimmed: string, tokens: readonly Token[], lang: LangPack): boolean {
  if (!/\?$/.test(trimmed) || tokens.length < 3 || tokens.length > 7 || /["“”«»]/.test(trimmed) || !isCapitalized(trimmed)) return false;
  return !tokens.some((t) => lang.firstPerson.has(t.norm) || lang.directAddress.has(t.norm));
}

function isWholeLine(text: string, s: Sentence): boolean {
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  const lineEndRaw = text.indexOf('\n', s.end);
  const lineEnd = lineEndRaw < 0 ? text.length : lineEndRaw;
  return text.slice(lineStart, lineEnd).trim() === s.text.trim();
}

function titleCase(tokens: readonly Token[]): boolean {
  const letters = tokens.filter((t) => /^\p{L}/u.test(t.text));
  return letters.length > 0 && letters.filter((t) => isCapitalized(t.text)).length / letters.length >= 0.6;
}

/** The lemma a context word is compared by: demonyms to places, plurals to singulars. */
export function lemma(lang: LangPack, norm: string): string {
  const mapped = lang.lemmas.get(norm);
  if (mapped) return mapped;
  const w = norm.replace(/'s$/, '');
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/**
 * Without a date in the metadata, a dateline near the top ("date 2022-01-21", "January 21,
 * 2022", "Published: 08:17 PM, 21 January 2022") still dates the article.
 */
function yearInHeader(text: string, lang: LangPack): number | null {
  const head = text.slice(0, 600);
  const months = [...lang.months.keys()].join('|');
  const m = /\b((?:19|20)\d\d)-\d\d-\d\d\b/.exec(head) ??
    new RegExp(`\\b(?:${months})\\s+\\d{1,2},?\\s+((?:19|20)\\d\\d)\\b`, 'i').exec(head) ??
    new RegExp(`\\b\\d{1,2}\\s+(?:${months})\\s+((?:19|20)\\d\\d)\\b`, 'i').exec(head);
  return m ? Number(m[1]) : null;
}
