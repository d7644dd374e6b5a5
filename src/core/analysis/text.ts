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
// The pattern is the definition; tokenize() reads text by hand to the same tokens (text.test.ts compares them), as every
// sentence of every article is tokenised and the expression's unicode classes cost more than the words.
// (Thousands may be set apart by spaces, "200 000", when each group after the first is three digits that end the number:
// not "25 100-metre", "011 544" or "11 551 5826"; their norm is the comma-grouped number, see spacedThousandsEnd.)
export const TOKEN_RE =
  /(?:[1-9]\d{0,2}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\p{L}\p{N}-]|[.,]\d|[ \u00a0\u2009\u202f]\d)|\d+)(?:[.,:]\d+)*(?:st|nd|rd|th|ST|ND|RD|TH|s)?|[\p{L}\p{M}]+(?:['’‘\-\u2010\u2011.][\p{L}\p{M}]+)*|%|[?!]/gu;

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
/** Whether non-ASCII code points are letters or marks, as they are met. */
const letterOrMark = new Map<number, boolean>();

function isLetterOrMark(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  // ("16 ºC-weeks": the ordinal indicators º and ª are letters to Unicode, but pages type º for the degree sign, which
  // stands outside words as it does in "16 °C-weeks".)
  if (c === 0xba || c === 0xaa) return false;
  let yes = letterOrMark.get(c);
  if (yes === undefined) {
    yes = LETTER_OR_MARK.test(String.fromCodePoint(c));
    letterOrMark.set(c, yes);
  }
  return yes;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Code units of the code point at i (a surrogate pair is two). */
const width = (c: number): number => (c > 0xffff ? 2 : 1);

/** End of the run of letters and marks from i (i if none). */
function lettersEnd(text: string, i: number): number {
  while (i < text.length) {
    const c = text.codePointAt(i) as number;
    if (!isLetterOrMark(c)) break;
    i += width(c);
  }
  return i;
}

function digitsEnd(text: string, i: number): number {
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

const ORDINALS = ['st', 'nd', 'rd', 'th', 'ST', 'ND', 'RD', 'TH', 's'];

/** A space, a no-break space or a thin one, between groups of a number's thousands ("200 000", "1 250 000"). */
const THOUSANDS_SPACE = /[ \u00a0\u2009\u202f]/;
const THOUSANDS_SPACES = /[ \u00a0\u2009\u202f]/g;

/**
 * "more than 200 000 users": thousands set apart by spaces, as South African and European pages print them, are one
 * number. Each group after the first is three digits ending the number (not "25 100-metre races", nor "12 1000"); the
 * first has no leading zero ("011 544 3004" is a phone number).
 */
function spacedThousandsEnd(text: string, from: number): number {
  let end = from;
  while (
    THOUSANDS_SPACE.test(text[end] ?? '') &&
    isDigit(text.charCodeAt(end + 1)) &&
    isDigit(text.charCodeAt(end + 2)) &&
    isDigit(text.charCodeAt(end + 3)) &&
    !/[\p{L}\p{N}-]/u.test(text[end + 4] ?? '') &&
    !(/[.,]/.test(text[end + 4] ?? '') && isDigit(text.charCodeAt(end + 5)))
  )
    end += 4;
  // ("Tel: +251 11 551 5826": digits in groups that run on past the last three are a phone number or a code, not thousands.)
  if (end > from && THOUSANDS_SPACE.test(text[end] ?? '') && isDigit(text.charCodeAt(end + 1))) return from;
  return end;
}

/** End of the token of TOKEN_RE that starts at i, or -1 if none does. */
function tokenEnd(text: string, i: number, c: number): number {
  if (isDigit(c)) {
    let end = digitsEnd(text, i);
    if (end - i <= 3 && text.charCodeAt(i) !== 48) end = spacedThousandsEnd(text, end);
    for (;;) {
      const sep = text.charCodeAt(end);
      if ((sep === 46 || sep === 44 || sep === 58) && isDigit(text.charCodeAt(end + 1))) end = digitsEnd(text, end + 1);
      else break;
    }
    for (const suffix of ORDINALS) if (text.startsWith(suffix, end)) return end + suffix.length;
    // ("110th CONGRESS 2d Session", "the 3d Circuit": the legal style's ordinals of two and three, a word of their own.)
    const last = text.charCodeAt(end - 1);
    if ((last === 50 || last === 51) && text.charCodeAt(end) === 100 && !isLetterOrMark(text.codePointAt(end + 1) ?? 32)) return end + 1;
    return end;
  }
  if (isLetterOrMark(c)) {
    let end = lettersEnd(text, i);
    for (;;) {
      const sep = text.charCodeAt(end);
      if (sep !== 39 && sep !== 0x2019 && sep !== 0x2018 && sep !== 45 && sep !== 46 && !UNICODE_HYPHEN(sep)) break;
      const after = lettersEnd(text, end + 1);
      if (after === end + 1) break;
      end = after;
    }
    return end;
  }
  return c === 37 || c === 63 || c === 33 ? i + 1 : -1;
}

/** text[from, to) has no capital and nothing outside ASCII: its own lower case, and no curly apostrophe to straighten. */
function plainLower(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return false;
  }
  return true;
}

function normOf(word: string): string {
  const lower = word.toLowerCase();
  const straight = lower.includes('’') || lower.includes('‘') ? lower.replace(CURLY_APOSTROPHES, "'") : lower;
  return straight.includes('\u2010') || straight.includes('\u2011') ? straight.replace(UNICODE_HYPHENS, '-') : straight;
}

const CURLY_APOSTROPHES = /[’‘]/g;
/**
 * The Unicode hyphen and the no-break hyphen (U+2010, U+2011), which UN documents print inside words ("two‑State",
 * "Secretary‑General", "9‑year"): a hyphen joining the word, read as "-" is.
 */
const UNICODE_HYPHENS = /[\u2010\u2011]/g;
const UNICODE_HYPHEN = (c: number): boolean => c === 0x2010 || c === 0x2011;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < text.length;) {
    const c = text.codePointAt(i) as number;
    const end = tokenEnd(text, i, c);
    if (end < 0) {
      i += width(c);
      continue;
    }
    const word = text.slice(i, end);
    // (Spaced thousands read as the comma-grouped number: "200 000" is "200,000" to whatever reads its value.)
    const spaced = isDigit(c) && end - i > 4 && THOUSANDS_SPACE.test(word);
    const norm = spaced ? word.replace(THOUSANDS_SPACES, ',') : plainLower(text, i, end) ? word : normOf(word);
    out.push({ text: word, norm, start: offset + i, end: offset + end });
    i = end;
  }
  return out;
}

/** Text compared across outlets: case, punctuation, quote styles and spacing do not count. */
/** A word or phrase made safe to put inside a regular expression as it is. */
export const escapeRegExp = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function normalizeText(text: string): string {
  // One pass over the characters, copying runs of kept characters as slices: this runs on every sentence of
  // every article, and a string grown one character at a time made most of its garbage.
  const lower = text.toLowerCase();
  let out = '';
  let space = false;
  let run = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    // (U+02BC, the modifier letter apostrophe a PDF's text may carry, "Bidenʼs", is a letter to Unicode but an apostrophe here.)
    const kept =
      (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || (c > 127 && c !== 0x2019 && c !== 0x2018 && c !== 0xb4 && c !== 0x2bc && WORD_CHAR.test(lower[i] as string));
    if (kept) {
      if (run < 0) {
        if (space && out.length > 0) out += ' ';
        space = false;
        run = i;
      }
      continue;
    }
    if (run >= 0) {
      out += lower.slice(run, i);
      run = -1;
    }
    if (c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0xb4 || c === 0x2bc) {
      if (space && out.length > 0) out += ' ';
      out += "'";
      space = false;
    } else space = true;
  }
  return run >= 0 ? out + lower.slice(run) : out;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

export function wordCount(text: string): number {
  return normalizeText(text).split(' ').filter(Boolean).length;
}

/** 32-bit FNV-1a (core/hash.ts): fast, stable across runs, enough for shingles. */
export function hashString(s: string): number {
  return fnv1a(s);
}

const CAPITAL = /^\p{Lu}/u;

export function isCapitalized(word: string): boolean {
  return CAPITAL.test(word);
}
