import { fnv1a } from '../hash';
/** Word tokens with offsets: the unit every finder works in. */
export interface Token {
  text: string;
  /** Lower-case, curly apostrophes straightened. */
  norm: string;
  start: number;
  end: number;
}

/** One sentence inside the text its offsets (and its tokens' offsets) index into. */
export interface SentenceView {
  text: string;
  start: number;
  end: number;
  sentence: string;
  tokens: readonly Token[];
}

// Numbers keep their separators and an ordinal's suffix in either case ("100,000", "11:00", "1980s", "22ND"); words keep inner apostrophes and hyphens
// (a left quote mark inside a word is an apostrophe or the Hawaiian ʻokina: "Hawai‘i", not "Hawai" and "i").
const TOKEN_RE = /\d+(?:[.,:]\d+)*(?:st|nd|rd|th|ST|ND|RD|TH|s)?|[\p{L}\p{M}]+(?:['’‘\-.][\p{L}\p{M}]+)*|%|[?!]/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const word = m[0];
    const lower = word.toLowerCase();
    out.push({ text: word, norm: lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'") : lower, start: offset + m.index, end: offset + m.index + word.length });
  }
  return out;
}

/** Text compared across outlets: case, punctuation, quote styles and spacing do not count. */
export function normalizeText(text: string): string {
  // One pass over the characters: this runs on every sentence of every article.
  const lower = text.toLowerCase();
  let out = '';
  let space = false;
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i] as string;
    const c = ch.charCodeAt(0);
    const keep =
      (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 ? ch : c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0xb4 ? "'" : c > 127 && WORD_CHAR.test(ch) ? ch : '';
    if (keep) {
      if (space && out.length > 0) out += ' ';
      out += keep;
      space = false;
    } else space = true;
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

export function wordCount(text: string): number {
  return normalizeText(text).split(' ').filter(Boolean).length;
}

/** 32-bit FNV-1a (core/hash.ts): fast, stable across runs, enough for shingles. */
export function hashString(s: string): number {
  return fnv1a(s);
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
