import type { Article } from '../../article';
import { FIGURE_REASONS, type FigureReason, type FiguresRound } from '../../levelSchema';
import { shuffled, type Rng } from '../../rng';
import { conflictWhy, figuresExplanation, figuresQuestion } from '../explain';
import type { Figure, Findings } from '../types';
import { markUsed, usesAny } from '../roundSentences';
import { isNearCopy } from '../nearCopy';
import { isVagueOrRange } from '../figureGroups';
import { unitClassOf } from '../figures';
import { escapeRegExp, normalizeText, tokenize } from '../text';
import { findPhrase } from '../opinion';
import { HAS_DIGIT } from '../shapes';
import { captionOrSignOff, closesUnopened, gluedText, headingMayRunIn, sentenceAround, itemUnderLeadIn, outletOf, passesChecks, withoutBullet, withoutDateline } from './common';
import { findQuote } from '../../articleModel';
import { langPack, type LangPack } from '../lang';

/**
 * A round is made only when the engine is at least this sure of its verdict and reason. (It was 0.7 for figures that
 * agree: of 60 such rounds drawn at random from the dev levels on 2026-12-06 and audited blind, those below 0.8 were
 * right 14 times in 27, those at 0.8 or more 29 in 33.)
 */
const MIN_CONFIDENCE = 0.8;

/** Distractor reasons a player might plausibly pick, before any others. */
const TEMPTING: FigureReason[] = ['genuine-conflict', 'rounding', 'different-source', 'different-date'];

/**
 * One sentence printed twice (an outlet reprinting another, word for word or nearly): two
 * figures quoted from such a pair give the player nothing to weigh.
 */
function sameSentence(a: string, b: string): boolean {
  return a === b || normalizeText(a) === normalizeText(b) || isNearCopy(a, b) || extendedReprint(a, b);
}

/** Fewest words of the shorter sentence, and the opening words both must share, for a reprint that adds to it. */
const REPRINT_WORDS = 10;
const REPRINT_OPENING = 6;

/**
 * A reprint that adds to the sentence it copies ("…reported from 13 states." and "…reported from 13
 * states, Georgia (2), Illinois (1)…"): both open with the same words and nearly every word of the
 * shorter is in the longer. Two outlets writing the same fact in their own words do not share their
 * first six words and all the rest.
 */
function extendedReprint(a: string, b: string): boolean {
  const wa = normalizeText(a).split(' ').filter(Boolean);
  const wb = normalizeText(b).split(' ').filter(Boolean);
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length < REPRINT_WORDS || short.slice(0, REPRINT_OPENING).join(' ') !== long.slice(0, REPRINT_OPENING).join(' ')) return false;
  const inLong = new Set(long);
  return short.filter((w) => inLong.has(w)).length / short.length >= 0.85;
}

/** A figure as a player reads it: a text wrapped at a fixed width may break a line inside it ("$46⏎billion"). */
function shownFigure(m: Figure): string {
  return m.text.replace(/\s+/gu, ' ');
}

/**
 * A figure with the unit written after it ("64" of "64 kilograms"), for a round whose figures are in different units
 * ("64 kilograms", "about 152 pounds"): without them the player would compare bare numbers.
 */
function withUnit(m: Figure, article: Article | undefined, lang: LangPack): string {
  const unit = article && article.text.slice(m.start, m.end) === m.text ? /^\s+(\p{L}[\p{L}-]*)/u.exec(article.text.slice(m.end, m.end + 40))?.[1] : undefined;
  const word = unit?.toLowerCase() ?? '';
  const names = (word !== '' && word === m.unit) || unitClassOf(lang, word) === m.unitClass || (m.unitClass === 'lb' && (lang.weightCurrencyWords?.has(word) ?? false));
  return unit !== undefined && m.kind === 'count' && names ? `${shownFigure(m)} ${unit}` : shownFigure(m);
}

/** A figure as the player reads it, case and spacing aside: "$5 Billion" and "$5 billion" are one written form. */
function writtenForm(m: Figure): string {
  // ("24-month" and "24month": a hyphen or a space a page lost is no other way of writing it.)
  return shownFigure(m)
    .toLowerCase()
    .replace(/[\s\u2010\u2011-]+/gu, '');
}

/** The first two figures, in the order given, that may stand side by side; none when no two may. */
function firstPairThatFits(ordered: readonly Figure[], fits: (m: Figure, beside: readonly Figure[]) => boolean): Figure[] {
  for (const [i, a] of ordered.entries()) {
    const b = ordered.slice(i + 1).find((m) => fits(m, [a]));
    if (b) return [a, b];
  }
  return [];
}

/** Reasons that explain why figures differ: a round with one of them must show figures that do. */
const EXPLAINS_A_DIFFERENCE: ReadonlySet<FigureReason> = new Set<FigureReason>(['rounding', 'different-source', 'different-date', 'genuine-conflict', 'different-scope']);

/** Share of each sentence's words the other holds, numbers aside, for two sentences in one frame (a time stamp added, "As of 1 p.m., Monday,", still leaves 0.75). */
const SAME_FRAME = 0.7;

/** Two sentences in one frame: near-copies of each other once the numbers are set aside (see isNearCopy). */
function sameFrame(a: string, b: string): boolean {
  const words = (t: string): string[] =>
    normalizeText(t)
      .split(' ')
      .filter((w) => w !== '' && !HAS_DIGIT.test(w));
  const [wa, wb] = [words(a), words(b)];
  return wa.length >= REPRINT_WORDS && wb.length >= REPRINT_WORDS && isNearCopy(wa.join(' '), wb.join(' '), SAME_FRAME);
}

/** Two sentences name different moments: a day, a month or a clock time in one that the other lacks ("As of 1 p.m., Monday,"). */
function otherMoment(a: string, b: string, lang: LangPack): boolean {
  const moments = (t: string): string[] =>
    normalizeText(t)
      .split(' ')
      .filter((w) => lang.dayNames.has(w) || lang.months.has(w) || lang.clockWords.has(w));
  const [ma, mb] = [moments(a), moments(b)];
  return ma.some((w) => !mb.includes(w)) || mb.some((w) => !ma.includes(w));
}

/** The figures all read as one number, with the same bounds ("0.9 percent" and "0.9%"). */
function allOneValue(figures: readonly Figure[]): boolean {
  const first = figures[0];
  return first !== undefined && figures.every((f) => f.value === first.value && f.low === first.low && f.high === first.high && f.bound === first.bound);
}

/**
 * How many days the figures' articles were published on, or null when an article has no date. "Counted at
 * different times" needs more than one ("at least 225" and "more than 200", both of 16 March: the reason
 * would be the engine's guess, not the texts').
 */
function daysOf(figures: readonly Figure[], byId: ReadonlyMap<string, Article>): number | null {
  const dates = figures.map((f) => byId.get(f.article)?.date?.slice(0, 10));
  return dates.every((d) => d !== undefined && d !== '') ? new Set(dates).size : null;
}

/** The place of a number's last significant digit: 2,000,000 -> 1,000,000; 225 -> 1; 9.1 -> 0.1. */
function precisionOf(x: number): number {
  const v = Math.abs(x);
  if (v === 0) return 1;
  let p = 10 ** Math.floor(Math.log10(v));
  while (p > 1e-6 && Math.abs(v / p - Math.round(v / p)) > 1e-9) p /= 10;
  return p;
}

/**
 * "One is rounded" holds when the rounder figure is what the other becomes rounded to its last digit
 * ("more than 200" and "at least 225"; "$2 million" and "$2.3 million"). Figures that no rounding brings
 * together ("about 186,000" affected and "at least 135,000" reached) are most likely different quantities.
 */
function roundingExplains(figures: readonly Figure[]): boolean {
  const values = figures.map((f) => f.value);
  const roundest = values.reduce((a, b) => (precisionOf(b) > precisionOf(a) ? b : a));
  const p = precisionOf(roundest);
  return values.every((v) => Math.abs(v - roundest) <= p / 2 + 1e-9);
}

/**
 * A floor above another shown figure, or a ceiling below one ("more than 100,000" beside "about 99,000"): the bound says
 * the other figure is not the number, so rounding cannot be what sets them apart.
 */
function boundExcludes(figures: readonly Figure[]): boolean {
  return figures.some((b) =>
    figures.some(
      (o) =>
        o !== b && o.bound !== 'vague' && ((b.bound === 'lower' && b.value > o.value && o.bound !== 'lower') || (b.bound === 'upper' && b.value < o.value && o.bound !== 'upper')),
    ),
  );
}

/** Offsets (time since) from articles dated further apart than a tenth of the span they give: measured to other days. */
function offsetDaysApart(figures: readonly Figure[], byId: ReadonlyMap<string, Article>): boolean {
  const days = figures.map((f) => Date.parse(byId.get(f.article)?.date?.slice(0, 10) ?? ''));
  if (days.some((d) => Number.isNaN(d))) return false;
  const apart = (Math.max(...days) - Math.min(...days)) / 86_400_000;
  const span = Math.min(...figures.map((f) => Math.abs(f.value))) / 1440;
  return apart > 0.1 * span;
}

/** A sentence's closing stop (or the colon that opens a list), before closing quotes or brackets. */
const CLOSED = /[.!?…:]["”’)\]]*$/u;
/** A list item's bullet or dash: an item of a list may end with no stop ("• A 24 percent pay raise"). */
const LIST_ITEM = /^[•▪◦●‣∙·*–-]\s/u;

/**
 * A figure a round may quote as it stands: its sentence is whole, with its closing stop (or the
 * colon that opens a list), like the sentences of the other rounds, or it is an item of a list. A
 * line with no stop is a headline, a caption or a text cut off ("Consumer prices up 9.1 percent
 * over the year ended June 2022"), however the page's layout hid it from the engine.
 */
function quotableAsIs(m: Figure): boolean {
  const text = m.sentence.trim();
  return CLOSED.test(text) || LIST_ITEM.test(text);
}

/**
 * The members a round may quote: a figure whose only sentence is page furniture (a headline) or
 * not quotable as it stands (see quotableAsIs) is replaced by the same figure in a whole body
 * sentence of that article, or left out.
 */
function quotable(members: readonly Figure[], findings: Findings, furniture: ReadonlySet<string>): Figure[] {
  const out: Figure[] = [];
  const fit = (f: Figure): boolean => !furniture.has(f.sentenceId) && quotableAsIs(f);
  for (const m of members) {
    if (fit(m)) {
      out.push(m);
      continue;
    }
    const body = findings.figures.find((f) => f.article === m.article && fit(f) && f.unitClass === m.unitClass && f.value === m.value && f.kind === m.kind && !members.includes(f));
    if (body && !out.includes(body)) out.push(body);
  }
  return out;
}

/**
 * The round shows the figure beside its sentence and marks it where it first occurs there, as
 * written: in "fell 0.9 percent… after 11.6 percent in the first quarter", "1.6 percent" first
 * occurs inside "11.6 percent", and in "2 million in 2022 and 2 million in 2023" the second
 * "2 million" is marked as the first. A figure whose first occurrence in its sentence is not the
 * figure itself would point the player and the feedback at another number: it is not quoted.
 */
function marksItself(m: Figure, article: Article | undefined): boolean {
  const sentence = article?.sentences.find((s) => s.id === m.sentenceId);
  if (!sentence) return false;
  const at = findQuote(m.sentence, m.text);
  return at !== null && sentence.start + at.start === m.start;
}

/** Words that go before "of" and another count to make one vague quantity: "hundreds" of "hundreds of trillions". */
function countWordsBeforeOf(lang: LangPack): Set<string> {
  const out = new Set<string>();
  for (const q of lang.vagueQuantities) {
    if (q.weak) continue;
    if (q.words[1] === 'of') out.add(q.words[0] as string);
    else if (q.words.length === 1) out.add(q.words[0] as string);
  }
  return out;
}

/**
 * A figure the finder read as a part of a longer one: "trillions of dollars" or "Hundreds" in
 * "hundreds of trillions of dollars", "millions" in "tens of millions". Quoted, marked and named in the feedback,
 * it would show the player a smaller number than the article gives: it is not quoted.
 */
function cutShort(m: Figure, article: Article | undefined, countWords: ReadonlySet<string>): boolean {
  const sentence = article?.sentences.find((s) => s.id === m.sentenceId);
  if (!article || !sentence || m.start < sentence.start) return false;
  const before = /(\p{L}+)\s+of\s+$/u.exec(article.text.slice(sentence.start, m.start));
  if (before !== null && countWords.has((before[1] as string).toLowerCase())) return true;
  // ("Hundreds" of "hundreds of trillions of dollars": the count goes on after it.)
  const after = /^\s+of\s+(\p{L}+)/u.exec(article.text.slice(m.start + m.text.length, sentence.end));
  return after !== null && countWords.has((after[1] as string).toLowerCase());
}

/** A figure's sentence as the article prints it, and where the figure stands in it; null when it cannot be placed. */
function placed(m: Figure, article: Article | undefined): { text: string; at: number } | null {
  const sentence = article?.sentences.find((s) => s.id === m.sentenceId);
  if (!article || !sentence || m.start < sentence.start || m.start > sentence.end) return null;
  return { text: article.text.slice(sentence.start, sentence.end), at: m.start - sentence.start };
}

/**
 * A figure given as a change, not a count: "another 12", "an additional 56", "nine more illnesses",
 * "0.3 degrees more than", "12 new cases", "$30 million in additional aid". Beside a count of another value
 * it reads as a count taken at another time, and the round would teach a difference that is only the increment's.
 */
function isIncrement(m: Figure, article: Article | undefined, lang: LangPack): boolean {
  const p = placed(m, article);
  if (!p) return false;
  const before =
    p.text
      .slice(0, p.at)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  const prev = before[before.length - 1];
  if (prev !== undefined && (lang.incrementBefore?.has(prev) ?? false) && /[\p{L}]\s*[$£€¥]?\s*$/u.test(p.text.slice(0, p.at))) return true;
  const after = p.text.slice(p.at + m.text.length);
  const next = /^\s+(\p{L}+)/u.exec(after);
  if (next !== null && (lang.incrementAfter?.has((next[1] as string).toLowerCase()) ?? false)) return true;
  // The increment written after its figure: "12 new cases", "500 additional troops", "$30 million in additional aid".
  const [first, second] = (after.match(/^\s+(\p{L}+)(?:\s+(\p{L}+))?/u) ?? []).slice(1).map((w) => w?.toLowerCase());
  const adds = (w: string | undefined): boolean => w !== undefined && (lang.incrementAdjectives?.has(w) ?? false);
  return adds(first) || (first !== undefined && (lang.incrementLinks?.has(first) ?? false) && adds(second));
}

/** A number as written beside another in a pair: digits, maybe after a currency sign; not a year. */
const PAIR_NUMBER = String.raw`[$£€¥]?\d[\d,.]*`;

/**
 * One side of a pair of numbers: a tally or score ("61-36", "258 to 169"), a ratio ("$1 for every $2",
 * "16 of 18"). Set beside a figure of another value, the side alone reads as the whole count.
 */
function oneSideOfPair(m: Figure, article: Article | undefined, lang: LangPack): boolean {
  const p = placed(m, article);
  if (!p || !lang.pairLinks?.length) return false;
  const links = lang.pairLinks.map((l) => l.join('\\s+')).join('|');
  const year = /^(1[89]\d\d|20\d\d)$/u;
  const before = new RegExp(`(${PAIR_NUMBER})(?:\\s*[-–]\\s*|(?:\\s+\\p{Ll}+)?\\s+(?:${links})\\s+)$`, 'u').exec(p.text.slice(0, p.at));
  if (before !== null && !year.test(before[1] as string)) return true;
  // (The counted noun may stand between: "280 goals in 435 games" is a tally over its games, not the count of goals.)
  const after = new RegExp(`^(?:\\s*[-–]\\s*|(?:\\s+\\p{Ll}+)?\\s+(?:${links})\\s+)(${PAIR_NUMBER})`, 'u').exec(p.text.slice(p.at + m.text.length));
  return after !== null && !year.test((after[1] as string).replace(/[.,]$/u, ''));
}

/**
 * A figure whose marked words run on to "another" and stop before the number it announces ("288 lives have
 * been lost and another" of "… and another 900-odd have been injured"): read as a sum of parts, it adds
 * two counts of different things. ("Two statements … and another titled …" is a sum of parts: no number follows.)
 */
function runsOnToAnother(m: Figure, article: Article | undefined, lang: LangPack): boolean {
  const words = m.text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const last = words[words.length - 1];
  if (last === undefined || !(lang.anotherWords.has(last) || (lang.incrementBefore?.has(last) ?? false))) return false;
  const p = placed(m, article);
  const next = p ? /^\s*(?:[$£€¥]\s*)?(\d|\p{L}+)/u.exec(p.text.slice(p.at + m.text.length)) : null;
  return next !== null && (/\d/u.test(next[1] as string) || lang.numberWords.has((next[1] as string).toLowerCase()));
}

/**
 * A year that is part of a name: a modifier of the noun after it ("the 2023 train derailment", "its 2019 report") or
 * the end of a title ("the Railway Safety Act of 2023"). It names an event, a law or a report, not when something
 * happened, and "one year ago" set beside it would compare a count back with a name.
 */
/**
 * "9,600 10-liter water containers", "6,000 ten-liter water containers": a size joined to its noun by a hyphen, right after
 * the count of what has it, is the kind of thing counted (a product's size), not a quantity of the story to weigh.
 */
function sizeOfCounted(m: Figure, article: Article | undefined): boolean {
  const p = placed(m, article);
  if (p === null) return false;
  const hyphened = /^[\p{L}\d.,]+-\p{L}/u.test(m.text) || /^-\p{L}/u.test(p.text.slice(p.at + m.text.length));
  return hyphened && /\d[\d,.]*\s+$/u.test(p.text.slice(Math.max(0, p.at - 20), p.at));
}

function yearInName(m: Figure, article: Article | undefined, lang: LangPack): boolean {
  if (m.unitClass !== 'year' || m.relative) return false;
  const p = placed(m, article);
  if (!p) return false;
  const before = p.text.slice(0, p.at);
  const word = /(\p{L}+)\s+$/u.exec(before)?.[1]?.toLowerCase();
  const next = /^\s+(\p{L}+)/u.exec(p.text.slice(p.at + m.text.length))?.[1]?.toLowerCase();
  if (word !== undefined && next !== undefined && (lang.yearModifierDeterminers?.has(word) ?? false) && !lang.stopwords.has(next)) return true;
  // ("Act of 2023"; not "March of 2023", a month.)
  const title = /(\p{Lu}\p{L}*)\s+of\s+$/u.exec(before)?.[1];
  return title !== undefined && !lang.months.has(title.toLowerCase());
}

/** The month a year is written with ("March 2023", "March 3, 2023", "3 March 2023"), or null. */
function monthWithYear(m: Figure, article: Article | undefined, lang: LangPack): number | null {
  const p = placed(m, article);
  const before = p ? /(\p{L}+)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$/u.exec(p.text.slice(0, p.at)) : null;
  return before ? (lang.months.get((before[1] as string).toLowerCase()) ?? null) : null;
}

/**
 * A year written with a month other than the month of every date counted back beside it ("In March 2023 … filed a
 * lawsuit" beside "One year ago, the derailment…" of February 2024): the two date different things, whatever the year.
 */
function otherMonthThanCountedBack(m: Figure, countedBack: readonly Figure[], byId: ReadonlyMap<string, Article>, lang: LangPack): boolean {
  if (m.unitClass !== 'year' || m.relative || countedBack.length === 0) return false;
  const month = monthWithYear(m, byId.get(m.article), lang);
  const backMonths = countedBack.map((c) => Number(byId.get(c.article)?.date?.slice(5, 7)));
  return month !== null && backMonths.every((b) => b > 0 && b !== month);
}

/** A figure inside the dateline run into its sentence ("2022" of "Washington (December 19, 2022) — …"): the page's date, not the story's figure. */
function inDateline(m: Figure, article: Article | undefined): boolean {
  const p = placed(m, article);
  return p !== null && p.at < p.text.length - withoutDateline(p.text).length;
}

/** Opening and closing quotation marks; a straight double quote does either. */
const OPENS = new Set(['“', '«']);
const CLOSES = new Set(['”', '»']);

/** The quoted words the figure stands in (to the sentence's end when the quotation goes on), normalised; null when it is not quoted. */
function quotationAround(m: Figure, article: Article | undefined): string | null {
  const p = placed(m, article);
  if (!p) return null;
  let open = -1;
  for (let i = 0; i < p.at; i++) {
    const ch = p.text[i] as string;
    if (OPENS.has(ch) || (ch === '"' && open < 0)) open = i;
    else if (CLOSES.has(ch) || ch === '"') open = -1;
  }
  if (open < 0) return null;
  let end = p.text.length;
  for (let i = p.at + m.text.length; i < p.text.length; i++) {
    const ch = p.text[i] as string;
    if (CLOSES.has(ch) || ch === '"') {
      end = i;
      break;
    }
  }
  return normalizeText(p.text.slice(open + 1, end));
}

/** Fewest words of quoted text that two sentences must share for one quotation printed twice. */
const QUOTATION_WORDS = 4;

/**
 * Two outlets printing one speaker's words with the figure in them ("…the number of deaths is 288…",
 * once after "Speaking to the agency, he said," and once alone): the figure is given once, by the
 * speaker, and a round setting the two beside each other has nothing to compare.
 */
function sameQuotation(a: Figure, b: Figure, byId: ReadonlyMap<string, Article>): boolean {
  const qa = quotationAround(a, byId.get(a.article));
  const qb = quotationAround(b, byId.get(b.article));
  if (qa === null && qb === null) return false;
  // (A speaker's own page printing the words another outlet quotes: the quotation is the whole of its sentence.)
  const [x, y] = [qa ?? normalizeText(a.sentence), qb ?? normalizeText(b.sentence)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.split(' ').filter(Boolean).length >= QUOTATION_WORDS && ` ${long} `.includes(` ${short} `);
}

/**
 * A length of time written in two parts ("11 hours and 55 minutes", "an 11 hour and 55-minute orbit"):
 * either part alone is not the figure the article gives.
 */
function partOfCompoundDuration(m: Figure, article: Article | undefined, lang: LangPack): boolean {
  if (m.unitClass !== 'duration') return false;
  const p = placed(m, article);
  if (!p) return false;
  const counts = (w: string): boolean => /^\d/u.test(w) || lang.numberWords.has(w.toLowerCase());
  // The word joining the parts is the language's ("and"): a comma alone joins them too.
  const joins = (w: string | undefined): boolean => w === undefined || (lang.pairJoiners?.has(w.toLowerCase()) ?? false);
  const after = /^[\s-]*(?:(\p{L}+)|,)\s+(\d+|\p{L}+)[\s-]+(\p{L}+)/u.exec(p.text.slice(p.at + m.text.length));
  if (after !== null && joins(after[1]) && counts(after[2] as string) && lang.timeUnits.has((after[3] as string).toLowerCase())) return true;
  const before = /(\d+|\p{L}+)[\s-]+(\p{L}+),?\s+(\p{L}+)\s+$/u.exec(p.text.slice(0, p.at));
  return before !== null && joins(before[3] as string) && counts(before[1] as string) && lang.timeUnits.has((before[2] as string).toLowerCase());
}

/**
 * "Over" or "in" before a length of time ("$6 billion over three years") may say how long a thing lasts,
 * not that it lasts longer: such a figure is no lower bound the round could teach.
 */
function spanNotBound(m: Figure, lang: LangPack): boolean {
  const first = /^\p{L}+/u.exec(m.text.trim());
  return m.unitClass === 'duration' && first !== null && lang.spanPrepositions.has(first[0].toLowerCase());
}

/** A year written out in a sentence (1800-2099). */
const YEAR = /\b(1[89]\d\d|20\d\d)\b/gu;

/** The year written nearest the figure in its sentence (not the figure itself), or null. */
function nearestYear(m: Figure, article: Article | undefined): number | null {
  const p = placed(m, article);
  if (!p) return null;
  let best: { year: number; distance: number } | null = null;
  for (const y of p.text.matchAll(YEAR)) {
    const at = y.index;
    if (at >= p.at && at < p.at + m.text.length) continue;
    const distance = at < p.at ? p.at - at : at - (p.at + m.text.length);
    if (!best || distance < best.distance) best = { year: Number(y[1]), distance };
  }
  return best?.year ?? null;
}

/**
 * The figure's own clause, without the figure: the clause ends at a comma, a dash, a bracket or a word that
 * opens a subordinate clause ("… in penalties is the latest of its fines since its scandal erupted in 2016").
 */
function clauseOf(m: Figure, article: Article | undefined, lang: LangPack): string {
  const p = placed(m, article);
  if (!p) return '';
  let start = 0;
  let end = p.text.length;
  // (A comma inside a number, "9,000", ends no clause.)
  for (const b of p.text.matchAll(/,(?!\d)|[;:()—–]|\s-{1,2}\s|\p{L}+/gu)) {
    const word = /^\p{L}/u.test(b[0]);
    if (word && !lang.subordinators.has(b[0].toLowerCase())) continue;
    if (b.index + b[0].length <= p.at) start = word ? b.index : b.index + b[0].length;
    else if (b.index >= p.at + m.text.length) {
      end = b.index;
      break;
    }
  }
  return `${p.text.slice(start, p.at)} ${p.text.slice(p.at + m.text.length, end)}`;
}

/**
 * The years written in the figure's own clause, not the figure itself (2016 dates the scandal, not the penalties, above).
 * A short opening phrase with a year before the clause's comma dates it too ("In 2021, 1,205 women died…"); a year right
 * after another number dates that number ("… compared with 861 in 2020").
 */
function clauseYears(m: Figure, article: Article | undefined, lang: LangPack): number[] {
  const clause = clauseOf(m, article, lang);
  const own = [...clause.matchAll(YEAR)].filter((y) => !OTHER_NUMBER_BEFORE.test(clause.slice(Math.max(0, y.index - 24), y.index)));
  const p = placed(m, article);
  const opening = p ? OPENING_YEAR.exec(p.text.slice(0, p.at)) : null;
  return [...(opening ? [Number(opening[1])] : []), ...own.map((y) => Number(y[1]))];
}

/** A number, then at most two words, just before a year: the year dates that number. */
const OTHER_NUMBER_BEFORE = /\d[\d,.]*\s+(?:\p{L}+\s+){0,2}$/u;
/** A sentence's opening phrase of at most three words holding a year, closed by a comma, then the figure's clause with no other comma. */
const OPENING_YEAR = /^\s*(?:\p{L}+\s+){0,2}((?:1[89]|20)\d{2})\s*,[^,;:()—–]*$/u;

/**
 * A figure its clause says is of another instance of the event ("earthquakes of similar magnitude have killed
 * thousands", "the previous record of 30 storms") beside figures whose clauses do not: the figures count
 * different events, and no reason but the time of each could explain them.
 */
function otherInstance(chosen: readonly Figure[], byId: ReadonlyMap<string, Article>, lang: LangPack): boolean {
  const other = (m: Figure): boolean =>
    (
      clauseOf(m, byId.get(m.article), lang)
        .toLowerCase()
        .match(/\p{L}+/gu) ?? []
    ).some((w) => lang.otherInstanceWords?.has(w) ?? false);
  return chosen.some(other) && !chosen.every(other);
}

/** Whether a figure's sentence names a month (a date finer than a year). */
function namesMonth(m: Figure, article: Article | undefined, lang: LangPack): boolean {
  const p = placed(m, article);
  return p !== null && (p.text.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => w.length > 3 && lang.months.has(w));
}

/**
 * The texts date the figures to one year: each sentence names a year beside its figure, the same year,
 * and none a month ("from 21 percent in 2011" and "from 16% in 2011"; "in 2023 was 58.96 degrees" and
 * "54.4 degrees…, 2023 marked"). Then "counted at different times" is not what the texts show, whatever
 * days the articles came out.
 */
function datedToOneYear(chosen: readonly Figure[], byId: ReadonlyMap<string, Article>, lang: LangPack): boolean {
  if (chosen.some((m) => namesMonth(m, byId.get(m.article), lang))) return false;
  const years = chosen.map((m) => nearestYear(m, byId.get(m.article)));
  return years.every((y) => y !== null) && new Set(years).size === 1;
}

/**
 * A figure its own clause dates to a year at least two before its article ("just over 70 … were killed by
 * a super outbreak … in 1974"): it counts another time, or another event, than figures whose clauses name
 * no year or another one. Beside them, only "counted at different times" could explain it.
 */
function datedToAnotherTime(chosen: readonly Figure[], byId: ReadonlyMap<string, Article>, lang: LangPack): boolean {
  // (Past against the earliest of the articles, the story's own time: "nearly 50,000 … in 2022" in a release of 2024 beside
  // "49,449 in 2022" in a report of 2023 is the same year's count, repeated a year on.)
  const years = chosen.map((m) => Number(byId.get(m.article)?.date?.slice(0, 4))).filter((y) => Number.isFinite(y) && y > 0);
  if (years.length === 0) return false;
  const year = Math.min(...years);
  const past = (m: Figure): number | null => {
    const ys = clauseYears(m, byId.get(m.article), lang);
    return ys.length > 0 && ys.every((y) => y <= year - 2) ? Math.max(...ys) : null;
  };
  const dated = chosen.map(past);
  return dated.some((y) => y !== null) && new Set(dated).size > 1;
}

/** A word opening a name: capitalised, and not a month or a day of the week. */
function isPlaceName(w: string, lang: LangPack): boolean {
  return /^\p{Lu}/u.test(w) && !lang.months.has(w.toLowerCase()) && !lang.dayNames.has(w.toLowerCase());
}

/**
 * A figure its own clause dates to a past year and puts in a named place that another figure's sentence does not name
 * ("pointing to a 7.8 magnitude temblor that killed 9,000 in Nepal in 2015" beside "the 7.8-magnitude earthquake"): the
 * same number said of another event. (A past year alone may be the start of a span, "since March 2019", or the years
 * of the conduct a count is about, "from 2009 to 2017".)
 */
function pastEventElsewhere(chosen: readonly Figure[], byId: ReadonlyMap<string, Article>, lang: LangPack): boolean {
  return chosen.some((m) => {
    const article = byId.get(m.article);
    const year = Number(article?.date?.slice(0, 4));
    const ys = clauseYears(m, article, lang);
    if (!(year > 0) || ys.length === 0 || !ys.every((y) => y <= year - 2) || !lang.locativePrepositions) return false;
    const words = clauseOf(m, article, lang).match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
    // (The name right after the preposition, or after "the": "in Nepal", "at the Pentagon".)
    const locative = (x: string | undefined): boolean => x !== undefined && (lang.locativePrepositions?.has(x.toLowerCase()) ?? false);
    const names = words.filter((w, i) => isPlaceName(w, lang) && (locative(words[i - 1]) || (words[i - 1]?.toLowerCase() === 'the' && locative(words[i - 2]))));
    return names.some((name) => chosen.some((c) => c !== m && !new RegExp(`\\b${name}\\b`, 'u').test(c.sentence)));
  });
}

/** Words after a figure that may still say where what it counts is: its noun, a verb, a place phrase. */
const PLACE_REACH = 8;
/** Words of a place phrase before its first name ("in the provinces of Aleppo", "in rebel-held parts of northwest Syria"). */
const PLACE_NAME_REACH = 5;
/** Letters of a place name that stand for it and its adjective ("ukraine", "ukrainian"; "syria", "syrian"). */
const PLACE_STEM = 5;
/** Small words inside a list of place names ("in Aleppo, Lattakia and Tartous", "the Bay of Biscay"). */
const IN_NAME_LIST = /^(?:and|or|of|the)$/iu;

/**
 * The names of the places the words right after a figure put it in, before its clause ends: "110 bodies were kept at
 * AIIMS" (aiims), "385 deaths … in the provinces of Aleppo and Idlib" (aleppo, idlib), "200 bodies on the beach near
 * Derna" (derna). A month or a day of the week is a time, not a place; "in" right after a sum of money gives its form
 * ("$2 million in Bitcoin"), not a place.
 */
function placesAfter(m: Figure, article: Article | undefined, lang: LangPack): string[] {
  const p = placed(m, article);
  if (!p || !lang.locativePrepositions) return [];
  const rest = p.text.slice(p.at + m.text.length);
  // (A comma inside a number, "1,449", ends no clause.)
  const clauseEnd = /,(?!\d)|[;:()—–]|\s-{1,2}\s/u.exec(rest)?.index ?? rest.length;
  const words = [...rest.matchAll(/[\p{L}][\p{L}.'’-]*/gu)].map((w) => ({ word: w[0].replace(/\.$/u, '').replace(/['’]s$/u, ''), at: w.index }));
  const out: string[] = [];
  for (let i = 0; i < Math.min(words.length, PLACE_REACH); i++) {
    const { word, at } = words[i] as { word: string; at: number };
    const lower = word.toLowerCase();
    if (at >= clauseEnd || lang.subordinators.has(lower)) break;
    if (!lang.locativePrepositions.has(lower) || (i === 0 && m.unitClass.startsWith('money'))) continue;
    // The place phrase: its first name within a few words, then the names listed after it.
    let j = i + 1;
    while (j < words.length && j - i <= PLACE_NAME_REACH && (words[j] as { at: number }).at < clauseEnd && !isPlaceName((words[j] as { word: string }).word, lang)) j++;
    if (j >= words.length || (words[j] as { at: number }).at >= clauseEnd) continue;
    for (; j < words.length && j - i <= PLACE_NAME_REACH + PLACE_REACH; j++) {
      const w = (words[j] as { word: string }).word;
      if (isPlaceName(w, lang)) out.push(w.toLowerCase());
      else if (!IN_NAME_LIST.test(w)) break;
    }
  }
  return out;
}

/**
 * Figures of different values whose own words put them in different places ("790 … dead in rebel-held parts of northwest
 * Syria", "812 deaths … in Aleppo", a toll with no place): a part may stand beside its whole, and no reason but the scope
 * explains them.
 */
function placesDiffer(chosen: readonly Figure[], byId: ReadonlyMap<string, Article>, lang: LangPack): boolean {
  if (chosen.every((m) => m.value === chosen[0]?.value)) return false;
  // (A name and its adjective are one place: "near Ukraine", "near the Ukrainian border".)
  const places = chosen.map((m) => [...new Set(placesAfter(m, byId.get(m.article), lang).map((w) => w.slice(0, PLACE_STEM)))].sort().join(' '));
  return new Set(places).size > 1;
}

/** The figures that are not vague ("millions", "dozens") agree: one value, or one the others round to. */
function preciseAgree(chosen: readonly Figure[]): boolean {
  const precise = chosen.filter((m) => m.bound !== 'vague');
  return precise.length < 2 || allOneValue(precise) || roundingExplains(precise);
}

/**
 * One figure is a floor or a ceiling ("more than", "+", "up to") and another is a plain figure. (A floor and a
 * ceiling at one number, "more than $125,000" and "less than $125,000", state one threshold from its two sides.)
 */
function boundsDiffer(chosen: readonly Figure[]): boolean {
  // ("$1.3+ billion": a plus sign after the number is a floor however the number was read.)
  const bounded = (m: Figure): boolean => m.bound === 'lower' || m.bound === 'upper' || /\+\s*\p{L}*$/u.test(m.text.trim());
  return chosen.some(bounded) && !chosen.every(bounded);
}

/** The word right before a figure is a verb of going beyond it ("the final tally could top 20,000"): the figure is a floor. */
function afterExceedVerb(m: Figure, article: Article | undefined, lang: LangPack): boolean {
  const p = placed(m, article);
  const prev = p ? /(\p{L}+)\s*$/u.exec(p.text.slice(0, p.at)) : null;
  return prev !== null && (lang.exceedVerbs?.has((prev[1] as string).toLowerCase()) ?? false);
}

/**
 * Floors at one number, one written as a floor ("more than 20,000") and one after a verb of going beyond it ("could top
 * 20,000"): the same fact, not a lower bound beside a plain figure, which "lower bounds" would teach.
 */
function floorsAtOneNumber(chosen: readonly Figure[], byId: ReadonlyMap<string, Article>, lang: LangPack): boolean {
  const plain = chosen.filter((m) => m.bound !== 'lower');
  return plain.length > 0 && chosen.every((m) => m.value === chosen[0]?.value) && plain.every((m) => afterExceedVerb(m, byId.get(m.article), lang));
}

/** Sentence debris a round may not quote: footnote marks run into the words ("bullseye[2]", "[1] []"). */
const FOOTNOTE = /\[\d*\]/u;

/** The names a figure's sentence credits it to, after "according to" and the like ("according to the nonpartisan CBO": "CBO"). */
function sourceNames(sentence: string, lang: LangPack): string[] {
  const out: string[] = [];
  for (const ph of lang.attributionPhrases) {
    const m = new RegExp(String.raw`(?:^|[^\p{L}])${ph.join(String.raw`\s+`)}\s+((?:\S+\s+){0,3}\S+)`, 'iu').exec(sentence);
    if (!m) continue;
    for (const w of (m[1] as string).split(/\s+/)) {
      const name = w.replace(/^[("“‘]+|[.,;:)"”’]+$/gu, '');
      if (/^\p{Lu}[\p{L}.'’&-]*$/u.test(name) && !lang.stopwords.has(name.toLowerCase())) out.push(name);
    }
  }
  return out;
}

/** Whether the sentence before a figure's, in the same paragraph, credits a source by an attribution phrase ("according to"). */
function creditedJustBefore(m: Figure, article: Article | undefined, lang: LangPack): boolean {
  const { prev, own } = sentenceAround(article, m.sentenceId);
  if (!article || !prev || !own || /\n/.test(article.text.slice(prev.end, own.start))) return false;
  return findPhrase(tokenize(article.text.slice(prev.start, prev.end)), lang.attributionPhrases) !== null;
}

/** Whether a text names any of these sources as a word of its own. */
function namesAny(text: string, names: readonly string[]): boolean {
  return names.some((n) => new RegExp(String.raw`(?:^|[^\p{L}])${escapeRegExp(n)}(?![\p{L}])`, 'u').test(text));
}

export function figuresRounds(
  findings: Findings,
  articles: readonly Article[],
  count: number,
  rng: Rng,
  idFor: (n: number) => string,
  used: Set<string> = new Set(),
): FiguresRound[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const groups = shuffled(
    findings.figureGroups.filter((g) => g.confident && g.reason && g.verdict !== 'unsure' && (g.confidence ?? 1) >= MIN_CONFIDENCE),
    rng,
  );
  // Headlines, bylines, captions and debris are not the articles' sentences: a round quotes none of them.
  const furniture = new Set(findings.sentences.filter((s) => s.furniture).map((s) => s.sentenceId));
  const saidBy = new Set(findings.sentences.filter((s) => s.kind === 'attributed' && s.cues.includes('attribution-verb')).map((s) => s.sentenceId));
  const lang = langPack(undefined);
  const countWords = countWordsBeforeOf(lang);
  const out: FiguresRound[] = [];
  for (const g of groups) {
    if (out.length >= count) break;
    // "5 states will gain one seat", "the six states that gained one or more seats": a count of one is what each of a set
    // gets or does, or "a" in other words; outlets agreeing on it give a reader nothing to weigh.
    if (g.verdict !== 'conflicting' && g.members.every((m) => m.kind === 'count' && m.value === 1)) continue;
    // ("over the age of 60", "over 60 years of age": an age bounded into a threshold names who is counted; outlets
    // agreeing on it ask nothing of a reader.)
    if (g.verdict !== 'conflicting' && g.unitClass === 'age' && g.members.every((m) => m.bound === 'lower' || m.bound === 'upper')) continue;
    const reason = g.reason as FigureReason;
    // One figure per article, preferring forms not already shown, at most four.
    const chosen: Figure[] = [];
    // The figure that names its source comes first: the follow-up question is about it.
    let ordered = quotable(g.members, findings, furniture)
      .filter(
        (m) =>
          marksItself(m, byId.get(m.article)) &&
          !cutShort(m, byId.get(m.article), countWords) &&
          !partOfCompoundDuration(m, byId.get(m.article), lang) &&
          !runsOnToAnother(m, byId.get(m.article), lang) &&
          !yearInName(m, byId.get(m.article), lang) &&
          !sizeOfCounted(m, byId.get(m.article)) &&
          !FOOTNOTE.test(m.sentence) &&
          // (A passage ending a quotation it does not open shows half a quote: "…of the past 30 days.\"")
          !closesUnopened(withoutDateline(withoutBullet(m.sentence))) &&
          !gluedText(m.sentence, byId.get(m.article), lang) &&
          !inDateline(m, byId.get(m.article)) &&
          !captionOrSignOff(byId.get(m.article), m.sentenceId, m.sentence, lang) &&
          !headingMayRunIn(findings, byId.get(m.article), m.sentenceId, lang) &&
          !itemUnderLeadIn(byId.get(m.article), m.sentenceId) &&
          !handful(m),
      )
      .sort((a, b) => Number(b.sourced) - Number(a.sourced) || Number(b.scheduled) - Number(a.scheduled) || Number(Boolean(b.parts)) - Number(Boolean(a.parts)));
    // An increment ("another 12") beside counts of other values is left out: the round would compare a change with a total.
    // So is one side of a tally or ratio ("36" of "61-36", "$2" of "$1 for every $2"): alone it is not the count.
    if (!ordered.every((m) => m.value === ordered[0]?.value))
      ordered = ordered.filter((m) => !isIncrement(m, byId.get(m.article), lang) && !oneSideOfPair(m, byId.get(m.article), lang));
    const countedBack = ordered.filter((m) => m.relative);
    ordered = ordered.filter((m) => !otherMonthThanCountedBack(m, countedBack, byId, lang));
    const conflict = g.verdict === 'conflicting';
    // A reprint that prints another number than the sentence it copies ("composed of 20 nations", "composed of 15
    // nations") is no repetition in a contradiction: the changed number is the contradiction, shown in the same words.
    const reprint = (c: Figure, m: Figure): boolean => (sameSentence(c.sentence, m.sentence) || sameQuotation(c, m, byId)) && !(conflict && c.value !== m.value);
    // A figure may stand beside those chosen when it is another outlet's (or, for a schedule beside its outcome, the
    // other of the two), written another way, and no reprint of a sentence already shown (which adds nothing to compare).
    const fits = (m: Figure, beside: readonly Figure[]): boolean =>
      !beside.some((c) => writtenForm(c) === writtenForm(m) || (c.article === m.article && !(reason === 'schedule-vs-outcome' && c.scheduled !== m.scheduled)) || reprint(c, m));
    for (const m of ordered) {
      if (chosen.length >= 4) break;
      if (fits(m, chosen)) chosen.push(m);
    }
    // Outlets that print one figure to the letter ("87,000" and "87,000") are not shown side by side: the player
    // would see the answer without reading. When the first figure's form is the only one the other outlets print,
    // two other figures of the group may still differ as written ("36%" in one outlet, "36 percent" in another).
    if (chosen.length < 2) {
      const pair = firstPairThatFits(ordered, fits);
      chosen.splice(0, chosen.length, ...pair);
      for (const m of ordered) if (chosen.length >= 2 && chosen.length < 4 && !chosen.includes(m) && fits(m, chosen)) chosen.push(m);
    }
    // A reason that explains a difference needs a difference on show: "counted at different times" under
    // two figures that are the same number teaches a difference the player cannot see.
    if (EXPLAINS_A_DIFFERENCE.has(reason) && allOneValue(chosen)) {
      const other = ordered.find((m) => !chosen.some((c) => c.article === m.article || reprint(c, m)) && !allOneValue([chosen[0] as Figure, m]));
      if (!other) continue;
      if (chosen.length >= 4) chosen.pop();
      chosen.push(other);
    }
    // "A vague range contains the precise figure" needs the vague figure on show: without it the reason names nothing the
    // player can see ("an estimated 2,975" and "2,975" beside a hidden "thousands").
    if (reason === 'vague-vs-precise' && !chosen.some(isVagueOrRange)) {
      const vague = ordered.find((m) => isVagueOrRange(m) && !chosen.some((c) => c.article === m.article));
      if (!vague) continue;
      if (chosen.length >= 4) chosen.pop();
      chosen.push(vague);
    }
    if (chosen.length < 2 || (new Set(chosen.map((c) => c.article)).size < 2 && reason !== 'schedule-vs-outcome')) continue;
    // Time since an event, given in articles written months apart ("almost a year later" in May, "nearly one year since"
    // in September), is measured to two different days: not one fact, whatever the words.
    if (reason !== 'different-date' && chosen.every((m) => m.kind === 'offset') && offsetDaysApart(chosen, byId)) continue;
    // Lengths of time in words alone ("for more than a decade", "over a decade"): a round span that many things in one
    // story last, so two outlets giving it may time two different things, and the texts rarely say which.
    if (chosen.every((m) => m.kind === 'duration' && !HAS_DIGIT.test(m.text))) continue;
    // The confidence gate, on what the round shows: a reason the shown figures and their articles do not bear out is not taught.
    if (reason === 'different-date' && daysOf(chosen, byId) === 1) continue;
    // ("… 5,360 feet of boom has been deployed" in Sunday's release, "As of 1 p.m., Monday, … 8,700 feet of boom has been
    // deployed" in Monday's: one sentence repeated with its number moved and a moment named in one of them is a count
    // updated, whatever the articles' dates; the engine cannot teach it as a contradiction. Without a moment named, the
    // moved number in a reprint is the contradiction: "made up of 24 crews" against "made up of 17 crews".)
    if (conflict && chosen.some((a, i) => chosen.slice(i + 1).some((b) => sameFrame(a.sentence, b.sentence) && otherMoment(a.sentence, b.sentence, lang)))) continue;
    if (reason === 'rounding' && (!roundingExplains(chosen) || boundExcludes(chosen))) continue;
    if (reason === 'lower-bounds' && floorsAtOneNumber(chosen, byId, lang)) continue;
    // "Over three years" may be how long, not more than: no lower bound to teach.
    if (reason === 'lower-bounds' && chosen.some((m) => spanNotBound(m, lang))) continue;
    // "One is vague and the precise figure falls inside it" explains nothing between two precise figures that differ
    // beyond rounding ("50 million" and "more than 44 million" lives saved, beside "millions").
    if (reason === 'vague-vs-precise' && !preciseAgree(chosen)) continue;
    // "The same fact written differently" does not explain a floor or a ceiling beside a plain figure ("$1.3+ billion"
    // and "$1.3 billion"): that is a bound, which the reason does not name.
    if (reason === 'same-fact-different-form' && boundsDiffer(chosen)) continue;
    // The sentences date their figures to one year: the texts show no different times.
    if (reason === 'different-date' && datedToOneYear(chosen, byId, lang)) continue;
    // One figure dated to a past year beside others: the figures are of different times, whatever the reason says.
    if (reason !== 'different-date' && reason !== 'same-fact-different-form' && datedToAnotherTime(chosen, byId, lang)) continue;
    // The same figure said of a past event elsewhere in one sentence only ("a 7.8 magnitude temblor that killed 9,000 in
    // Nepal in 2015" beside this year's 7.8 quake) is the same number, not the same fact.
    if (reason === 'same-fact-different-form' && g.unitClass !== 'year' && pastEventElsewhere(chosen, byId, lang)) continue;
    // What a measure prevented ("helping to prevent approximately $130 million in ransom payments") beside what happened
    // ("extorted over $100 million"): two quantities, whatever rounding or time would say.
    if (chosen.some((m) => preventedOne(m, byId, lang)) && !chosen.every((m) => preventedOne(m, byId, lang))) continue;
    // A figure of another instance of the event ("earthquakes of similar magnitude have killed thousands").
    if (reason !== 'different-date' && otherInstance(chosen, byId, lang)) continue;
    // Different figures from different sources given on different days: the days may explain them as well as the
    // sources ("grew to 659,278" on 31 March, "at least 490,098" as of 19 March), and the round would have two answers.
    if (reason === 'different-source' && !allOneValue(chosen) && (daysOf(chosen, byId) ?? 0) > 1) continue;
    // Different values said of different places: a part beside its whole, whatever the reason says, unless it is the scope.
    if (reason !== 'different-scope' && reason !== 'sum-of-parts' && placesDiffer(chosen, byId, lang)) continue;
    // A contradiction is the same quantity at the same time: figures from articles of different days (or undated)
    // may be counts of different moments ("97.6% of votes tallied" on the night, "99.4%" the next day), which the
    // texts would explain, not contradict.
    if (conflict && daysOf(chosen, byId) !== 1) continue;
    // "just over 12 degrees" beside "12 degrees": the floor agrees with the plain figure only as that figure's rounding, so
    // "rounding" is right too and is not offered as a wrong answer.
    // Nor beside "close to 2 billion doses" and "2 billion doses": one figure written as near the other is its rounding as
    // much as the same fact (audit 36, f2-25).
    const nearOne = chosen.some((m) => m.bound === 'exact') && chosen.some((m) => m.bound === 'approx' || m.bound === 'upper');
    const alsoRight: FigureReason[] =
      (reason === 'lower-bounds' && chosen.some((m) => m.bound === 'exact' && chosen.some((l) => l.bound === 'lower' && l.value === m.value))) ||
      (reason === 'same-fact-different-form' && nearOne)
        ? ['rounding']
        : [];
    const others = [
      ...TEMPTING.filter((r) => r !== reason && !alsoRight.includes(r)),
      ...shuffled(
        FIGURE_REASONS.filter((r) => r !== reason && !TEMPTING.includes(r) && !alsoRight.includes(r)),
        rng,
      ),
    ];
    const reasonOptions = shuffled([reason, ...others.slice(0, 3)], rng);
    const figureArticles = new Set(chosen.map((c) => c.article));
    const named = g.sourced.filter((a) => figureArticles.has(a));
    // "According to the mayor, 40 of the 275…" names its source; "The mayor also said that 40 of the
    // 275…" may too, by a verb of saying the figure's own mark does not read. When a figure said to be
    // unsourced stands in such a sentence, "only X says whose figure it is" may be false: say nothing.
    // So may it be when the source a figure is credited to ("according to the nonpartisan CBO") is named elsewhere in
    // another outlet's text: that outlet may credit its figure there too.
    const sources = chosen.filter((m) => named.includes(m.article)).flatMap((m) => sourceNames(m.sentence, lang));
    // Or when the sentence before an unsourced figure, in its paragraph, credits a source ("According to preliminary
    // government reports, the quake damaged 119 schools. … 805 buildings were destroyed."): the credit may run on.
    const doubtful =
      named.length > 0 &&
      (chosen.some((m) => !named.includes(m.article) && (saidBy.has(m.sentenceId) || creditedJustBefore(m, byId.get(m.article), lang))) ||
        chosen.some((m) => !named.includes(m.article) && namesAny(byId.get(m.article)?.text ?? '', sources)));
    const sourced = doubtful ? [] : named;
    // (Figures in different units are shown with them.)
    const units = new Set(chosen.map((m) => m.unit));
    const shown = (m: Figure): string => (units.size > 1 ? withUnit(m, byId.get(m.article), lang) : shownFigure(m));
    const told = figuresExplanation(
      chosen.map((m) => ({ outlet: outletOf(byId.get(m.article) as Article), figure: shown(m) })),
      conflict,
      reason,
      sourced.map((a) => outletOf(byId.get(a) as Article)),
    );
    // A contradiction names the two figures furthest apart and why they cannot both stand.
    const byValue = [...chosen].sort((a, b) => a.value - b.value);
    const why = conflict ? conflictWhy(shown(byValue[0] as Figure), shown(byValue[byValue.length - 1] as Figure)) : null;
    const explanation = why ? { en: `${told.en} ${why.en}`, es: `${told.es} ${why.es}` } : told;
    const round: FiguresRound = {
      id: idFor(out.length + 1),
      type: 'conflicting-figures',
      question: figuresQuestion(...questionClass(chosen, g.unitClass, byId, lang), crowded(chosen, findings), figureArticles.size),
      figures: chosen.map((m) => ({ article: m.article, quote: withoutDateline(withoutBullet(m.sentence)), figure: shown(m) })),
      conflict,
      reason,
      reasonOptions,
      ...(sourced.length > 0 && sourced.length < figureArticles.size ? { bestSupported: sourced } : {}),
      explanation,
      evidence: chosen.map((m) => ({ article: m.article, quote: withoutDateline(withoutBullet(m.sentence)) })),
      confidence: Math.round((g.confidence ?? 0.7) * 100) / 100,
    };
    if (usesAny(round, used) || !passesChecks(round, articles)) continue;
    markUsed(round, used);
    out.push(round);
  }
  return out;
}

/**
 * "Several officials", "a few days": a handful is no figure a reader weighs against a count, and the group it is put in
 * may well count something else ("several officials and executives" beside "nine officials").
 */
function handful(m: Figure): boolean {
  return m.bound === 'vague' && m.high !== null && m.high < 10;
}

/** A chosen figure's passage gives another figure of its class: which one is compared must be said. */
function crowded(chosen: readonly Figure[], findings: Findings): boolean {
  return chosen.some((m) => findings.figures.some((f) => f.sentenceId === m.sentenceId && f.id !== m.id && f.unitClass === m.unitClass && f.value !== m.value));
}

/**
 * Deaths a rule or a measure would prevent ("the rule would prevent thousands of deaths"): a death
 * count, but no toll, which counts the dead. When any figure of the round is such a count, the
 * question asks for "the number of deaths".
 */
function prevented(chosen: readonly Figure[], byId: ReadonlyMap<string, Article>, lang: LangPack): boolean {
  return chosen.some((m) => m.unitClass === 'people-killed' && preventedOne(m, byId, lang));
}

/** A figure a verb of preventing governs ("helping to prevent approximately $130 million in ransom payments"). */
function preventedOne(m: Figure, byId: ReadonlyMap<string, Article>, lang: LangPack): boolean {
  const article = byId.get(m.article);
  const sentence = article?.sentences.find((s) => s.id === m.sentenceId);
  if (!article || !sentence || m.start < sentence.start) return false;
  const words =
    article.text
      .slice(sentence.start, m.start)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  return words.slice(-3).some((w) => lang.preventionVerbs?.has(w) ?? false);
}

/** Words before a figure, in its clause, that may make it a projection ("could rise to more than 20,000", "could top 20,000"). */
const PROJECTION_REACH = 4;

/** A figure a modal of possibility or a word of forecasting puts in the future: "the final tally could top 20,000". */
function projected(m: Figure, byId: ReadonlyMap<string, Article>, lang: LangPack): boolean {
  const p = placed(m, byId.get(m.article));
  if (!p) return false;
  const before = p.text.slice(0, p.at);
  const clause = before.slice(/.*(?:,(?!\d)|[;:()—–])/su.exec(before)?.[0].length ?? 0);
  const words = (clause.toLowerCase().match(/\p{L}+/gu) ?? []).slice(-PROJECTION_REACH);
  return words.some((w) => (lang.possibilityModals?.has(w) ?? false) || lang.forecastWords.has(w));
}

/** Classes that gather several nouns under one label ("members", "ministers" and "lawmakers" as officials; "households" and "children" as people). */
const GATHERING_CLASSES: ReadonlySet<string> = new Set(['officials', 'people']);

/**
 * What the question says the figures count, in the texts' terms: deaths a measure would prevent are "deaths", not a toll;
 * people every sentence says are hospitalized, and none says are injured, are "people hospitalized"; a toll every sentence
 * says could be reached is "the projected death toll"; "two-thirds" is a share, not a number of thirds; and where the engine's
 * class gathers several nouns, a noun every figure counts is named as written ("members", not "officials").
 */
function questionClass(chosen: readonly Figure[], unitClass: string, byId: ReadonlyMap<string, Article>, lang: LangPack): [string, string] {
  const unit = chosen[0]?.unit ?? '';
  if (prevented(chosen, byId, lang)) return ['deaths', unit];
  const words = (m: Figure): string[] => m.sentence.toLowerCase().match(/\p{L}+/gu) ?? [];
  const hospital = (m: Figure): boolean => words(m).some((w) => lang.hospitalWords?.has(w) ?? false) && !words(m).some((w) => lang.injuryWords?.has(w) ?? false);
  if (unitClass === 'people-injured' && chosen.every(hospital)) return ['people-hospitalized', unit];
  if (unitClass === 'people-killed' && chosen.every((m) => projected(m, byId, lang))) return ['people-killed-projected', unit];
  const units = new Set(chosen.map((m) => m.unit.toLowerCase()));
  // ("12,000 miles per hour", "over 12,000 mph": a speed, not "the number of miles".)
  if (chosen.every((m) => (lang.speedUnits ?? []).some((u) => m.text.toLowerCase().endsWith(u)))) return ['speed', unit];
  // A part of a whole in words ("two-thirds") counts no thirds: it is a share.
  if ([...units].every((u) => lang.shareWords.has(u))) return ['share', unit];
  // (A figure printed without its noun, "(17.0 million)", counts what the others name. Not a word that names no kind of its
  // own, "20 others", nor one that is not a plural noun, "the dead".)
  const nouns = [...units].filter((u) => u !== '');
  const named = nouns[0] ?? '';
  if (GATHERING_CLASSES.has(unitClass) && nouns.length === 1 && !units.has(unitClass) && lang.isPlural(named) && !lang.stopwords.has(lang.singularOf(named))) return ['', named];
  // What follows each figure in its sentence.
  const after = (m: Figure): string => {
    const p = placed(m, byId.get(m.article));
    return p ? p.text.slice(p.at + m.text.length) : '';
  };
  // ("1,500 becquerels per litre": a measure per something is no number of becquerels.)
  const perAfter = new RegExp(`^\\s*(?:\\p{L}+\\s+)?(?:${[...(lang.perWords ?? [])].join('|')})\\s`, 'iu');
  if (chosen.some((m) => perAfter.test(after(m)))) return ['', ''];
  // The noun as the articles write it: "Texans", not "texans".
  const written = chosen.map((m) => /^\s*(\p{L}+)/u.exec(after(m))?.[1] ?? m.text.split(/\s+/).pop() ?? '');
  const cased = written.find((w) => w.toLowerCase() === unit.toLowerCase() && w !== unit && /^\p{Lu}\p{Ll}/u.test(w));
  return [unitClass, cased ?? unit];
}
