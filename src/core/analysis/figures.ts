import { DECIMAL_COMMA } from '../figureValue';
import { perLang } from './lang/perLang';
import type { LangPack } from './lang';
import { findPhrase, TOLL_STATES } from './opinion';
import { lemma, type PreparedArticle, type PreparedSentence } from './prep';
import type { SentenceView, Token } from './text';
import type { Bound, Figure, FigureKind } from './types';
import {
  CAPITAL_FIRST,
  CLAUSE_MARK,
  DIGITS_ONLY,
  DIGIT_FIRST,
  HAS_COMMA,
  HAS_DIGIT,
  HAS_LETTER,
  LETTER_FIRST,
  LETTER_WORD,
  LOWER_FIRST,
  LOWER_WORD,
  ONE_OR_TWO_DIGITS,
  PLAIN_PLURAL,
  POSSESSIVE_END,
  SEPARATOR,
  S_LAST,
} from './shapes';

/** A closing stop, maybe after a closing quotation mark or bracket. */
const STOP_END = /[.!?]["'”’)\]]*\s*$/;

/** A token that reads as a year of the last two centuries ("1998", "2022"), not a count. */
/** A year written in digits, 1800-2100 ("by 2100": the horizon of long projections). */
export const YEAR_TOKEN = /^(?:(1[89]|20)\d\d|2100)$/;

/**
 * Every quantity with its context: digits or words, bounds ("more than"), vague ranges
 * ("tens of thousands"), durations, years (also "eight years ago"), dates and times.
 */

interface Read {
  value: number;
  low: number;
  high: number | null;
  bound: Bound;
  first: number;
  last: number;
  decade?: boolean;
  weak?: boolean;
  /** The unit inside a hyphenated compound: "seven-hour" → "hour". */
  inner?: string;
  /** A year said in words: "in nineteen sixty", "since nineteen hundred", "in two thousand". */
  spokenYear?: boolean;
}

const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
const DECADE = /^(1[5-9]|20)\d0s$/;
const CLOCK = /^\d{1,2}:\d{2}$/;
/** Hours, minutes and seconds ("2:01:09", "2:13:44.5"): a length of time, as a race's. */
const HMS = /^(\d{1,2}):([0-5]\d):([0-5]\d(?:\.\d+)?)$/;
/** Unicode fraction characters written on a whole number ("5½", "2¾"). */
const VULGAR_FRACTIONS: Readonly<Record<string, number>> = { '½': 1 / 2, '¼': 1 / 4, '¾': 3 / 4, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 1 / 8 };
/** A phone number: an area code (bracketed or not), three digits and four, by spaces, dots or dashes. */
const PHONE = /^(?:\+?1[\s.-])?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[.-]\d{4}(?!\d)/;

/** "million", and "million-plus" ("$24 million-plus bonuses"): the multiplier a token writes, if any. */
function multiplierAt(lang: LangPack, t: Token | undefined): number | undefined {
  if (!t) return undefined;
  const m = lang.multipliers.get(t.norm);
  if (m !== undefined) return m;
  const cut = t.norm.indexOf('-');
  return cut > 0 && lang.multiplierTails?.has(t.norm.slice(cut + 1)) ? lang.multipliers.get(t.norm.slice(0, cut)) : undefined;
}

function seq(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[at + k]?.norm !== words[k]) return false;
  return true;
}

/** Words a number can start with: most tokens are not, and are turned away with one lookup. */
const startersOf = perLang((lang) => new Set<string>([...lang.numberWords.keys(), ...lang.vagueQuantities.map((v) => v.words[0] as string), 'a', 'an']));

/**
 * "decades if not centuries", "centuries or millennia": a span of time given only as two plural units, the
 * second longer. One span, vaguely bounded (from two of the first unit to nine of the second).
 */
function vagueSpan(lang: LangPack, tokens: readonly Token[], i: number): { low: number; high: number; last: number } | null {
  const t = tokens[i] as Token;
  const a = lang.timeUnits.get(t.norm);
  if (a === undefined || a < 1440 || !/s$|ia$/.test(t.norm)) return null;
  const prev = tokens[i - 1]?.norm ?? '';
  if (DIGIT_FIRST.test(prev) || lang.numberWords.has(prev) || lang.vagueQuantities.some((q) => q.words[q.words.length - 1] === prev || q.words[0] === prev)) return null;
  for (const joiner of lang.spanJoiners) {
    if (!joiner.every((w, k) => tokens[i + 1 + k]?.norm === w)) continue;
    const second = tokens[i + 1 + joiner.length];
    const b = second ? lang.timeUnits.get(second.norm) : undefined;
    if (b === undefined || b <= a || !/s$|ia$/.test((second as Token).norm)) return null;
    return { low: 2 * a, high: 9 * b, last: i + 1 + joiner.length };
  }
  return null;
}

/** The shortest unit of time a length adjective is read for ("a decade-long scheme"; not "an hour-long hearing", a schedule). */
const SPAN_ADJECTIVE_UNIT = 1440 * 365;

/**
 * "a decade-long scheme", "a years-long inquiry": a unit of time made an adjective of length, with no number. One unit is
 * about one of it; a plural unit is a vague span of several (two to nine). Units shorter than a year are left out: "an
 * hour-long hearing" tells how long a meeting was planned, seldom a quantity outlets compare.
 */
function spanAdjective(lang: LangPack, tokens: readonly Token[], i: number): { low: number; high: number; bound: Bound } | null {
  const norm = (tokens[i] as Token).norm;
  // (Most words have no hyphen: they are not split.)
  if (!norm.includes('-')) return null;
  const parts = norm.split('-');
  if (parts.length !== 2 || !lang.spanAdjectiveEndings.has(parts[1] as string)) return null;
  const unit = lang.timeUnits.get(parts[0] as string);
  if (unit === undefined || unit < SPAN_ADJECTIVE_UNIT) return null;
  // ("a two-decade-long", "a 10-year-long" are read with their number.)
  const prev = tokens[i - 1]?.norm ?? '';
  if (DIGIT_FIRST.test(prev) || lang.numberWords.has(prev)) return null;
  return lang.isPlural(parts[0] as string) ? { low: 2 * unit, high: 9 * unit, bound: 'vague' } : { low: unit, high: unit, bound: 'approx' };
}

/** A number starting at token i, in digits or words. */
function readNumber(lang: LangPack, tokens: readonly Token[], i: number, text?: string): Read | null {
  const head = tokens[i];
  if (!head) return null;
  const c = head.norm.charCodeAt(0);
  const digit = c >= 48 && c <= 57;
  // "half a kilometre", "half an hour": half of one unit (not "half a million", a multiplier's, read below).
  const unitAfterHalf = tokens[i + 2]?.norm ?? '';
  if (
    lang.shareWords.get(head.norm) === 1 / 2 &&
    !S_LAST.test(head.norm) &&
    lang.grammaticalArticles.has(tokens[i + 1]?.norm ?? '') &&
    !lang.definiteDeterminers.has(tokens[i + 1]?.norm ?? '') &&
    !lang.multipliers.has(unitAfterHalf) &&
    (lang.timeUnits.has(unitAfterHalf) || lang.unitClasses.has(unitAfterHalf)) &&
    !lang.isPlural(unitAfterHalf)
  )
    return { value: 0.5, low: 0.5, high: 0.5, bound: 'exact', first: i, last: i + 1, weak: false };
  // "half a dozen": half the number word.
  const dozen = lang.shareWords.get(head.norm) === 1 / 2 && tokens[i + 1]?.norm === 'a' ? lang.numberWords.get(unitAfterHalf) : undefined;
  if (dozen !== undefined && dozen > 2) return { value: dozen / 2, low: dozen / 2, high: dozen / 2, bound: 'exact', first: i, last: i + 2, weak: false };
  if (!digit && !startersOf(lang).has(head.norm) && !(head.norm.includes('-') && (startersOf(lang).has(firstPart(head.norm)) || lang.shareWords.has(firstPart(head.norm)))))
    return null;
  for (const v of lang.vagueQuantities) {
    if (seq(tokens, i, v.words)) {
      return { value: Math.round(Math.sqrt(v.low * v.high)), low: v.low, high: v.high, bound: 'vague', first: i, last: i + v.words.length - 1, weak: v.weak === true };
    }
  }
  const t = tokens[i];
  if (!t) return null;
  const spoken = spokenYearAt(lang, tokens, i);
  if (spoken) return spoken;
  let value: number | null = null;
  let last = i;
  let weak = false;
  if (DECADE.test(t.norm)) {
    const start = Number(t.norm.slice(0, 4));
    return { value: start + 5, low: start, high: start + 9, bound: 'range', first: i, last: i, decade: true };
  }
  if (DIGITS.test(t.norm)) {
    value = Number(t.norm.replace(/,/g, ''));
    // "1/2 percentage point", "to 1/2 percent": a fraction on its own (figuresInSentence lets one through only before a
    // percentage; elsewhere "1/2" is as likely a date).
    const fraction = text !== undefined ? bareFractionAt(tokens, text, i) : null;
    if (fraction) {
      value = fraction.value;
      last = fraction.last;
    }
    // "5½ months": a fraction character on the whole number (the tokens skip it).
    const vulgar = text !== undefined && DIGITS_ONLY.test(t.norm) ? VULGAR_FRACTIONS[text[t.end] ?? ''] : undefined;
    if (vulgar !== undefined) value += vulgar;
    // "22 1/2 years": a whole number and a fraction.
    const num = tokens[i + 1];
    const den = tokens[i + 2];
    if (
      text !== undefined &&
      num &&
      den &&
      DIGITS_ONLY.test(t.norm) &&
      num.start === t.end + 1 &&
      text[num.end] === '/' &&
      den.start === num.end + 1 &&
      /^\d$/.test(num.norm) &&
      ONE_OR_TWO_DIGITS.test(den.norm)
    ) {
      const [a, b] = [Number(num.norm), Number(den.norm)];
      if (a > 0 && a < b && b <= 16 && text[den.end] !== '/') {
        value += a / b;
        last = i + 2;
      }
    }
  } else if (DECIMAL_COMMA.test(t.norm) && (multiplierAt(lang, tokens[i + 1]) ?? 0) >= 1e6) {
    // "3,6 million people" (see DECIMAL_COMMA).
    value = Number(t.norm.replace(',', '.'));
  } else {
    const parts = t.norm.split('-');
    let sum = 0;
    let k = 0;
    // "twenty-five", and "seven-hour" / "twenty-five-year-old": number words, then the unit.
    for (; k < Math.min(2, parts.length); k++) {
      const n = lang.numberWords.get(parts[k] as string);
      if (n === undefined || (k === 1 && sum % 10 !== 0) || (k === 1 && n >= 10)) break;
      sum += n;
    }
    // "six-and-a-half", "two-and-a-half-year": a fraction joined on.
    if (k > 0) {
      for (const fr of lang.fractionTails) {
        if (fr.words.every((w, x) => parts[k + x] === w)) {
          sum += fr.value;
          k += fr.words.length;
          break;
        }
      }
    }
    // "ten-thousand dollars", "two-million": a multiplier joined on.
    if (k > 0) {
      for (let m = lang.multipliers.get(parts[k] ?? ''); m !== undefined && k < parts.length; m = lang.multipliers.get(parts[k] ?? '')) {
        sum *= m;
        k++;
      }
    }
    // "a half-century low", "a quarter-century": a share of a span of time.
    const share = k === 0 && parts.length === 2 ? lang.shareWords.get(parts[0] as string) : undefined;
    if (share !== undefined && lang.timeUnits.has(parts[1] as string))
      return { value: share, low: share, high: share, bound: 'exact', first: i, last: i, inner: parts[1] as string, weak: false };
    if (k === parts.length) {
      value = sum;
      weak = lang.weakNumberWords.has(t.norm);
    } else if (k === 1 && parts.length === 2 && (lang.ordinalWords?.has(parts[1] as string) ?? false)) {
      // "the twenty-seventh edition": an ordinal, no count.
      return null;
    } else if (k > 0 && parts.length - k <= 2 && LETTER_FIRST.test(parts[k] as string)) {
      return { value: sum, low: sum, high: sum, bound: 'exact', first: i, last: i, inner: parts.slice(k).join('-'), weak: false };
    } else if ((t.norm === 'a' || t.norm === 'an') && lang.multipliers.has(tokens[i + 1]?.norm ?? '')) {
      // "half a million": the share before the article is the number (not "a million").
      const share = i > 0 && !S_LAST.test(tokens[i - 1]?.norm ?? '') ? lang.shareWords.get(tokens[i - 1]?.norm ?? '') : undefined;
      if (share !== undefined) {
        const scaled = share * (lang.multipliers.get((tokens[i + 1] as Token).norm) as number);
        return { value: scaled, low: scaled, high: scaled, bound: 'exact', first: i - 1, last: i + 1, weak: false };
      }
      value = 1;
    } else if (
      (t.norm === 'a' || t.norm === 'an') &&
      lang.timeUnits.has(tokens[i + 1]?.norm ?? '') &&
      !S_LAST.test(tokens[i + 1]?.norm ?? '') &&
      (qualifierBefore(lang, tokens, i)?.bound ?? 'approx') !== 'approx'
    ) {
      // "more than a year", "nearly a decade", "over an hour": a bounded length of one unit (a bare "a year" is not
      // stated as a quantity: "once a year", "a year ago"; nor is "about a year", which may say what something is about).
      value = 1;
    } else if ((t.norm === 'a' || t.norm === 'an') && (lang.numberWords.get(tokens[i + 1]?.norm ?? '') ?? 0) > 1) {
      // "more than a dozen"
      value = lang.numberWords.get((tokens[i + 1] as Token).norm) as number;
      last = i + 1;
    }
  }
  if (value === null) return null;
  // "two and a half years": a fraction in words after the number.
  for (const fr of lang.fractionTails) {
    if (seq(tokens, last + 1, fr.words)) {
      value += fr.value;
      last += fr.words.length;
      break;
    }
  }
  // "two hundred", "1.5 million", "a hundred thousand"
  for (let m = multiplierAt(lang, tokens[last + 1]); m !== undefined; m = multiplierAt(lang, tokens[last + 1])) {
    value *= m;
    last++;
    weak = false;
    // "One hundred and four", "a hundred and forty-one": in words, "and" joins the tens and units to the hundreds.
    // ("two hundred forty-nine deaths", "one hundred seventy-four": or with no "and" at all.)
    const inWords = m === 100 && !DIGIT_FIRST.test(t.norm);
    const joinerNext = lang.numberJoiners.has(tokens[last + 1]?.norm ?? '');
    const rest = inWords ? belowHundred(lang, tokens[last + (joinerNext ? 2 : 1)]?.norm ?? '') : undefined;
    if (rest !== undefined) {
      value += rest;
      last += joinerNext ? 2 : 1;
      // ("three hundred and eighty two": the tens and the unit written apart, as a transcript or a release may print them.)
      const unit = rest >= 20 && rest % 10 === 0 ? lang.numberWords.get(tokens[last + 1]?.norm ?? '') : undefined;
      if (unit !== undefined && unit >= 1 && unit < 10) {
        value += unit;
        last++;
      }
    }
  }
  // "ever-$800 billion-a 9.3 percent increase": a dash typed as a hyphen with no spaces glues the next little word to the
  // multiplier, which still scales the number (the figure ends at the dash).
  const glued = tokens[last + 1]?.norm.split('-');
  const gluedScale = glued && glued.length === 2 && DIGIT_FIRST.test((tokens[last] as Token).norm) ? lang.multipliers.get(glued[0] as string) : undefined;
  if (gluedScale !== undefined && lang.stopwords.has(glued?.[1] as string)) {
    value *= gluedScale;
    last++;
    return { value, low: value, high: value, bound: 'exact', first: i, last, weak: false };
  }
  // "a 1.4-million-mile journey", "a 2-billion-year-old rock": a multiplier and the unit joined to a numeral by
  // hyphens, one compound adjective; the unit inside it is what the number counts, as in "a 12-mile walk".
  const joined = tokens[last + 1];
  if (joined && text !== undefined && text[joined.start - 1] === '-' && joined.start === (tokens[last] as Token).end + 1 && DIGIT_FIRST.test((tokens[last] as Token).norm)) {
    const parts = joined.norm.split('-');
    const m = lang.multipliers.get(parts[0] as string);
    if (m !== undefined && parts.length >= 2 && parts.length <= 3 && parts.slice(1).every((w) => LETTER_FIRST.test(w) && !lang.stopwords.has(w))) {
      const scaled = value * m;
      return { value: scaled, low: scaled, high: scaled, bound: 'exact', first: i, last: last + 1, inner: parts.slice(1).join('-'), weak: false };
    }
  }
  return { value, low: value, high: value, bound: 'exact', first: i, last, weak };
}

/**
 * A year said in words after a word of time ("shook Chile in nineteen sixty", "the fifth largest since nineteen hundred",
 * "won more only in two thousand at Salt Lake City"), as scripts read aloud print them: a year, not a count. (The century
 * and its tens, "nineteen sixty", "twenty twenty-two"; or a round century or "two thousand" with no noun after it: "in
 * two thousand homes" counts homes.)
 */
function spokenYearAt(lang: LangPack, tokens: readonly Token[], i: number): Read | null {
  if (!(lang.spokenYearLeads?.has(tokens[i - 1]?.norm ?? '') ?? false)) return null;
  const head = lang.numberWords.get(tokens[i]?.norm ?? '');
  if (head === undefined) return null;
  const year = (value: number, last: number): Read | null =>
    value >= SPOKEN_YEAR_FROM && value <= SPOKEN_YEAR_TO ? { value, low: value, high: value, bound: 'exact', first: i, last, weak: false, spokenYear: true } : null;
  // (Nothing counted after it: the end, a stop or a comma, or a little word that opens a phrase, "at", "and", "when".)
  const ends = (last: number): boolean => {
    const after = tokens[last + 1];
    return after === undefined || (lang.stopwords.has(after.norm) && !lang.functionWords.of.has(after.norm) && !lang.numberWords.has(after.norm));
  };
  const next = tokens[i + 1]?.norm ?? '';
  if (head > 10 && head <= 20) {
    const tens = belowHundred(lang, next);
    if (tens !== undefined && tens >= 10) return year(head * 100 + tens, i + 1);
    if (lang.multipliers.get(next) === 100 && ends(i + 1)) return year(head * 100, i + 1);
  }
  if (head === 2 && lang.multipliers.get(next) === 1000) {
    const joined = lang.numberJoiners.has(tokens[i + 2]?.norm ?? '') ? 1 : 0;
    const unit = lang.numberWords.get(tokens[i + 2 + joined]?.norm ?? '');
    if (unit !== undefined && unit >= 1 && unit < 20 && ends(i + 2 + joined)) return year(2000 + unit, i + 2 + joined);
    if (ends(i + 1)) return year(2000, i + 1);
  }
  return null;
}
const SPOKEN_YEAR_FROM = 1100;
const SPOKEN_YEAR_TO = 2099;

/** A number under a hundred in words: "four", "forty", "forty-one" (undefined for anything else). */
function belowHundred(lang: LangPack, norm: string): number | undefined {
  const [a, b, ...more] = norm.split('-');
  const tens = lang.numberWords.get(a ?? '');
  if (tens === undefined || tens >= 100 || more.length > 0) return undefined;
  if (b === undefined) return tens;
  const units = lang.numberWords.get(b);
  return units !== undefined && tens >= 20 && tens % 10 === 0 && units < 10 ? tens + units : undefined;
}

/**
 * The status a count of cases is given with: the last status word between the number and the noun ("152 suspected cases",
 * "107 suspected hospitalized cases"), else one a few words after it ("189 cases have been hospitalized"); null for none.
 */
function caseStatus(lang: LangPack, tokens: readonly Token[], last: number, noun: number): string | null {
  let found: string | null = null;
  for (let k = last + 1; k < noun; k++) found = lang.caseStatuses.get((tokens[k] as Token).norm) ?? found;
  if (found) return found;
  for (let k = noun + 1; k <= noun + 3 && k < tokens.length; k++) {
    const w = (tokens[k] as Token).norm;
    const status = lang.caseStatuses.get(w);
    if (status) return status;
    if (!lang.beForms.has(w) && !lang.auxiliaries.has(w)) return null;
  }
  return null;
}

/**
 * What befell the things a count counts ("1,779 houses are destroyed", "514 damaged", "destroyed more than 1,000 homes", "3,000
 * partially damaged buildings", "homes destroyed or damaged"): the status after the number or its noun, else a verb of damage
 * right before the number; two statuses joined by "or"/"and" are one status of their own. null for none.
 */
function damageStatus(lang: LangPack, text: string, tokens: readonly Token[], first: number, last: number, noun: number | undefined): string | null {
  const statuses = lang.damageStatuses;
  if (!statuses) return null;
  const norm = (k: number): string => tokens[k]?.norm ?? '';
  const one = (k: number): string | null => {
    const s = statuses.get(norm(k));
    return s ? (lang.damageDegrees?.get(norm(k - 1)) ?? s) : null;
  };
  // (The other status of "destroyed or damaged", two words on in the direction read.)
  const joined = (k: number, step: 1 | -1): string | null => {
    const s = one(k);
    if (!s) return null;
    const other = (lang.pairJoiners?.has(norm(k + step)) ?? false) ? one(k + 2 * step) : null;
    return other && other !== s ? [s, other].sort().join('+') : s;
  };
  const end = noun !== undefined && noun > last ? noun : last;
  for (let k = last + 1; k < end; k++) {
    const s = joined(k, 1);
    if (s) return s;
  }
  for (let k = end + 1; k <= end + 3 && k < tokens.length; k++) {
    const s = joined(k, 1);
    if (s) return s;
    const w = norm(k);
    if (!lang.beForms.has(w) && !lang.auxiliaries.has(w) && !lang.damageDegrees?.has(w) && !lang.incrementAfter?.has(w)) break;
  }
  let k = first - 1;
  while (k > first - 3 && lang.damageGap?.has(norm(k))) k--;
  // (A verb that governs the number, with nothing but spaces between: not "have been destroyed – hundreds more damaged".)
  const between = text.slice(tokens[k]?.end ?? 0, tokens[first]?.start ?? 0);
  return /^[\s\p{L}]*$/u.test(between) ? joined(k, -1) : null;
}

// readShare runs on every token: its helpers live here, not as closures made on each call.
const shareOfAt = (lang: LangPack, tokens: readonly Token[], k: number): boolean => lang.shareOf.has(tokens[k]?.norm ?? '');
const shareCount = (lang: LangPack, w: string): number | undefined =>
  w === 'a' || w === 'an' ? 1 : (lang.numberWords.get(w) ?? (ONE_OR_TWO_DIGITS.test(w) ? Number(w) : undefined));

/** The part of a word before its first hyphen (the word itself without one), without splitting every word. */
function firstPart(norm: string): string {
  const dash = norm.indexOf('-');
  return dash < 0 ? norm : norm.slice(0, dash);
}

/**
 * A share of one percentage point written without "of", from token i: "half a percentage point", "a quarter point",
 * "a half-point", "quarter-point cuts" (the fraction, and the last token). The shares and the words after them are the
 * language's (LangPack.pointShares, pointTails).
 */
function pointShare(lang: LangPack, tokens: readonly Token[], i: number): { fraction: number; last: number } | null {
  const shares = lang.pointShares;
  if (!shares) return null;
  const indefinite = (w: string | undefined): boolean => indefiniteArticle(lang, w);
  const article = indefinite((tokens[i] as Token).norm);
  const at = article ? i + 1 : i;
  const word = tokens[at]?.norm ?? '';
  // "quarter-point", "half-percentage-point": a share and a tail without its article, joined by hyphens.
  const joined = word.includes('-') ? joinedPointSharesOf(lang).get(word) : undefined;
  if (joined !== undefined) return { fraction: joined, last: at };
  // (Only the plain shares, not joined ones: "a third point" is an order.)
  const fraction = word.includes('-') ? undefined : shares.get(word);
  // (A share that stands alone, "half a point", needs no article; any other does: "a quarter point", not "the quarter point"
  // of a season.)
  const bare = lang.pointSharesBare?.has(word) ?? false;
  if (fraction === undefined || (!bare && !article) || (bare && article && indefinite(tokens[at + 1]?.norm))) return null;
  const tail = lang.pointTails.find((w) => (bare && !article ? indefinite(w[0]) : !indefinite(w[0])) && seq(tokens, at + 1, w));
  return tail ? { fraction, last: at + tail.length } : null;
}

/** "a", "an": an article that is not a definite determiner. */
function indefiniteArticle(lang: LangPack, w: string | undefined): boolean {
  return w !== undefined && lang.grammaticalArticles.has(w) && !lang.definiteDeterminers.has(w);
}

/** Each share joined by hyphens to a tail without its article ("quarter-point", "half-percentage-point"), with its fraction. */
const joinedPointSharesOf = perLang((lang): ReadonlyMap<string, number> => {
  const out = new Map<string, number>();
  for (const [share, fraction] of lang.pointShares ?? []) for (const tail of lang.pointTails) if (!indefiniteArticle(lang, tail[0])) out.set([share, ...tail].join('-'), fraction);
  return out;
});

/** "the first half", "the latter half": a half at i that is a span of time, not a share. */
function periodHalfAt(lang: LangPack, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.norm ?? '';
  return (lang.ordinalWords?.has(prev) ?? false) || (lang.periodHalves?.has(prev) ?? false);
}

/**
 * A share written in words, starting at token i: "a third of", "one-third of", "two thirds of",
 * "half of", "half the", "one in five" (a fraction of 1, and the tokens it covers).
 */
function readShare(lang: LangPack, tokens: readonly Token[], i: number): { fraction: number; first: number; last: number } | null {
  const t = tokens[i] as Token;
  const next = tokens[i + 1]?.norm ?? '';
  // "one in five adults", "1 in 4 voters".
  if (next === lang.shareIn) {
    const n = shareCount(lang, t.norm);
    const m = shareCount(lang, tokens[i + 2]?.norm ?? '');
    const after = tokens[i + 3];
    if (n !== undefined && t.norm !== 'a' && t.norm !== 'an' && m !== undefined && n < m && m <= 100 && after && LETTER_FIRST.test(after.text) && !lang.stopwords.has(after.norm)) {
      return { fraction: n / m, first: i, last: i + 2 };
    }
    // (Not "one in five": "cut by half in the countries it serves" may still be a share, below.)
  }
  // "one out of every 10 children", "one child in ten": the whole after words that part it from the share's count.
  const n1 = lang.grammaticalArticles.has(t.norm) ? undefined : shareCount(lang, t.norm);
  if (n1 !== undefined) {
    let k = i + 1;
    const out = lang.shareOutOf ?? [];
    // (Only with "every": "31 out of 35 states" counts states, as a part and its whole.)
    if (out.length > 0 && seq(tokens, k, out) && (lang.shareEvery?.has(tokens[k + out.length]?.norm ?? '') ?? false)) k += out.length + 1;
    else if (LOWER_WORD.test(tokens[k]?.text ?? '') && !lang.stopwords.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === lang.shareIn) {
      k += 2;
      // (Not "27 goals in 41 appearances": a plural counted, and a word after the whole, count two things, the goals and
      // the games they came in. "Nearly one child in ten works" counts one of each ten.)
      const plural = lang.isPlural((tokens[i + 1] as Token).norm);
      if (plural && LOWER_WORD.test(tokens[k + 1]?.text ?? '') && !lang.stopwords.has(tokens[k + 1]?.norm ?? '')) k = -1;
      // (Nor "18 people in 24 hours": a span of time after the number is when they were counted, not a whole they are part of.)
      if (k > 0 && lang.timeUnits.has(tokens[k + 1]?.norm ?? '')) k = -1;
    } else k = -1;
    const m = k > 0 ? shareCount(lang, tokens[k]?.norm ?? '') : undefined;
    if (m !== undefined && n1 < m && m <= 100) return { fraction: n1 / m, first: i, last: k };
  }
  // "one-third of", "two-thirds of".
  // (Most words have no hyphen: they are not split.)
  const parts = t.norm.includes('-') ? t.norm.split('-') : null;
  if (parts && parts.length === 2) {
    const n = shareCount(lang, parts[0] as string);
    const f = lang.shareWords.get(parts[1] as string);
    if (n !== undefined && f !== undefined && n * f < 1 && lowestTerms(n, f) && shareOfAt(lang, tokens, i + 1)) return { fraction: n * f, first: i, last: i };
    return null;
  }
  // "half of", "half the"; a change by half ("cut by half", "fell by more than half", "by nearly half").
  // ("the first half of 2023", "the latter half of 2020" is a span of the year, not a share.)
  const own = lang.shareWords.get(t.norm);
  if (
    own !== undefined &&
    !S_LAST.test(t.norm) &&
    own === 1 / 2 &&
    tokens[i - 1]?.norm !== 'a' &&
    !periodHalfAt(lang, tokens, i) &&
    (shareOfAt(lang, tokens, i + 1) || byHalf(lang, tokens, i))
  ) {
    return { fraction: own, first: i, last: i };
  }
  // "a third of", "two thirds of".
  const n = shareCount(lang, t.norm);
  const f = lang.shareWords.get(next);
  if (n !== undefined && f !== undefined && n * f < 1 && lowestTerms(n, f) && shareOfAt(lang, tokens, i + 2)) return { fraction: n * f, first: i, last: i + 1 };
  return null;
}

/** "by half", "by more than half", "by nearly half": "by" before the share, with at most a qualifier between. */
function byHalf(lang: LangPack, tokens: readonly Token[], i: number): boolean {
  if (!lang.shareBy) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = tokens[k] as Token;
    if (t.norm === lang.shareBy) return k === i - 1 || qualifierBefore(lang, tokens, i)?.first === k + 1;
  }
  return false;
}

/** "two thirds" is a share; "two quarters of negative growth" (2/4, never said for a half) counts quarters. */
function lowestTerms(n: number, f: number): boolean {
  let a = n;
  let b = Math.round(1 / f);
  while (b) [a, b] = [b, a % b];
  return a === 1;
}

function qualifierBefore(lang: LangPack, tokens: readonly Token[], first: number): { bound: 'lower' | 'upper' | 'approx'; first: number; limit: boolean } | null {
  for (const q of lang.qualifiers) {
    const at = first - q.words.length;
    if (at >= 0 && seq(tokens, at, q.words)) {
      // "projections moving up to 3.40%", "revised up to 5%": a move to a new value, not a ceiling.
      if (q.bound === 'upper' && lang.movesBeforeUpTo.has(tokens[at - 1]?.norm ?? '') && seq(tokens, at, ['up', 'to'])) return null;
      return { bound: q.bound, first: at, limit: q.limit === true };
    }
  }
  return null;
}

function isUnitCandidate(lang: LangPack, t: Token): boolean {
  return LETTER_FIRST.test(t.text) && !lang.stopwords.has(t.norm) && !(lang.scopeAdverbs?.has(t.norm) ?? false);
}

/** The class a unit noun is compared in; unknown nouns are their own class. */
export function unitClassOf(lang: LangPack, unit: string): string {
  const direct = lang.unitClasses.get(unit);
  if (direct) return direct;
  // A singular before a noun ("a 12-member jury") is in the class of its plural ("12 members").
  const plural = lang.unitClasses.get(`${unit}s`);
  if (plural) return plural;
  // ("a 10-month-old baby" beside "the 10-month-old infant": a singular whose plural is not the singular and an "s", "babies".)
  const other = singularUnitsOf(lang).get(unit);
  if (other) return lang.unitClasses.get(other) as string;
  for (const [word, cls] of longUnitsOf(lang)) if (unit.endsWith(word)) return cls;
  return lemma(lang, unit);
}

/** The units of five letters or more with their classes, in the lexicon's order: a list made once per pack, walked without making an entry per unit. */
const longUnitsOf = perLang((lang): readonly (readonly [string, string])[] => [...lang.unitClasses].filter(([word]) => word.length >= 5));

/** The singular of each plural the unit classes know, with that plural ("death" → "deaths"): what "one" counts. */
const singularUnitsOf = perLang((lang) => {
  const out = new Map<string, string>();
  for (const [w] of lang.unitClasses) {
    if (!lang.isPlural(w)) continue;
    const one = lang.singularOf(w);
    if (one !== w && !lang.unitClasses.has(one) && !lang.timeUnits.has(one)) out.set(one, w);
  }
  return out;
});

/**
 * A line in title case ("Five Major Banks Agree to Parent-Level Guilty Pleas"): its capitals say nothing of names, so a
 * capitalised plural is a plain noun. (Most words of four letters or more capitalised, at least three of them.)
 */
const TITLE_CASE = new WeakMap<readonly Token[], boolean>();
function titleCase(tokens: readonly Token[]): boolean {
  let known = TITLE_CASE.get(tokens);
  if (known === undefined) {
    const long = tokens.filter((t) => t.text.length >= 4 && LETTER_FIRST.test(t.text));
    known = long.length >= 3 && long.filter((t) => CAPITAL_FIRST.test(t.text)).length >= TITLE_SHARE * long.length;
    TITLE_CASE.set(tokens, known);
  }
  return known;
}
const TITLE_SHARE = 0.8;

function findUnit(lang: LangPack, tokens: readonly Token[], after: number, vague: boolean, text: string, one = false): { index: number; unit: string } | null {
  let j = after + 1;
  if (vague && tokens[j]?.norm === 'of') j++;
  // "nine of the cases", "ten of those victims": a part of a whole, counting the same thing.
  else if (!vague && partitive(lang, tokens, after)) j += 2;
  // "1.5C", "1.5°C", "1.5 °C": a temperature scale's capital letter on the number (a spaced "C" is not one).
  const letter = tokens[after + 1];
  const scale = letter ? lang.temperatureLetters.get(letter.text) : undefined;
  if (letter && scale && ['', '°', ' °'].includes(text.slice((tokens[after] as Token).end, letter.start))) return { index: after + 1, unit: scale };
  for (let k = 0; k < 4 && j < tokens.length; k++, j++) {
    const t = tokens[j] as Token;
    // "scored 24, becoming one of…": what follows a comma or a bracket is not what the number counts.
    if (/[,;:()[\]—–]/.test(text.slice((tokens[j - 1] as Token).end, t.start))) return null;
    // "120 low- and middle-income countries", "40 short- or long-term loans": a suspended hyphen leaves its word to the
    // compound after "and"/"or"; both qualify the noun that follows them.
    if (/^-\s/.test(text.slice(t.end, t.end + 2)) && (lang.pairJoiners?.has(tokens[j + 1]?.norm ?? '') ?? false) && tokens[j + 2]?.norm.includes('-')) {
      j += 2;
      continue;
    }
    // "50 U.S. states": an initialism qualifies the noun after it.
    const initialism = INITIALISM.exec(text.slice(t.start, t.start + 12));
    if (initialism) {
      const end = t.start + initialism[0].length;
      while (j + 1 < tokens.length && (tokens[j + 1] as Token).start < end) j++;
      continue;
    }
    // "17 official shelters", "two official refugee camps": a singular of a noun the classes know, right before a plural
    // (or before another such singular), qualifies it; the plural is what the number counts. (Not after "one", which
    // counts the singular.)
    const plain = tokens[j + 1];
    if (
      !one &&
      lang.unitClasses.has(`${t.norm}s`) &&
      !lang.isPlural(t.norm) &&
      /^\s+$/.test(text.slice((tokens[j - 1] as Token).end, t.start)) &&
      plain &&
      plain.start === t.end + 1 &&
      isUnitCandidate(lang, plain) &&
      ((PLAIN_PLURAL.test(plain.text) && lang.isPlural(plain.norm)) || (lang.unitClasses.has(`${plain.norm}s`) && LOWER_WORD.test(plain.text)))
    )
      continue;
    if (lang.unitClasses.has(t.norm) || lang.timeUnits.has(t.norm)) return { index: j, unit: t.norm };
    // ("about 1,200 last year and 900 this year": a time phrase after the number says when, not what it counts.)
    if ((lang.timeDeixis?.has(t.norm) ?? false) && lang.timeUnits.has(tokens[j + 1]?.norm ?? '')) return null;
    // ("one death", "one child death": the singular of a plural the classes know, after "one".)
    const oneOf = one ? singularUnitsOf(lang).get(t.norm) : undefined;
    if (oneOf !== undefined) return { index: j, unit: oneOf };
    // "the 17-mile-long pipeline", "a 20-foot-wide hole": the unit before the adjective of size it makes.
    const [measure, size, ...rest] = t.norm.split('-');
    if (k === 0 && rest.length === 0 && size !== undefined && (lang.sizeAdjectives?.has(size) ?? false) && lang.unitClasses.has(measure as string))
      return { index: j, unit: measure as string };
    // "a 12-member jury", "a five-judge panel": the noun joined to the number by a hyphen is what it counts.
    if (k === 0 && isUnitCandidate(lang, t) && text.slice((tokens[j - 1] as Token).end, t.start) === '-' && LOWER_WORD.test(t.text)) return { index: j, unit: t.norm };
    // "16 reported cases", "40 confirmed infections": a participle before a noun the engine knows.
    const noun = tokens[j + 1];
    if (/ed$/.test(t.norm) && noun && lang.unitClasses.has(noun.norm) && !/[,;:()]/.test(text.slice(t.end, noun.start))) continue;
    // "21 named storms", "1.95 million registered voters": a participle right before a plain plural the engine does not
    // know is still what the number counts (not a state of people, "500 injured tourists", which tolls read).
    if (k === 0 && /ed$/.test(t.norm) && !lang.peopleStates.has(t.norm) && noun && noun.start === t.end + 1 && PLAIN_PLURAL.test(noun.text) && isUnitCandidate(lang, noun))
      continue;
    // (Not an initialism, "UBS".)
    if (CAPITAL_FIRST.test(t.text) && /\p{Ll}/u.test(t.text) && lang.isPlural(t.norm) && !lang.stopwords.has(t.norm) && titleCase(tokens)) return { index: j, unit: t.norm };
    // A name or code as a modifier ("16 COVID-19 cases", "200 Tesla cars"): the noun comes after it.
    const after = tokens[j + 1];
    // "50 Olympic and Paralympic sports": two names joined by "and" qualify the noun after them.
    if (k < 2 && CAPITAL_FIRST.test(t.text) && after && (lang.pairJoiners?.has(after.norm) ?? false) && CAPITAL_FIRST.test(tokens[j + 2]?.text ?? '')) {
      j++;
      continue;
    }
    // (A capital before a little word is the noun itself: "5,000 Guardsmen were sent", "12 Democrats voted".)
    if (
      CAPITAL_FIRST.test(t.text) &&
      after &&
      after.start <= t.end + 1 &&
      (DIGIT_FIRST.test(after.text) || (LOWER_FIRST.test(after.text) && !lang.stopwords.has(after.norm) && !(S_LAST.test(t.norm) && /(?:ing|ed)$/.test(after.norm)))) &&
      k < 3
    ) {
      if (DIGIT_FIRST.test(after.text)) j++;
      continue;
    }
    // "128,000 new jobs", "400 additional troops": an adjective of addition before what is counted. ("144 current and former
    // Members": two of them joined by "and" or "or".)
    if (lang.countAdjectives.has(t.norm) && k < 3) continue;
    if (k > 0 && k < 3 && (lang.pairJoiners?.has(t.norm) ?? false) && lang.countAdjectives.has(tokens[j - 1]?.norm ?? '') && lang.countAdjectives.has(tokens[j + 1]?.norm ?? ''))
      continue;
    // "four 6.3 magnitude earthquakes", "two 500-pound bombs": a number that measures each of the things counted stands
    // between the count and its noun; the plural noun after the measure is what is counted.
    if (k === 0 && DIGIT_FIRST.test(t.text) && /^\s+$/.test(text.slice((tokens[j - 1] as Token).end, t.start))) {
      for (let m = j + 1; m < Math.min(tokens.length, j + 4); m++) {
        const w = tokens[m] as Token;
        if (!/^[\s-]+$/.test(text.slice((tokens[m - 1] as Token).end, w.start)) || !LOWER_WORD.test(w.text)) break;
        // (The measure has its word, "magnitude", "-pound": "in 2024 25 cases" is a year, then a count of its own.)
        if (PLAIN_PLURAL.test(w.text) && isUnitCandidate(lang, w) && (m > j + 1 || t.norm.includes('-'))) return { index: m, unit: w.norm };
      }
    }
    if (!isUnitCandidate(lang, t) || /ed$/.test(t.norm)) return null;
    const next = tokens[j + 1];
    const nounEnds = !next || !isUnitCandidate(lang, next) || next.start > t.end + 1;
    // (A capitalised plural before a participle is the noun: "165 Democrats voting".)
    // (The pack says which words in -s are plurals, not "virus", "crisis", "previous"; a possessive, "people's", ends the noun too.)
    const plural = S_LAST.test(t.norm) && (lang.isPlural(t.norm) || POSSESSIVE_END.test(t.norm)) && (!CAPITAL_FIRST.test(t.text) || /(?:ing|ed)$/.test(next?.norm ?? ''));
    // "three powerful (6.3 magnitude) earthquakes", "three destructive 6.3 magnitude earthquakes": a describing word cut
    // off from its noun by an aside in brackets or by a measure; the plural noun after the aside is what is counted.
    if (!plural && nounEnds && next && LOWER_WORD.test(t.text) && !lang.unitClasses.has(t.norm)) {
      const gap = text.slice(t.end, next.start);
      const aside = /^\s*\($/.test(gap) || (/^\s+$/.test(gap) && DIGIT_FIRST.test(next.text));
      for (let m = j + 2; aside && m < Math.min(tokens.length, j + 6); m++) {
        const w = tokens[m] as Token;
        if (/[,;:[\]—–]/.test(text.slice((tokens[m - 1] as Token).end, w.start))) break;
        if (PLAIN_PLURAL.test(w.text) && isUnitCandidate(lang, w)) return { index: m, unit: w.norm };
      }
    }
    if (!plural && nounEnds && LOWER_WORD.test(t.text) && !lang.unitClasses.has(t.norm)) {
      const head = coordinatedHead(lang, tokens, j, text);
      if (head) return head;
    }
    if (plural || nounEnds) return { index: j, unit: t.norm };
  }
  return null;
}

/**
 * "68 million individual and small business accounts", "400 male and female workers": a singular joined by "and" or
 * "or" to words that end in a plural qualifies that plural with them, so the plural is what is counted (a count of
 * accounts, not of individuals). Only when a word stands between the joiner and the plural: "1,000 police and
 * firefighters" joins two counted nouns.
 */
function coordinatedHead(lang: LangPack, tokens: readonly Token[], at: number, text: string): { index: number; unit: string } | null {
  const joiner = tokens[at + 1];
  if (!joiner || !(lang.pairJoiners?.has(joiner.norm) ?? false)) return null;
  for (let m = at + 2; m < Math.min(tokens.length, at + 6); m++) {
    const w = tokens[m] as Token;
    if (!/^\s+$/.test(text.slice((tokens[m - 1] as Token).end, w.start)) || !LOWER_WORD.test(w.text) || !isUnitCandidate(lang, w)) return null;
    if (!PLAIN_PLURAL.test(w.text)) continue;
    const next = tokens[m + 1];
    const ends = !next || !isUnitCandidate(lang, next) || next.start > w.end + 1;
    return m > at + 2 && ends ? { index: m, unit: w.norm } : null;
  }
  return null;
}

/**
 * A length that is the window another figure is counted over ("in a 12-month period ending April
 * 2021", "the 12 months to April", "prices rose 12% in two years"): the last token it covers, or
 * null when it is a length of its own ("a 12-month ban", "jailed for 12 months"). (After a count it is one: "killed 58
 * people in less than 10 minutes" gives how long the killing took, a length outlets restate. So after a share with no
 * word of change: "Four (7%) of 54 patients died within 30 days".)
 */
function windowEnd(lang: LangPack, tokens: readonly Token[], text: string, first: number, end: number, before: readonly Figure[]): number | null {
  const noun = lang.windowNouns.has(tokens[end + 1]?.norm ?? '');
  const last = noun ? end + 1 : end;
  const datedAt = (k: number): boolean => {
    for (let j = k; j <= k + 1 && j < tokens.length; j++) {
      const t = tokens[j] as Token;
      if (lang.months.has(t.norm) || DIGIT_FIRST.test(t.norm)) return true;
    }
    return false;
  };
  // ("lasted twelve days, from 1 to 12 September": set off by a comma, the dates say when the span was, not up to when a change ran.)
  const setOff = tokens[last + 1] !== undefined && text.slice((tokens[last] as Token).end, (tokens[last + 1] as Token).start).includes(',');
  if (!setOff && lang.windowEnds.some((w) => seq(tokens, last + 1, w) && datedAt(last + 1 + w.length))) return last;
  const pre = tokens[first - 1]?.norm ?? '';
  const pre2 = tokens[first - 2]?.norm ?? '';
  const opened = lang.windowPrepositions.has(pre);
  const openedWithWord = (lang.grammaticalArticles.has(pre) || lang.determiners.has(pre) || lang.numberWords.has(pre)) && lang.windowPrepositions.has(pre2);
  if (noun && (opened || openedWithWord)) return last;
  // "its largest hike in nearly three decades": after a record the span is how long since it last happened (a
  // quantity outlets restate), not the window a change was measured over ("rose 5% in 12 months").
  const record = (): boolean => {
    for (let k = first - 2; k >= Math.max(0, first - 5); k--) if (lang.recordWords.has((tokens[k] as Token).norm)) return true;
    return false;
  };
  if (opened && before.some((f) => f.kind === 'percent') && tokens.some((t) => lang.changeWords.has(t.norm)) && !record()) return last;
  return null;
}

/**
 * A span of time that says how long until something, not how long a thing lasts: "22 days from now", "23 days
 * left", or "in 22 days" / "within 30 days" in a clause that looks ahead ("to avoid a shutdown in 22 days" after
 * "we need", "will expire within 30 days"). ("It was built in 22 days" looks back: a length.)
 */
function timeUntil(lang: LangPack, v: View, first: number, end: number): boolean {
  const { tokens } = v;
  const until = lang.untilSpans;
  if (until.after.some((w) => seq(tokens, end + 1, w))) return !until.lengthPrepositions.has(tokens[first - 1]?.norm ?? '');
  if (!until.prepositions.has(tokens[first - 1]?.norm ?? '')) return false;
  // ("we'll" is one token: its ending is the word.)
  const ahead = (norm: string): boolean => until.ahead.has(norm) || until.ahead.has(norm.slice(norm.search(/['’][a-z]+$/)));
  for (let k = first - 2; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (CLAUSE_GAP.test(v.text.slice(t.end, (tokens[k + 1] as Token).start))) break;
    if (ahead(t.norm)) return true;
  }
  return false;
}

/** Whether the number ending at token `last` is followed by "of the", "of those" (a part of something named after). */
function partitive(lang: LangPack, tokens: readonly Token[], last: number): boolean {
  const det = tokens[last + 2]?.norm ?? '';
  return lang.partitiveOf.has(tokens[last + 1]?.norm ?? '') && (lang.grammaticalArticles.has(det) || lang.determiners.has(det)) && det !== 'a' && det !== 'an';
}

function dateAround(lang: LangPack, tokens: readonly Token[], r: Read, text: string): { first: number; last: number; value: number } | null {
  const prev = tokens[r.first - 1];
  const next = tokens[r.last + 1];
  const yearAfter = (k: number): number | null => {
    const t = tokens[k];
    return t && YEAR_TOKEN.test(t.norm) ? Number(t.norm) : null;
  };
  // A day is written in digits: a number in words after a month's name counts something ("in October, four quakes struck").
  const inDigits = /\d/.test(tokens[r.first]?.text ?? '');
  // A span of days set with a dash: "7-9 September 2024" (the month after the second day dates both), "March 24–27, 2023",
  // "April 16 -17" (the month before the first).
  const dashed = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && DAY_DASH.test(text.slice(a.end, b.start));
  const own = tokens[r.first];
  if (r.first === r.last && inDigits && dayOfMonth(own)) {
    const afterDay = tokens[r.last + 1];
    const monthNext = tokens[r.last + 2];
    if (dayOfMonth(afterDay) && dashed(own, afterDay) && Number(afterDay?.norm) > r.value && monthNext && lang.months.has(monthNext.norm))
      return { first: r.first, last: r.last, value: (yearAfter(r.last + 3) ?? 0) * 10000 + (lang.months.get(monthNext.norm) as number) * 100 + r.value };
    const beforeDay = tokens[r.first - 1];
    const monthPrev = tokens[r.first - 2];
    if (dayOfMonth(beforeDay) && dashed(beforeDay, own) && Number(beforeDay?.norm) < r.value) {
      if (next && lang.months.has(next.norm)) {
        const y = yearAfter(r.last + 2);
        return { first: r.first, last: y ? r.last + 2 : r.last + 1, value: (y ?? 0) * 10000 + (lang.months.get(next.norm) as number) * 100 + r.value };
      }
      if (monthPrev && lang.months.has(monthPrev.norm)) {
        const y = yearAfter(r.last + 1);
        return { first: r.first, last: y ? r.last + 1 : r.last, value: (y ?? 0) * 10000 + (lang.months.get(monthPrev.norm) as number) * 100 + r.value };
      }
    }
  }
  if (r.value >= 1 && r.value <= 31 && Number.isInteger(r.value) && inDigits) {
    // (Not across a comma, unless a year follows: "Since 25 September, 16 deaths have been reported" counts deaths; "March,
    // 31, 2019" is a date typed with a stray comma.)
    if (prev && lang.months.has(prev.norm) && (!text.slice(prev.end, (tokens[r.first] as Token).start).includes(',') || yearAfter(r.last + 1) !== null)) {
      const y = yearAfter(r.last + 1);
      const month = lang.months.get(prev.norm) as number;
      return { first: r.first - 1, last: y ? r.last + 1 : r.last, value: (y ?? 0) * 10000 + month * 100 + r.value };
    }
    if (next && lang.months.has(next.norm)) {
      const y = yearAfter(r.last + 2);
      const month = lang.months.get(next.norm) as number;
      return { first: r.first, last: y ? r.last + 2 : r.last + 1, value: (y ?? 0) * 10000 + month * 100 + r.value };
    }
    // The first of two days of one month ("on 7 and 11 October"): the month after the second day dates both.
    const monthAfter = pairedDayMonth(lang, next, tokens[r.last + 2], tokens[r.last + 3]);
    if (monthAfter !== null) return { first: r.first, last: r.last, value: (yearAfter(r.last + 4) ?? 0) * 10000 + monthAfter * 100 + r.value };
    // The second of two days after one month ("On July 15 and 16, a team screened…"): the month before the first day dates both.
    // ("Between March 3 and 14 people died": a noun after the number makes it a count.)
    const counted = next !== undefined && /^\p{Ll}+$/u.test(next.text) && !lang.stopwords.has(next.norm);
    const monthBefore = counted ? null : pairedDayMonth(lang, tokens[r.first - 1], tokens[r.first - 2], tokens[r.first - 3]);
    if (monthBefore !== null) {
      const y = yearAfter(r.last + 1);
      return { first: r.first, last: y ? r.last + 1 : r.last, value: (y ?? 0) * 10000 + monthBefore * 100 + r.value };
    }
    // A later day of a list after one month ("convene on September 16, 17, 19, 20 and 23"): the month before the first day
    // dates them all.
    const listMonth = counted ? null : listedDayMonth(lang, tokens, text, r.first);
    if (listMonth !== null) return { first: r.first, last: r.last, value: listMonth * 100 + r.value };
  }
  return null;
}

/**
 * The month of a list of days the day at `k` ends, each day after a comma (or "and") and larger than the one before, the
 * first day right after the month's name: "September 16, 17, 19" gives September for 17 and 19. ("On November 24, 9 people
 * died": a smaller number is no later day.)
 */
function listedDayMonth(lang: LangPack, tokens: readonly Token[], text: string, k: number): number | null {
  let j = k;
  while (j >= 2) {
    const day = tokens[j] as Token;
    const before = tokens[j - 1] as Token;
    const joined = /^,\s*$/.test(text.slice(before.end, day.start)) || ((lang.pairJoiners?.has(before.norm) ?? false) && dayOfMonth(tokens[j - 2]));
    const at = (lang.pairJoiners?.has(before.norm) ?? false) ? j - 2 : j - 1;
    const prevDay = tokens[at] as Token;
    if (!joined || !dayOfMonth(prevDay) || Number(prevDay.norm) >= Number(day.norm)) return null;
    j = at;
    const month = tokens[j - 1];
    if (month && lang.months.has(month.norm) && /^\s+$/.test(text.slice(month.end, prevDay.start))) return lang.months.get(month.norm) ?? null;
  }
  return null;
}

/** A dash between the two days of a span, set close or with one space: "24–27", "16 -17". */
const DAY_DASH = /^\s?[-–—]\s?$/u;

/** "and 11 October" (or "July 15 and", read backwards): a joiner of two days, the other day in digits and its month's number. */
function pairedDayMonth(lang: LangPack, joiner: Token | undefined, day: Token | undefined, month: Token | undefined): number | null {
  // ("from 4 to 5 August 2020", "1 to 12 September", "August 4 through 9": the ends of a span of days.)
  const joins = joiner !== undefined && ((lang.pairJoiners?.has(joiner.norm) ?? false) || (lang.dayRangeJoiners?.has(joiner.norm) ?? false));
  if (!joiner || !month || !joins || !dayOfMonth(day)) return null;
  return lang.months.get(month.norm) ?? null;
}

/** A day of a month written in digits: "5", "31". */
function dayOfMonth(t: Token | undefined): boolean {
  return t !== undefined && DAY_TOKEN.test(t.norm) && Number(t.norm) <= 31;
}

/** A day of the month written as an ordinal ("17th", "21st"): the number and its suffix. */
const ORDINAL_DAY = /^(\d{1,2})(\p{L}{2})$/u;

/** A journal's volume and issue just before a number, "73(34):" or "73(34);": the number is its pages. */
const CITED_PAGES = /\d\(\d{1,3}\)[:;]\s?(?:\d+[-–])?$/;
/** "…49 of them seriously.[1]:13 Among…": an encyclopedia's footnote mark with the page it cites. */
const FOOTNOTE_PAGE = /\[\d{1,3}\]:$/;

/** A member of Congress's party and state just before a number: "D-Calif.-", "R-N.Y.-", "D-CA-". */
const MEMBER_DISTRICT = /\b[DRI]-[A-Z][A-Za-z.]{1,8}-$/;

/** A side of a vote or a game's score is below this: a chamber's votes, a match's points. */
const MAX_SCORE_SIDE = 1000;

/** A year, month and day run together in eight digits: "20210705". */
const DIGIT_DATE = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

/** A day of the month written in digits ("7", "11"). */
const DAY_TOKEN = /^[1-9]\d?$/;

export interface FigureContext {
  /** Lemmatised content words of the figure's sentence, for comparing subjects. */
  words: string[];
  /** For a span before or after something, what it counts from ("three weeks after the cyclone": cyclone). */
  anchor?: string;
  /** A count of a set the story has named ("the three countries", "all five crew"). */
  definite?: boolean;
  /** The same, within a few words of the figure: "troops near the Ukrainian border". */
  near: string[];
  /** What ties the figure to another event: a year other than the article's, "last year", "previous". */
  markers?: string[];
  /** Places and other names near the figure, and words that set its scope ("nationwide", "in total"). */
  places?: string[];
  scope?: string[];
  /** The sentence presents the figure as one update of a changing count ("has risen to"). */
  update?: boolean;
  /** The sentence gives the count as made so far ("so far", "to date"): a later one may be higher without contradicting it. */
  running?: boolean;
  /** Who the sentence says gave the figure, in its content words ("interior ministry"); null if no one. */
  source?: string | null;
  /**
   * Whose figure it is: the name that is the subject of its clause ("Labour won 412 seats", "the
   * Conservatives … , winning 121 seats"), lemmatised; empty when no name is found.
   */
  owner?: string[];
  /** The owner is named in the figure's own clause (not carried over from an earlier one). */
  ownerNear?: boolean;
  /**
   * What kind of figure it is beside a result: 'forecast' (a projection or poll: "an exit poll forecast
   * of 410 seats", "projected to win 61") or 'target' (a threshold: "the 326 seats needed for a
   * majority"); absent for a result.
   */
  stance?: 'forecast' | 'target' | 'request';
  /**
   * A bar each of several items passes, not one sum ("19 states received more than $1 billion", "$2 million each"):
   * the count of items is the quantity, so the bar is grouped with nothing.
   */
  bar?: boolean;
  /** The window a change in a share is measured over ("over the last 12 months"): not a quantity, grouped with nothing. */
  window?: boolean;
  /**
   * The days the sentence dates its figures to (see sentenceTimes): "d:YYYYMMDD" for a date it writes (year 0 when
   * not written), "w:N" for a weekday (0 Monday), "r:N" for a day counted from the article's own ("yesterday" -1).
   */
  times?: string[];
  /**
   * For a percentage, the period its change is measured over ('year', 'month', 'quarter', 'annualized'; see
   * periodOf), and whether only a weaker cue gives it: a reference month or quarter ("rose 1.3% in June"), which an
   * outlet may also write beside a twelve-month change, the month of the value it is set against ("up from 1.0% in
   * May"), or "seasonally adjusted".
   */
  period?: string;
  periodWeak?: boolean;
  /**
   * The sentence's names written as capitals ("FAA"), and the initials of its names written out ("Federal Aviation
   * Administration": faa), lemmatised: an outlet naming the agency one way and another outlet the other way name one thing.
   */
  acronyms?: string[];
  initials?: string[];
}

/** Figures found in one sentence, in the text `at` (the sentence with what surrounds it). */
interface View extends SentenceView {
  year: number | null;
}

/** A sentence's figures, offsets relative to the sentence; `partOf` holds an index into `figures`. */
interface Template {
  figures: Figure[];
  contexts: FigureContext[];
  partOf: number[];
  conversionOf: number[];
  /** Model names met in the sentence ("737|max"): the same number before the same word is a name all through the article. */
  models: string[];
}

/**
 * Words one of which a sentence without a digit must hold to state a figure: a number word, a scale, a unit of time ("a
 * decade", "decades-long"), a share ("half"), a vague amount ("dozens", by its last word) or a multiple ("twice"). Most
 * sentences hold none, and are spared the figure reader (which finds nothing in them, having no other way to start one).
 */
const figureWordsOf = perLang(
  (lang) =>
    new Set<string>([
      ...lang.numberWords.keys(),
      ...lang.multipliers.keys(),
      ...lang.timeUnits.keys(),
      ...lang.shareWords.keys(),
      ...lang.vagueQuantities.map((q) => q.words[q.words.length - 1] as string),
      ...(lang.timesWords?.factors.keys() ?? []),
      ...(lang.ranks?.ordinals.keys() ?? []),
    ]),
);

function mayStateFigures(lang: LangPack, text: string, tokens: readonly Token[]): boolean {
  if (HAS_DIGIT.test(text)) return true;
  const words = figureWordsOf(lang);
  for (const t of tokens) {
    if (words.has(t.norm)) return true;
    if (t.norm.includes('-') && t.norm.split('-').some((w) => words.has(w))) return true;
  }
  return false;
}

/** What such a sentence states, one for all of them (frozen: nothing may add to it). */
const NO_FIGURES: Template = Object.freeze({ figures: [], contexts: [], partOf: [], conversionOf: [], models: [] }) as unknown as Template;

export interface FoundFigures {
  figures: Figure[];
  /** The context of each figure, in the same order. */
  contexts: FigureContext[];
  /** The sentence index (in the article) of each figure, in the same order. */
  sentences: number[];
}

/**
 * Figures of one article, with the context words figure groups compare. A sentence's figures
 * depend on its text, the two characters either side of it (links, ISO dates) and the
 * article's year, so they are worked out once per distinct combination and copied.
 */
export function findFigures(lang: LangPack, p: PreparedArticle, out: FoundFigures = { figures: [], contexts: [], sentences: [] }): FoundFigures {
  const text = p.article.text;
  const aid = p.article.id;
  let n = 0;
  const from = out.figures.length;
  const models = new Set<string>();
  // A table's unit line ("In millions, except percentages and per share amounts") scales the bare sums of
  // the rows under it: "$33,671" there is $33,671 million. The rows are lines without closing punctuation;
  // the first sentence of prose ends the table.
  let scale = 1;
  // A table's column of percents loses its sign after the first row ("9.1% 9.6% Nov. 1981" / "Food" / "10.4 10.5
  // Feb. 1981"): rows of numbers under a row with percents, with only row labels between, are percents too.
  let percentRows = false;
  for (let si = 0; si < p.sentences.length; si++) {
    const ps = p.sentences[si] as PreparedSentence;
    const row = numberRow(lang, ps.sentence.text);
    if (row === 'percent') percentRows = true;
    else if (row === null && !isCellText(lang, ps.sentence.text) && (ps.words > LABEL_LINE || /\d/.test(ps.sentence.text) || STOP_END.test(ps.sentence.text))) percentRows = false;
    if (STOP_END.test(ps.sentence.text)) scale = 1;
    else {
      const toks = ps.info.tokens;
      const unitLine = ps.words <= 16 ? lang.tableScales.find((ts) => toks.slice(0, 4).some((_, k) => seq(toks, k, ts.words))) : undefined;
      if (unitLine) scale = unitLine.scale;
    }
    // A long unpunctuated line deep in the page is a headline linking to another story: its figures
    // are that story's (the page's own headline, near the top, and short crossheads are kept).
    // A caption's figures are the picture's ("a CH-47 helicopter", its date), not the story's.
    // (A row of a table under its unit line is no such headline: "Diluted earnings per share (EPS)$3.67 $3.88 (5)%".)
    if (ps.debris || ps.caption || (ps.heading && !ps.tableRow && si >= 3 && ps.words >= 10 && scale === 1)) continue;
    const s = ps.sentence;
    let tpl: Template;
    if (!mayStateFigures(lang, s.text, ps.info.tokens)) tpl = NO_FIGURES;
    else if (s.end - s.start === s.text.length) {
      const key = contextKey(text, s.start, s.end, p.year);
      const memo = (ps.info.figures ??= new Map()) as Map<number, Template>;
      let found = memo.get(key);
      if (!found) {
        // Two characters either side, standing for the ones in the article (see contextKey).
        const pre2 = key & 4 ? '0' : ' ';
        const pre = ' -0'[key & 3] as string;
        const post = ' /-0'[(key >> 3) & 3] as string;
        const post2 = key & 32 ? '0' : ' ';
        const tokens = ps.info.tokens.map((t) => ({ text: t.text, norm: t.norm, start: t.start + 2, end: t.end + 2 }));
        found = template(lang, { text: pre2 + pre + s.text + post + post2, start: 2, end: 2 + s.text.length, sentence: s.text, tokens, year: p.year });
        memo.set(key, found);
      }
      tpl = found;
    } else {
      // Offsets that do not match the text: work in the article itself, as given.
      const tokens = ps.info.tokens.map((t) => ({ text: t.text, norm: t.norm, start: t.start + s.start, end: t.end + s.start }));
      tpl = template(lang, { text, start: s.start, end: s.end, sentence: s.text, tokens, year: p.year });
    }
    const delta = s.start;
    for (const m of tpl.models) models.add(m);
    for (let j = 0; j < tpl.figures.length; j++) {
      const t = tpl.figures[j] as Figure;
      // A statute's section, a law report's page, a case number (prep.ts): no quantity.
      if (ps.info.references.length > 0 && ps.info.references.some(([a, b]) => t.start < b && t.end > a)) continue;
      const f: Figure = { ...t };
      f.id = `${aid}.f${n + j}`;
      f.article = aid;
      f.sentenceId = s.id;
      f.sentence = s.text;
      f.start = t.start + delta;
      f.end = t.end + delta;
      if (t.parts) f.parts = t.parts.slice();
      // (Per-share amounts keep their cents, "$3.67", and are not scaled; nor are sums with their own "bn".)
      if (scale !== 1 && f.kind === 'money' && /\d$/.test(f.text) && !/\.\d/.test(f.text)) {
        f.value *= scale;
        f.low *= scale;
        if (f.high !== null) f.high *= scale;
      }
      if (percentRows && row === 'bare' && f.kind === 'count' && !f.unit && f.bound === 'exact') {
        f.kind = 'percent';
        f.unit = f.unitClass = f.subject = 'percent';
      }
      const part = tpl.partOf[j] as number;
      if (part >= 0) f.partOf = `${aid}.f${n + part}`;
      const conv = tpl.conversionOf[j] as number;
      if (conv >= 0) f.conversionOf = `${aid}.f${n + conv}`;
      out.figures.push(f);
      // (A row of numbers under its label reads by the label as a lone cell does: "Food at home" / "12.2 12.3 Apr. 1979".)
      const cell = (tpl.figures.length === 1 && isCellText(lang, ps.sentence.text)) || (row !== null && f.kind !== 'date' && f.kind !== 'year') ? tableCell(lang, p, si, f) : null;
      if (cell === 'change') {
        // "+210" under a count: a change since last time, not the count itself.
        out.figures.pop();
        continue;
      }
      out.contexts.push(cell ?? (tpl.contexts[j] as FigureContext));
      out.sentences.push(si);
    }
    n += tpl.figures.length;
  }
  if (models.size > 0) dropModelNames(text, out, from, models);
  return out;
}

/** The article names a model ("the 737 MAX") somewhere: its other mentions ("Boeing's 737 MAX airline customers") are names too. */
function dropModelNames(text: string, out: FoundFigures, from: number, models: ReadonlySet<string>): void {
  let w = from;
  for (let r = from; r < out.figures.length; r++) {
    const f = out.figures[r] as Figure;
    const next = /^\s(\p{L}+)/u.exec(text.slice(f.end, f.end + 40));
    const isModel = f.kind === 'count' && DIGITS_ONLY.test(f.text) && next !== null && models.has(`${f.text}|${(next[1] as string).toLowerCase()}`);
    if (isModel) continue;
    out.figures[w] = f;
    out.contexts[w] = out.contexts[r] as FigureContext;
    out.sentences[w] = out.sentences[r] as number;
    w++;
  }
  out.figures.length = w;
  out.contexts.length = w;
  out.sentences.length = w;
}

/** A row of a table flattened into a line of numbers and nothing else but months ("10.4 10.5 Feb. 1981"): whether any has a percent sign; null for any other line. */
function numberRow(lang: LangPack, text: string): 'percent' | 'bare' | null {
  const cells = text.match(/[+\-−–]?\d[\d,.]*\s?%?/g) ?? [];
  if (cells.length < 2) return null;
  const rest = text.replace(/[+\-−–]?\d[\d,.]*\s?%?/g, ' ').match(/\p{L}+/gu) ?? [];
  // (Months may be cut short: "Mar.", "Sept.")
  const month = (w: string): boolean => lang.months.has(w) || (w.length >= 3 && [...lang.months.keys()].some((m) => m.startsWith(w)));
  if (rest.some((w) => !month(w.toLowerCase()))) return null;
  return cells.some((c) => c.trim().endsWith('%')) ? 'percent' : 'bare';
}

/** A line that is a number and nothing else ("412", "+210", "33.8%", "1.85 million"): a cell of a table that lost its layout. */
function isCellText(lang: LangPack, text: string): boolean {
  const m = /^\s*[+\-−–]?[$£€]?\d[\d,.]*\s*(%|\p{L}+)?\s*$/u.exec(text);
  return m !== null && (m[1] === undefined || m[1] === '%' || lang.multipliers.has(m[1].toLowerCase()));
}

const SHORT_LINE = 6;
/** The most words a label line of a box of numbers may have ("Estimated Number of People in Need of Assistance in the South"). */
const LABEL_LINE = 12;

type BoxLine = 'number' | 'label' | null;

/** A line of a box of numbers: a bare unsigned number, or a label (words only, no closing punctuation); else neither. */
function boxLine(lang: LangPack, p: PreparedArticle, k: number): BoxLine {
  const ps = p.sentences[k];
  if (!ps || ps.debris) return null;
  const text = ps.sentence.text.trim();
  if (isCellText(lang, text)) return /^[+\-−–]/.test(text) ? null : 'number';
  if (!HAS_LETTER.test(text) || /\d/.test(text) || STOP_END.test(text) || ps.words > LABEL_LINE) return null;
  return 'label';
}

/**
 * The label of a number in a box where each number stands on its own line ABOVE its label
 * ("602" / "Deaths in the north" / "344" / "Deaths in the south"), as fact sheets print their
 * "at a glance" boxes: the line after it, or null when the box reads the usual way, label first.
 * The box is a run of lines alternating number and label with at least two numbers. It reads
 * number-first when it starts with a number and ends with a label; when it starts AND ends with a
 * label, the first one is the box's title and the last is the last number's label, unless the line
 * after the run holds figures (then that last label heads the next table: "Cases" / "222" /
 * "Deaths" / "2" / "Hospitalizations" / "<5: 28%") or the line breaks tie each number to the line
 * above it ("Cases\n222\n\nDeaths\n2").
 */
function labelBelow(lang: LangPack, p: PreparedArticle, si: number): number | null {
  if (boxLine(lang, p, si + 1) !== 'label') return null;
  // A box may credit each label to its source on a line of its own ("84,800" / "People Affected" / "UN – February 2022"):
  // that line stands between one item and the next and is stepped over.
  const noteAfterLabel = (k: number): boolean => boxLine(lang, p, k - 1) === 'label' && sourceNote(p, k);
  const prevLine = (k: number): number => (k - 1 >= 0 && noteAfterLabel(k - 1) ? k - 2 : k - 1);
  const nextLine = (k: number): number => (noteAfterLabel(k + 1) ? k + 2 : k + 1);
  const alternates = (k: number, next: number): boolean => {
    const a = boxLine(lang, p, k);
    return a !== null && a !== boxLine(lang, p, next);
  };
  let first = si;
  while (prevLine(first) >= 0 && alternates(prevLine(first), first)) first = prevLine(first);
  let last = si;
  while (nextLine(last) < p.sentences.length && alternates(nextLine(last), last)) last = nextLine(last);
  if (boxLine(lang, p, last) !== 'label') return null;
  let numbers = 0;
  for (let k = first; k <= last; k++) if (boxLine(lang, p, k) === 'number') numbers++;
  if (numbers < 2) return null;
  // (A source line closes each item under its label, so a box with them reads number-first whatever comes after it.)
  let noted = false;
  for (let k = first; k <= last; k++) if (noteAfterLabel(k + 1)) noted = true;
  if (boxLine(lang, p, first) === 'label' && !noted) {
    const after = p.sentences[last + 1];
    if (after && /\d/.test(after.sentence.text)) return null;
    if (tiedAbove(p, first, last)) return null;
  }
  return si + 1;
}

/** The most words of a line that credits a box's figure to its source and date ("UN – February 2022"). */
const NOTE_LINE = 5;

/** A short line of words that ends in a year, with no closing punctuation: a source and date under a box's label. */
function sourceNote(p: PreparedArticle, k: number): boolean {
  const ps = p.sentences[k];
  if (!ps || ps.debris || ps.words > NOTE_LINE) return false;
  const text = ps.sentence.text.trim();
  const last = /(\d+)$/.exec(text);
  return HAS_LETTER.test(text) && !STOP_END.test(text) && last !== null && YEAR_TOKEN.test(last[1] as string) && (text.match(/\d+/g) ?? []).length === 1;
}

/**
 * The counted noun of a label line: the last unit word before its place ("Official Confirmed Deaths
 * in the North": deaths, not official; "Estimated Number of People in Need": people), else the first.
 */
function labelUnit(lang: LangPack, label: PreparedSentence): string | null {
  const toks = label.info.tokens;
  const place = toks.findIndex((t) => lang.placePrepositions.has(t.norm));
  const head = place < 0 ? toks : toks.slice(0, place);
  const unit = [...head].reverse().find((t) => lang.unitClasses.has(t.norm)) ?? toks.find((t) => lang.unitClasses.has(t.norm));
  return unit?.norm ?? null;
}

/** Some number of the run [first, last] sits closer to the line above it than to the one below (fewer line breaks between). */
function tiedAbove(p: PreparedArticle, first: number, last: number): boolean {
  const text = p.article.text;
  const breaks = (a: number, b: number): number => {
    const gap = text.slice((p.sentences[a] as PreparedSentence).sentence.end, (p.sentences[b] as PreparedSentence).sentence.start);
    return (gap.match(/\n/g) ?? []).length;
  };
  for (let k = first + 1; k < last; k += 2) if (breaks(k - 1, k) < breaks(k, k + 1)) return true;
  return false;
}

/**
 * A table cell's context, from the lines around it: the row label (the nearest line of words
 * before it: "Labour"), a year line right before it ("2019" / "32.1%": another election), and the
 * caption and notes of the table (the run of short lines it sits in: "Seats by party", "Declared
 * seats from …"), which say what it counts and whether it is a running count. 'change' for a
 * signed cell ("+210").
 */
function tableCell(lang: LangPack, p: PreparedArticle, si: number, f: Figure): FigureContext | 'change' | null {
  const text = (p.sentences[si] as PreparedSentence).sentence.text.trim();
  if (/^[+\-−–]/.test(text)) return 'change';
  const lineOf = (k: number): PreparedSentence | undefined => p.sentences[k];
  const short = (k: number): boolean => {
    const s = lineOf(k);
    return s !== undefined && s.words <= SHORT_LINE && s.heading !== undefined && !/[.!?]["”']?$/.test(s.sentence.text.trim());
  };
  const hasLetters = (k: number): boolean => HAS_LETTER.test(lineOf(k)?.sentence.text ?? '');
  let label: PreparedSentence | null = null;
  const below = labelBelow(lang, p, si);
  if (below !== null) label = lineOf(below) as PreparedSentence;
  for (let k = si - 1; !label && k >= 0 && k >= si - 4 && short(k); k--) {
    if (hasLetters(k)) {
      label = lineOf(k) as PreparedSentence;
      break;
    }
  }
  if (!label) return null;
  let from = si;
  while (from - 1 >= 0 && short(from - 1)) from--;
  let to = si;
  while (to + 1 < p.sentences.length && (short(to + 1) || (lineOf(to + 1)?.words ?? 99) <= SHORT_LINE + 2)) {
    to++;
    if (!short(to)) break;
  }
  const lemmas = (ps: PreparedSentence): string[] => ps.info.tokens.filter((t) => LETTER_FIRST.test(t.text) && !lang.stopwords.has(t.norm)).map((t) => lemma(lang, t.norm));
  const owner = lemmas(label).filter((w) => !lang.ownerGeneric.has(w));
  const words = new Set(owner);
  let update = false;
  // The number's own label names what it counts ("Deaths"), else the table's caption ("Seats by party" over "Harbour Party").
  let unit = labelUnit(lang, label);
  for (let k = from; k <= to; k++) {
    const ps = lineOf(k) as PreparedSentence;
    if (ps.info.tokens.some((t) => lang.updateWords.has(t.norm))) update = true;
    if (unit === null && below === null && k < si) {
      const u = ps.info.tokens.find((t) => lang.unitClasses.has(t.norm));
      if (u) unit = u.norm;
    }
  }
  const markers: string[] = [];
  const prev = lineOf(si - 1)?.sentence.text.trim() ?? '';
  if (YEAR_TOKEN.test(prev) && Number(prev) !== p.year) {
    markers.push(prev);
    if (p.year !== null && Number(prev) <= p.year - 10) markers.push('old');
  }
  if (f.kind === 'count' && !f.unit && unit) {
    f.unit = unit;
    f.unitClass = unitClassOf(lang, unit);
    f.subject = unit;
    // A label's noun may say what befell the people ("Confirmed Deaths"), as "602 deaths" would in prose.
    const state = lang.peopleStates.get(unit);
    if (state) f.unitClass = `people-${state}`;
  }
  if (unit) words.add(lemma(lang, unit));
  return { words: [...words], near: [...words], markers, places: [], scope: [], update, source: null, owner, ownerNear: owner.length > 0 };
}

/** A char code of a digit (NaN, outside the text, is not). */
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * What a sentence's figures depend on beyond its text, as in links and ISO dates: whether the
 * character before it is a slash or dash (1) or a digit (2), the one before that a digit (4),
 * the one after it a slash (8), a dash (16) or a digit (24), the next a digit (32); and the
 * article's year ("eight years ago"), from bit 6 up.
 */
function contextKey(text: string, start: number, end: number, year: number | null): number {
  // Char codes: NaN outside the text, which is neither.
  const c1 = text.charCodeAt(start - 1);
  const c2 = text.charCodeAt(start - 2);
  const a1 = text.charCodeAt(end);
  const a2 = text.charCodeAt(end + 1);
  return (
    (c1 === 47 || c1 === 45 ? 1 : isDigitCode(c1) ? 2 : 0) |
    (isDigitCode(c2) ? 4 : 0) |
    ((a1 === 47 ? 1 : a1 === 45 ? 2 : isDigitCode(a1) ? 3 : 0) << 3) |
    (isDigitCode(a2) ? 32 : 0) |
    (year === null ? 0 : (year + 1) * 64)
  );
}

/**
 * Without the ages that bound a group of people ("children aged 5 to 11 years", "those aged 70 and over", "between the ages
 * of 1 and 4"): a band names who is counted, as "adults" does, and is no quantity of the story. One person's age, "a man aged
 * 40", is still read.
 */
function withoutAgeBands(lang: LangPack, tokens: readonly Token[], found: Figure[]): Figure[] {
  const leads = lang.ageBandLeads;
  if (!leads || found.length === 0) return found;
  const drop = new Set<Figure>();
  for (let j = 0; j < found.length; j++) {
    const f = found[j] as Figure;
    if (f.kind !== 'count' && f.kind !== 'duration') continue;
    const [first, last] = tokenRange(tokens, f);
    const before = tokens[first - 1]?.norm ?? '';
    const banded = f.bound === 'range' || f.bound === 'upper' || f.bound === 'lower';
    // "between the ages of 1 and 4": the band's two ends are read as two numbers.
    const between = lang.functionWords.of.has(before) && leads.has(tokens[first - 2]?.norm ?? '') && lang.rangeJoiners.has(tokens[last + 1]?.norm ?? '');
    if (!leads.has(before) && !between) continue;
    const open = (lang.ageBandTails ?? []).some((tail) => seq(tokens, last + 1, tail));
    if (!banded && !open && !between) continue;
    drop.add(f);
    const next = found[j + 1];
    if (between && next && tokenRange(tokens, next)[0] === last + 2) drop.add(next);
  }
  return drop.size ? found.filter((f) => !drop.has(f)) : found;
}

/** The figures of one sentence, offsets made relative to the sentence start. */
function template(lang: LangPack, v: View): Template {
  const base = v.start;
  const models: string[] = [];
  const found = withoutAgeBands(lang, v.tokens, figuresInSentence(lang, v, models));
  const times = [...timesWordFigures(lang, v, found), ...rankFigures(lang, v, found)];
  if (times.length > 0) {
    found.push(...times);
    found.sort((a, b) => a.start - b.start);
  }
  const contexts = new Map<string, FigureContext>();
  let n = 0;
  // Who gives the figures and whether they are updates depend on the sentence, not the figure.
  // ("So far, monitors have established the names of 27 people…": a count that is still being made.)
  const running = found.length > 0 && v.tokens.some((_, k) => (lang.runningPhrases ?? []).some((ph) => seq(v.tokens, k, ph)));
  const sentenceFrame =
    found.length > 0
      ? {
          source: sourceOf(lang, v),
          update: v.tokens.some((t) => lang.updateWords.has(t.norm)),
          times: sentenceTimes(lang, v, found),
          ...(running ? { running } : null),
          ...namesAsInitials(lang, v.tokens),
        }
      : null;
  // Near words stay out of another clause that gives a figure of the same kind: in a list ("a penalty of $243.6
  // million, compensation payments of $1.77 billion, …") the next item's words describe the next figure.
  const clauses = clausesOf(v);
  const clauseKinds = new Map<number, Set<Figure['kind']>>();
  for (const f of found) {
    const at = v.tokens.findIndex((t) => t.start >= f.start);
    if (at < 0) continue;
    const c = clauses[at] as number;
    const kinds = clauseKinds.get(c) ?? new Set<Figure['kind']>();
    kinds.add(f.kind);
    clauseKinds.set(c, kinds);
  }
  let spans: PeriodSpan[] | undefined;
  for (const f of found) {
    f.id = String(n++);
    contexts.set(f.id, {
      words: contextWords(lang, v.tokens, f),
      near: contextWords(lang, v.tokens, f, NEAR_RADIUS, (k, first) => clauses[k] !== clauses[first] && (clauseKinds.get(clauses[k] as number)?.has(f.kind) ?? false)),
      ...frameOf(lang, v, f, found),
      ...sentenceFrame,
      ...stanceOf(lang, v, f),
      ...(f.kind === 'percent' && !f.conversionOf ? periodOf(lang, v.tokens, f, found, clauses, (spans ??= periodSpans(lang, v.tokens, clauses))) : null),
      ...(f.kind === 'duration' && changeWindow(lang, v.tokens, f, found) ? { window: true } : null),
      ...(f.kind === 'offset' ? offsetAnchor(lang, v.tokens, f) : null),
      ...(f.kind === 'count' && lang.definiteDeterminers.has(v.tokens[tokenRange(v.tokens, f)[0] - 1]?.norm ?? '') ? { definite: true } : null),
    });
    // The whole of "410 of the 650 seats" is no forecast, whatever the part is.
    if (f.unitClass.endsWith('-whole')) delete (contexts.get(f.id) as FigureContext).stance;
    // The size of a change ("raised rates by 75 basis points") is what "raised" describes, not one update of a
    // changing count: two sizes that differ are two changes (this rise and the one a dissenter wanted).
    if (f.unitClass === 'percentage-points') (contexts.get(f.id) as FigureContext).update = false;
  }
  markConversions(v, found);
  markFractions(lang, v, found);
  linkParts(lang, v, found, () => String(n++), contexts);
  const partOf: number[] = [];
  const conversionOf: number[] = [];
  for (const f of found) {
    f.start -= base;
    f.end -= base;
    partOf.push(f.partOf === undefined ? -1 : Number(f.partOf));
    conversionOf.push(f.conversionOf === undefined ? -1 : Number(f.conversionOf));
  }
  return { figures: found, contexts: found.map((f) => contexts.get(f.id) as FigureContext), partOf, conversionOf, models };
}

/**
 * The days a sentence dates its figures to: the dates it writes ("As of 15 August", "as of August 22, 2021"), the
 * weekdays it names ("by Tuesday") and days counted from the article's ("yesterday evening"). A weekday that names
 * an event rather than a moment ("Saturday's earthquake", "last Saturday") is left out. figureGroups resolves them
 * against the article's date: two counts dated to different days are a count that changed.
 */
function sentenceTimes(lang: LangPack, v: View, found: readonly Figure[]): string[] {
  const out: string[] = [];
  const tokens = v.tokens;
  // "Since the declaration of the outbreak on 27 September and as of 17 October, 43 have recovered": the first date after
  // "since" starts the span the figures are counted over; the day they were given is another.
  const spanStarts = new Set<Figure>();
  for (let k = 0; k < tokens.length; k++) {
    if (!lang.spanStartWords.has((tokens[k] as Token).norm)) continue;
    const at = (tokens[k] as Token).end;
    const first = found.filter((f) => f.kind === 'date' && f.start >= at).sort((a, b) => a.start - b.start)[0];
    if (first && !/[.;:]/.test(v.text.slice(at, first.start))) spanStarts.add(first);
  }
  for (const f of found) if (f.kind === 'date' && !spanStarts.has(f)) out.push(`d:${f.value}`);
  const days = [...lang.dayNames];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const rel = lang.relativeDays?.get(t.norm);
    if (rel !== undefined) {
      out.push(`r:${rel}`);
      continue;
    }
    const w = days.indexOf(t.norm);
    if (w < 0) continue;
    const next = tokens[k + 1];
    const prev = tokens[k - 1]?.norm ?? '';
    if (/^['’]s$/.test(next?.text ?? '') || POSSESSIVE_END.test(t.text) || prev === 'last' || prev === 'next' || prev === 'every') continue;
    out.push(`w:${w}`);
  }
  return out;
}

const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₩': 'KRW', '₹': 'INR', '₽': 'RUB', '₺': 'TRY' };
const DOLLAR_PREFIX: Record<string, string> = { US: 'USD', A: 'AUD', AU: 'AUD', C: 'CAD', CA: 'CAD', HK: 'HKD', NZ: 'NZD', S: 'SGD', NT: 'TWD', R: 'BRL' };
/** A currency symbol (with its prefix: "US$", "HK$") right before a number. */
const SYMBOL_BEFORE = /(?:\b(US|AU?|CA?|HK|NZ|NT|S|R))?([$£€¥₩₹₽₺])\s?$/;
/** The dollar sign with its country after it, as Australian and New Zealand outlets write it ("$US9 billion", "$NZ5m"). */
const DOLLAR_THEN_PREFIX = /\$(US|AU?|CA?|HK|NZ|NT|S)\s?$/;
const LETTER = /\p{L}/u;
const UPPER = /^\p{Lu}/u;
/** An initialism written with stops ("U.S.", "U.N."), at the start of the text given. */
const INITIALISM = /^(?:\p{Lu}\.){2,}(?=\s)/u;

/** A percent sign or word right after a number ("24.2%", "24.2 per cent"). */
const PERCENT_AFTER = /^(?:\s?%|\s(?:per\s?cent|percent)\b)/i;

/** A word in capitals throughout, two letters or more: an acronym ("NGC", "ISS"). */
const ACRONYM_WORD = /^\p{Lu}{2,}$/u;

function isDigitToken(t: Token | undefined): boolean {
  if (!t) return false;
  const c = t.norm.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * "in public and private schools.1 Five decades of …": a footnote's number on a sentence's full stop,
 * before the next sentence, or ending the text when the sentence splitter kept it with its sentence.
 */
function footnoteMark(text: string, t: Token): boolean {
  return text[t.start - 1] === '.' && LETTER.test(text[t.start - 2] ?? ' ') && ONE_OR_TWO_DIGITS.test(t.norm) && /^(?:\s+\p{Lu}|\s*$)/u.test(text.slice(t.end, t.end + 3));
}

/**
 * "…THC-containing products (1).", "the toll rose to 34 [3],": a small number alone in brackets at the end of a clause is a
 * reference to a source; "the Muhamasheen,3 persons": one set against a word's comma with no space is a note's mark (a count
 * after a comma has its space).
 */
function referenceMark(text: string, t: Token): boolean {
  // ("…arrested in 2008.[1][2][3] He pleaded…", "the toll[13] was": a small number alone in square brackets marks a note.)
  if (t.norm.length <= 3 && text[t.start - 1] === '[' && text[t.end] === ']') return true;
  // ("The report (1) describes…, (2) assesses…", "(2)the NFL Wild Card": a small number in brackets before the words of an
  // item numbers the item, when it is one of a series, "(1)… (2)…", or opens its line: "Deaths (12) rose" is a count in
  // brackets.)
  if (t.norm.length <= 2 && ENUMERATOR.test(text.slice(Math.max(0, t.start - 2), t.end + 3))) {
    const n = Number(t.norm);
    if (
      /^\s*$/.test(
        text
          .slice(Math.max(0, t.start - 40), t.start - 1)
          .split('\n')
          .pop() ?? '',
      ) ||
      text.includes(`(${n + 1})`) ||
      (n > 1 && text.includes(`(${n - 1})`))
    )
      return true;
  }
  if (t.norm.length <= 3 && REFERENCE_MARK.test(text.slice(Math.max(0, t.start - 3), t.start)) && /^[)\]](?:[.,;:]|\s*$)/u.test(text.slice(t.end, t.end + 2))) return true;
  return t.norm.length <= 2 && /\p{L}[,;:]$/u.test(text.slice(Math.max(0, t.start - 2), t.start));
}

/**
 * "fountains at fissure 3 were…", "lava issuing from fissure 3.": a small whole number right after a singular noun in lower
 * case, with nothing counted after it (a verb or a stop follows), names the thing ("fissure 3", "vent 2") rather than
 * counting it. (Not after a verb, "killed 3", "rose 4": its endings, a little word or a measure before a number say so.)
 */
function bareLabelAt(lang: LangPack, v: View, i: number): boolean {
  const { tokens, text } = v;
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (!prev || !/^\d{1,3}$/.test(t.text) || text.slice(prev.end, t.start) !== ' ' || !/^\p{Ll}{3,}$/u.test(prev.text)) return false;
  const w = prev.norm;
  if (
    lang.maybeVerbForm(prev.text, w) ||
    lang.isPlural(w) ||
    lang.isProgressiveForm(w) ||
    lang.isAdverbForm(w) ||
    lang.stopwords.has(w) ||
    lang.measuresBefore.has(w) ||
    lang.currencyWords.has(w) ||
    lang.numberWords.has(w)
  )
    return false;
  // ("climbed past 500", "users below 13": a bound. A name opens its phrase: "at fissure 3", "(table 1)", "an update 1".)
  if (lang.qualifiers.some((q) => q.words[q.words.length - 1] === w) || lang.placePrepositions.has(w)) return false;
  const before = tokens[i - 2];
  if (before && !lang.stopwords.has(before.norm) && !UPPER.test(before.text) && !/[(,]/.test(text.slice(before.end, prev.start))) return false;
  // ("would accept 60, or…", "they need 12.": after a modal, "to" or a subject pronoun the word is a verb.)
  const b = before?.norm ?? '';
  if (lang.modals.has(b) || lang.auxiliaries.has(b) || lang.functionWords.to.has(b) || lang.clauseSubjects.has(b)) return false;
  if (lang.attributionVerbs.has(w) || lang.changeWords.has(w) || lang.pastForms.has(w) || lang.comparisonWords?.has(w) || lang.unitClasses.has(w) || lang.timeUnits.has(w))
    return false;
  const next = tokens[i + 1];
  const gap = next ? text.slice(t.end, next.start) : text.slice(t.end);
  if (next && !/[.,;:)]/.test(gap)) return lang.beForms.has(next.norm) || lang.auxiliaries.has(next.norm) || lang.modals.has(next.norm);
  return /^\s*[.,;:)]/.test(gap) || (next === undefined && /^\s*$/.test(gap));
}

/** A word that labels the number after it ("phase", "flight", "train"), and is not a verb after "to" or a modal. */
function labelAt(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  if (!lang.labelsBefore.has(tokens[k]?.norm ?? '')) return false;
  const before = tokens[k - 1]?.norm ?? '';
  // ("raised the alert from phase 5 to phase 6, the highest": after "to" the word still labels when no object follows the number.)
  const after = tokens[k + 2];
  if (lang.functionWords.to.has(before) && (after === undefined || lang.stopwords.has(after.norm))) return true;
  return !(lang.functionWords.to.has(before) || lang.modals.has(before));
}

/** Degrees (and their minutes and seconds) of a latitude or longitude, with or without the sign ("37°36′48″N", "19°28'30\" N"). */
const DEGREE_THEN = /^\s?°\s?(?:\d|\p{Lu}(?![\p{L}\d]))/u;
const AFTER_DEGREE = /\d\s?°\s?(?:\d{1,2}\s?['′]\s?)?$/u;
const COMPASS_AFTER = /^\s?°?\s?(\p{Lu})(?![\p{L}\d])/u;
const FOUR_DECIMALS = /^\d{1,3}\.\d{4,}$/;

/**
 * A number that places something on a map, not a quantity: degrees before a compass letter or their minutes, minutes and
 * seconds after degrees ("37°36′48″N"), or a latitude and longitude each followed by its compass letter or word
 * ("28.84 N, 82.19 E", "28.84 degrees north"). (Not "38.4 °C": the letter of a temperature is no compass letter.)
 */
function coordinatePart(lang: LangPack, v: View, i: number): boolean {
  const axes = lang.compassAxes;
  if (!axes || !mayPlace(lang, v)) return false;
  const { tokens, text } = v;
  const t = tokens[i] as Token;
  // ("37°36′48″N 122°21′52″W / 37.61333; -122.36444": in a line of coordinates, a decimal to four places or more is one too.)
  if (text.includes('°') && FOUR_DECIMALS.test(t.text)) return true;
  const degree = DEGREE_THEN.exec(text.slice(t.end, t.end + 4));
  if (degree && (/\d$/.test(degree[0]) || axes.has(degree[0].slice(-1)))) return true;
  if (AFTER_DEGREE.test(text.slice(Math.max(0, t.start - 9), t.start))) return true;
  // A latitude and a longitude: each followed by its letter or by degrees and its word, one of each axis, close together.
  const axisOf = (k: number): string | undefined => {
    const u = tokens[k];
    const m = u ? COMPASS_AFTER.exec(text.slice(u.end, u.end + 4)) : null;
    const letter = m ? axes.get(m[1] as string) : undefined;
    if (letter) return letter;
    const unit = tokens[k + 1];
    const word = tokens[k + 2];
    return unit && word && (lang.angleWords?.has(unit.norm) ?? false) ? axes.get(word.norm) : undefined;
  };
  const own = axisOf(i);
  if (own === undefined) return false;
  for (let k = Math.max(0, i - 6); k <= Math.min(tokens.length - 1, i + 6); k++) {
    if (k === i || !/^\d/.test((tokens[k] as Token).text)) continue;
    const other = axisOf(k);
    if (other !== undefined && other !== own) return true;
  }
  return false;
}

/**
 * "children aged …", "girls aged …": the word of age at k follows a plural right before it, so what it measures is a group's
 * bracket. ("Two men, aged 30 and 42": after a comma, ages given one by one.)
 */
function agedBracket(lang: LangPack, tokens: readonly Token[], k: number, text: string): boolean {
  const whose = tokens[k - 1];
  const at = tokens[k];
  if (whose === undefined || at === undefined || !/^\s+$/.test(text.slice(whose.end, at.start))) return false;
  return (LOWER_WORD.test(whose.text) || titleCase(tokens)) && lang.isPlural(whose.norm);
}

/** A year, a stop and a note's one digit: "2022.2". */
const YEAR_THEN_MARK = /^(?:1[89]|20)\d\d\.\d$/;

/** Whether a sentence has a degree sign, a compass letter or a word of angle at all: most have none (worked out once a sentence). */
const placeMemo = new WeakMap<readonly Token[], boolean>();
function mayPlace(lang: LangPack, v: View): boolean {
  let known = placeMemo.get(v.tokens);
  if (known === undefined) {
    known = v.text.includes('°') || v.tokens.some((t) => (lang.compassAxes?.has(t.text) ?? false) || (lang.angleWords?.has(t.norm) ?? false));
    placeMemo.set(v.tokens, known);
  }
  return known;
}

/**
 * Numbers that are not quantities: part of a name or model ("Xbox 360", "PS5", "COVID-19"),
 * a stock ticker ("6758.T", "TYO: 6758").
 */
function isNamePart(lang: LangPack, v: View, i: number, titleCaseSentence: boolean): boolean {
  const { tokens, text } = v;
  const t = tokens[i] as Token;
  const before = text[t.start - 1] ?? ' ';
  if (DOLLAR_THEN_PREFIX.test(text.slice(Math.max(0, t.start - 4), t.start))) return false;
  // "USD10 million", "Php10 million", "Rs500": a currency's code or sign set against the sum.
  const glued = tokens[i - 1];
  if (glued && glued.end === t.start && (/^\p{Lu}{3}$/u.test(glued.text) || lang.currencyPrefixes.has(glued.text)) && currencyWord(lang, glued)) return false;
  if (LETTER.test(before) || (/^[-‐‑–]$/.test(before) && LETTER.test(text[t.start - 2] ?? ' '))) return true;
  // "A/78/L.67/Rev.1", "No.5": a number set against a word's stop is a document's or an item's number; so is one set against a
  // capital after a slash, a document symbol's last part ("A/ES-10/L.22"). ("Jan.13, 2022" is a date.)
  if (before === '.' && /(?:\p{L}{2}|\/\p{Lu})$/u.test(text.slice(Math.max(0, t.start - 3), t.start - 1))) {
    const word = /\p{L}+$/u.exec(text.slice(Math.max(0, t.start - 12), t.start - 1))?.[0].toLowerCase() ?? '';
    if (!lang.months.has(word)) return true;
  }
  // "2D and 3D mapping", "5G networks", "Courtroom 10A": a number with a capital run on after it (not a multiplier, "8.7M")
  // names a kind or a place.
  const after = /^\p{Lu}(?![\p{L}\d])/u.exec(text.slice(t.end, t.end + 2))?.[0];
  // (Nor a unit's letter, "40.3C".)
  if (after !== undefined && !lang.multiplierSuffixes.has(after.toLowerCase()) && !lang.temperatureLetters.has(after)) return true;
  if (footnoteMark(text, t) || referenceMark(text, t)) return true;
  // "…projections released in October 2022.2": a year after its month with a note's mark set against its stop.
  if (YEAR_THEN_MARK.test(t.text) && lang.months.has(tokens[i - 1]?.norm ?? '') && /^(?:\s+\p{Lu}|\s*$)/u.test(text.slice(t.end, t.end + 3))) return true;
  if (coordinatePart(lang, v, i)) return true;
  if (/^\.\p{Lu}{1,4}(?![\p{L}\d])/u.test(text.slice(t.end, t.end + 6))) return true;
  // A share is never a ticker's number ("(CFR: 24.2%)" is an abbreviation's value, "(TYO: 6758)" a ticker).
  const share = PERCENT_AFTER.test(text.slice(t.end, t.end + 9));
  if (!share && /\b\p{Lu}{2,6}:\s?$/u.test(text.slice(Math.max(0, t.start - 9), t.start))) return true;
  // "phase 3 trials", "Article 5", "a Category 4 hurricane", "train 188": a label naming a class, a rank or a vehicle, not
  // a count ("to train 500 teachers" is the verb).
  // (Not a score after a word of winning, "won the game 3-1", nor a team's name before it, "beat the Packers 31-26".)
  if (scoreAfterWin(lang, v, i)) return false;
  // (Nor a vote's tally after the chamber that cast it, "passed the Senate 88-4 and the House 387-26".)
  if (tallyAfterName(lang, v, i)) return false;
  if (labelAt(lang, tokens, i - 1)) return true;
  // "train #188", "the #1 seed": a number after a number sign names.
  if (before === '#') return true;
  if (bareLabelAt(lang, v, i)) return true;
  // "10 Downing Street": a house number.
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
    const w = tokens[k] as Token;
    if (!UPPER.test(w.text)) break;
    if (k > i + 1 && lang.addressWords.has(w.norm)) return true;
  }
  const prev = tokens[i - 1];
  // A name's own number is no share: "Massa 44.2%" in "Milei had 55.8% and Massa 44.2%" is the share Massa had.
  if (share) return false;
  if (!prev || titleCaseSentence || text.slice(prev.end, t.start) !== ' ' || !UPPER.test(prev.text)) return false;
  // The first word of a sentence is capitalised anyway; but one in capitals throughout is an acronym, and a number right
  // after it names a catalogue entry or a model ("NGC 4414 lies 60 million light-years away"), not a count of it.
  if (i - 1 === 0 && !ACRONYM_WORD.test(prev.text)) return false;
  // "It took the Senate 22 days", "cost Ukraine 12 months": a name's own number is not followed by a span of time in the
  // plural (a model is "Xbox 360", not "Xbox 360 days"), so the name is the object before a length.
  if (spanFollows(lang, tokens, i)) return false;
  // Nor by "times" ("loop Jupiter 37 times", "won the World Cup 4 times"): how often, not a model.
  if (lang.timesWords !== undefined && tokens[i + 1]?.norm === lang.timesWords.unit) return false;
  // Nor by a unit of measure ("Summit Elevation 13681 ft", "Depth 120 metres"): a model is not measured in feet.
  if (measureFollows(lang, tokens, i)) return false;
  const n = prev.norm;
  // A possessive owns the quantity after it ("the Fed's 2% target", "Meta's 3.6 billion users"); a name's own
  // number follows the name itself ("Xbox 360").
  if (/'s$|s'$/.test(n)) return false;
  return !(
    lang.notNames.has(prev.text) ||
    lang.months.has(n) ||
    lang.dayNames.has(n) ||
    lang.currencyWords.has(n) ||
    currencyWord(lang, prev) !== undefined ||
    lang.measuresBefore.has(n) ||
    lang.numberWords.has(n) ||
    lang.qualifiers.some((q) => q.words.length === 1 && q.words[0] === n) ||
    lang.titles.has(prev.text)
  );
}

/**
 * The plural noun after "the number of" earlier in the same clause as the number at token `first` (no other number and no
 * comma, colon or bracket between, at most ten tokens back), after at most two words that describe it: its index, or -1.
 */
function countNamedEarlier(lang: LangPack, tokens: readonly Token[], text: string, first: number): number {
  for (let k = first - 1; k >= Math.max(0, first - 10); k--) {
    const t = tokens[k] as Token;
    if (/[,;:()[\]]/.test(text.slice(t.end, (tokens[k + 1] as Token).start)) || DIGIT_FIRST.test(t.text)) return -1;
    for (const ph of lang.countNamedBefore) {
      if (!seq(tokens, k, ph)) continue;
      // ("the number of confirmed cases", "the number of newly displaced people": up to two words describe the plural first.)
      for (let j = k + ph.length; j < Math.min(first, k + ph.length + 3); j++) {
        const noun = tokens[j] as Token;
        if (!LOWER_WORD.test(noun.text) || lang.stopwords.has(noun.norm)) break;
        if (lang.isPlural(noun.norm)) return j;
      }
    }
  }
  return -1;
}

/**
 * "one day" written as a word after a verb of hope or belief ("I knew one day"), or followed, after an optional comma, by a
 * subject pronoun that opens a clause ("one day we will").
 */
function someDayClause(lang: LangPack, tokens: readonly Token[], text: string, first: number, unitIndex: number): boolean {
  const { number, unit, subjects, hopes } = lang.someDay;
  if (unitIndex !== first + 1 || tokens[first]?.norm !== number || tokens[unitIndex]?.norm !== unit) return false;
  if (hopes.has(tokens[first - 1]?.norm ?? '')) return true;
  const next = tokens[unitIndex + 1];
  if (!next || !/^,?\s+$/.test(text.slice((tokens[unitIndex] as Token).end, next.start))) return false;
  // (Not "lasted one day, he said": a pronoun before a speech verb is the attribution.)
  return subjects.has(next.norm.replace(/[’]/g, "'")) && !lang.attributionVerbs.has(tokens[unitIndex + 2]?.norm ?? '');
}

/** A plural unit of time right after the number at token i ("22 days", not "Flight 22" or "Room 22 day pass"). */
function spanFollows(lang: LangPack, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !!next && next.start === (tokens[i] as Token).end + 1 && lang.timeUnits.has(next.norm) && lang.isPlural(next.norm);
}

/** A unit of length, weight, volume, speed or temperature right after the number at token i ("13681 ft", "4,170 m"). */
function measureFollows(lang: LangPack, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  const cls = next && next.start <= (tokens[i] as Token).end + 1 ? lang.unitClasses.get(next.norm) : undefined;
  return cls !== undefined && (lang.measureClasses?.has(cls) ?? false);
}

/** A plural noun, or one that is its own plural ("aircraft", "personnel"): what a count before it counts. */
function pluralNoun(lang: LangPack, norm: string): boolean {
  return lang.isPlural(norm) || lang.invariantPlurals.has(norm);
}

/**
 * A number that names a model or version by the capitalised word after it ("the 737 MAX", "its
 * 737 Max airplane"): after a count comes what it counts, a plural ("12 Democrats", "200 Tesla
 * cars", "24 MAX aircraft"); a capitalised word that is not plural and heads its phrase (or
 * qualifies a singular noun) makes the number part of a name. Returns the number and the word,
 * so that the article's other mentions of the same model are not read as counts either.
 */
function modelName(lang: LangPack, v: View, i: number): string | null {
  const { tokens, text } = v;
  const t = tokens[i] as Token;
  if (!DIGITS_ONLY.test(t.norm) || Number(t.norm) < 2) return null;
  let k = i + 1;
  // "all 50 U.S. states", "50 U.S. Olympic sports": the initialism qualifies what follows; look past it.
  const initialism = text[t.end] === ' ' ? INITIALISM.exec(text.slice(t.end + 1, t.end + 13)) : null;
  if (initialism) {
    const end = t.end + 1 + initialism[0].length;
    while (k < tokens.length && (tokens[k] as Token).start < end) k++;
    const next = tokens[k];
    if (!next || text.slice(end, next.start) !== ' ') return null;
    // ("35 U.S. military aircraft", "12 U.S. service members": the counted plural may come a word or two on.)
    if (!UPPER.test(next.text)) {
      for (let j = k; j < Math.min(tokens.length, k + 3); j++) {
        const w = tokens[j] as Token;
        if (UPPER.test(w.text) || (j > k && text.slice((tokens[j - 1] as Token).end, w.start) !== ' ')) break;
        if (pluralNoun(lang, w.norm)) return null;
      }
      return `${t.norm}|${initialism[0].toLowerCase()}`;
    }
  }
  const first = tokens[k];
  if (!first || (!initialism && text.slice(t.end, first.start) !== ' ') || !UPPER.test(first.text)) return null;
  // The capitalised run after the number ("MAX", "MAX Flight Standardization Board"); a full stop inside a
  // token ("MAX.The") ends it.
  let ended = false;
  const runStart = k;
  for (; k < tokens.length && k <= runStart + 3; k++) {
    const w = tokens[k] as Token;
    if (k > runStart && (text.slice((tokens[k - 1] as Token).end, w.start) !== ' ' || !UPPER.test(w.text))) break;
    const word = w.text.split('.')[0] as string;
    const norm = word.toLowerCase();
    const caps = /^\p{Lu}{2,}$/u.test(word);
    if (
      (caps ? word.length < 3 : lang.isPlural(norm)) ||
      lang.unitAbbreviations.has(norm) ||
      lang.unitClasses.has(norm) ||
      lang.timeUnits.has(norm) ||
      lang.months.has(norm) ||
      lang.dayNames.has(norm) ||
      lang.clockWords.has(norm) ||
      lang.notNames.has(word) ||
      lang.currencyWords.has(word) ||
      lang.numberWords.has(norm) ||
      lang.multipliers.has(norm) ||
      lang.invariantPlurals.has(norm)
    )
      return null;
    if (w.text.includes('.')) {
      ended = true;
      k++;
      break;
    }
  }
  // "50 Olympic and Paralympic sports": two names joined by "and" before a plural are what is counted.
  if (!ended && lang.pairJoiners?.has(tokens[k]?.norm ?? '')) {
    let j = k + 1;
    while (j < tokens.length && j <= k + 3 && UPPER.test((tokens[j] as Token).text)) j++;
    const noun = tokens[j];
    if (j > k + 1 && noun && LOWER_FIRST.test(noun.text) && pluralNoun(lang, noun.norm)) return null;
  }
  let after = tokens[k];
  const key = `${t.norm}|${(first.text.split('.')[0] as string).toLowerCase()}`;
  // A code's number joined by a hyphen is part of the name ("16 COVID-19 cases in the vaccine group"): look past it.
  if (!ended && after && DIGITS_ONLY.test(after.text) && text.slice((tokens[k - 1] as Token).end, after.start) === '-') {
    k++;
    after = tokens[k];
  }
  if (ended || !after || /[^\s]/.test(text.slice((tokens[k - 1] as Token).end, after.start))) return key;
  if (!LOWER_FIRST.test(after.text) || lang.stopwords.has(after.norm)) return key;
  // "… Max airplane", "… Max debacle": a singular noun after the name; "… Tesla cars" is a count of cars, and "10 Black
  // community members" of members (a word may qualify the plural).
  const next = tokens[k + 1];
  const qualified = next !== undefined && text.slice(after.end, next.start) === ' ' && LOWER_FIRST.test(next.text) && pluralNoun(lang, next.norm);
  return pluralNoun(lang, after.norm) || qualified ? null : key;
}

/**
 * "inside the 7-Eleven", "the 7-Eleven company": a number joined by a hyphen to a capitalised word that is no unit nor a month
 * ("10-Feb-2020"), in a line not set in title case ("a 10-Year Low" is), is part of a name.
 */
function numberedName(lang: LangPack, tokens: readonly Token[], text: string, last: number): boolean {
  const t = tokens[last] as Token;
  const next = tokens[last + 1];
  return (
    next !== undefined &&
    text.slice(t.end, next.start) === '-' &&
    CAPITAL_FIRST.test(next.text) &&
    /\p{Ll}/u.test(next.text) &&
    !lang.unitClasses.has(next.norm) &&
    !lang.timeUnits.has(next.norm) &&
    !lang.months.has(next.norm) &&
    !titleCase(tokens)
  );
}

/** "16x9", "320x125": a picture's size or shape, no count; and "1.7×10−9": a number's power of ten. */
const DIMENSIONS_AFTER = /^[x×]\d/;
/** The ten after a number's "×" and the ten's exponent: "1.7×10−9", "3 × 10^8". */
const TIMES_BEFORE = /\d\s?[x×]\s?$/u;
const EXPONENT_BEFORE = /[x×]\s?10\s?[-−^]?$/u;

/**
 * "the fissure 3 (F3) vent", "Ohio Task Force 1 (OH-TF1)": a number that a code in brackets right after it restates, in
 * capitals ending in that number, is part of the name the code abbreviates.
 */
function codeRestated(tokens: readonly Token[], text: string, r: Read): boolean {
  const t = tokens[r.last] as Token;
  if (r.first !== r.last || !DIGITS_ONLY.test(t.norm)) return false;
  const code = CODE_IN_BRACKETS.exec(text.slice(t.end, t.end + 16));
  return code !== null && code[1] === t.norm;
}
const CODE_IN_BRACKETS = /^\s?\(\p{Lu}[\p{Lu}-]*(\d+)\)/u;

/**
 * "…exit polls. 1 The estimates presented in this report…": a small bare number right before a capitalised article opens a
 * note, as a page's footnote marks do; nothing is counted by "The". ("3 people", "5 Democrats": what a count counts follows it.)
 */
function noteMarkBefore(lang: LangPack, tokens: readonly Token[], r: Read): boolean {
  const t = tokens[r.first] as Token;
  const next = tokens[r.last + 1];
  return (
    r.first === r.last &&
    DIGITS_ONLY.test(t.norm) &&
    r.value < NOTE_MARK_BELOW &&
    next !== undefined &&
    CAPITAL_FIRST.test(next.text) &&
    (lang.grammaticalArticles.has(next.norm) || lang.determiners.has(next.norm))
  );
}
const NOTE_MARK_BELOW = 100;

/**
 * "among 13- to 24-year-olds", "9- and 13-year-old girls": a number whose hyphen is left hanging for the age after "to" or
 * "and" starts the bracket of ages that names a group, as "24-year-olds" alone does: no count.
 */
function ageBracketStart(lang: LangPack, tokens: readonly Token[], text: string, last: number): boolean {
  const t = tokens[last] as Token;
  const joiner = tokens[last + 1];
  const end = tokens[last + 2];
  const unit = tokens[last + 3];
  if (!joiner || !end || !unit || !/^-\s+$/.test(text.slice(t.end, joiner.start))) return false;
  if (!lang.functionWords.to.has(joiner.norm) && !(lang.pairJoiners?.has(joiner.norm) ?? false)) return false;
  if (!DIGITS_ONLY.test(end.norm) || text.slice(end.end, unit.start) !== '-') return false;
  const cls = unitClassOf(lang, unit.norm);
  return cls === 'age' || cls === 'year-old';
}

/** A currency named in words ("won") or by its code, in capitals ("USD"; lower-case "try" is a verb). */
/** The percent word or sign right after token `last` ("%", "percent", "per cent"), or null. */
function percentAfter(lang: LangPack, tokens: readonly Token[], last: number): readonly string[] | null {
  return lang.percentWords.find((w) => seq(tokens, last + 1, w)) ?? (tokens[last + 1]?.norm === '%' ? ['%'] : null);
}

/**
 * Whether the number ending at token `last` is followed by an alternative joined with "or" (a comma and a few words of
 * hedge allowed: "70, or at the most 75 percent") that carries a percent unit.
 */
function alternativeShare(lang: LangPack, tokens: readonly Token[], text: string, last: number): boolean {
  const or = tokens[last + 1];
  if (!or || !lang.alternativeJoiners.has(or.norm) || !/^,?\s+$/.test(text.slice((tokens[last] as Token).end, or.start))) return false;
  for (let k = last + 2; k <= last + 5 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (/[^\s]/.test(text.slice((tokens[k - 1] as Token).end, t.start))) return false;
    const r = readNumber(lang, tokens, k, text);
    if (r) return r.bound === 'exact' && percentAfter(lang, tokens, r.last) !== null;
    if (!LOWER_WORD.test(t.text)) return false;
  }
  return false;
}

/**
 * "93 in favour to 24 against, with 58 abstentions", "58 nations abstaining", "141 countries voted in favour and five voted
 * against": a count of votes or of voters followed by the side they took is that side of a vote (compared with the same
 * side in another outlet, and no part of a sum with the other side).
 */
function voteSideOf(lang: LangPack, tokens: readonly Token[], f: Figure): void {
  const sides = lang.voteSides;
  if (!sides || f.kind !== 'count' || f.unitClass.startsWith('votes-')) return;
  const last = tokens.findIndex((t) => t.end === f.end);
  if (last < 0) return;
  for (let j = last + 1; j < tokens.length && j <= last + 4; j++) {
    const w = (tokens[j] as Token).norm;
    const side = sides.get(w);
    // ("in favour": the preposition before the side word.)
    if (side && (!lang.favourWords?.has(w) || lang.functionWords.in.has(tokens[j - 1]?.norm ?? ''))) {
      f.unitClass = `votes-${side}`;
      return;
    }
    if (!(lang.voterWords?.has(w) ?? false) && !lang.functionWords.in.has(w) && !lang.beForms.has(w)) return;
  }
}

/**
 * "by eight votes to one", "61 votes to 39": a vote's tally written with its noun between the two sides. The count of
 * votes is the yeas; the number after "to" the nays, read here if nothing read it ("one" alone is no figure).
 */
function votesTo(lang: LangPack, v: View, out: Figure[]): void {
  const { tokens } = v;
  for (const f of [...out]) {
    if (f.kind !== 'count' || f.bound !== 'exact' || !lang.tallyAfter.has(f.unit) || f.unitClass.startsWith('votes-')) continue;
    const u = tokens.findIndex((t) => t.start >= f.end && t.norm === f.unit);
    if (u < 0 || (tokens[u] as Token).start - f.end > 1 || !lang.functionWords.to.has(tokens[u + 1]?.norm ?? '')) continue;
    const n = tokens[u + 2] as Token | undefined;
    const value = n === undefined ? undefined : DIGITS_ONLY.test(n.norm) ? Number(n.norm) : lang.numberWords.get(n.norm);
    if (n === undefined || value === undefined || !Number.isInteger(value) || value + f.value > TALLY_MAX) continue;
    f.unitClass = 'votes-for';
    const read = out.find((g) => g.start === n.start);
    if (read) {
      read.unit = f.unit;
      read.unitClass = 'votes-against';
      continue;
    }
    out.push(make(v, u + 2, u + 2, 'count', { value, low: value, high: value, bound: 'exact', first: u + 2, last: u + 2 }, f.unit, 'votes-against'));
    out.sort((a, b) => a.start - b.start);
  }
}

/**
 * The opening of a reference mark: a square bracket ("34 [3],"), or a round one after a word in lower case or a stop
 * ("products (1)."; not "2020 (30) and 2005 (27)" nor "Georgia (2), Illinois (1)": counts beside what they count).
 */
/** A small number in round brackets after a space or the start, with a word after it: "(2) assesses", "(3)the". */
const ENUMERATOR = /(?:^|\s)\(\d{1,2}\)\s?\p{L}/u;

const REFERENCE_MARK = /(?:\[|[\p{Ll}.]\s?\()$/u;

/** The unit a weight in pounds is read in (its class, "lb", is compared in kilograms). */
const WEIGHT_POUNDS = 'lbs';
/** Classes of weights a bracketed figure in pounds may give again. */
const WEIGHT_CLASSES: ReadonlySet<string> = new Set(['kilogram', 'tonnes', 'lb']);

/**
 * The currency word after the number at first..last names a weight (see LangPack.weightCurrencyWords): "of" follows it and
 * the number has no multiplier ("1,875 pounds of pills", not "5 million pounds of funding"), or it stands in brackets
 * right after a weight ("64 kilograms (about 141 pounds)").
 */
function poundsOfWeight(lang: LangPack, tokens: readonly Token[], text: string, first: number, last: number, found: readonly Figure[]): boolean {
  if (!lang.weightCurrencyWords?.has(tokens[last + 1]?.norm ?? '')) return false;
  for (let k = first; k <= last; k++) if (lang.multipliers.has((tokens[k] as Token).norm)) return false;
  if (lang.functionWords.of.has(tokens[last + 2]?.norm ?? '')) return true;
  // "weighs 300 pounds"; "two 500-pound bombs", "a 20-pound salmon": a size joined to its noun weighs it, unless the noun
  // is a thing of money ("a 10-pound note").
  if (lang.weighVerbs?.has(tokens[first - 1]?.norm ?? '')) return true;
  const unit = tokens[last + 1] as Token;
  const noun = tokens[last + 2];
  if (
    /^[-‐‑]$/.test(text.slice((tokens[last] as Token).end, unit.start)) &&
    noun !== undefined &&
    /^\p{Ll}/u.test(noun.text) &&
    !lang.stopwords.has(noun.norm) &&
    !(lang.poundMoneyNouns?.has(noun.norm) ?? false)
  )
    return true;
  const prev = found[found.length - 1];
  const start = (tokens[first] as Token).start;
  return prev !== undefined && WEIGHT_CLASSES.has(prev.unitClass) && prev.end <= start && /^[^()]{0,25}\([^()]{0,20}$/.test(text.slice(prev.end, start));
}

function currencyWord(lang: LangPack, t: Token): string | undefined {
  return lang.currencyWords.get(t.text) ?? (t.text === t.norm ? lang.currencyWords.get(t.norm) : undefined);
}

/**
 * The currency after a dashed aside that follows a sum with its multiplier ("1.6 billion — I think — euros"): the
 * currency word and its token, when the aside closes within a few words and the word right after it is a currency.
 */
function currencyAfterAside(lang: LangPack, tokens: readonly Token[], text: string, last: number): { currency: string; index: number } | null {
  const t = tokens[last] as Token;
  if (!lang.multipliers.has(t.norm) || !/^\s*[—–]\s/.test(text.slice(t.end, t.end + 3))) return null;
  for (let k = last + 2; k < Math.min(tokens.length, last + 12); k++) {
    const gap = text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start);
    if (/[.;:()]/.test(gap)) return null;
    if (!/[—–]/.test(gap)) continue;
    const w = tokens[k] as Token;
    const currency = currencyWord(lang, w);
    return currency ? { currency, index: k } : null;
  }
  return null;
}

/**
 * The count a measure is per, right after it ("deaths per 100,000", "parts per million", "cases per hundred thousand"):
 * the count's last token and its value, or null when no count follows (a speed, "miles per hour", is read elsewhere).
 */
function perCountAfter(lang: LangPack, tokens: readonly Token[], unitIndex: number): { last: number; count: number } | null {
  if (!(lang.perWords?.has(tokens[unitIndex + 1]?.norm ?? '') ?? false)) return null;
  let k = unitIndex + 2;
  let count = 1;
  const digits = tokens[k];
  if (digits && DIGITS.test(digits.norm)) {
    count = Number(digits.norm.replace(/,/g, ''));
    k++;
  }
  for (let m = multiplierAt(lang, tokens[k]); m !== undefined; m = multiplierAt(lang, tokens[++k])) count *= m;
  return k > unitIndex + 2 && count > 1 ? { last: k - 1, count } : null;
}

/** "ppm", "ppb": a concentration's abbreviated unit. */
function isConcentration(lang: LangPack, unit: string): boolean {
  return [...(lang.partsPer?.abbreviations.values() ?? [])].includes(unit);
}

/** "8.7M", "1bn", "$5 bn": a multiplier written as a suffix. */
function suffixAfter(lang: LangPack, tokens: readonly Token[], last: number, money: boolean): number | null {
  const t = tokens[last] as Token;
  const next = tokens[last + 1];
  if (!next || !isDigitToken(t)) return null;
  const m = lang.multiplierSuffixes.get(next.norm);
  if (m === undefined) return null;
  // ("the men’s 10,000m", "a 1500m final": a whole number of thousands with a glued lower-case "m", outside money, is metres.)
  if (!money && next.text === 'm' && /^\d{1,3}(?:,\d{3})+$|^\d{4,}$/.test(t.text)) return null;
  if (next.start === t.end) return m;
  // Spaced out only in money ("$5 bn"); a spaced "m" is metres elsewhere.
  return money && next.start === t.end + 1 && next.norm.length >= 2 ? m : null;
}

/** Where the state of the people counted is named: "people killed", "672 injured", "the death toll … 820". */
const countWordsOf = perLang(
  (lang) => new Set<string>([...lang.numberWords.keys(), ...lang.vagueQuantities.filter((q) => !q.weak && q.words[0] !== 'a').map((q) => q.words[0] as string)]),
);
/** A number word or the first word of a vague quantity ("thousands", "tens of thousands"): another count starts here. */
function otherCountAt(lang: LangPack, t: Token): boolean {
  return countWordsOf(lang).has(t.norm);
}

/**
 * What happened to the lives a noun of lives at `k` names, by the verb or noun near it ("claimed 28 lives", "44 million
 * lives saved", "people whose lives have been saved"): null when nothing near says ("the lives of all 177 souls on board").
 */
function livesState(lang: LangPack, tokens: readonly Token[], k: number): string | null {
  // The nearest such word, on either side, within a clause's reach ("has saved, as you heard before, 50 million lives").
  for (let d = 1; d <= 7; d++) {
    for (const j of [k - d, k + d]) {
      const t = tokens[j];
      if (!t || isDigitToken(t)) continue;
      const s = lang.livesVerbs?.get(t.norm);
      if (s) return s;
    }
  }
  return null;
}

/** The state a word of people at `k` gives: its own, or for a noun of lives ("lives") what the words near it say happened. */
function stateAt(lang: LangPack, tokens: readonly Token[], k: number): string | null {
  const t = tokens[k];
  if (!t) return null;
  if (lang.livesNouns?.has(t.norm)) return livesState(lang, tokens, k);
  const state = lang.peopleStates.get(t.norm) ?? null;
  return state === 'injured' && (lang.fatalAdverbs?.has(tokens[k - 1]?.norm ?? '') ?? false) ? 'killed' : state;
}

/** The first state of people a word from `from` up to (not including) `to` gives, or null. */
function stateBetween(lang: LangPack, tokens: readonly Token[], from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const s = stateAt(lang, tokens, k);
    if (s) return s;
  }
  return null;
}

/**
 * A counted plural outside the unit classes that names people by its form, killed or injured ("killing at least 18
 * climbers", "claimed the lives of 25 Floridians"): a toll of people, to be compared with "18 people killed".
 */
function personToll(lang: LangPack, tokens: readonly Token[], first: number, unitIndex: number, unit: string, text: string): boolean {
  if (!unit || lang.unitClasses.has(unit) || !lang.isPlural(unit) || !lang.isPersonNoun(unit)) return false;
  return TOLL_STATES.has(peopleState(lang, tokens, first, unitIndex, text) ?? '');
}

function peopleState(lang: LangPack, tokens: readonly Token[], first: number, last: number, text: string): string | null {
  // Right after: "people killed", "672 injured" (not across a comma: "killed 12 people, injuring dozens").
  const right = stateAt(lang, tokens, last + 1);
  const rightAcross = right !== null && SEPARATOR.test(text.slice((tokens[last] as Token).end, (tokens[last + 1] as Token).start));
  if (right && !rightAcross) return right;
  // Right before: "killed 5 people and injured 20 others" (not across a comma: "Of 1,175 injured, 793 were discharged").
  const left = stateAt(lang, tokens, first - 1);
  if (left && !SEPARATOR.test(text.slice((tokens[first - 1] as Token).end, (tokens[first] as Token).start))) return left;
  // "people have lost their lives", "329 have been injured", "all 189 passengers and crew on board died".
  // Past four words only while no article opens an object ("300 volunteers joined the search for the missing hikers").
  let object = false;
  // ("six individuals—including one in Oregon—have lost their lives": an aside between dashes or brackets is passed over.)
  let aside = false;
  let skipped = 0;
  let crossed = false;
  for (let k = last + 1; k <= Math.min(tokens.length - 1, last + 7 + skipped); k++) {
    const t = tokens[k] as Token;
    const gap = text.slice((tokens[k - 1] as Token).end, t.start);
    if (aside ? /[—–)]/.test(gap) : /^\s*(?:[—(]|\s–\s)/.test(gap) && k === last + 1) aside = !aside;
    if (aside) {
      skipped++;
      continue;
    }
    // (Another count ends the scan: "the deaths of 36 people and forcing thousands to flee".)
    if (isDigitToken(t) || otherCountAt(lang, t) || (k - skipped > last + 4 && object)) break;
    if (lang.grammaticalArticles.has(t.norm) || lang.determiners.has(t.norm)) object = true;
    if (SEPARATOR.test(gap)) crossed = true;
    const s = stateAt(lang, tokens, k);
    // ("the death toll at 1,897, the number of missing persons at 3,002": past a comma, a state with a count of its own just
    // after it is that count's.)
    if (s && crossed && tokens.slice(k + 1, k + 4).some((n) => isDigitToken(n))) break;
    if (s) return s;
  }
  // ("64 people were hospitalized, including 17 who developed kidney failure": a part with a clause of its own is counted by
  // what that clause says, not by the whole's state.)
  if ((lang.memberIntroducers?.has(tokens[first - 1]?.norm ?? '') ?? false) && lang.relativePronouns.has(tokens[last + 1]?.norm ?? '')) return null;
  // Further back, past a magnitude or a date: "the death toll from the 6.8-magnitude quake … has increased to 632";
  // not a state that another count just before it owns ("793 passengers were discharged and 382 are being treated").
  for (let k = first - 1; k >= Math.max(0, first - 14); k--) {
    const s = stateAt(lang, tokens, k);
    if (s) {
      // ("1.3 million people have been displaced, and more than 2.8 million…": the count may end in its scale word.)
      // (Further back within the state's own clause: "six individuals—including one in Oregon—have lost their lives".)
      for (let j = k - 1; j >= Math.max(0, k - 10); j--) {
        const n = tokens[j] as Token;
        if (j < k - 5 && SEPARATOR.test(text.slice(n.end, (tokens[j + 1] as Token).start))) break;
        const scaled = lang.multipliers.has(tokens[j + 1]?.norm ?? '') ? 2 : 1;
        const next = tokens[j + scaled]?.norm ?? '';
        // (A count of people: "793 passengers", "793 have"; not "the 6.8-magnitude quake", "On 9 September, the toll".)
        if ((isDigitToken(n) || otherCountAt(lang, n)) && (lang.unitClasses.get(next) === 'people' || lang.auxiliaries.has(next))) return null;
      }
      // Nor a state whose own object is a count of people between it and the figure, when another verb takes the figure
      // ("killing 300 people and affecting 1.6 million": the 1.6 million were not killed; but "a toll of 31 includes five
      // people in Iowa; three in Nebraska" lists one state's counts).
      const verbBefore = tokens[first - 1];
      const ownVerb =
        verbBefore !== undefined &&
        LOWER_WORD.test(verbBefore.text) &&
        !lang.stopwords.has(verbBefore.norm) &&
        /^\s+$/.test(text.slice(verbBefore.end, (tokens[first] as Token).start));
      // ("The earthquake killed one person, disrupted power for approximately 220,000 households": past a comma, the state's
      // own count of people has taken it.)
      const peopleAt = (w: string): boolean => (lang.unitClasses.get(w) ?? lang.unitClasses.get(`${w}s`)) === 'people';
      for (let j = k + 1; j < first; j++) {
        const n = tokens[j] as Token;
        if (!(isDigitToken(n) || otherCountAt(lang, n)) || !peopleAt(tokens[j + 1]?.norm ?? '')) continue;
        // (Not the items of a list parted by semicolons: "a toll of 31 includes five people in Iowa; three in Nebraska".)
        const gap = text.slice((tokens[j + 1] as Token).end, (tokens[first] as Token).start);
        if (ownVerb || (/,/.test(gap) && !/;/.test(gap))) return null;
      }
      return s;
    }
  }
  return null;
}

/**
 * "88 bodies have been identified", "170 unidentified bodies", "78 handed over to their families", "40 bodies were
 * recovered" (a count of the search, which lags the toll): the stage of
 * handling the words right after a count of the dead name, up to the end of its clause. (The toll itself is
 * followed by a comma or other words: "Out of 275, 88 bodies have been identified".) "Yet to be identified" is not
 * identified.
 */
function bodyStage(lang: LangPack, tokens: readonly Token[], last: number): string | null {
  let not = false;
  for (let k = last + 1; k <= Math.min(tokens.length - 1, last + 6); k++) {
    const t = tokens[k] as Token;
    if (isDigitToken(t) || /^[,;:.()]$/.test(t.text) || lang.clauseLinks.has(t.norm)) break;
    // "187 were yet to be identified", "not identified": the ones not at that stage.
    if (lang.negations.has(t.norm) || lang.notYetWords.has(t.norm)) not = true;
    const stage = lang.bodyStages.get(t.norm);
    // ("buried under the rubble": trapped, not laid to rest.)
    if (stage && lang.namePrepositions.has(tokens[k + 1]?.norm ?? '') && stage === 'buried' && tokens[k + 1]?.norm !== 'in') return null;
    // ("12 people were found dead": the toll, not bodies recovered.)
    if (stage === 'recovered' && lang.peopleStates.get(tokens[k + 1]?.norm ?? '') === 'killed') return null;
    if (stage) return not && stage === 'identified' ? 'unidentified' : stage;
  }
  return null;
}

/**
 * A number that labels or points rather than counts: a list item's number opening its sentence ("1. Sending a team"), the
 * last part of a path ("doi: 10.15620/cdc/160504"), a bill's number or a significance level (lang.labelNumberBefore).
 */
function labelNumber(lang: LangPack, v: View, i: number): boolean {
  const { tokens, text } = v;
  const t = tokens[i] as Token;
  if (i === 0 && /^\d{1,2}$/.test(t.norm) && /^[.)]\s+\p{Lu}/u.test(text.slice(t.end, t.end + 3)) && text.slice(0, t.start).trim() === '') return true;
  if (text[t.start - 1] === '/' && /\p{L}/u.test(text[t.start - 2] ?? '')) return true;
  return lang.labelNumberBefore?.test(text.slice(Math.max(0, t.start - 24), t.start)) ?? false;
}

/**
 * The last token of an age bracket's bound or range at token i ("males ages 34 and younger", "age groups 10–14", "those
 * 35 and older"): a name for a group of people, not a quantity the text states. Null when the number is no such bound.
 */
function ageBracketEnd(lang: LangPack, v: View, i: number): number | null {
  const { tokens, text } = v;
  // A bound, or a range written with a dash ("65–74").
  const boundEnd = (k: number): number => {
    const r = readNumber(lang, tokens, k, text);
    const last = r ? r.last : k;
    const to = tokens[last + 1];
    if (to && isDigitToken(to) && /^\s?[-–—]\s?$/.test(text.slice((tokens[last] as Token).end, to.start))) return last + 1;
    return to && lang.rangeJoiners.has(to.norm) && isDigitToken(tokens[last + 2]) ? last + 2 : last;
  };
  const tailAt = (k: number): number => lang.ageBracketAfter?.find((ph) => seq(tokens, k, ph))?.length ?? 0;
  const before = lang.ageBracketBefore?.some((ph) => i - ph.length >= 0 && seq(tokens, i - ph.length, ph)) ?? false;
  let last = boundEnd(i);
  const tail = tailAt(last + 1);
  if (!before && tail === 0) return null;
  last += tail;
  // More brackets in the same list: "age groups 10–14 and 15–24".
  while (before && lang.coordinators.has(tokens[last + 1]?.norm ?? '') && isDigitToken(tokens[last + 2])) {
    last = boundEnd(last + 2);
    last += tailAt(last + 1);
  }
  return last;
}

/**
 * A fraction written on its own at token i, "1/2" or "3/4" (one digit over one or two, less than one, not part of a
 * longer run of slashes such as a date "1/2/2023"): its value and the token of its denominator.
 */
function bareFractionAt(tokens: readonly Token[], text: string, i: number): { value: number; last: number } | null {
  const num = tokens[i];
  const den = tokens[i + 1];
  // (The slash first: every number read comes here, and few are followed by one.)
  if (!num || text[num.end] !== '/' || !den || !/^\d$/.test(num.norm) || den.start !== num.end + 1 || !ONE_OR_TWO_DIGITS.test(den.norm)) return null;
  if (text[den.end] === '/' || text[num.start - 1] === '/' || HAS_DIGIT.test(text[num.start - 1] ?? '')) return null;
  const [a, b] = [Number(num.norm), Number(den.norm)];
  return a > 0 && a < b && b <= 16 ? { value: a / b, last: i + 1 } : null;
}

/**
 * "by 1/2 percentage point", "1/4 to 1/2 percent": a bare fraction that a percentage or a range of percentages follows is
 * a number, though a slash after digits is most often a date or a link.
 */
function fractionOfPercent(lang: LangPack, tokens: readonly Token[], text: string, i: number): boolean {
  const fraction = bareFractionAt(tokens, text, i);
  if (!fraction) return false;
  const unitAfter = (last: number): boolean => percentAfter(lang, tokens, last) !== null || lang.pointWords.some((w) => seq(tokens, last + 1, w));
  if (unitAfter(fraction.last)) return true;
  const joiner = tokens[fraction.last + 1];
  const end = joiner && lang.rangeJoiners.has(joiner.norm) ? bareFractionAt(tokens, text, fraction.last + 2) : null;
  return end !== null && unitAfter(end.last);
}

function figuresInSentence(lang: LangPack, v: View, models: string[] = []): Figure[] {
  const { tokens, text } = v;
  const out: Figure[] = [];
  // Phrases looked up by their first word: one map lookup per token, not one comparison per phrase and token.
  const sourced = findPhrase(tokens, lang.attributionPhrases) !== null;
  const letters = tokens.filter((t) => LETTER.test(t.text[0] as string));
  const titleCaseSentence = letters.length >= 4 && letters.filter((t) => UPPER.test(t.text)).length / letters.length >= 0.7;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const digit = isDigitToken(t);
    // Numbers inside links and ISO dates are not quantities the text states.
    if ((text[t.start - 1] === '/' || text[t.start - 1] === '-') && HAS_DIGIT.test(text[t.start - 2] ?? 'x')) continue;
    if (
      (text[t.end] === '/' && !fractionOfPercent(lang, tokens, text, i)) ||
      (text[t.end] === '-' && HAS_DIGIT.test(text[t.end + 1] ?? '') && (/^\d{4}$/.test(t.norm) || /^-\d+-/.test(text.slice(t.end, t.end + 12))))
    ) {
      // "2023-02-06": a date; but "10-20" is a range, read below.
      // (A slash here has already failed fractionOfPercent above.)
      if (!/^\d{1,3}$/.test(t.norm) || /^-\d+-/.test(text.slice(t.end, t.end + 12)) || text[t.end] === '/') continue;
    }
    // "(202) 691-6378", "202-555-0143": a phone number, however many digit groups it has.
    if (digit) {
      const from = text[t.start - 1] === '(' ? t.start - 1 : t.start;
      const phone = PHONE.exec(text.slice(from, from + 24));
      if (phone) {
        const end = from + phone[0].length;
        while (i + 1 < tokens.length && (tokens[i + 1] as Token).start < end) i++;
        continue;
      }
    }
    const next = tokens[i + 1];
    // "won in 2:01:09", "a 2:13:44 finish": hours, minutes and seconds are how long a race or an event took, a length
    // (a clock time with its seconds is written with what says it is one: "10:32:15 a.m.", "14:05:00 GMT"; a timecode
    // or a timestamp pads its hour, "[00:01:30]", "2026-04-10T03:20:04Z", and a player's counter starts at none, "0:04:06").
    const hms = digit && t.norm.length >= 7 ? HMS.exec(t.norm) : null;
    if (hms && !(next && lang.clockWords.has(next.norm)) && !(hms[1] as string).startsWith('0') && !/[\p{L}\d]/u.test(text[t.start - 1] ?? ' ')) {
      const minutes = Number(hms[1]) * 60 + Number(hms[2]) + Number(hms[3]) / 60;
      const q = qualifierBefore(lang, tokens, i);
      const read: Read = { value: minutes, low: minutes, high: minutes, bound: 'exact', first: q ? q.first : i, last: i };
      if (q?.bound === 'lower') [read.bound, read.high] = ['lower', null];
      else if (q?.bound === 'upper') [read.bound, read.low] = ['upper', 0];
      else if (q) read.bound = 'approx';
      out.push(make(v, read.first, i, 'duration', read, 'minutes', 'duration'));
      continue;
    }
    // ("On April 7 at 1032 hours Eastern Daylight Time, or 2332 hours…": four digits of a 24-hour clock and "hours", after
    // "at", or after "or" beside another time, are a time of day, not a length; so are they before "local time", "As of 1600
    // hours local time". Not "42 days or 1008 hours": "or" there joins two lengths.)
    const before = tokens[i - 1]?.norm ?? '';
    const militaryHour =
      digit &&
      /^[0-2]\d[0-5]\d$/.test(t.norm) &&
      Number(t.norm) < 2400 &&
      next !== undefined &&
      (lang.clockHourWords?.has(next.norm) ?? false) &&
      (((lang.clockHourBefore?.has(before) ?? false) && (!(lang.pairJoiners?.has(before) ?? false) || out.some((f) => f.kind === 'time'))) ||
        (lang.clockHourAfter?.has(tokens[i + 2]?.norm ?? '') ?? false));
    if (militaryHour) {
      const n = Number(t.norm);
      const at = Math.floor(n / 100) * 60 + (n % 100);
      out.push(make(v, i, i + 1, 'time', { value: at, low: at, high: at, bound: 'exact', first: i, last: i + 1 }, '', 'time'));
      i += 1;
      continue;
    }
    if (CLOCK.test(t.norm) || (digit && next && lang.clockWords.has(next.norm) && next.start <= t.end + 1)) {
      const clock = CLOCK.test(t.norm);
      const n = Number(t.norm);
      const [h, m] = clock || hms ? (t.norm.split(':').map(Number) as [number, number]) : n >= 100 ? [Math.floor(n / 100), n % 100] : [n, 0];
      const end = next && lang.clockWords.has(next.norm) && next.start <= t.end + 1 ? i + 1 : i;
      out.push(make(v, i, end, 'time', { value: h * 60 + m, low: h * 60 + m, high: h * 60 + m, bound: 'exact', first: i, last: end }, '', 'time'));
      i = end;
      continue;
    }
    // "class of ’25", "the ’90s": a year cut to two digits after an apostrophe, not a count.
    if (digit && /^\d{2}s?$/.test(t.norm) && /(?:^|[\s(])['‘’]$/.test(text.slice(Math.max(0, t.start - 2), t.start))) continue;
    if (digit && isNamePart(lang, v, i, titleCaseSentence)) continue;
    if (digit && labelNumber(lang, v, i)) continue;
    const bracket = digit ? ageBracketEnd(lang, v, i) : null;
    if (bracket !== null) {
      i = bracket;
      continue;
    }
    const model = digit ? modelName(lang, v, i) : null;
    if (model) {
      // (In a line set in title case every word has its capital, so its model says little of the article's other lines:
      // "Lead 144 Current & Former Members" in a headline, "led 144 current and former Members of Congress" below it.
      // Only a word in capitals throughout, "737 MAX", names a model for them.)
      if (!titleCaseSentence || /^\p{Lu}{2,}/u.test(tokens[i + 1]?.text ?? '')) models.push(model);
      continue;
    }
    // "Phase Two", "Category Five": a number word naming a class or rank is a name too.
    if (!digit && i > 0 && lang.numberWords.has(t.norm) && labelAt(lang, tokens, i - 1) && text.slice((tokens[i - 1] as Token).end, t.start) === ' ') continue;
    // "absent from the Three Lions", "the Big Four": a number word with a capital inside a sentence is part of a name.
    if (
      !digit &&
      i > 0 &&
      !titleCaseSentence &&
      UPPER.test(t.text) &&
      lang.numberWords.has(firstPart(t.norm)) &&
      /[\p{L}\p{N},]\s+$/u.test(text.slice(Math.max(0, t.start - 3), t.start)) &&
      !footnoteMark(text, tokens[i - 1] as Token)
    )
      continue;
    const span = !digit ? vagueSpan(lang, tokens, i) : null;
    if (span) {
      out.push(make(v, i, span.last, 'duration', { value: span.low, low: span.low, high: span.high, bound: 'vague', first: i, last: span.last }, 'minutes', 'duration'));
      i = span.last;
      continue;
    }
    const length = !digit ? spanAdjective(lang, tokens, i) : null;
    if (length) {
      out.push(make(v, i, i, 'duration', { value: length.low, low: length.low, high: length.high, bound: length.bound, first: i, last: i }, 'minutes', 'duration'));
      continue;
    }
    const part = !digit ? pointShare(lang, tokens, i) : null;
    if (part) {
      const q = qualifierBefore(lang, tokens, i);
      const bound: Bound = q ? q.bound : 'exact';
      const first = q ? q.first : i;
      out.push(
        make(
          v,
          first,
          part.last,
          'percent',
          { value: part.fraction, low: part.fraction, high: bound === 'lower' ? null : part.fraction, bound, first, last: part.last },
          'points',
          'percentage-points',
        ),
      );
      i = part.last;
      continue;
    }
    const share = readShare(lang, tokens, i);
    // "three-quarters of a point", "a quarter of a percentage point": a share of one percentage point.
    const ofPoint = share ? lang.shareOfPoint.find((w) => seq(tokens, share.last + 1, w)) : undefined;
    if (share && ofPoint) {
      const q = qualifierBefore(lang, tokens, share.first);
      const end = share.last + ofPoint.length;
      const bound: Bound = q ? q.bound : 'exact';
      const read: Read = { value: share.fraction, low: share.fraction, high: bound === 'lower' ? null : share.fraction, bound, first: q ? q.first : share.first, last: end };
      out.push(make(v, read.first, end, 'percent', read, 'points', 'percentage-points'));
      i = end;
      continue;
    }
    if (share) {
      // "a third of", "nearly half of", "one in five": a share of a whole, as a percentage.
      const q = qualifierBefore(lang, tokens, share.first);
      const value = share.fraction * 100;
      const bound: Bound = q ? q.bound : 'approx';
      const read: Read = { value, low: value, high: bound === 'lower' ? null : value, bound, first: q ? q.first : share.first, last: share.last };
      if (bound === 'upper') read.low = 0;
      out.push(make(v, read.first, read.last, 'percent', read, 'percent', 'percent'));
      i = share.last;
      continue;
    }
    // "on May 17th", "the February 21st cyberattack": a day of a month written as an ordinal is a date.
    const dayOrdinal = ORDINAL_DAY.exec(t.norm);
    if (dayOrdinal && i > 0 && lang.months.has((tokens[i - 1] as Token).norm) && lang.ordinalSuffixes.has(dayOrdinal[2] as string) && Number(dayOrdinal[1]) <= 31) {
      const year = /^\d{4}$/.test(tokens[i + 1]?.norm ?? '') ? Number((tokens[i + 1] as Token).norm) : 0;
      const value = year * 10000 + (lang.months.get((tokens[i - 1] as Token).norm) as number) * 100 + Number(dayOrdinal[1]);
      const end = year ? i + 1 : i;
      out.push(make(v, i - 1, end, 'date', { value, low: value, high: value, bound: 'exact', first: i - 1, last: end }, 'date', 'date'));
      i = end;
      continue;
    }
    // "20210705", "19990903": a date written as one run of eight digits (a file's or a page's stamp), not a count.
    if (DIGIT_DATE.test(t.text)) {
      const value = Number(t.text);
      out.push(make(v, i, i, 'date', { value, low: value, high: value, bound: 'exact', first: i, last: i }, 'date', 'date'));
      continue;
    }
    const r = readNumber(lang, tokens, i, text);
    if (!r) continue;
    // "73(34):734-739": the pages after a journal's volume and issue are no count.
    // "(D-Calif.-36)", "(R-N.Y.-21)": a member's party, state and district, no count.
    if (
      CITED_PAGES.test(text.slice(Math.max(0, t.start - 20), t.start)) ||
      MEMBER_DISTRICT.test(text.slice(Math.max(0, t.start - 20), t.start)) ||
      FOOTNOTE_PAGE.test(text.slice(Math.max(0, t.start - 8), t.start)) ||
      // "4 min read": a page's note of how long the story takes to read.
      (lang.readingTime?.test(text.slice(t.end, t.end + 14)) ?? false) ||
      ageBracketStart(lang, tokens, text, r.last) ||
      noteMarkBefore(lang, tokens, r) ||
      numberedName(lang, tokens, text, r.last) ||
      codeRestated(tokens, text, r) ||
      DIMENSIONS_AFTER.test(text.slice(t.end, t.end + 6)) ||
      (t.norm === '10' && TIMES_BEFORE.test(text.slice(Math.max(0, t.start - 4), t.start))) ||
      EXPONENT_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start))
    )
      continue;
    let first = r.first;
    let last = r.last;
    let { bound, low, high, value } = r;
    // The unit inside a hyphenated compound, also at the end of a range ("five to six-and-a-half-year").
    let inner = r.inner;
    // ("a two-state solution", "the one-China policy": a compound number before a noun of a scheme names the scheme, it counts
    // nothing the story compares; "a three-judge panel" still counts judges.)
    if (inner !== undefined && r.first === r.last && (lang.schemeNouns?.has(tokens[r.last + 1]?.norm ?? '') ?? false)) {
      i = r.last + 1;
      continue;
    }
    const date = !r.decade ? dateAround(lang, tokens, r, v.text) : null;
    if (date) {
      out.push(
        make(v, date.first, date.last, 'date', { value: date.value, low: date.value, high: date.value, bound: 'exact', first: date.first, last: date.last }, 'date', 'date'),
      );
      i = date.last;
      continue;
    }
    // Currency: a symbol before ("$877,000", "US$2bn"), a code before ("USD 5"), or a word after ("1bn won").
    let currency: string | null = null;
    let textStart = -1;
    const sym = digit ? SYMBOL_BEFORE.exec(text.slice(Math.max(0, t.start - 5), t.start)) : null;
    const dollarThen = digit && !sym ? DOLLAR_THEN_PREFIX.exec(text.slice(Math.max(0, t.start - 4), t.start)) : null;
    if (dollarThen) {
      currency = DOLLAR_PREFIX[dollarThen[1] as string] ?? 'USD';
      textStart = t.start - dollarThen[0].length;
      // ("almost $US1 billion": the country is a token of its own, so a qualifier stands before it.)
      first = i - 1;
    } else if (sym) {
      currency = sym[2] === '$' && sym[1] ? (DOLLAR_PREFIX[sym[1]] ?? 'USD') : (CURRENCY_SYMBOLS[sym[2] as string] ?? null);
      textStart = t.start - sym[0].length;
      // ("almost US$2 million": the prefix is a token of its own, so a qualifier stands before it.)
      if (sym[1] && tokens[i - 1] && (tokens[i - 1] as Token).start === textStart) first = i - 1;
    } else if (
      digit &&
      tokens[i - 1] &&
      (/^\p{Lu}{3}$/u.test((tokens[i - 1] as Token).text) || lang.currencyPrefixes.has((tokens[i - 1] as Token).text)) &&
      currencyWord(lang, tokens[i - 1] as Token)
    ) {
      currency = currencyWord(lang, tokens[i - 1] as Token) as string;
      first = i - 1;
    }
    let suffixed = false;
    const suffix = suffixAfter(lang, tokens, last, currency !== null);
    if (suffix !== null) {
      value *= suffix;
      last++;
      suffixed = true;
      for (let m = multiplierAt(lang, tokens[last + 1]); m !== undefined; m = multiplierAt(lang, tokens[last + 1])) {
        value *= m;
        last++;
      }
      low = value;
      high = value;
    }
    // A range: "10-20", "10 to 20", "between 10 and 20" (but "from 296 to 632" is a change: two figures).
    // The percent sign may be written at both ends ("1.5% to 1.75%", "1.50%-1.75%"): then the far end must
    // carry it too, and "rose by 0.2% to 3.1%" is a change and a new level, not a range.
    const startWord = tokens[first - 1]?.norm ?? '';
    const unitBoth = !currency && !suffixed && !lang.changeSizeWords.has(startWord) ? percentAfter(lang, tokens, last) : null;
    const joinAt = last + 1 + (unitBoth?.length ?? 0);
    const joinTok = tokens[joinAt];
    const gap = joinTok ? text.slice((tokens[joinAt - 1] as Token).end, joinTok.start) : '';
    const dashed = /^\s*[-–—]\s*$/.test(gap) && isDigitToken(joinTok);
    const worded = joinTok && /^\s+$/.test(gap) && lang.rangeJoiners.has(joinTok.norm);
    // ("deaths between 2005 and 2018": two years span a time, they are no range of the count.)
    const years = !currency && !suffixed && YEAR_TOKEN.test(t.norm) && YEAR_TOKEN.test(tokens[joinAt + 1]?.norm ?? '') && r.first === r.last;
    // ("7-5700" under a report's title, a phone extension: digits joined by a dash whose second group runs three digits or
    // more past the first, with no thousands comma, are a code, not a range.)
    if (dashed && joinTok && DIGITS_ONLY.test(t.norm) && DIGITS_ONLY.test(joinTok.norm) && joinTok.norm.length >= t.norm.length + CODE_DIGITS_APART) {
      i = joinAt;
      continue;
    }
    if (joinTok && (dashed || (worded && !years))) {
      const isRange = dashed
        ? !/^\d{4}$/.test(t.norm)
        : lang.rangeStarts.get(startWord)?.has(joinTok.norm) === true ||
          (lang.changeStarts.has(startWord) && joinTok.norm !== 'and' && lang.rangeLeads.has(tokens[first - 2]?.norm ?? '')) ||
          (!lang.changeStarts.has(startWord) && !lang.rangeStarts.has(startWord) && joinTok.norm !== 'and');
      // (With the text: "1-1/2 to 1-3/4 percent" has a fraction at both ends.)
      const r2 = isRange ? readNumber(lang, tokens, dashed ? joinAt : joinAt + 1, text) : null;
      if (r2 && !r2.weak && r2.bound === 'exact' && !(r.weak && !dashed) && (!unitBoth || percentAfter(lang, tokens, r2.last) !== null)) {
        let hi = r2.value;
        let end = r2.last;
        const suffix2 = suffixAfter(lang, tokens, end, currency !== null);
        // "youth in 2023 to 1.63 million": a year, then where a change went, not a range from 2023 million.
        // ("the tally of deaths in 2016 to 4,220": after "in", the year is when, whatever the far number is written as.)
        const yearThenSum =
          !dashed && (suffix2 !== null || r2.last > r2.first || (lang.yearLeads?.has(startWord) ?? false)) && !suffixed && r.first === r.last && YEAR_TOKEN.test(t.norm);
        if (suffix2 !== null && !yearThenSum) {
          hi *= suffix2;
          end++;
          if (!suffixed) low = low * suffix2;
        }
        if (
          (dashed || joinTok.norm === 'to') &&
          !currency &&
          !suffixed &&
          suffix2 === null &&
          !unitBoth &&
          r.first === r.last &&
          r2.first === r2.last &&
          Number.isInteger(low) &&
          Number.isInteger(hi) &&
          voteTally(lang, tokens, first, end)
        ) {
          // "by a vote of 61-36", "passed 258 to 169", "the 80-15 vote": a tally holds two counts, the yeas and the
          // nays (not a range, whichever is larger, nor one figure): each is compared with the same side of another
          // outlet's tally of the vote.
          out.push(make(v, first, r.last, 'count', { value: low, low, high: low, bound: 'exact', first, last: r.last }, 'votes', 'votes-for'));
          out.push(make(v, r2.first, end, 'count', { value: hi, low: hi, high: hi, bound: 'exact', first: r2.first, last: end }, 'votes', 'votes-against'));
          i = end;
          continue;
        }
        // "up 3,999,944 to 29,145,505": the size of a change, then the level it reached (a range's ends are nearer).
        const changeThenLevel = !dashed && (lang.changeSizeWords.has(startWord) || lang.changeDirections.has(startWord)) && hi > 2 * low;
        if (hi > low && !yearThenSum && !changeThenLevel) {
          if (lang.rangeStarts.has(startWord)) first--;
          [bound, high, value, last] = ['range', hi, (low + hi) / 2, end];
          if (r2.inner !== undefined) inner = r2.inner;
          suffixed = suffixed || suffix2 !== null;
        } else if (
          (dashed || (lang.functionWords.to.has(joinTok.norm) && lang.functionWords.of.has(startWord) && lang.scoreNouns.has(tokens[first - 2]?.norm ?? ''))) &&
          digit &&
          !currency &&
          !suffixed &&
          suffix2 === null &&
          r.first === r.last &&
          r2.first === r2.last &&
          hi < low &&
          low < MAX_SCORE_SIDE &&
          Number.isInteger(low) &&
          Number.isInteger(hi)
        ) {
          // "passed 314-117", "won 3-1": a vote or a score, one figure of two numbers (kept apart from
          // another score by both: 314-117 is not 314-116). (Not "59,597,300—56,489,800 in England": a dash
          // between counts in the thousands sets a part after a whole, as no vote or game is scored.)
          const score = low + hi / 1e6;
          out.push(make(v, first, end, 'count', { value: score, low: score, high: score, bound: 'exact', first, last: end }, 'score', 'score'));
          i = end;
          continue;
        }
      }
    }
    // "a 4.3-billion-euro fine", "a 10-million-dollar deal": the currency inside a compound adjective.
    const innerCurrency = !currency && inner !== undefined ? lang.currencyWords.get(inner) : undefined;
    if (innerCurrency) {
      currency = innerCurrency;
      inner = undefined;
    }
    const afterTok = tokens[last + 1];
    // "1,875 pounds of pills", "64 kilograms (about 141 pounds)": pounds of weight, not of money.
    const weighed = !currency && afterTok !== undefined && poundsOfWeight(lang, tokens, text, first, last, out);
    const afterCurrency = afterTok && !weighed ? currencyWord(lang, afterTok) : undefined;
    const aside = !currency && !afterCurrency && afterTok ? currencyAfterAside(lang, tokens, text, last) : null;
    // "124.5 million British pounds", "95 billion US dollars": the currency with its country.
    const named = !currency && !afterCurrency && afterTok ? lang.currencyPhrases?.find((c) => seq(tokens, last + 1, c.words)) : undefined;
    let bareDollars = false;
    // The currency named by the word after the number, with no sign before it ("2022 dollars").
    let currencyAfter = false;
    if (!currency && afterTok && afterCurrency) {
      currency = afterCurrency;
      bareDollars = lang.bareDollarWords.has(afterTok.norm);
      currencyAfter = true;
      last++;
    } else if (named) {
      currency = named.currency;
      last += named.words.length;
    } else if (aside) {
      // "almost 1.6 billion — I think I got it right — euros": a speaker's aside between the sum and its currency.
      currency = aside.currency;
      last = aside.index;
    } else if (!currency && bound === 'vague' && afterTok && lang.shareOf.has(afterTok.norm) && tokens[last + 2]) {
      // "trillions of dollars", "millions of euros": a vague sum of money.
      const named = currencyWord(lang, tokens[last + 2] as Token);
      if (named) {
        currency = named;
        last += 2;
      }
    }
    const q = qualifierBefore(lang, tokens, textStart >= 0 ? first : first);
    if (q) {
      first = q.first;
      textStart = -1;
      if (bound === 'range') {
        /* "up to 10-20": the range says more */
      } else if (q.bound === 'lower') [bound, low, high] = ['lower', value, null];
      else if (q.bound === 'upper') [bound, low, high] = ['upper', 0, value];
      else bound = bound === 'vague' ? 'vague' : 'approx';
    }
    for (const tail of lang.trailingLower) {
      // "100 or more", "50 plus." — but "£88.5m plus add-ons" and "plus 10 million in bonuses" add something else, and a
      // tail past a bracket ("(£86 million) plus") belongs to the sentence, not to the number.
      const then = tokens[last + 1 + tail.length];
      const adds =
        tail.length === 1 &&
        then !== undefined &&
        (LETTER_FIRST.test(then.text) || DIGIT_FIRST.test(then.text)) &&
        text.slice((tokens[last + tail.length] as Token).end, then.start).trim() === '';
      const attached = tokens[last + 1] !== undefined && /^[\s-]*$/.test(text.slice((tokens[last] as Token).end, (tokens[last + 1] as Token).start));
      if (seq(tokens, last + 1, tail) && bound === 'exact' && !adds && attached) {
        [bound, low, high] = ['lower', value, null];
        last += tail.length;
      }
    }
    const read: Read = { value, low, high, bound, first, last };
    const yearShaped = r.spokenYear === true || (YEAR_TOKEN.test((tokens[r.first] as Token).norm) && r.first === r.last && r.bound === 'exact' && !suffixed);
    // ("Income estimates are expressed in real or 2022 dollars", "in constant 2015 euros": a year before a currency's name is
    // the price base the sums are given in, no sum of its own.)
    if (currencyAfter && yearShaped && !q && bound === 'exact' && (lang.priceBaseLeads?.has(tokens[r.first - 1]?.norm ?? '') ?? false)) {
      i = last;
      continue;
    }
    if (currency) {
      const f = make(v, first, last, 'money', read, currency.toLowerCase(), `money:${currency}`);
      if (bareDollars) f.bareDollars = true;
      if (textStart >= 0 && !q) {
        f.text = text.slice(textStart, f.end);
        f.start = textStart;
      }
      f.currency = currency;
      f.sourced = sourced;
      markScheduled(f, lang, tokens, first, text);
      out.push(f);
      i = last;
      continue;
    }
    const isYear = (r.decade || (yearShaped && bound !== 'range')) && !q && !suffixed;
    const unitAt = weighed
      ? { index: last + 1, unit: WEIGHT_POUNDS }
      : inner
        ? { index: last, unit: inner }
        : findUnit(lang, tokens, last, bound === 'vague', text, bound === 'exact' && value === 1 && first === last);
    // "around 2030", "the 50 years up to 1900": a year-shaped number with a qualifier and nothing counted is a year
    // (a count that large is written "2,030" or names what it counts).
    // "105 mm ammunition", "155mm howitzers": a calibre names a kind of weapon, not a length.
    if (unitAt && unitClassOf(lang, unitAt.unit) === 'mm' && lang.calibreNouns.has(tokens[unitAt.index + 1]?.norm ?? '')) {
      i = unitAt.index;
      continue;
    }
    if (yearShaped && q && !unitAt && bound !== 'range') {
      out.push(make(v, r.first, r.last, 'year', { value: r.value, low: r.value, high: r.value, bound: 'exact', first: r.first, last: r.last }, 'year', 'year'));
      i = last;
      continue;
    }
    // ("measles cases in the first five months of 2019 surpass…": a span's year after "of", whatever noun follows.)
    const spanYear = yearShaped && lang.functionWords.of.has(tokens[first - 1]?.norm ?? '') && lang.timeUnits.has(tokens[first - 2]?.norm ?? '');
    if (isYear && (spanYear || !(unitAt && lang.unitClasses.has(unitAt.unit)))) {
      out.push(make(v, first, last, 'year', { value, low, high, bound: r.decade ? 'range' : 'exact', first, last }, 'year', 'year'));
      i = last;
      continue;
    }
    if (unitAt && lang.timeUnits.has(unitAt.unit)) {
      // "one day I would be a world-record holder": someday, not a length of a day.
      if (someDayClause(lang, tokens, text, first, unitAt.index)) {
        i = unitAt.index;
        continue;
      }
      const minutes = lang.timeUnits.get(unitAt.unit) as number;
      // "the 10-year yield", "the 2-year UST yield", "30-year bonds": a security named by its term, not a length.
      const hyphened = text.slice((tokens[last] as Token).end, (tokens[unitAt.index] as Token).start) === '-';
      const named = (k: number): boolean => lang.termNamedNouns.has(tokens[k]?.norm ?? '');
      if (hyphened && (named(unitAt.index + 1) || (UPPER.test(tokens[unitAt.index + 1]?.text ?? '') && named(unitAt.index + 2)))) {
        i = unitAt.index;
        continue;
      }
      const after = tokens[unitAt.index + 1]?.norm ?? '';
      const before2 = tokens[first - 1]?.norm ?? '';
      let end = unitAt.index;
      if (lang.agoWords.has(after) && v.year !== null && minutes >= 525600) {
        end++;
        const years = Math.round((value * minutes) / 525600);
        const y = v.year - years;
        // "nearly four years ago", "more than a decade ago": the count back is rounded, so the year is known only to a
        // year or so (low and high say how far; its value stays the year counted back).
        const [from, to] = bound === 'upper' ? [y, y + 1] : bound === 'lower' ? [y - 1, y] : bound === 'exact' ? [y, y] : [y - 1, y + 1];
        const f = make(v, first, end, 'year', { value: y, low: from, high: to, bound: 'exact', first, last: end }, 'year', 'year');
        f.relative = true;
        out.push(f);
        i = end;
        continue;
      }
      // "a man aged 45 years": after "aged", years are an age; "children aged 8 years", "people aged 65 years and over",
      // "aged 5 to 11 years": after a plural, or as a range, a bracket that names a group of people, no quantity.
      if (minutes === 525600 && lang.measuresBefore.get(before2) === 'age') {
        if (agedBracket(lang, tokens, first - 1, text) || (low !== high && high !== null)) {
          i = end;
          continue;
        }
        out.push(make(v, first, end, 'count', { value, low, high, bound, first, last: end }, 'age', 'age'));
        i = end;
        continue;
      }
      // "65 years of age", "22 years old": an age. (A range of ages, "people 10-24 years old", is a bracket that names a
      // group of people, not a quantity.)
      const ageTail = minutes === 525600 ? lang.ageAfterYears.find((ph) => seq(tokens, unitAt.index + 1, ph)) : undefined;
      if (ageTail && low !== high && high !== null) {
        i = unitAt.index + ageTail.length;
        continue;
      }
      if (ageTail) {
        end += ageTail.length;
        out.push(make(v, first, end, 'count', { value, low, high, bound, first, last: end }, 'age', 'age'));
        i = end;
        continue;
      }
      const window = windowEnd(lang, tokens, text, first, end, out);
      if (window !== null) {
        i = window;
        continue;
      }
      // "in the 48 hours before", "11 days after": a span before or after something, not a length.
      const verbLast = before2 === 'last' && tokens[first - 2]?.norm === 'to';
      // A compound ("the seven-hour meeting") is a length whatever comes before it.
      // "in the 48 hours", "over the next week" are spans of time; "the 40 to 50 years that prosecutors sought" is a length.
      const spanThe = before2 === 'the' && (lang.spanPrepositions.has(tokens[first - 2]?.norm ?? '') || tokens[first - 2] === undefined);
      // "over the last 12 months", "in the last 24 hours", "spent the last 22 days": a window that runs up to now, a length
      // like "over the past 12 months", not a span before or after something (that one says so: "the last 48 hours before").
      const windowBack = before2 === 'last' && lang.grammaticalArticles.has(tokens[first - 2]?.norm ?? '');
      const offset =
        lang.offsetWords.has(after) ||
        (!hyphened && timeUntil(lang, v, first, end)) ||
        (inner === undefined && (spanThe || before2 === 'next' || (before2 === 'last' && !verbLast && !windowBack)));
      const scale = (x: number | null): number | null => (x === null ? null : x * minutes);
      const f = make(
        v,
        first,
        end,
        offset ? 'offset' : 'duration',
        { value: value * minutes, low: scale(low) as number, high: scale(high), bound, first, last: end },
        'minutes',
        offset ? 'offset' : 'duration',
      );
      markScheduled(f, lang, tokens, first, text);
      out.push(f);
      i = end;
      continue;
    }
    // "girls younger than 14", "those older than 65": a measure compared before the number bounds it (an age below 14).
    const compared = bound === 'exact' && tokens[first - 1]?.norm === 'than' ? lang.comparedMeasures.get(tokens[first - 2]?.norm ?? '') : undefined;
    if (compared) {
      [bound, low, high] = compared.bound === 'upper' ? ['upper', 0, value] : ['lower', value, null];
      first -= 2;
    }
    // "magnitude 6.1", "a magnitude of 6.8", "aged 33": the measure is named first.
    const measureWord = compared
      ? (tokens[first]?.norm as string)
      : lang.measuresBefore.has(tokens[first - 1]?.norm ?? '')
        ? tokens[first - 1]?.norm
        : tokens[first - 1]?.norm === 'of' && lang.measuresBefore.has(tokens[first - 2]?.norm ?? '')
          ? tokens[first - 2]?.norm
          : undefined;
    // ("girls aged 15 to 19", "children aged 5": a bracket after a plural, as above.)
    if (
      measureWord !== undefined &&
      !compared &&
      lang.measuresBefore.get(measureWord) === 'age' &&
      tokens[first - 1]?.norm === measureWord &&
      agedBracket(lang, tokens, first - 1, text)
    ) {
      i = last;
      continue;
    }
    // "7 on the Richter scale": the measure is named after, a few words on.
    const measureAfter = lang.measuresAfter.find((m) => seq(tokens, last + 1, m.words) || seq(tokens, last + 2, m.words));
    if (measureAfter && !measureWord) {
      const mf = make(v, first, last, 'count', { value, low, high, bound, first, last }, measureAfter.cls, measureAfter.cls);
      mf.sourced = sourced;
      out.push(mf);
      i = last;
      continue;
    }
    // "Bankman-Fried, 32, was sentenced": a bare number set off by commas after a name is an age.
    if (
      digit &&
      r.first === r.last &&
      !q &&
      bound === 'exact' &&
      value >= 1 &&
      value < 120 &&
      Number.isInteger(value) &&
      /^,\s$/.test(text.slice(tokens[i - 1]?.end ?? 0, t.start)) &&
      /^,/.test(text.slice(t.end, t.end + 1)) &&
      UPPER.test(tokens[i - 1]?.text ?? '')
    ) {
      out.push(make(v, i, i, 'count', { value, low, high, bound, first: i, last: i }, 'age', 'age'));
      continue;
    }
    // ("every 911 call", "a 911 operator", "called 911": an emergency number, dialled, not a count.)
    if (
      lang.emergencyNumbers?.has(t.norm) &&
      r.first === r.last &&
      ((lang.emergencyNouns?.has(tokens[last + 1]?.norm ?? '') ?? false) || (lang.dialWords?.has(tokens[first - 1]?.norm ?? '') ?? false))
    )
      continue;
    const unitKnown = unitAt && lang.unitClasses.has(unitAt.unit);
    if (r.weak && !(unitKnown && (unitAt as { index: number }).index <= last + 2) && !measureWord) continue;
    // A suffix with nothing counted and no currency is a name ("news site 2M").
    if (suffixed && !unitAt && !/\./.test(t.norm)) continue;
    const pct = lang.percentWords.find((w) => seq(tokens, last + 1, w)) ?? (tokens[last + 1]?.norm === '%' ? ['%'] : null);
    if (pct) {
      let end = last + pct.length;
      const points = lang.pointWords.find((w) => seq(tokens, end + 1, w) && w.length > 1);
      if (points) end += points.length;
      // ("a 95% confidence interval", "(95% CI 1.1–22.8)": the interval's level is how sure a method is, no figure of the story.)
      if ((lang.intervalLevels ?? []).some((w) => seq(tokens, end + 1, w))) {
        i = end;
        continue;
      }
      // "won the state by 15%": a winning margin is a difference of two shares, in points, however it is written.
      const margin = !points && winMargin(lang, tokens, first);
      out.push(make(v, first, end, 'percent', { value, low, high, bound, first, last: end }, margin ? 'points' : 'percent', margin ? 'percentage-points' : 'percent'));
      i = end;
      continue;
    }
    // "60 or 65 percent", "70, or at the most 75 percent": the first of two alternatives written with one unit is a share
    // too, not a bare count.
    if (!unitAt && !currency && !suffixed && !measureWord && bound === 'exact' && alternativeShare(lang, tokens, text, last)) {
      out.push(make(v, first, last, 'percent', { value, low, high, bound, first, last }, 'percent', 'percent'));
      i = last;
      continue;
    }
    // "75 basis points", "75bps": hundredths of a percentage point, compared with "0.75 percentage point".
    const basis = lang.basisPointWords.find((w) => seq(tokens, last + 1, w));
    if (basis) {
      const end = last + basis.length;
      const hundredth = (x: number | null): number | null => (x === null ? null : x / 100);
      out.push(
        make(v, first, end, 'percent', { value: value / 100, low: hundredth(low) as number, high: hundredth(high), bound, first, last: end }, 'points', 'percentage-points'),
      );
      i = end;
      continue;
    }
    const points = lang.pointWords.find((w) => seq(tokens, last + 1, w) && w.length > 1);
    if (points) {
      const end = last + points.length;
      out.push(make(v, first, end, 'percent', { value, low, high, bound, first, last: end }, 'points', 'percentage-points'));
      i = end;
      continue;
    }
    // "a majority of 170", "a margin of 12": nothing counted after the number, the size of a lead named before it.
    const sizeWord = !measureWord && !unitAt && tokens[first - 1]?.norm === 'of' && lang.sizeNounsBefore.has(tokens[first - 2]?.norm ?? '') ? tokens[first - 2]?.norm : undefined;
    let unit = measureWord ?? unitAt?.unit ?? sizeWord ?? '';
    let unitClass = compared ? compared.cls : measureWord ? (lang.measuresBefore.get(measureWord) as string) : unit ? unitClassOf(lang, unit) : '';
    let subjectIndex = unitAt?.index;
    // "the number of schools damaged had increased to more than 3,500": a bare count whose clause names what it counts first.
    // (People are left to the words around the number, which say whether they were killed, injured or displaced.)
    const namedBefore = !unit && !compared ? countNamedEarlier(lang, tokens, text, first) : -1;
    const namedNoun = namedBefore >= 0 ? (tokens[namedBefore] as Token).norm : '';
    if (namedBefore >= 0 && unitClassOf(lang, namedNoun) !== 'people' && !lang.peopleStates.has(namedNoun)) {
      unit = namedNoun;
      unitClass = unitClassOf(lang, unit);
      subjectIndex = namedBefore;
    }
    // "64 km/h", "39 miles per hour": a length over an hour is a speed, not a distance.
    // (Where the speed's unit ends, so that it is shown with its figure: "178" and "111" alone are no speeds a reader
    // could compare, "178 km/h" and "111 mph" are.)
    let speedEnd = -1;
    if (unitAt && (unitClass === 'km' || unitClass === 'miles')) {
      const u = tokens[unitAt.index] as Token;
      const slash = /^\/h(?:r|our)?\b/i.exec(text.slice(u.end, u.end + 5));
      const ph = (lang.perHour ?? []).find((w) => seq(tokens, unitAt.index + 1, w));
      if (slash || ph) {
        unitClass = unitClass === 'km' ? 'km/h' : 'mph';
        if (unitAt.index === last + 1) speedEnd = slash ? u.end + slash[0].length : (tokens[unitAt.index + (ph as readonly string[]).length] as Token).end;
      }
    } else if (unitAt && unitAt.index === last + 1 && (unitClass === 'km/h' || unitClass === 'mph')) speedEnd = (tokens[unitAt.index] as Token).end;
    if (unitAt && !measureWord && personToll(lang, tokens, first, unitAt.index, unit, text)) unitClass = 'people';
    if (!measureWord && (unitClass === 'people' || unitClass === '' || lang.peopleStates.has(unit))) {
      // The unit may say it itself ("lives", "deaths"); else the words around it.
      // ("44 million lives" saved or lost: the verb near says which; a toll when nothing does.)
      const unitState = lang.livesNouns?.has(unit) && unitAt ? (livesState(lang, tokens, unitAt.index) ?? lang.peopleStates.get(unit)) : lang.peopleStates.get(unit);
      // ("more than 3.4 million displaced people", "48,000 internally displaced people": a state between the count and its
      // noun is theirs, as in "500 injured tourists".)
      const between = unitClass === 'people' && unitAt ? stateBetween(lang, tokens, last + 1, unitAt.index) : null;
      const state = unitState ?? between ?? peopleState(lang, tokens, first, unitClass === 'people' ? (unitAt as { index: number }).index : last, text);
      if (state && (unitClass === 'people' || unitClass === '' || lang.peopleStates.has(unit))) {
        const stage = state === 'killed' ? bodyStage(lang, tokens, last) : null;
        unitClass = stage ? `people-killed-${stage}` : `people-${state}`;
        if (!unit) {
          unit = 'people';
          subjectIndex = undefined;
        }
      } else if (lang.peopleStates.has(unit)) unitClass = 'people';
      // "more than 1,000 people had so far been buried": a stage of handling the dead says they are dead.
      else {
        const stage = bodyStage(lang, tokens, last);
        // (Not "recovered", "pulled from the rubble": people found may be alive; only the dead's own words, "bodies",
        // make it a stage of the toll.)
        if (stage && stage !== 'recovered') unitClass = `people-killed-${stage}`;
      }
    }
    // "12 confirmed cases", "152 suspected cases", "107 suspected hospitalized cases", "189 cases have been hospitalized": an
    // outbreak's counts of cases by their status are different quantities (a count with no status may be any of them).
    // So are houses destroyed and houses damaged, bridges or schools too (not people: the words for what befell them make
    // their classes).
    const status =
      unitClass === 'cases' && unitAt
        ? caseStatus(lang, tokens, last, unitAt.index)
        : !unitClass.startsWith('people') && !measureWord
          ? damageStatus(lang, text, tokens, first, last, unitAt?.index)
          : null;
    // "9-year-olds", "age 9 students", "17-year-old students": an age naming a group of people (a plural) is the
    // group's name, not a quantity (one person's age, "the 45-year-old officer", is).
    if (unitClass === 'age' || unitClass === 'year-old') {
      const nextTok = tokens[(measureWord ? last : (unitAt?.index ?? last)) + 1];
      const plural = /-olds$/.test(unit) || (nextTok !== undefined && LETTER_WORD.test(nextTok.norm) && !lang.stopwords.has(nextTok.norm) && lang.isPlural(nextTok.norm));
      // ("victims over the age of 60", "children under age 5": the bound set before the measure bounds the age, as "over 60
      // years of age" does.)
      const measureAt = measureWord && !compared && bound === 'exact' ? tokens.findLastIndex((t, j) => j < first && t.norm === measureWord) : -1;
      const boundAt = measureAt < 1 ? -1 : lang.grammaticalArticles.has(tokens[measureAt - 1]?.norm ?? '') ? measureAt - 2 : measureAt - 1;
      const threshold = boundAt >= 0 ? lang.ageThresholds?.get(tokens[boundAt]?.norm ?? '') : undefined;
      if (threshold) {
        [bound, low, high] = threshold === 'upper' ? ['upper', 0, value] : ['lower', value, null];
        first = boundAt;
      }
      if (plural) {
        i = Math.max(last, unitAt?.index ?? last);
        continue;
      }
    }
    // "397.7 parts per million", "12 deaths per 100,000 people": a measure per a count is one unit, shown with its figure;
    // "parts" alone would ask for a number of parts, and a rate of deaths is no death toll.
    const per = unitAt ? perCountAfter(lang, tokens, unitAt.index) : null;
    const concentration = per && unit === lang.partsPer?.noun ? lang.partsPer.abbreviations.get(per.count) : undefined;
    let end = last;
    if (unitAt && per) {
      unit = concentration ?? `${unit} ${text.slice((tokens[unitAt.index + 1] as Token).start, (tokens[per.last] as Token).end)}`;
      unitClass = concentration ?? `rate:${per.count}:${unitClass}`;
      if (concentration) subjectIndex = undefined;
      end = per.last;
    } else if (unitAt && unitAt.index === last + 1 && isConcentration(lang, unit)) {
      // ("397.7 ppm": the abbreviation is the unit's other written form, shown with the figure as the words are.)
      subjectIndex = undefined;
      end = unitAt.index;
    }
    const f = make(v, first, end, 'count', { value, low, high, bound, first, last: end }, unit, unitClass);
    if (speedEnd > f.end) {
      f.text = text.slice(f.start, speedEnd);
      f.end = speedEnd;
    }
    f.sourced = sourced;
    markScheduled(f, lang, tokens, first, text);
    if (status) f.status = status;
    if (subjectIndex !== undefined) f.subject = subjectFrom(tokens, subjectIndex, text, unitClass === 'people-killed');
    out.push(f);
    i = end;
  }
  for (const f of out) if (!f.sourced) f.sourced = sourced && f.kind !== 'date' && f.kind !== 'time';
  for (const f of out) {
    if (f.bound !== 'lower' && f.bound !== 'upper') continue;
    const k = tokens.findIndex((t) => t.start === f.start);
    const q = k >= 0 ? lang.qualifiers.find((x) => seq(tokens, k, x.words)) : undefined;
    if (q?.limit) f.limit = true;
  }
  // ("$800 billion-a 9.3 percent increase": the figure ends at the dash typed as a hyphen, see readNumber.)
  for (const f of out) {
    const glue = /(\p{L}+)-(\p{L}+)$/u.exec(f.text);
    if (glue && lang.multipliers.has((glue[1] as string).toLowerCase()) && lang.stopwords.has((glue[2] as string).toLowerCase())) {
      f.text = f.text.slice(0, -(glue[2] as string).length - 1);
      f.end -= (glue[2] as string).length + 1;
    }
  }
  for (const f of out) voteSideOf(lang, v.tokens, f);
  votesTo(lang, v, out);
  joinLengths(lang, v, out);
  partsOfWholes(lang, v, out);
  shareMultiplier(lang, v, out);
  inheritUnits(lang, v, out);
  labelledCounts(lang, v, out);
  inheritCurrency(lang, v, out);
  return out;
}

/** How many words a label before a colon may have for its noun to name the count after it. */
const LABEL_WORDS = 8;

/**
 * "Cumulative cases: 56", "Health workers infected: 6", "Contacts under follow-up: 1,312": a bare count right after a
 * label and its colon counts the label's first plural noun (a situation report's lines, a fact box's).
 */
function labelledCounts(lang: LangPack, v: View, out: Figure[]): void {
  const { tokens, text } = v;
  for (const f of out) {
    if (f.kind !== 'count' || f.unit || f.unitClass || f.bound === 'vague' || !DIGIT_FIRST.test(f.text)) continue;
    const at = tokens.findIndex((t) => t.start === f.start);
    if (at < 1 || !/^:\s*$/.test(text.slice((tokens[at - 1] as Token).end, f.start))) continue;
    let from = at - 1;
    while (from > 0 && at - from < LABEL_WORDS && !/[.;:!?\n]/.test(text.slice((tokens[from - 1] as Token).end, (tokens[from] as Token).start))) from--;
    const noun = tokens.slice(from, at).find((t) => LOWER_WORD.test(t.norm) && !lang.stopwords.has(t.norm) && pluralNoun(lang, t.norm));
    if (!noun) continue;
    f.unit = noun.norm;
    f.unitClass = unitClassOf(lang, noun.norm);
    f.subject = noun.norm;
  }
}

/**
 * "pledged 1.6 billion euros from France; 1.3 billion from Germany": a sum written with its multiplier and nothing
 * counted after it, later in a sentence that has just given a sum of money, is in that money's currency (a list
 * names the currency once). Not across a sentence's full stop, nor past a figure of another kind in between.
 */
function inheritCurrency(lang: LangPack, v: View, out: Figure[]): void {
  const { tokens, text } = v;
  let money: Figure | null = null;
  for (const f of out) {
    if (f.kind === 'money') {
      money = f.currency ? f : null;
      continue;
    }
    if (f.kind === 'date' || f.kind === 'time' || f.kind === 'year') continue;
    const bare = f.kind === 'count' && !f.unit && !f.unitClass && f.bound !== 'vague' && !f.parts;
    if (!money || !bare) {
      money = null;
      continue;
    }
    const [, last] = tokenRange(tokens, f);
    const multiplied = lang.multipliers.has(tokens[last]?.norm ?? '') || lang.multiplierSuffixes.has(tokens[last]?.norm ?? '');
    // (Nothing after it that it might count: "paid to 16 million affected accounts" counts accounts.)
    const after = tokens[last + 1];
    const nothingCounted = !after || !isUnitCandidate(lang, after) || /[,;:.()—–]/.test(text.slice((tokens[last] as Token).end, after.start));
    if (multiplied && nothingCounted && !/[.!?]\s/.test(text.slice(money.end, f.start))) {
      const currency = money.currency as string;
      f.kind = 'money';
      f.currency = currency;
      f.unit = currency.toLowerCase();
      f.unitClass = `money:${currency}`;
      f.subject = f.unit;
      continue;
    }
    money = null;
  }
}

/**
 * "two hours, 13 minutes and 44 seconds", "2 hours 1 minute": lengths in falling units, one after another with only a
 * comma or "and" between, are one length written in parts (as "2:13:44" is).
 */
function joinLengths(lang: LangPack, v: View, out: Figure[]): void {
  const { tokens, text } = v;
  const unitOf = (f: Figure): number | undefined => {
    const [, last] = tokenRange(tokens, f);
    return lang.timeUnits.get(tokens[last]?.norm ?? '');
  };
  for (let k = out.length - 1; k > 0; k--) {
    const f = out[k - 1] as Figure;
    const g = out[k] as Figure;
    if (f.kind !== 'duration' || g.kind !== 'duration' || g.bound !== 'exact' || (f.bound !== 'exact' && f.bound !== 'approx' && f.bound !== 'lower' && f.bound !== 'upper'))
      continue;
    if (!/^\s*,?\s*(?:and\s+)?$/.test(text.slice(f.end, g.start))) continue;
    const a = unitOf(f);
    const b = unitOf(g);
    if (a === undefined || b === undefined || b >= a || g.value >= a) continue;
    f.text = text.slice(f.start, g.end);
    f.end = g.end;
    f.value += g.value;
    if (f.bound !== 'upper') f.low += g.value;
    if (f.high !== null) f.high += g.value;
    out.splice(k, 1);
  }
}

/**
 * "410 of the 650 seats", "648 out of 650 seats declared": the second number is the whole (a
 * quantity of its own, compared only with other wholes), the first a part counting the same thing.
 */
function partsOfWholes(lang: LangPack, v: View, out: Figure[]): void {
  const { tokens } = v;
  for (let k = 1; k < out.length; k++) {
    const part = out[k - 1] as Figure;
    const whole = out[k] as Figure;
    if (part.kind !== 'count' || whole.kind !== 'count' || !whole.unitClass) continue;
    const [, pl] = tokenRange(tokens, part);
    const [wf] = tokenRange(tokens, whole);
    if (!lang.wholeBefore.some((w) => w.length === wf - pl - 1 && seq(tokens, pl + 1, w))) continue;
    // A bracket or a comma between them ("(2) Of the 193 member states", a list item's number) ends the part.
    if (/[()[\],;:]/.test(v.text.slice(part.end, whole.start))) continue;
    if (!part.unit) {
      part.unit = whole.unit;
      part.unitClass = whole.unitClass;
      part.subject = whole.subject;
    }
    whole.unitClass = `${whole.unitClass}-whole`;
  }
}

/**
 * A bare number after a counted one in the same sentence counts the same thing when nothing of
 * its own comes between: "14,964 in the vaccine group and 4,902 in the placebo group", "won 329
 * seats, surpassing the 326 needed", "The SNP has five seats, Plaid Cymru four". Not after a
 * word of its own ("played 133 games and scored 24": the verb says it is something else).
 */
/** How many words before a bare number the noun it counts may stand ("users missed estimates, coming in at 1.929 billion"). */
const UNIT_BEFORE_REACH = 8;

/**
 * "from 2.80 to 2.25 million students", "from $2.1 to $2.5 billion": the start of a change written without the
 * multiplier and the noun its end gives them, which it shares (within a factor of ten of the end, as a change's start is).
 */
function shareMultiplier(lang: LangPack, v: View, out: Figure[]): void {
  const { tokens, text } = v;
  const plain = (f: Figure): number => Number(/\d[\d,]*(?:\.\d+)?/.exec(f.text)?.[0].replace(/,/g, '') ?? NaN);
  for (let n = 0; n + 1 < out.length; n++) {
    const f = out[n] as Figure;
    const g = out[n + 1] as Figure;
    if (f.kind !== g.kind || f.bound !== 'exact') continue;
    // (A count may already carry the noun after the end: "from 2.80 to 2.25 million students" reads "students" for both.)
    if (f.kind === 'count' ? f.unit !== '' && f.unit !== g.unit : f.kind !== 'money' || f.currency !== g.currency) continue;
    const [at, last] = tokenRange(tokens, f);
    const join = tokens[last + 1];
    if (at <= 0 || !join || !lang.changeStarts.has((tokens[at - 1] as Token).norm) || !lang.rangeJoiners.has(join.norm) || tokenRange(tokens, g)[0] !== last + 2) continue;
    if (text.slice((tokens[last] as Token).end, join.start).trim() !== '') continue;
    const mult = g.value / plain(g);
    if (!(mult >= 1000) || plain(f) !== f.value || f.value * mult > 10 * g.value || f.value * mult < g.value / 10) continue;
    f.value *= mult;
    f.low *= mult;
    f.high = f.high === null ? null : f.high * mult;
    if (f.kind === 'money') continue;
    f.unit = g.unit;
    f.unitClass = g.unitClass;
    f.subject = g.subject;
  }
}

/**
 * Two numbers joined by "and" or "or" with nothing else between ("84 and 94 deaths", "magnitude 4.5 and 6.6"): the
 * writer names what they count once, after the second number or before the first, and the other number counts it too.
 */
function joinedPair(lang: LangPack, v: View, a: Figure, b: Figure): boolean {
  const { tokens, text } = v;
  const [, last] = tokenRange(tokens, a);
  const joiner = tokens[last + 1];
  // ("A hundred and forty-one states" is one number written in words, not two.)
  if (lang.multipliers.has((tokens[last] as Token).norm)) return false;
  if (!joiner || !(lang.pairJoiners?.has(joiner.norm) ?? false) || tokenRange(tokens, b)[0] !== last + 2) return false;
  return /^\s+$/.test(text.slice((tokens[last] as Token).end, joiner.start)) && /^\s+$/.test(text.slice(joiner.end, b.start));
}

function shareJoinedUnits(lang: LangPack, v: View, out: Figure[]): void {
  const bare = (f: Figure): boolean => f.kind === 'count' && !f.unit && !f.unitClass && f.bound !== 'vague' && !f.parts && !f.partOf;
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i] as Figure;
    const b = out[i + 1] as Figure;
    if (a.kind !== 'count' || b.kind !== 'count' || !joinedPair(lang, v, a, b)) continue;
    // The noun after the second number ("84 and 94 deaths"); a measure before the first ("magnitude 4.5 and 6.6").
    const measureFirst = lang.measuresBefore.has(a.unit) && v.tokens[tokenRange(v.tokens, a)[0] - 1]?.norm === a.unit;
    const [from, to] = bare(a) && b.unit ? [b, a] : bare(b) && measureFirst ? [a, b] : [null, null];
    if (!from || !to) continue;
    to.unit = from.unit;
    to.unitClass = from.unitClass;
    to.subject = from.subject;
  }
}

function inheritUnits(lang: LangPack, v: View, out: Figure[]): void {
  shareJoinedUnits(lang, v, out);
  const { tokens, text } = v;
  let counted: Figure | null = null;
  for (const f of out) {
    if (f.kind !== 'count') continue;
    if (f.unit) {
      // A measure ("6.8-magnitude", "aged 33") is not a noun a later number can count again.
      const measure = lang.measuresBefore.has(f.unit) || [...lang.measuresBefore.values()].includes(f.unitClass) || lang.measuresAfter.some((m) => m.cls === f.unitClass);
      counted = measure ? null : f;
      continue;
    }
    if (!counted && !f.unitClass && DIGIT_FIRST.test(f.text) && f.bound !== 'vague') {
      // "Daily active users came in at 1.93 billion", "monthly active users of 2.91 billion": nothing counted
      // after the number, the noun it counts a few words before it, in the same clause (no other number between).
      const at = tokens.findIndex((t) => t.start === f.start);
      for (let k = at - 1; k >= 0 && k >= at - UNIT_BEFORE_REACH; k--) {
        const t = tokens[k] as Token;
        if (/[.;:!?]/.test(text.slice(t.end, (tokens[k + 1] as Token).start))) break;
        // Another number between counts the noun itself; a percentage between is the size of a change in it
        // ("daily active people rose 8% to 2.82 billion").
        if (isDigitToken(t)) {
          if (out.some((g) => g.kind === 'percent' && g.start <= t.start && t.end <= g.end)) continue;
          break;
        }
        // (Plurals without an s count too: "people", "staff".)
        if (lang.unitClasses.has(t.norm) && pluralNoun(lang, t.norm)) {
          f.unit = t.norm;
          f.unitClass = unitClassOf(lang, t.norm);
          f.subject = t.norm;
          // ("users fell from 1.93 billion to 1.929 billion": the next bare number counts them too.)
          counted = f;
          break;
        }
      }
      continue;
    }
    if (!counted || f.unitClass) continue;
    const at = tokens.findIndex((t) => t.start === f.start);
    const prev = tokens[at - 1];
    if (at <= 0 || !prev) continue;
    const gap = text.slice(prev.end, f.start);
    // (A semicolon parts the items of a list of places: "six people in Ohio, where a plant was hit; four in Iowa".)
    if (/[.]/.test(gap) || (/;/.test(gap) && !(placeAfter(lang, tokens, text, counted) && placeAfter(lang, tokens, text, f)))) continue;
    const own = lang.stopwords.has(prev.norm) || UPPER.test(prev.text) || /[,—–(]/.test(gap);
    if (!own) continue;
    // "six girls younger than 14": after a comparison of another kind the number measures that (an
    // age), not more of the counted; only "more than", "fewer than" and the like count them again.
    if (lang.comparisonWords?.has(prev.norm) && !lang.qualifiers.some((q) => q.words.length === 2 && q.words[0] === tokens[at - 2]?.norm && q.words[1] === prev.norm)) continue;
    f.unit = counted.unit;
    // A number that opens a clause of its own ("793 were discharged and 382 are being treated") counts the same
    // people, but not in the state the other clause gives them.
    // ("more than 2.8 million have been impacted": the word after the figure's last, not after its bound.)
    const after = tokens.find((t) => t.start >= f.end);
    // (Nor a part with a relative clause of its own: "64 were hospitalized, including 17 who developed kidney failure".)
    const ownClause = lang.auxiliaries.has(after?.norm ?? '') || lang.relativePronouns.has(after?.norm ?? '');
    f.unitClass = counted.unitClass.startsWith('people-') && ownClause ? 'people' : counted.unitClass;
    f.subject = counted.subject;
  }
}

/** Whether a figure (and the noun it counts) is followed by a preposition and a name: "two in Arkansas", "six people in Ohio". */
function placeAfter(lang: LangPack, tokens: readonly Token[], text: string, f: Figure): boolean {
  let k = tokens.findIndex((t) => t.start >= f.end);
  if (k < 0) return false;
  if (f.unit && tokens[k]?.norm === f.unit) k++;
  const prep = tokens[k];
  const name = tokens[k + 1];
  return !!prep && !!name && lang.placePrepositions.has(prep.norm) && UPPER.test(name.text) && !/[,;.]/.test(text.slice(prep.end, name.start));
}

/**
 * "1bn won (£560,518; $877,000)", "72 kilometres (45 miles)": figures in brackets right after
 * another give the same quantity in other units.
 */
function markConversions(v: View, found: Figure[]): void {
  for (let k = 1; k < found.length; k++) {
    const f = found[k] as Figure;
    const prev = found[k - 1] as Figure;
    if (f.kind !== prev.kind || (f.kind !== 'money' && f.kind !== 'count')) continue;
    const gap = v.text.slice(prev.end, f.start);
    const root = prev.conversionOf !== undefined ? found.find((x) => x.id === prev.conversionOf) : prev;
    if (!root) continue;
    const opens = /^[\s\p{L}.]{0,24}\(\s*[~≈]?\s*$/u.test(gap);
    const chained = prev.conversionOf !== undefined && /^[\s\p{L}.]{0,16}[;,/]\s*(?:or\s+)?$/u.test(gap);
    if ((opens || chained) && (f.unit !== root.unit || f.currency !== root.currency)) f.conversionOf = root.id;
  }
}

/**
 * "16 of 18 (89%)": a share printed in brackets after the fraction it gives. The share keeps the fraction (a reader can
 * check one against the other), and the part and the whole are that share's terms, not counts of their own to group.
 */
function markFractions(lang: LangPack, v: View, found: Figure[]): void {
  for (let k = 2; k < found.length; k++) {
    const share = found[k] as Figure;
    const whole = found[k - 1] as Figure;
    const part = found[k - 2] as Figure;
    if (share.kind !== 'percent' || share.bound !== 'exact' || !/^\s*\(\s*$/.test(v.text.slice(whole.end, share.start))) continue;
    if (![part, whole].every((f) => f.kind === 'count' && f.bound === 'exact' && Number.isInteger(f.value) && f.value > 0) || part.value > whole.value) continue;
    const between = v.text.slice(part.end, whole.start).trim().toLowerCase().split(/\s+/);
    if (!lang.fractionJoiners.some((j) => j.length === between.length && j.every((w, i) => w === between[i]))) continue;
    share.fraction = [part.value, whole.value];
    part.partOf = share.id;
    whole.partOf = share.id;
  }
}

/** Marks a figure that is a plan (see scheduledBefore) or a penalty the law sets (see statutoryBefore), both weighed as schedules. */
function markScheduled(f: Figure, lang: LangPack, tokens: readonly Token[], first: number, text: string): void {
  f.scheduled = scheduledBefore(lang, tokens, first, text);
  if (statutoryBefore(lang, tokens, first)) {
    f.scheduled = true;
    f.statutory = true;
  }
}

/**
 * "The count carries an enhanced penalty of thirty years", "faces a maximum sentence of 20 years": what the law sets for a
 * charge, a schedule the sentence given is weighed against, even where it meets it.
 */
function statutoryBefore(lang: LangPack, tokens: readonly Token[], first: number): boolean {
  for (let k = Math.max(1, first - 5); k < first; k++) {
    if (!(lang.penaltyNouns?.has((tokens[k] as Token).norm) ?? false) || !lang.functionWords.of.has(tokens[k + 1]?.norm ?? '')) continue;
    for (let j = k - 1; j >= Math.max(0, k - 4); j--) if (lang.statutoryVerbs?.has((tokens[j] as Token).norm)) return true;
  }
  return false;
}

function scheduledBefore(lang: LangPack, tokens: readonly Token[], first: number, text?: string): boolean {
  // "an expected $30.3 billion", "a projected 3.4%": the word qualifies the figure itself, which is then an
  // estimate of the quantity (a forecast, kept apart from the result), not a plan for what will be done.
  if (first > 0 && lang.forecastWords.has((tokens[first - 1] as Token).norm)) return false;
  // ("The previous record minimum, set in 2007, was 4.17 million": a word of plan dated by a year right after it tells when
  // the thing was done, not what is planned.)
  // ("The death-toll is expected to rise, with over 600 people … still unaccounted for": a comma between parts the word of plan
  // from the figure, which the plan's clause does not reach.)
  for (let k = Math.max(0, first - 4); k < first; k++) {
    if (!lang.scheduleWords.has((tokens[k] as Token).norm)) continue;
    if (lang.placePrepositions.has(tokens[k + 1]?.norm ?? '') && YEAR_TOKEN.test(tokens[k + 2]?.norm ?? '')) continue;
    if (text !== undefined && text.slice((tokens[k] as Token).end, (tokens[first] as Token).start).includes(',')) continue;
    return true;
  }
  return false;
}

function subjectFrom(tokens: readonly Token[], unitIndex: number, text: string, killed: boolean): string {
  const unit = tokens[unitIndex] as Token;
  let end = unit.end;
  for (let k = unitIndex + 1; k < Math.min(tokens.length, unitIndex + 6); k++) {
    const t = tokens[k] as Token;
    if (/[,;:()«»"“”—–]/.test(text.slice(end, t.start)) || /^[?!%]$/.test(t.text) || DIGIT_FIRST.test(t.text)) break;
    end = t.end;
  }
  const phrase = text.slice(unit.start, end).replace(/\s+/g, ' ');
  return killed ? `${phrase} (killed)` : phrase;
}

/**
 * A number of times written as one word: "more than doubled", "twice as likely", "nearly halved", "double the size". It is a
 * figure of times, as "three times" is, and its bound comes from the words before it as a number's does. (Not a frequency,
 * "twice a year", "met twice"; nor "doubled down", "double-digit".)
 */
function timesWordFigures(lang: LangPack, v: View, found: readonly Figure[]): Figure[] {
  const tw = lang.timesWords;
  if (!tw) return [];
  const out: Figure[] = [];
  const { tokens } = v;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const factor = tw.factors.get(t.norm);
    if (factor === undefined || found.some((f) => f.start < t.end && t.start < f.end)) continue;
    const next = tokens[k + 1]?.norm ?? '';
    if (tw.not.has(next) || /^-/.test(v.text.slice(t.end, t.end + 1))) continue;
    const q = qualifierBefore(lang, tokens, k);
    if (tw.needsObject.has(t.norm) && !tw.objectOpeners.has(next) && !q) continue;
    // ("twice a year", "twice as a child": how often, not how many times as much.)
    if (next === tw.as && tw.comparedOnly.has(t.norm) && !tw.comparison.test(v.text.slice(t.end).trimStart())) continue;
    const bound = q?.bound ?? 'exact';
    const read: Read = { value: factor, low: bound === 'upper' ? 0 : factor, high: bound === 'lower' ? null : factor, bound, first: q ? q.first : k, last: k };
    out.push(make(v, read.first, k, 'count', read, tw.unit, unitClassOf(lang, tw.unit)));
  }
  return out;
}

/** The value of an ordinal word or of digits with an ordinal suffix ("fourth", "12th"); null: no ordinal of a rank. */
function rankOrdinal(lang: LangPack, word: string): number | null {
  const ranks = lang.ranks;
  if (!ranks) return null;
  const named = ranks.ordinals.get(word);
  if (named !== undefined) return named;
  const digits = /^(\d{1,3})(\p{L}{2})$/u.exec(word);
  return digits && lang.ordinalSuffixes.has(digits[2] as string) && Number(digits[1]) >= 2 ? Number(digits[1]) : null;
}

/**
 * Ranks ("the second-lowest extent", "the fourth most powerful quake", "its 12th consecutive annual increase", "the fifth
 * year in a row", "in 19th place"): a place among others that outlets state alike or not, so compared like a count. A rank
 * of first is left out: "the first time", "in the first place" are rarely a figure of the story.
 */
function rankFigures(lang: LangPack, v: View, found: readonly Figure[]): Figure[] {
  const ranks = lang.ranks;
  if (!ranks) return [];
  const { tokens } = v;
  const degree = (w: string): boolean => lang.isSuperlativeForm?.(w) ?? false;
  const out: Figure[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (found.some((f) => f.start < t.end && t.start < f.end)) continue;
    // "second-lowest" is one token.
    const [head = '', tail, ...rest] = t.norm.split('-');
    const value = rankOrdinal(lang, head);
    if (value === null) continue;
    const read = (last: number): Read => ({ value, low: value, high: value, bound: 'exact', first: k, last });
    if (tail !== undefined) {
      if (rest.length === 0 && degree(tail)) out.push(make(v, k, k, 'rank', read(k), tail, 'rank'));
      continue;
    }
    // (Words of one phrase: "the second, consecutive" is no run.)
    const joined = (a: number): boolean => tokens[a + 1] !== undefined && /^[\s-]*$/u.test(v.text.slice((tokens[a] as Token).end, (tokens[a + 1] as Token).start));
    const next = joined(k) ? (tokens[k + 1] as Token).norm : '';
    // (A run, "the fifth year in a row", counts repeats; a place, "the fifth largest", ranks by a measure: two quantities.)
    let last = -1;
    let unit = next;
    let unitClass = 'rank';
    if (degree(next) || ranks.placeNouns.has(next)) last = k + 1;
    else if (ranks.runWords.has(next)) [last, unitClass] = [k + 1, 'run'];
    // ("the third most on record": no measure named, nothing to compare.)
    else if (ranks.degreeWords.has(next) && joined(k + 1) && /^\p{L}+$/u.test(tokens[k + 2]?.norm ?? '') && !lang.stopwords.has(tokens[k + 2]?.norm ?? '')) {
      last = k + 2;
      unit = `${next} ${(tokens[k + 2] as Token).norm}`;
    } else {
      // "the fifth year in a row": a noun or two, then the run's tail.
      for (let gap = 1; gap <= 2 && last < 0; gap++) if (seq(tokens, k + 1 + gap, ranks.runTail)) last = k + gap + ranks.runTail.length;
      if (last >= 0) [unit, unitClass] = [ranks.runTail.join(' '), 'run'];
    }
    if (last >= 0) out.push(make(v, k, last, 'rank', read(last), unit, unitClass));
  }
  return out;
}

function make(v: View, first: number, last: number, kind: FigureKind, r: Read, unit: string, unitClass: string): Figure {
  const a = v.tokens[first] as Token;
  const b = v.tokens[last] as Token;
  return {
    id: '',
    article: '',
    sentenceId: '',
    sentence: v.sentence,
    text: v.text.slice(a.start, b.end),
    start: a.start,
    end: b.end,
    kind,
    value: r.value,
    low: r.low,
    high: r.high,
    bound: r.bound,
    unit,
    unitClass,
    subject: unit,
    scheduled: false,
    relative: false,
    sourced: false,
  };
}

/** The index of the token starting at this offset (-1: none). */
function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  return tokens.findIndex((t) => t.start === offset);
}

/**
 * Sums written as parts ("two current members of parliament and two former officials",
 * "two statements … and another"): one figure for the whole, its parts marked.
 */
function linkParts(lang: LangPack, ps: View, found: Figure[], nextId: () => string, contexts: Map<string, FigureContext>): void {
  const { tokens } = ps;
  const counts = found.filter((f) => f.kind === 'count' && f.bound === 'exact');
  for (let k = 0; k < counts.length; k++) {
    const a = counts[k] as Figure;
    const ai = tokenStartingAt(tokens, a.start);
    const b = counts[k + 1];
    const window = tokens.slice(ai, ai + 14);
    const andAt = window.findIndex((t, j) => j > 0 && t.norm === 'and');
    // The unit of a bare part ("three statements – two about …") is the one just before it.
    const prev = counts[k - 1];
    const inherited = !a.unit && prev && tokenStartingAt(tokens, a.start) - tokenStartingAt(tokens, prev.start) <= 3 ? prev : null;
    const unit = a.unit || inherited?.unit || '';
    if (!unit) continue;
    const cls = unitClassOf(lang, unit) === 'people' ? a.unitClass : unitClassOf(lang, unit);
    if (b && andAt > 0) {
      const bi = tokenStartingAt(tokens, b.start);
      const unitTok = tokens.findIndex((t) => t.start >= b.start && t.norm === b.unit);
      // "16 cases in the vaccine group and 62 in the placebo group": each part named by a phrase of its
      // own, in parallel, is a comparison of two quantities, not a sum.
      // (A share in brackets may come first: "62 cases (1.3%) in the placebo group".)
      let afterAt = (unitTok >= 0 && unitTok <= bi + 3 ? unitTok : bi) + 1;
      // ("2.8 million in Madagascar and 1.8 million in Mozambique": the multiplier is the number's, the phrase comes after it.)
      while (afterAt < tokens.length && (!LETTER.test((tokens[afterAt] as Token).text[0] as string) || lang.multipliers.has((tokens[afterAt] as Token).norm))) afterAt++;
      const afterB = tokens[afterAt];
      const parallel = afterB !== undefined && lang.stopwords.has(afterB.norm) && window.slice(1, andAt).some((t) => t.norm === afterB.norm);
      // "Ten cases were severe, and nine of those cases …": a part of the first, not more of them.
      // ("141 countries supported it and five were against it": a part with a verb of its own opens a new clause.)
      const subset = partitive(lang, tokens, bi) || (afterB !== undefined && afterAt === bi + 1 && (lang.beForms.has(afterB.norm) || lang.modals.has(afterB.norm)));
      // ("84 and 94 deaths": two numbers side by side that name their noun once are two counts of it, see shareJoinedUnits.)
      const sideBySide = andAt === 1;
      // ("7.6 million in Zimbabwe, 6.6 million in Zambia, 2.8 million in Madagascar and 1.8 million…": the last two items of a
      // list are no sum of their own; the list's whole, if any, is named apart.)
      const listed = prev !== undefined && prev.unitClass === a.unitClass && /,/.test(ps.text.slice(prev.end, a.start)) && !/\band\b/.test(ps.text.slice(prev.end, a.start));
      // ("2,400 people in the town and 12,000 worldwide": a count set in a wider scope is the whole the first is a part of.)
      const wider =
        (lang.scopeAdverbs?.has(tokens[tokenStartingAt(tokens, b.start) + 1]?.norm ?? '') ?? false) || (lang.scopeAdverbs?.has(tokens[unitTok + 1]?.norm ?? '') ?? false);
      if (bi === ai + andAt + 1 && b.unit && unitClassOf(lang, b.unit) === cls && b.unitClass === a.unitClass && !parallel && !subset && !sideBySide && !listed && !wider) {
        const endTok = tokens[unitTok >= 0 ? unitTok : bi] as Token;
        pushSum(ps, found, [a, b], a.start, endTok.end, b.unit, cls, nextId, contexts);
        k++;
        continue;
      }
    }
    const nextBeforeAnd = b && tokenStartingAt(tokens, b.start) < ai + andAt;
    // (Not "another $738 million" or "another 900 injured": "another" before a figure adds another quantity, not one
    // more of this; nor past a figure of another kind, "387-26, authorizes $105 billion … and another": that one's.)
    const another = andAt > 0 ? window[andAt + 1] : undefined;
    const figureAfter = another !== undefined && found.some((f) => f !== a && f.start > a.start && f.start <= (window[andAt + 2]?.start ?? another.end));
    if (another && !nextBeforeAnd && !figureAfter && lang.anotherWords.has(another.norm)) {
      pushSum(ps, found, [a], a.start, another.end, unit, cls, nextId, contexts, 1);
    }
  }
}

function pushSum(
  ps: View,
  found: Figure[],
  parts: Figure[],
  start: number,
  end: number,
  unit: string,
  unitClass: string,
  nextId: () => string,
  contexts: Map<string, FigureContext>,
  extra = 0,
): void {
  const first = parts[0] as Figure;
  const value = parts.reduce((s, f) => s + f.value, 0) + extra;
  const id = nextId();
  const sum: Figure = {
    ...first,
    id,
    text: ps.sentence.slice(start - ps.start, end - ps.start),
    start,
    end,
    value,
    low: value,
    high: value,
    bound: 'exact',
    unit,
    unitClass,
    subject: unit,
    parts: [...parts.map((f) => f.value), ...(extra ? [extra] : [])],
  };
  for (const f of parts) f.partOf = id;
  const ctx = new Set<string>();
  const near = new Set<string>();
  for (const f of parts) for (const w of contexts.get(f.id)?.words ?? []) ctx.add(w);
  for (const f of parts) for (const w of contexts.get(f.id)?.near ?? []) near.add(w);
  contexts.set(id, { ...contexts.get(first.id), words: [...ctx], near: [...near] });
  found.push(sum);
}

/**
 * The whole sentence, minus the figure itself and its unit: the subject of a figure is often
 * named far from it ("a deadly insurgency in eastern Ukraine that has killed more than 13,000
 * people"). Years stay in as anchors ("since 2014"); kill words are already in the unit class.
 */
const NEAR_RADIUS = 6;

function contextWords(lang: LangPack, tokens: readonly Token[], f: Figure, radius = Infinity, foreign?: (k: number, first: number) => boolean): string[] {
  const out = new Set<string>();
  const first = tokens.findIndex((t) => t.start >= f.start);
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).end <= f.end) last++;
  for (let k = Math.max(0, first - radius); k <= Math.min(tokens.length - 1, last + radius); k++) {
    const t = tokens[k] as Token;
    if (foreign && first >= 0 && foreign(k, first)) continue;
    if (t.start >= f.start && t.end <= f.end) continue;
    if (YEAR_TOKEN.test(t.norm)) {
      out.add(t.norm);
      continue;
    }
    if (!LETTER_FIRST.test(t.text) || lang.stopwords.has(t.norm) || lang.numberWords.has(t.norm) || lang.timeUnits.has(t.norm)) continue;
    if (t.norm === f.unit || (f.unitClass === 'people-killed' && lang.killWords.has(t.norm))) continue;
    out.add(lemma(lang, t.norm));
  }
  return [...out];
}

/** Shortest and longest initials read as a name's acronym: two letters ("UN", "up") match too much by chance. */
const ACRONYM_MIN = 3;
const ACRONYM_MAX = 6;
const CAPITALS = /^\p{Lu}{3,6}$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * The names a sentence writes in capitals ("FAA", "NTSB") and the initials of every run of capitalised words in it, from
 * any of its words ("The Federal Aviation Administration": tfaa, faa, aa…; two letters are left out by length), with or
 * without the small words inside ("Department of Justice": doj). figureGroups keeps an initials only where some sentence
 * writes it in capitals.
 */
function namesAsInitials(lang: LangPack, tokens: readonly Token[]): { acronyms: string[]; initials: string[] } | null {
  const acronyms = new Set<string>();
  const initials = new Set<string>();
  const joiners = lang.nameJoiners ?? new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (CAPITALS.test(t.text)) acronyms.add(lemma(lang, t.norm));
    if (!CAPITALISED.test(t.text)) continue;
    // A run from here (any of its words may start the name: "The Federal Aviation Administration"): capitalised words,
    // with small words between two of them.
    let bare = '';
    let full = '';
    let words = 0;
    for (let j = k; j < tokens.length && bare.length < ACRONYM_MAX; j++) {
      const w = tokens[j] as Token;
      if (CAPITALISED.test(w.text)) {
        bare += w.norm[0] as string;
        full += w.norm[0] as string;
        words++;
        if (words >= 2) {
          for (const x of [bare, full]) if (x.length >= ACRONYM_MIN && x.length <= ACRONYM_MAX) initials.add(lemma(lang, x));
        }
      } else if (joiners.has(w.norm) && CAPITALISED.test(tokens[j + 1]?.text ?? '')) full += w.norm[0] as string;
      else break;
    }
  }
  return acronyms.size > 0 || initials.size > 0 ? { acronyms: [...acronyms], initials: [...initials] } : null;
}

/** How many tokens after a span of time its offset word may come, and its anchor after that ("three weeks after the cyclone"). */
const ANCHOR_REACH = 4;

/**
 * What a span before or after something counts from: the first content word after its offset word ("three weeks after
 * the cyclone", "nearly three weeks since Cyclone Idai struck": cyclone).
 */
function offsetAnchor(lang: LangPack, tokens: readonly Token[], f: Figure): { anchor: string } | null {
  const [, last] = tokenRange(tokens, f);
  const at = last + 1;
  if (!lang.offsetWords.has(tokens[at]?.norm ?? '')) return null;
  for (let k = at + 1; k < Math.min(tokens.length, at + 1 + ANCHOR_REACH); k++) {
    const t = tokens[k] as Token;
    if (!LETTER_FIRST.test(t.text)) return null;
    if (lang.stopwords.has(t.norm) || lang.grammaticalArticles.has(t.norm)) continue;
    return { anchor: lemma(lang, t.norm) };
  }
  return null;
}

/** The token indices a figure covers. */
function tokenRange(tokens: readonly Token[], f: Figure): [number, number] {
  let first = tokens.findIndex((t) => t.end > f.start);
  if (first < 0) first = tokens.length;
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).start < f.end) last++;
  return [first, last];
}

/** Event, place, scope, update and source of a figure: what tells one quantity from another. */
/**
 * Whether the words at token k name the baseline of a change ("rose 20% from the prior year, to $33.67
 * billion", "up 8% compared with a year earlier"): the earlier period is what the figure is compared
 * with, not the figure's own event. Not when the figure itself is the baseline ("up from 78,056 the
 * prior year": the compared-from words come before it).
 */
function baselineAt(lang: LangPack, tokens: readonly Token[], k: number, first: number): boolean {
  let j = k - 1;
  if (lang.grammaticalArticles.has(tokens[j]?.norm ?? '')) j--;
  const from = lang.comparedFrom.find((w) => j - w.length + 1 >= 0 && seq(tokens, j - w.length + 1, w));
  if (!from) return false;
  const start = j - from.length + 1;
  return !(first > start && first < k);
}

/** Whether a phrase at token k is part of a span that runs up to now ("in the last year", "in the past month"). */
function inWindow(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  return lang.windowPhrases.some((w) => [k - 1, k, k + 1].some((at) => at >= 0 && seq(tokens, at, w)));
}

/** How many more digits the second group of "7-5700" has than the first, at least, for the pair to be a code. */
const CODE_DIGITS_APART = 3;

/** How many words an opening that names a whole may run before its comma ("Of the 42 confirmed cases in the district,"). */
const PARTITIVE_REACH = 8;

function frameOf(lang: LangPack, v: View, f: Figure, sentenceFigures: readonly Figure[] = []): Pick<FigureContext, 'markers' | 'places' | 'scope'> {
  const { tokens } = v;
  const [first, last] = tokenRange(tokens, f);
  const markers = new Set<string>();
  const places = new Set<string>();
  const scope = new Set<string>();
  const otherItem = listItems(lang, v, f, sentenceFigures);
  // ("seven people have died, including … Plainsboro, NJ, resident Jim Gaines": names after the count's members are
  // introduced are some of those counted, not another event's.)
  let members = false;
  for (let k = Math.max(0, first - NEAR_RADIUS); k <= Math.min(tokens.length - 1, last + NEAR_RADIUS); k++) {
    if (k >= first && k <= last) continue;
    const t = tokens[k] as Token;
    if (k > last && lang.memberIntroducers?.has(t.norm)) members = true;
    if (members) continue;

    if (lang.otherEventWords.has(t.norm) && !baselineAt(lang, tokens, k, first)) markers.add('other');
    if (lang.scopeWords.has(t.norm)) scope.add(t.norm);
    if (
      k > 0 &&
      CAPITAL_FIRST.test(t.text) &&
      !lang.notNames.has(t.text) &&
      (!lang.titles.has(t.text) || placeAcronym(tokens, k)) &&
      !lang.months.has(t.norm) &&
      !lang.dayNames.has(t.norm) &&
      !otherItem(k)
    )
      // ("U.S." and "US" are one name.)
      places.add(lemma(lang, /^\p{Lu}(?:\.\p{Lu})+\.?$/u.test(t.text) ? t.norm.replace(/\./g, '') : t.norm));
  }
  // Another year than the article's, or "last year's": the event is often named a clause away
  // ("the deadliest since 1960, when thousands died", "Last year's breach exposed … 35 million").
  for (let k = Math.max(0, first - 2 * NEAR_RADIUS); k <= Math.min(tokens.length - 1, last + 2 * NEAR_RADIUS); k++) {
    const t = tokens[k] as Token;
    // (Not a later year that ends the span the figure covers, "authorizes $105 billion for the FAA through 2028": the
    // story's own plan runs to it.)
    // ("running until June 2029": a month may come between.)
    const endWord = lang.months.has(tokens[k - 1]?.norm ?? '') ? k - 2 : k - 1;
    const spanEnd = v.year !== null && Number(t.norm) > v.year && (lang.spanEnds?.has(tokens[endWord]?.norm ?? '') ?? false);
    // (Nor beside a rank: the years it is ranked over are its field, "the fifth largest since 1900", not another event.)
    if ((k < first || k > last) && YEAR_TOKEN.test(t.norm) && Number(t.norm) !== v.year && f.kind !== 'year' && f.kind !== 'rank' && !baselineYear(lang, v, k) && !spanEnd) {
      markers.add(t.norm);
      // A decade or more before the article: history ("thousands of deaths in 1960"), never this event. (Not the start of a
      // span that runs to the article's time, "increased by 6.3% between 2011 and 2021": the change is measured over it.)
      const spanTo = tokens[k + 2];
      const toNow =
        v.year !== null && spanTo !== undefined && YEAR_TOKEN.test(spanTo.norm) && Number(spanTo.norm) >= v.year - RECENT_YEARS && yearSpanJoiner(lang, tokens[k + 1]?.norm ?? '');
      if (v.year !== null && Number(t.norm) <= v.year - 10 && !toNow) markers.add('old');
    }
  }
  // "up from 78,056", "compared with the 56,064 deaths": the value a change is measured from, another period's.
  const lead = lang.grammaticalArticles.has(tokens[first - 1]?.norm ?? '') ? first - 1 : first;
  if (f.kind !== 'year' && f.kind !== 'date' && lang.comparedFrom.some((w) => lead - w.length >= 0 && seq(tokens, lead - w.length, w)) && !laterYearAfter(tokens, first, last))
    markers.add('before');
  // "another biotech firm, Moderna, said its vaccine was 94.5 percent effective", "in another attack, 12 died":
  // the figure is another thing of the same kind ("another 5 people", right before the number, adds to a count).
  // ("288 lives were lost and another 900 injured … three trains": "another" before a number adds to that count, and marks
  // nothing else of the sentence.)
  // (Worked out only where such a word is found: most sentences have none.)
  const startsAt = (k: number, kind?: Figure['kind']): boolean => sentenceFigures.some((g) => g !== f && (kind === undefined || g.kind === kind) && tokenRange(tokens, g)[0] === k);
  for (let k = 0; k < first - 2; k++) if (lang.anotherWords.has((tokens[k] as Token).norm) && !startsAt(k + 1)) markers.add('other');
  // "Of the dead, 12 were confirmed cases", "Among the injured, five are in critical condition": after an opening that names a
  // whole and its comma, a count is a part of that whole, not the whole an outlet counts elsewhere.
  // (Counts only: "Among high school students, 7.8% used…" gives a share of that group, as any share is.)
  if (f.kind === 'count' && (lang.partitiveOpeners?.has(tokens[0]?.norm ?? '') ?? false) && first > 1) {
    for (let k = 1; k < Math.min(first, PARTITIVE_REACH); k++)
      if (HAS_COMMA.test(v.text.slice((tokens[k] as Token).end, (tokens[k + 1] as Token).start))) {
        markers.add('part');
        break;
      }
  }
  if (followOnEventAt(lang, v, first, last)) markers.add('other');
  // "Twenty-five more ill people were added since the last update", "13 additional cases": what an update adds, not the
  // total it brings the count to.
  // (Not "wounded 500 more in ten minutes", other people than those killed, nor "hundreds more damaged": a noun follows.)
  const afterAdded = tokens[last + 2];
  if (
    f.kind === 'count' &&
    f.bound !== 'vague' &&
    (lang.addedWords?.has(tokens[last + 1]?.norm ?? '') ?? false) &&
    afterAdded !== undefined &&
    LETTER_WORD.test(afterAdded.norm) &&
    !lang.stopwords.has(afterAdded.norm)
  )
    markers.add('added');
  // ("Twenty-five more ill people from 13 states were added": where the increment's people are from is the increment's too.)
  const incrementBefore = (): boolean =>
    sentenceFigures.some((g) => {
      if (g === f) return false;
      const gl = tokenRange(tokens, g)[1];
      return gl < first && first - gl <= 6 && (lang.addedWords?.has(tokens[gl + 1]?.norm ?? '') ?? false);
    });
  if (f.kind === 'count' && lang.placePrepositions.has(tokens[first - 1]?.norm ?? '') && incrementBefore()) markers.add('added');
  for (const [phrases, lastYear] of [
    [lang.otherEventPhrases, false],
    [lang.lastYearPhrases, true],
  ] as const) {
    for (const ph of phrases) {
      for (let k = Math.max(0, first - 2 * NEAR_RADIUS); k <= last + NEAR_RADIUS; k++) {
        if (!seq(tokens, k, ph) || baselineAt(lang, tokens, k, first)) continue;
        // "brings total aid to $774 million in the last year", "in the past year": a window up to now, not the year before.
        if (inWindow(lang, tokens, k)) continue;
        // "in the past 30 days": a window that runs up to now, the story's own time, not another event ("in the past, …").
        if (startsAt(k + ph.length, 'duration')) continue;
        // "in Floyd's death last year after hearing 45 witnesses": a subordinate clause between starts another time.
        if (k < first && subordinateBetween(lang, tokens, k + ph.length, first)) continue;
        markers.add('other');
        // "Last year" in a dated article is also a year, the one before its own: "knelt on his neck last year" in a story
        // of 2021 and "on May 25, 2020" in another tell one event's time (figureGroups lets the year undo the mark).
        if (lastYear && v.year !== null) {
          markers.add(LAST_YEAR);
          markers.add(String(v.year - 1));
        }
        // A time ("last month"), not only another thing of the kind ("another crash"): a rare value in common does not undo it.
        markers.add('time');
      }
    }
  }
  return { markers: [...markers], places: [...places], scope: [...scope] };
}

/**
 * The figure at first..last is a follow-on event's (see LangPack.followOnEventWords): it measures one, the event's word right
 * after it ("a magnitude 4.9 aftershock"), or one is the subject of its clause, before it with no comma, colon or dash
 * between ("the May 12 aftershock affected 32 districts and resulted in … more than 1,900 injuries"). Not when the event is
 * joined to another by "and" ("the quake and its aftershocks killed…"), nor in a phrase of time ("after the aftershock", "following the aftershock").
 */
function followOnEventAt(lang: LangPack, v: View, first: number, last: number): boolean {
  const words = lang.followOnEventWords;
  if (!words) return false;
  const { tokens, text } = v;
  if ([last + 1, last + 2].some((k) => words.has(tokens[k]?.norm ?? ''))) return true;
  for (let k = first - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (CLAUSE_MARK.test(text.slice(t.end, (tokens[k + 1] as Token).start))) return false;
    if (!words.has(t.norm)) continue;
    if (lang.pairJoiners?.has(tokens[k + 1]?.norm ?? '') ?? false) return false;
    // Back to the start of its noun phrase ("the May 12 aftershock"): the word before it opens no time clause and joins no other event.
    let b = k - 1;
    while (b >= 0 && !lang.stopwords.has((tokens[b] as Token).norm) && k - b <= FOLLOW_ON_PHRASE) b--;
    if (b >= 0 && (lang.grammaticalArticles.has((tokens[b] as Token).norm) || lang.determiners.has((tokens[b] as Token).norm))) b--;
    const before = tokens[b]?.norm ?? '';
    // ("following the aftershock": an -ing form before it opens a time phrase too.)
    return !lang.subordinators.has(before) && !(lang.pairJoiners?.has(before) ?? false) && !lang.isProgressiveForm(before);
  }
  return false;
}

/** Most words between a follow-on event's article and its noun ("the magnitude 5.9 May 12 aftershock"). */
const FOLLOW_ON_PHRASE = 5;

/**
 * A title that is a country's initials ("US", "U.K.") names a place unless a name follows it ("US President Biden"):
 * "3% in the US", "the US and the UK".
 */
function placeAcronym(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  return /^(?:\p{Lu}\.?){2,}$/u.test(t.text) && !(next && next.start <= t.end + 1 && CAPITAL_FIRST.test(next.text));
}

/**
 * In a list of figures of one kind, each with its name ("rose 7% in Spain and 3% in Italy", "22 dead in Kentucky, six in
 * Ohio"), a name belongs to the item it stands in: whether token k lies in another item of the list, one that gives a
 * figure of f's kind. Items are parted by a clause break or a list's joining word; a stretch with no figure
 * ("Spain, Italy and France saw rises of 7%, 3% and 2%, respectively") parts nothing from anyone.
 */
function listItems(lang: LangPack, v: View, f: Figure, sentenceFigures: readonly Figure[]): (k: number) => boolean {
  const others = sentenceFigures.filter((g) => g !== f && g.kind === f.kind);
  if (others.length === 0) return () => false;
  const { tokens } = v;
  const item: number[] = [];
  let n = 0;
  tokens.forEach((t, k) => {
    if (k > 0 && (CLAUSE_GAP.test(v.text.slice((tokens[k - 1] as Token).end, t.start)) || lang.listJoiners.has(t.norm))) n++;
    item.push(n);
  });
  const itemOf = (g: Figure): number => item[tokenRange(tokens, g)[0]] ?? -1;
  const own = itemOf(f);
  const taken = new Set(others.map(itemOf).filter((i) => i !== own));
  return (k) => taken.has(item[k] as number);
}

/**
 * A phrase of a sentence giving a change's period, tokens ps..pe (see periodOf), and how firmly: 0 a phrase that
 * names the period ("over the year"), 1 a reference month or quarter ("in June"), 2 a fallback ("seasonally adjusted").
 */
interface PeriodSpan {
  ps: number;
  pe: number;
  period: string;
  rank: 0 | 1 | 2;
}

/** The pack's period phrases by their first word. */
const periodFirstsOf = perLang((lang) => {
  const firsts = new Map<string, LangPack['periodPhrases'][number][]>();
  for (const p of lang.periodPhrases) {
    const list = firsts.get(p.words[0] as string) ?? [];
    list.push(p);
    firsts.set(p.words[0] as string, list);
  }
  return firsts;
});

/** A month written out with its capital ("June", "Dec"), and its year right after if written: not a day ("June 24"). */
function monthAt(lang: LangPack, tokens: readonly Token[], k: number): { month: number; year: number | null; end: number } | null {
  const t = tokens[k];
  if (!t || !CAPITAL_FIRST.test(t.text) || !lang.months.has(t.norm)) return null;
  const next = tokens[k + 1]?.norm ?? '';
  if (YEAR_TOKEN.test(next)) return { month: lang.months.get(t.norm) as number, year: Number(next), end: k + 1 };
  if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(next)) return null;
  return { month: lang.months.get(t.norm) as number, year: null, end: k };
}

const MONTHS_APART: ReadonlyMap<number, string> = new Map([
  [1, 'month'],
  [3, 'quarter'],
  [12, 'year'],
]);

/**
 * The period between the month a change is measured from ("compared with December 2020", "from May") and the month
 * it is measured to, the nearest other month of the sentence ("in December 2021", "to June"): twelve months a year,
 * one a month, three a quarter. A month without its year is the nearest one on the right side of the other.
 */
function monthsBetween(lang: LangPack, tokens: readonly Token[], from: { month: number; year: number | null; at: number }, skip: number): string | null {
  let to: { month: number; year: number | null } | null = null;
  let best = Infinity;
  for (let k = 0; k < tokens.length; k++) {
    if (k >= from.at && k <= skip) continue;
    const m = monthAt(lang, tokens, k);
    // ("May" opening a sentence is a verb as often as a month.)
    if (!m || (k === 0 && m.year === null)) continue;
    const d = Math.abs(k - from.at);
    if (d < best) {
      best = d;
      to = m;
    }
  }
  if (!to) return null;
  let apart: number;
  if (from.year !== null && to.year !== null) apart = (to.year - from.year) * 12 + to.month - from.month;
  else apart = (to.month - from.month + 12) % 12 || 12;
  return MONTHS_APART.get(apart) ?? null;
}

/** The period phrases of a sentence, each with its tokens (see periodOf); worked out once per sentence with a percentage. */
function periodSpans(lang: LangPack, tokens: readonly Token[], clauses: readonly number[]): PeriodSpan[] {
  const firsts = periodFirstsOf(lang);
  const out: PeriodSpan[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const norm = (tokens[k] as Token).norm;
    // An adjective gives the period of the change it names, within a few words of its clause ("the monthly rise", "annual
    // consumer price inflation"), not of a count ("monthly riders were 52,900 (up 9%)").
    const names = (len: number): boolean => {
      for (let j = k + len; j < Math.min(tokens.length, k + len + 3) && clauses[j] === clauses[k]; j++) if (lang.periodNouns.has((tokens[j] as Token).norm)) return true;
      return false;
    };
    const ph = firsts.get(norm)?.find((p) => seq(tokens, k, p.words) && (!p.adjective || names(p.words.length)));
    let span: PeriodSpan | null = null;
    if (ph) {
      // "not seasonally adjusted": the phrase is there, the period it would give is not.
      if (!lang.periodNegations.has(tokens[k - 1]?.norm ?? ''))
        span = { ps: k, pe: k + ph.words.length - 1, period: ph.period, rank: ph.strength === 'fallback' ? 2 : ph.strength === 'weak' ? 1 : 0 };
      else {
        k += ph.words.length - 1;
        continue;
      }
    }
    // "compared with December 2020" in a sentence about December 2021, "from May to June": the months measured between.
    if (!span) {
      const from = lang.periodFromMonth.find((w) => seq(tokens, k, w));
      const m = from ? monthAt(lang, tokens, k + from.length) : null;
      const period = m ? monthsBetween(lang, tokens, { ...m, at: k + (from as readonly string[]).length }, m.end) : null;
      if (m && period) span = { ps: k, pe: m.end, period, rank: 0 };
    }
    if (!span && norm === 'in') {
      const next = tokens[k + 1];
      // "in June" (a month written out, with its capital); "in the second quarter", "in the quarter".
      if (next && CAPITAL_FIRST.test(next.text) && lang.months.has(next.norm)) span = { ps: k, pe: k + 1, period: 'month', rank: 1 };
      else if (tokens[k + 1]?.norm === 'the' && tokens[k + 2]?.norm === 'quarter') span = { ps: k, pe: k + 2, period: 'quarter', rank: 1 };
      else if (tokens[k + 1]?.norm === 'the' && lang.quarterOrdinals.has(tokens[k + 2]?.norm ?? '') && tokens[k + 3]?.norm === 'quarter')
        span = { ps: k, pe: k + 3, period: 'quarter', rank: 1 };
    }
    if (!span) continue;
    out.push(span);
    k = span.pe;
  }
  return out;
}

/**
 * The period a percentage's change is measured over: "rose 9.1% over the year", "a 12-month rise of 9.1%" ('year');
 * "rose 1.3% from the previous month", "the monthly rise was 1.3%" ('month'); "quarterly", "annualized". A
 * change over a year and one over a month are two quantities. Each phrase belongs to one percentage of the
 * sentence: the one it follows in its clause ("rose 1.3% in June and 9.1% over the year"), else the one it comes
 * before there ("the 12-month rise was 9.1%, while the monthly rise was 1.3%"), else the nearest. A reference month or
 * quarter ("in June", "in the second quarter") is a weaker cue: outlets write it beside a twelve-month change too. So is
 * the month of the earlier value a change is set against ("rose 1.3%, up from 1.0% in May"; "after a 1.0% rise in
 * May"), and, weakest, "seasonally adjusted".
 */
function periodOf(
  lang: LangPack,
  tokens: readonly Token[],
  f: Figure,
  found: readonly Figure[],
  clauses: readonly number[],
  spans: readonly PeriodSpan[],
): Pick<FigureContext, 'period' | 'periodWeak'> | null {
  if (spans.length === 0) return null;
  const percents = found.filter((g) => g.kind === 'percent' && !g.conversionOf).map((g) => ({ g, at: tokenRange(tokens, g) }));
  const ownerOf = (ps: number, pe: number): Figure | undefined => {
    const c = clauses[ps];
    let before: { g: Figure; d: number } | undefined;
    let after: { g: Figure; d: number } | undefined;
    let nearest: { g: Figure; d: number } | undefined;
    for (const { g, at } of percents) {
      if (at[0] <= pe && at[1] >= ps) return undefined;
      const d = at[1] < ps ? ps - at[1] : at[0] - pe;
      if (!nearest || d < nearest.d) nearest = { g, d };
      if (clauses[at[0]] !== c) continue;
      if (at[1] < ps && (!before || d < before.d)) before = { g, d };
      if (at[0] > pe && (!after || d < after.d)) after = { g, d };
    }
    return (before ?? after ?? nearest)?.g;
  };
  // The nearest phrase of each rank that belongs to the figure.
  const own = (x: Figure): ({ period: string; d: number } | undefined)[] => {
    const best: ({ period: string; d: number } | undefined)[] = [undefined, undefined, undefined];
    const [first, last] = tokenRange(tokens, x);
    for (const { ps, pe, period, rank } of spans) {
      if (ownerOf(ps, pe) !== x) continue;
      const d = last < ps ? ps - last : first - pe;
      const had = best[rank];
      if (!had || d < had.d) best[rank] = { period, d };
    }
    return best;
  };
  const [strong, weak, fallback] = own(f);
  if (strong) return { period: strong.period };
  if (weak) return { period: weak.period, periodWeak: true };
  // The earlier value the change is set against, the nearest one: its month or quarter is the figure's reference too.
  const [first] = tokenRange(tokens, f);
  if (!earlierValue(lang, tokens, first)) {
    let prior: { g: Figure; d: number } | undefined;
    for (const { g, at } of percents) {
      if (g === f || !earlierValue(lang, tokens, at[0])) continue;
      const d = Math.abs(at[0] - first);
      if (!prior || d < prior.d) prior = { g, d };
    }
    const of = prior
      ? own(prior.g)
          .slice(0, 2)
          .find((p) => p?.period === 'month' || p?.period === 'quarter')
      : undefined;
    if (of) return { period: of.period, periodWeak: true };
  }
  return fallback ? { period: fallback.period, periodWeak: true } : null;
}

/** The figure at token `first` is an earlier value set against a change ("up from 1.0%", "after a 1.0% rise"). */
function earlierValue(lang: LangPack, tokens: readonly Token[], first: number): boolean {
  const lead = lang.grammaticalArticles.has(tokens[first - 1]?.norm ?? '') ? first - 1 : first;
  return [...lang.comparedFrom, ...lang.earlierValueWords].some((w) => lead - w.length >= 0 && seq(tokens, lead - w.length, w));
}

/** The marker of a figure tied to "last year" of a dated article, beside that year's own marker. */
export const LAST_YEAR = 'last-year';

function subordinateBetween(lang: LangPack, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (lang.subordinators.has((tokens[k] as Token).norm)) return true;
  return false;
}

const CLAUSE_GAP = /[,;:()[\]—–]/;

/** Which clause each token is in: clauses end at commas, semicolons, colons, brackets and dashes. */
function clausesOf(v: View): number[] {
  const out: number[] = [];
  let c = 0;
  v.tokens.forEach((t, k) => {
    if (k > 0 && CLAUSE_GAP.test(v.text.slice((v.tokens[k - 1] as Token).end, t.start))) c++;
    out.push(c);
  });
  return out;
}

/**
 * Whose figure it is, and whether it is a forecast. The owner is a name heading a clause: the last
 * one before the figure in its own clause, else the first one of an earlier clause that is not
 * an aside ("under Prime Minister X"). A name after a preposition ("in Germany", "for Dortmund")
 * is a place or an object, not an owner; a possessive gives way to what it owns ("X's party").
 */
function stanceOf(lang: LangPack, v: View, f: Figure): Pick<FigureContext, 'owner' | 'ownerNear' | 'stance' | 'bar'> {
  const { tokens } = v;
  const [first, last] = tokenRange(tokens, f);
  const clause = clausesOf(v);
  const own = clause[first] ?? 0;
  let owner: string[] = [];
  let ownerNear = false;
  const isName = (k: number): boolean => {
    const t = tokens[k] as Token;
    if (!UPPER.test(t.text) || lang.notNames.has(t.text) || lang.titles.has(t.text) || lang.months.has(t.norm) || lang.dayNames.has(t.norm) || lang.pronouns.has(t.text))
      return false;
    // A capital at the start of the sentence or of a quotation ("said: ‘Over the past year …") is no name.
    const opensQuote = k > 0 && /[‘“"'«]\s*$/.test(v.text.slice((tokens[k - 1] as Token).end, t.start));
    return !((k === 0 || opensQuote) && lang.stopwords.has(t.norm));
  };
  const runsIn = (from: number, to: number): [number, number][] => {
    const runs: [number, number][] = [];
    for (let k = from; k < to; k++) {
      if (!isName(k)) continue;
      let e = k;
      while (e + 1 < to && isName(e + 1) && !CLAUSE_GAP.test(v.text.slice((tokens[e] as Token).end, (tokens[e + 1] as Token).start))) e++;
      let b = k - 1;
      while (b >= from && lang.grammaticalArticles.has((tokens[b] as Token).norm)) b--;
      // "in eastern Ukraine": one describing word between.
      if (
        b - 1 >= from &&
        LOWER_FIRST.test((tokens[b] as Token).text) &&
        !lang.stopwords.has((tokens[b] as Token).norm) &&
        lang.namePrepositions.has((tokens[b - 1] as Token).norm)
      )
        b--;
      // "in Germany", "for Dortmund": a place or an object.
      if (b < from || !lang.namePrepositions.has((tokens[b] as Token).norm)) runs.push([k, e]);
      k = e;
    }
    return runs;
  };
  // "Jurors' rejection of …": a possessive before a common noun names whose that noun is, not the figure's.
  const possessiveEnd = ([, b]: [number, number]): boolean => POSSESSIVE_END.test((tokens[b] as Token).text) || /^['’]/.test(v.text.slice((tokens[b] as Token).end));
  const namesOf = ([a, b]: [number, number]): string[] => {
    let from = a;
    for (let k = a; k < b; k++) if (POSSESSIVE_END.test((tokens[k] as Token).text)) from = k + 1;
    const out: string[] = [];
    for (let k = from; k <= b; k++) {
      const w = lemma(lang, (tokens[k] as Token).norm);
      if (!lang.ownerGeneric.has(w)) out.push(w);
    }
    return out;
  };
  for (let c = own; c >= 0 && owner.length === 0; c--) {
    let from = clause.indexOf(c);
    const to = c === own ? first : clause.lastIndexOf(c) + 1;
    if (from < 0 || from >= to) continue;
    if (c !== own) {
      let lead = from;
      while (lead < to && lang.clauseLinks.has((tokens[lead] as Token).norm)) lead++;
      if (lead < to && lang.namePrepositions.has((tokens[lead] as Token).norm)) continue;
      from = lead;
    }
    // "has sent Rwanda hundreds of doses": a name between a verb of sending and the figure receives it; it does not own it.
    const recipient = ([a, b]: [number, number]): boolean => b + 1 === first && lang.sendVerbs.has(tokens[a - 1]?.norm ?? '');
    // ("Scotland’s employment rate is at 75.6 per cent": a possessive on the subject whose value the figure is owns it.)
    const subjectValue = ([, b]: [number, number]): boolean => c === own && first - b <= 6 && tokens.slice(b + 1, first).some((t) => lang.beForms.has(t.norm));
    const runs = runsIn(from, to).filter((r) => (!possessiveEnd(r) || subjectValue(r)) && !recipient(r));
    const pick = c === own ? runs[runs.length - 1] : runs[0];
    if (pick) {
      owner = namesOf(pick);
      // ", winning four seats": a participle clause has the subject of the clause before it.
      const opener = tokens[clause.indexOf(own)] as Token;
      ownerNear = c === own || (c === own - 1 && /^\p{Ll}+ing$/u.test(opener.text));
    }
  }
  // "Children in 44 states", "the agency found cases in 44 states": a count in a phrase of place says where something is,
  // not whose count it is, so the subject of its clause does not own it.
  // ("The rate is at 75.6 per cent", "was estimated at 75.5%": "at" after "be" gives the value, not a place.)
  const valueAt = lang.beForms.has(tokens[first - 2]?.norm ?? '') || (lang.isRegularPast(tokens[first - 2]?.norm ?? '') && lang.beForms.has(tokens[first - 3]?.norm ?? ''));
  if (lang.locativePrepositions?.has(tokens[first - 1]?.norm ?? '') && !valueAt) {
    owner = [];
    ownerNear = false;
  }
  // "Bolsonaro's 49.2%", "49.1% for Bolsonaro": a name that owns the figure outright, before it as a possessive or right
  // after it with "for", outranks the subject of its clause ("Lula won 50.9% of votes compared with 49.1% for Bolsonaro").
  const own2 = ownerBeside(lang, v, f.kind, first, last, isName);
  if (own2) {
    owner = namesOf(own2);
    ownerNear = true;
  }
  let stance: 'forecast' | 'target' | 'request' | undefined;
  // A plan ("expected to last two hours") is weighed against what happened as a schedule, not kept apart.
  if (f.scheduled) return { owner, ownerNear };
  for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
    if (clause[k] !== own && k < first - 1) break;
    if (lang.forecastWords.has((tokens[k] as Token).norm)) stance = 'forecast';
  }
  // "the 61 predicted by the exit poll".
  for (let k = last + 1; k < tokens.length && k <= last + 2 && clause[k] === clause[last]; k++) {
    if (lang.forecastWords.has((tokens[k] as Token).norm)) stance = 'forecast';
  }
  // "the 326 needed for a majority", "326 Westminster seats needed to govern".
  for (let k = last + 1; k < tokens.length && k <= last + 4 && clause[k] === clause[last]; k++) {
    if (lang.targetWordsAfter.has((tokens[k] as Token).norm)) stance = 'target';
  }
  // "the 1.5°C limit", "its 2% inflation target": an aim or a bound named by the noun the figure qualifies, after its
  // unit and a word or two of what is measured, with no little word between.
  const aims = f.unitClass === 'duration' || f.unitClass === 'offset' ? lang.aimOnlyNouns : lang.aimNounsAfter;
  for (let k = last + 1; aims && k < tokens.length && k <= last + 3 && clause[k] === clause[last]; k++) {
    const w = (tokens[k] as Token).norm;
    if (aims.has(w)) stance = 'target';
    if (aims.has(w) || lang.stopwords.has(w) || /\d/.test(w)) break;
  }
  // "to limit long-term global temperature rise to 1.5°C": a ceiling to keep to, set by a verb a few words before.
  if (lang.aimVerbJoins?.has(tokens[first - 1]?.norm ?? '') && clause[first - 1] === own)
    for (let k = first - 2; k >= 0 && k >= first - 10 && clause[k] === own; k--) if (lang.aimVerbs?.has((tokens[k] as Token).norm)) stance = 'target';
  // "prosecutors sought 40 years", "the 40 years prosecutors requested": an amount asked for, which the outcome (the
  // sentence given, the sum granted) may differ from without contradicting it. Only in the figure's own clause.
  if (stance === undefined) {
    // Before the figure, only as its object: the verb right before it, or with an article or a preposition between
    // ("sought 40 years", "asked for a $2 million fine"); not a verb further back ("seeking $46 billion to help 181
    // million people": the people are not asked for).
    for (let k = first - 1; k >= 0 && k >= first - 3 && clause[k] === own; k--) {
      const w = (tokens[k] as Token).norm;
      if (lang.requestWords.has(w)) stance = 'request';
      if (!lang.grammaticalArticles.has(w) && !lang.namePrepositions.has(w)) break;
    }
    for (let k = last + 1; k < tokens.length && k <= last + 4 && clause[k] === clause[last]; k++) if (lang.requestWords.has((tokens[k] as Token).norm)) stance = 'request';
  }
  // "19 states received more than $1 billion", "three firms paid over $2 million each": a bar that each of several items
  // passes, not one sum.
  const bar = perItemBar(lang, v, f, first, last, clause);
  return { owner, ownerNear, ...(stance ? { stance } : {}), ...(bar ? { bar } : {}) };
}

/**
 * A span that is the window a change in a share is measured over ("rose 9.1 percent over the last 12 months", "the
 * largest 12-month increase"): in a sentence with a percentage and a word of change, right after "over the last" or
 * right before "increase", "ending" and the like.
 */
function changeWindow(lang: LangPack, tokens: readonly Token[], f: Figure, found: readonly Figure[]): boolean {
  if (!found.some((g) => g.kind === 'percent') || !tokens.some((t) => lang.changeWords.has(t.norm))) return false;
  const [first, last] = tokenRange(tokens, f);
  if (lang.changeWindowAfter.has(tokens[last + 1]?.norm ?? '')) return true;
  return lang.changeWindowBefore.some((w) => first - w.length >= 0 && seq(tokens, first - w.length, w));
}

/**
 * The name that owns a share or a count outright: a possessive right before it ("Bolsonaro's 49.2%") or a name right
 * after it with a word like "for" ("49.1% for Bolsonaro", "12 seats for the Greens"); null when there is none.
 */
function ownerBeside(lang: LangPack, v: View, kind: Figure['kind'], first: number, last: number, isName: (k: number) => boolean): [number, number] | null {
  if (kind !== 'percent' && kind !== 'count') return null;
  const { tokens } = v;
  const before = first - 1;
  if (before >= 0 && isName(before) && POSSESSIVE_END.test((tokens[before] as Token).text)) {
    let b = before;
    while (b - 1 >= 0 && isName(b - 1) && !POSSESSIVE_END.test((tokens[b - 1] as Token).text)) b--;
    return [b, before];
  }
  if (!lang.ownerAfterWords.has(tokens[last + 1]?.norm ?? '')) return null;
  let k = last + 2;
  while (k < tokens.length && lang.grammaticalArticles.has((tokens[k] as Token).norm)) k++;
  if (k >= tokens.length || !isName(k)) return null;
  let e = k;
  while (e + 1 < tokens.length && isName(e + 1) && !CLAUSE_GAP.test(v.text.slice((tokens[e] as Token).end, (tokens[e + 1] as Token).start))) e++;
  return [k, e];
}

/** How many words may stand between a count of items and the bound each passes ("19 states received allocations over"). */
const BAR_GAP = 3;

/**
 * A figure that is a bar each of several items passes: followed by "each" or "apiece" ending its clause ("$2 million
 * each."), or a bound on a sum ("more than", "over") a few words after a count of items that receive it in its own
 * clause ("19 states received more than $1 billion"). Not with a clause link between ("killed 19 people and caused over
 * $1 billion" is two facts), nor where the items pay or only are ("three firms agreed to pay more than $1 billion", "the
 * cost across three states is over $1 billion": a total).
 */
function perItemBar(lang: LangPack, v: View, f: Figure, first: number, last: number, clause: readonly number[]): boolean {
  const { tokens } = v;
  const next = tokens[last + 1];
  if (next && lang.eachWords.has(next.norm) && (last + 2 >= tokens.length || clause[last + 2] !== clause[last + 1])) return true;
  if (f.kind !== 'money' || (f.bound !== 'lower' && f.bound !== 'upper')) return false;
  const own = clause[first];
  for (let k = first - 2; k >= 0 && k >= first - 1 - BAR_GAP && clause[k] === own; k--) {
    const t = tokens[k] as Token;
    if (lang.clauseLinks.has(t.norm)) return false;
    const count = (isDigitToken(t) && !YEAR_TOKEN.test(t.norm)) || lang.numberWords.has(t.norm);
    const items = tokens[k + 1] as Token;
    const verb = tokens[k + 2] as Token;
    if (count && /^\p{Ll}+s$/u.test(items.text) && !lang.stopwords.has(items.norm)) return lang.receiveWords.has(verb.norm);
  }
  return false;
}

/** How many words after a figure may come before the year it is dated to ("190,000 in 2024"). */
const DATED_WITHIN = 2;

/**
 * A figure dated, right after it, to a year later than one written before it in the sentence ("290,000 in 2023
 * compared to 190,000 in 2024"): the later value, whatever word of comparison stands before it.
 */
function laterYearAfter(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = last + 1; k < tokens.length && k <= last + DATED_WITHIN; k++) {
    const t = tokens[k] as Token;
    if (!YEAR_TOKEN.test(t.norm)) continue;
    const year = Number(t.norm);
    return tokens.slice(0, first).some((b) => YEAR_TOKEN.test(b.norm) && Number(b.norm) < year);
  }
  return false;
}

/** "their worst defeat since the party's founding in 1834", "the lowest since 2001": a year to compare with, not the figure's event. */
/** A word that joins a year to a later one in a span: "between 2011 and 2021", "from 2011 to 2021", "2011 through 2021". */
function yearSpanJoiner(lang: LangPack, w: string): boolean {
  return (lang.pairJoiners?.has(w) ?? false) || lang.functionWords.to.has(w) || (lang.spanEnds?.has(w) ?? false);
}

/** How many years before the article a span's end may lie and still run to the article's time. */
const RECENT_YEARS = 2;

function baselineYear(lang: LangPack, v: View, k: number): boolean {
  const { tokens, text } = v;
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    if (/[,;:()]/.test(text.slice((tokens[j] as Token).end, (tokens[j + 1] as Token).start))) return false;
    if (lang.baselineWords.has((tokens[j] as Token).norm)) return true;
  }
  return false;
}

/** "according to the interior ministry", ", Moroccan government officials said", "The USGS said": who gives the figures. */
function sourceOf(lang: LangPack, v: View): string | null {
  const { tokens, text } = v;
  const content = (from: number, to: number): string | null => {
    const out: string[] = [];
    for (let k = from; k < to; k++) {
      const t = tokens[k] as Token;
      if (!LETTER_FIRST.test(t.text) || lang.stopwords.has(t.norm) || lang.pronouns.has(t.text) || lang.pronouns.has(t.norm)) continue;
      out.push(lemma(lang, t.norm));
    }
    return out.length ? out.sort().join(' ') : null;
  };
  for (const ph of lang.attributionPhrases) {
    for (let k = 0; k < tokens.length; k++) {
      if (!seq(tokens, k, ph)) continue;
      let end = k + ph.length;
      while (end < tokens.length && end < k + ph.length + 6 && !/[,.;:()]/.test(text.slice((tokens[end - 1] as Token).end, (tokens[end] as Token).start))) end++;
      const who = content(k + ph.length, end);
      if (who) return who;
    }
  }
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!lang.attributionVerbs.has(t.norm) || CAPITAL_FIRST.test(t.text)) continue;
    let from = k;
    while (from > 0 && from > k - 6 && !/[,“”"«»—–]/.test(text.slice((tokens[from - 1] as Token).end, (tokens[from] as Token).start))) from--;
    if (from > 0 && k > 6 && !HAS_COMMA.test(text.slice((tokens[from - 1] as Token).end, (tokens[from] as Token).start))) continue;
    const who = content(from, k);
    if (who) return who;
  }
  return null;
}

/**
 * Whether two counts joined at tokens first..last are a vote's tally: a word of voting within a few words before
 * ("by a bipartisan vote of 290 to 137", "the Senate voted 52-43") or right after ("the 80-15 vote").
 */
/** How many words back a word of voting may stand before a tally ("approved 387-26"), and before one after a name. */
const TALLY_REACH = 4;
const NAMED_TALLY_REACH = 8;

function voteTally(lang: LangPack, tokens: readonly Token[], first: number, last: number, given?: number): boolean {
  if (tokens[last + 1] && lang.tallyAfter.has((tokens[last + 1] as Token).norm)) return true;
  // (Further back after a name, the chamber's: "passed the Senate 88-4 and the House 387-26".)
  const reach = given ?? (UPPER.test(tokens[first - 1]?.text ?? '') ? NAMED_TALLY_REACH : TALLY_REACH);
  for (let k = first - 1; k >= Math.max(0, first - reach); k--) if (lang.tallyBefore.has((tokens[k] as Token).norm)) return true;
  return false;
}

/** Two whole numbers joined by a dash at token i, a few words after a word of winning or losing ("beat the Packers 31-26"). */
function scoreAfterWin(lang: LangPack, v: View, i: number): boolean {
  const t = v.tokens[i] as Token;
  // (The winner's count first, as the score itself is read: a model's number runs upwards, "737-800".)
  const other = /^[-‐‑–—](\d{1,3})(?![\d.,]*\d)/u.exec(v.text.slice(t.end, t.end + 5));
  return DIGITS_ONLY.test(t.norm) && other !== null && Number(other[1]) < Number(t.norm) && winVerbBack(lang, v.tokens, i - 1, i - 5);
}

/** Most votes a tally of one chamber holds: "737-800" is a model's number, however near a word of voting. */
const TALLY_MAX = 700;

/**
 * Two whole numbers joined by a dash at token i, after a word of voting a few words back or before one ("passed the
 * Senate 88-4 and the House 387-26", "the Senate's 50-50 vote"): a vote's tally, whatever name comes right before it.
 */
function tallyAfterName(lang: LangPack, v: View, i: number): boolean {
  const t = v.tokens[i] as Token;
  const other = /^[-‐‑–—](\d{1,3})(?![\d.,]*\d)/u.exec(v.text.slice(t.end, t.end + 5));
  if (!DIGITS_ONLY.test(t.norm) || other === null || Number(t.norm) + Number(other[1]) > TALLY_MAX) return false;
  const after = v.tokens.findIndex((w) => w.start >= t.end + (other[0] as string).length);
  return voteTally(lang, v.tokens, i, (after < 0 ? v.tokens.length : after) - 1, NAMED_TALLY_REACH);
}

/** A word of winning or losing among tokens from..to, read backwards (to stops at the sentence's start). */
function winVerbBack(lang: LangPack, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k >= Math.max(0, to); k--) if (lang.winVerbs.has((tokens[k] as Token).norm)) return true;
  return false;
}

/** A figure after "by" in a clause of winning or losing ("Trump won the state by 15%", "led her rival by 4%"): a margin. */
function winMargin(lang: LangPack, tokens: readonly Token[], first: number): boolean {
  return tokens[first - 1]?.norm === 'by' && winVerbBack(lang, tokens, first - 2, first - 7);
}
