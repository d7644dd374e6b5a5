/**
 * What a figure in an article claims, as an interval on a number line: "more than 13,000" is a
 * ray from 13,000 up, "tens of thousands" the interval 10,000–99,999, "about 90 minutes" a mark
 * with some give. Small and dependency-free because it runs on the play path (the analysis
 * engine's figure reader is bigger and loads only for the editor and generated levels).
 */

export type FigureKind = 'exact' | 'approx' | 'range' | 'atLeast' | 'atMost';

export interface FigureValue {
  /** Lower and upper bound; a ray has Infinity (or 0) at its open end. */
  lo: number;
  hi: number;
  kind: FigureKind;
  /** What is counted, singular and lower case ("minute", "warship", "$", "%"); '' for a bare number. */
  unit: string;
}

/** "about" and its kin widen a mark by this share either side: "about 90" is not "exactly 90". */
export const APPROX_SHARE = 0.1;

const WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};

const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

/** Vague plurals: "tens of thousands" says at least 20,000 would be odd to call "thousands", so each is a range. */
const VAGUE: [RegExp, number, number][] = [
  [/\bhundreds of thousands\b/, 1e5, 999_999],
  [/\btens of thousands\b/, 1e4, 99_999],
  [/\btens of millions\b/, 1e7, 99_999_999],
  [/\bhundreds of millions\b/, 1e8, 999_999_999],
  [/\bmillions\b/, 1e6, 9_999_999],
  [/\bthousands\b/, 1e3, 9_999],
  [/\bhundreds\b/, 100, 999],
  [/\bdozens\b/, 24, 99],
];

/** Durations are compared in minutes, so "about 90 minutes" and "two hours" share a line. */
const DURATION: Record<string, number> = { second: 1 / 60, minute: 1, hour: 60, day: 1440, week: 10080 };

const AT_LEAST = /\b(more than|over|at least|upwards of|in excess of|no fewer than|no less than|above|exceeding)\s*$/;
const AT_MOST = /\b(up to|fewer than|less than|under|at most|no more than|below|as many as)\s*$/;
const APPROX = /\b(about|around|roughly|approximately|nearly|almost|some|an estimated|estimated|close to|circa|c\.)\s*$/;

const NUMBER = /([$€£])?\s*(\d[\d,]*(?:\.\d+)?|\.\d+)\s*(%|percent\b|per cent\b)?\s*(thousand|million|billion|trillion|bn|mn|tn|[kmb])?(?![a-z])/i;
const WORD_NUMBER = new RegExp(
  `\\b(${Object.keys(WORDS)
    .filter((w) => w !== 'a' && w !== 'an')
    .join('|')})(?:[- ](one|two|three|four|five|six|seven|eight|nine))?\\b`,
  'i',
);

const STOP = new Set(['and', 'or', 'of', 'the', 'a', 'an', 'to', 'in', 'on', 'at', 'for', 'by', 'ago', 'more', 'than', 'people', 'per']);

function singular(word: string): string {
  const w = word.toLowerCase();
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ss')) return w;
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/** The counted thing: the first real word after the number ("warships", "minutes"). */
function unitAfter(rest: string): string {
  const m = /^[\s-]*([a-z]+)/i.exec(rest);
  if (!m?.[1]) return '';
  const word = singular(m[1]);
  return STOP.has(word) || word in SCALES ? '' : word;
}

function bounded(n: number, before: string, unit: string, share = APPROX_SHARE): FigureValue {
  const lead = before.toLowerCase();
  if (AT_LEAST.test(lead)) return { lo: n, hi: Infinity, kind: 'atLeast', unit };
  if (AT_MOST.test(lead)) return { lo: 0, hi: n, kind: 'atMost', unit };
  if (APPROX.test(lead)) return { lo: n * (1 - share), hi: n * (1 + share), kind: 'approx', unit };
  return { lo: n, hi: n, kind: 'exact', unit };
}

function toMinutes(v: FigureValue): FigureValue {
  const factor = DURATION[v.unit];
  if (factor === undefined) return v;
  return { ...v, lo: v.lo * factor, hi: v.hi * factor, unit: 'minute' };
}

/**
 * A number with a comma before its last one or two digits ("3,6"): before a scale word of a million or more ("3,6 million")
 * the comma is a decimal comma, as European outlets write it; no thousands separator stands there. (The analysis engine's
 * figure reader uses it too.)
 */
export const DECIMAL_COMMA = /^\d{1,3},\d{1,2}$/;

const digits = (s: string, scale = 1): number => Number(scale >= 1e6 && DECIMAL_COMMA.test(s) ? s.replace(',', '.') : s.replace(/,/g, ''));

/** "in 2014", "2014 to 2016": a bare four-digit number in this span is a year, not an amount. */
const looksLikeYear = (raw: string, rest: string): boolean => /^(1[89]|20)\d\d$/.test(raw) && unitAfter(rest) === '';

/**
 * The first figure in a phrase, or null when the phrase has no number ("on Thursday",
 * "massive naval drills"). Only the first: "more than 140 warships and more than 60 aircraft"
 * is about warships.
 */
export function figureValue(text: string): FigureValue | null {
  const s = text
    .replace(/\u2013|\u2014/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  const lower = s.toLowerCase();
  // A clock time ("5:03 a.m.", "9 pm") says when, not how many.
  if (/\b\d{1,2}:\d{2}\b|\b\d{1,2}(?:\.\d{2})?\s*(?:a\.?m\b|p\.?m\b)/i.test(s)) return null;

  for (const [re, lo, hi] of VAGUE) {
    const m = re.exec(lower);
    if (m) return toMinutes({ lo, hi, kind: 'range', unit: unitAfter(lower.slice(m.index + m[0].length)) });
  }

  const range =
    /(?:between\s+)?([$€£])?(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|[kmb])?\s*(?:-|to|and)\s*([$€£])?(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|[kmb])?(?![a-z])/i.exec(
      s,
    );
  if (range) {
    const scaleB = SCALES[(range[6] ?? '').toLowerCase()] ?? 1;
    const scaleA = SCALES[(range[3] ?? '').toLowerCase()] ?? scaleB;
    const a = digits(range[2] as string) * scaleA;
    const b = digits(range[5] as string) * scaleB;
    // "2014 to 2016" and the like are dates, not amounts; a range runs upwards.
    if (b > a && !(looksLikeYear(range[2] as string, '') && looksLikeYear(range[5] as string, ''))) {
      const unit = range[1] ?? range[4] ?? unitAfter(s.slice(range.index + range[0].length));
      return toMinutes({ lo: a, hi: b, kind: 'range', unit });
    }
  }

  const num = NUMBER.exec(s);
  if (num) {
    const rest = s.slice(num.index + num[0].length);
    if (!num[1] && !num[3] && !num[4] && looksLikeYear(num[2] as string, rest)) return null;
    const scale = SCALES[(num[4] ?? '').toLowerCase()] ?? 1;
    const n = digits(num[2] as string, scale) * scale;
    const unit = num[1] ?? (num[3] ? '%' : unitAfter(rest));
    return toMinutes(bounded(n, s.slice(0, num.index), unit));
  }

  const word = WORD_NUMBER.exec(lower);
  if (word) {
    let n = (WORDS[word[1] as string] ?? 0) + (word[2] ? (WORDS[word[2]] ?? 0) : 0);
    let after = lower.slice(word.index + word[0].length);
    const scale = /^\s+(thousand|million|billion)\b/.exec(after);
    if (scale) {
      n *= SCALES[scale[1] as string] as number;
      after = after.slice(scale[0].length);
    }
    return toMinutes(bounded(n, lower.slice(0, word.index), unitAfter(after)));
  }
  return null;
}

/** Whether two figures can both be true: their intervals meet. */
export function canBothBeTrue(a: FigureValue, b: FigureValue): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}
