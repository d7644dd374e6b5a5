import { perLang } from './lang/perLang';
import type { LangPack } from './lang';
import { escapeRegExp } from './text';

/**
 * Sentence boundaries a segmenter gets wrong in news text, mended after it: breaks inside
 * "6758.T" or "example.com", after initials ("P.K. Sharma", "M. Macron") and abbreviations
 * ("Aug. 3", "Corp. rose"); and page furniture run into the first sentence when a scraped page
 * has lost its line breaks ("By Jane Doe RABAT, Morocco (AP) — The death toll…").
 */

// The photo-credit shape is shared with the reader's layout, which must not import the engine.
export { CROSSHEAD_WORDS, PHOTO_CREDIT } from '../articleLayout';

export interface Span {
  start: number;
  end: number;
}

const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;
const LAST_WORD = /(\S+)$/u;
const WORD_BEFORE_LAST = /(\S+)\s+\S+$/u;

function lastWord(s: string): string {
  return LAST_WORD.exec(s)?.[1] ?? '';
}

function nextIsCalendarWord(lang: LangPack, next: string): boolean {
  const w = (/^\p{L}+/u.exec(next)?.[0] ?? '').toLowerCase();
  return lang.dayNames.has(w) || lang.months.has(w);
}

/** "South Korean officials said.", "police say.": up to the next stop, at most six words ending on a verb of saying. */
function speechTagAhead(lang: LangPack, next: string): boolean {
  const m = /^([^.!?\n]{1,60})[.!?]/u.exec(next);
  if (!m) return false;
  const words = (m[1] as string).trim().split(/\s+/);
  return words.length >= 2 && words.length <= 6 && lang.attributionVerbs.has((words[words.length - 1] as string).toLowerCase());
}

/** "Eastern Time", "Pacific Daylight Time": a time zone spelt out, opening `next` (see LangPack.zoneNames). */
function zoneNamed(lang: LangPack, next: string): boolean {
  const words = (next.match(/^\p{L}+(?:\s\p{L}+){0,2}/u)?.[0] ?? '').toLowerCase().split(/\s+/);
  const z = lang.zoneNames;
  if (!z || !z.names.has(words[0] ?? '')) return false;
  return words[1] === z.time || (z.kinds.has(words[1] ?? '') && words[2] === z.time);
}

// A closing bracket within 60 characters, with no stop before it that a capital follows ("Tobacco, 328 U.S. at 797)").
const BRACKET_CLOSES_SOON = /^(?=[^\n]{0,60}\))(?:[^.!?()\n]|[.!?](?!\s+\p{Lu}))*\)/u;

/** Whether `prev` opened a bracket it has not closed. */
function unclosedBracket(prev: string): boolean {
  return prev.lastIndexOf('(') > prev.lastIndexOf(')');
}

/**
 * "…requested assistance on 4 Sep. As a result, the Cabinet…": a month's abbreviation after a day's number, then a capital
 * that opens no year, ends the sentence ("on 4 Sep. 2006", "Sep. 4" go on).
 */
export function dayMonthEnds(lang: LangPack, prev: string, next: string): boolean {
  const m = /(?:^|\s)\d{1,2}\s+(\p{L}+)\.$/u.exec(prev);
  return m !== null && lang.months.has((m[1] as string).toLowerCase()) && /^\p{Lu}/u.test(next);
}

/** Should the sentence `prev` go on into `next` (the text after the break)? */
function continues(lang: LangPack, prev: string, next: string, gap: string): boolean {
  // "…a perilous moment for Afghanistan....Space for members of the media…": an ellipsis set close to the next word joins
  // the two parts of a shortened quotation.
  if (gap.length === 0 && /(?:\.{3,4}|…)$/.test(prev) && /^\p{L}/u.test(next)) return true;
  // "www.Harbour.com": a web address goes on after its "www.", whatever follows.
  if (gap.length === 0 && /(?:^|[\s(])www\.$/i.test(prev)) return true;
  // "6758.T", "example.com": no space after the stop. ("politics.The" is a lost space: split above.)
  // (Not an agency's mark opening a photo caption run on after the stop: "…sub-Saharan Africa.FILE - People hold…".)
  if (gap.length === 0 && /[.!?]$/.test(prev) && (/^\p{Ll}/u.test(next) || /^\p{Lu}{1,4}(?!\p{Ll})/u.test(next)) && !lang.captionVerb.fileMark.test(next)) return true;
  // "it wasn’t shouts of “shame!” that came from…", "“Why now?” she asked.": a quotation that closes on its own "!" or "?"
  // inside a sentence, which goes on in lower case.
  if (/[!?]["”’»]$/u.test(prev) && /^[ \t]+$/.test(gap) && /^\p{Ll}/u.test(next)) return true;
  // ("“Why is it that a million people have to enter Europe by boat?” UNHCR spokesperson Adrian Edwards said.": or into its
  // speech tag, a few words that end on a verb of saying, whatever their case.)
  if (/[!?]["”’»]$/u.test(prev) && /^[ \t]+$/.test(gap) && speechTagAhead(lang, next)) return true;
  // "1. Main points", "2.3 Food prices": a section's number goes on into its heading (or a list item's number into the item).
  if (/(?:^|\n)[ \t]*\d{1,2}(?:\.\d{1,2})*\.$/.test(prev)) return true;
  const word = lastWord(prev);
  const lower = word.toLowerCase().replace(/^[("'“‘]+/, '');
  if (lang.abbreviations.has(lower) && !dayMonthEnds(lang, prev, next)) return true;
  const first = next[0] ?? '';
  const lowerOrDigit = /[\p{Ll}\d]/u.test(first);
  // "10 a.m. (ET) Friday", "Corp. Monday": a day, a month or a bracket goes on after an abbreviation too.
  if (lang.softAbbreviations.has(lower) && (lowerOrDigit || first === '(' || nextIsCalendarWord(lang, next))) return true;
  // "…sent out a distress signal at 9:00 a.m. South Korean officials said.": after an abbreviation, a few words that end on
  // a verb of saying and the sentence's stop are its speech tag, not a sentence of their own.
  if (lang.softAbbreviations.has(lower) && speechTagAhead(lang, next)) return true;
  // "Dr. Ing. h.c. F. Porsche AG": a title's small dotted letters go on into the initial of the name they belong to.
  if (/^(?:\p{Ll}\.){2,}$/u.test(word) && /^\p{Lu}\.\s/u.test(next)) return true;
  // "at 4 p.m. EDT and began": a clock's abbreviation goes on into its time zone.
  if (lang.clockWords.has(lower.replace(/\.$/, '')) && lang.clockWords.has((/^\p{L}+/u.exec(next)?.[0] ?? '').toLowerCase())) return true;
  // ("At 9 a.m. Eastern Time on June 8, monitors…": or into its zone spelt out.)
  if (lang.clockWords.has(lower.replace(/\.$/, '')) && zoneNamed(lang, next)) return true;
  // "Harbour Shipping Co. Ltd. said": a company's abbreviation goes on into another ("Co. Ltd.", "Bros. Inc.").
  if (lang.softAbbreviations.has(lower) && lang.softAbbreviations.has((/^\p{L}+\./u.exec(next)?.[0] ?? '').toLowerCase())) return true;
  // ("Beta Operating Co. LLC (d/b/a Beta Offshore) and…": or into a company's suffix written without a stop.)
  if (lang.softAbbreviations.has(lower) && (lang.companySuffixes?.has((/^\p{L}+(?![\p{L}.])/u.exec(next)?.[0] ?? '').toLowerCase()) ?? false)) return true;
  // "SPRINGFIELD, Tenn. (Agency) –", "Port Ellis, N.C. (Agency)": a state's abbreviation after its city, then a credit in brackets.
  if (first === '(' && /,\s(?:\p{Lu}\p{Ll}{1,4}|(?:\p{Lu}\.){1,2}\p{Lu})\.$/u.test(prev)) return true;
  // "II. BACKGROUND": a section number before a heading in capitals ("World War II. The…" ends).
  if (/^[IVX]{1,4}\.$/.test(word) && /^\p{Lu}{2,}\b/u.test(next)) return true;
  // "oppose H.R. 7521.", "S.J. 12", "introduced H.Res. 1436": dotted capitals (or short capitalised parts, "H.Con.Res.")
  // before a number that is no year are a bill's or a document's name ("…in the U.S. 2023 was the warmest year" ends),
  // in brackets too ("(P.L. 117-169, §60102)").
  if (/^(?:\p{Lu}\p{Ll}{0,3}\.){2,4}$/u.test(word.replace(/^[("'“‘[]+/u, '')) && /^\d/.test(next) && !/^(?:1[89]|20)\d\d(?!\d)/.test(next)) return true;
  // ("28 U.S.C. § 515", "12 C.F.R. § 201": a code's dotted name, then the section it cites.)
  if (/^(?:\p{Lu}\.){2,4}$/u.test(word) && /^§/u.test(next)) return true;
  // "200 U. S. 321": initials written apart, then a number or a section sign, are a law report's or a code's name.
  if (/(?:^|\s)(?:\p{Lu}\.\s){1,3}\p{Lu}\.$/u.test(prev) && /^[\d§]/u.test(next)) return true;
  // "(citing Am. Tobacco, 328 U.S. at 797)": a short capitalised abbreviation inside an open bracket that closes soon after,
  // with no stop before it, is a name cut short (a law report's, a case's), not a sentence's end.
  if (/^\p{Lu}\p{Ll}{0,3}\.$/u.test(word) && unclosedBracket(prev) && BRACKET_CLOSES_SOON.test(next)) return true;
  // "Aug. 3", "Nov. 17".
  if (lower.endsWith('.') && lang.months.has(lower.slice(0, -1)) && /\d/.test(first)) return true;
  // "(Agency Photo/J. Roe)": initials after a slash too.
  if (INITIALS.test(word.replace(/^[("'“‘]+/, '').replace(/^[^/]*\//, '')) && /\p{Lu}/u.test(first)) {
    // "the U.S. The…" ends a sentence; "the U.S. Coast Guard", "said P.K. Sharma" and "M. Macron" do not:
    // after "the U.S." a new sentence opens with a little word ("The", "It", "In"), a name goes on. So after "the
    // contiguous U.S." and "10 ng/L." (not after a verb of saying, "said J. The…" is a name cut short; nor before another
    // initial, "J. A. Smith").
    const before = (WORD_BEFORE_LAST.exec(prev)?.[1] ?? '').toLowerCase();
    const nextWord = (/^[\p{L}'’]+/u.exec(next)?.[0] ?? '').toLowerCase();
    if (lang.stopwords.has(nextWord) && next[nextWord.length] !== '.' && !lang.attributionVerbs.has(before)) return false;
    // ("…the 5th largest company in the U.S. Overall, the company…": so does a word that links a sentence to the one before, with
    // its comma; "the U.S. Army, Navy and Marines" goes on.)
    if (next[nextWord.length] === ',' && ((lang.connectives?.has(nextWord) ?? false) || lang.isAdverbForm(nextWord))) return false;
    return true;
  }
  return false;
}

interface Patterns {
  dateDash: RegExp;
  barDate: RegExp;
  datePair: RegExp;
  dateLead: RegExp;
  colonLine: RegExp;
  byline: RegExp;
  titleLead: RegExp;
}

/** Per language pack: date, byline and heading patterns built from its month and day names and its little words. */
const patternsOf = perLang((lang): Patterns => {
  const months = [...lang.months.keys()].sort((a, b) => b.length - a.length).join('|');
  const days = [...lang.dayNames].join('|');
  const ordinal = [...lang.ordinalSuffixes].map(escapeRegExp).join('|');
  const date = `(?:(?:${months})\\.?\\s+\\d{1,2}(?:${ordinal})?,?\\s+\\d{4}|\\d{1,2}(?:${ordinal})?\\s+(?:${months}),?\\s+\\d{4})`;
  const by = escapeRegExp(lang.bylineBy);
  const joiners = [...lang.bylineJoiners].map(escapeRegExp).join('|');
  const stamps = [...lang.pageStampWords].map(escapeRegExp).join('|');
  const little = [...lang.headingConnectors].map(escapeRegExp).join('|');
  // "Thursday June 8, 2023 – The club…": a date and a dash before the first sentence.
  return {
    dateDash: new RegExp(`^((?:(?:${days}),?\\s+)?${date}\\s*[—–-]{1,2})\\s+(?=\\p{Lu})`, 'iu'),
    // "Fed Lifts Rates | 15 June 2022 | The Federal Reserve…": a date between bars, between headline and story.
    barDate: new RegExp(`(?:^|\\s)(\\|\\s*(?:(?:${days}),?\\s+)?${date}\\s*\\|)\\s+(?=\\p{Lu})`, 'iu'),
    // "Argued February 28, 2023—Decided June 30, 2023 Title IV of…", "Published May 3, 2024 – Updated May 4, 2024 The…":
    // two dates, each after a word, joined by a dash, opening a paragraph: the page's dates, not a sentence.
    datePair: new RegExp(`^(\\p{Lu}\\p{Ll}+\\s+${date}\\s*[—–-]{1,2}\\s*\\p{Lu}\\p{Ll}+\\s+${date})\\s+(?=\\p{Lu})`, 'iu'),
    // "…(Advance Estimate) July 28, 2022 This technical note provides…": a full date, then a capitalised little
    // word and a word in lower case. No sentence of prose goes on from a date into "This note": a dateline.
    dateLead: new RegExp(`${date}(?=\\s+(\\p{L}+)\\s+(\\p{L}))`, 'giu'),
    // "Rabat (Morocco): The death toll…", "Marrakesh, Morocco: …": a place and a colon before the first sentence.
    // Also "Moscow [Russia], February 2 (Agency):": a country in brackets and a date before the credit.
    colonLine: new RegExp(
      String.raw`^(\p{Lu}[\p{L}.'’-]+(?:,?\s\p{Lu}[\p{L}.'’-]+){0,3}\s*(?:[[(][^\])]{1,30}[\])])?(?:,\s*\p{L}+\.?\s+\d{1,2}(?:${ordinal})?(?:,?\s+\d{4})?)?\s*(?:\([^)]{1,30}\))?\s*:)\s+(?=\p{Lu})`,
      'u',
    ),
    // "By Jane Doe and John Roe", before the dateline, a date or a capitalised sentence start.
    byline: new RegExp(String.raw`(?:^|\s)(${by}\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|${joiners}|&))*?)(?=\s+(?:\p{Lu}{2,}|${stamps}|\d)|$)`, 'u'),
    // See titleLeadBreak.
    titleLead: new RegExp(String.raw`^((?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}{2,5})(?:\s(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}{2,5}|${little})){1,8})\s(\p{Lu}\p{Ll}*)\s\p{Ll}`, 'u'),
  };
});

/** Words in capitals, numbers and dashes, then a sentence ("Trade through…"): a title in capitals. */
const CAPS_TITLE = /(?:^|\s)((?:\p{Lu}{2,}|\d{1,4})(?:\s+(?:\p{Lu}{2,}|\d{1,4}|--|[—–-]))+)\s+(?=\p{Lu}\p{Ll}+\s+\p{Ll})/u;

/** Byline and dateline at the start of a run-together text. */
function furnitureBreaks(text: string, span: Span, lang: LangPack): number[] {
  const s = text.slice(span.start, span.end);
  const out: number[] = [];
  const dateDash = patternsOf(lang).dateDash.exec(s);
  if (dateDash) out.push(span.start + (dateDash[1] as string).length);
  const barDate = patternsOf(lang).barDate.exec(s.slice(0, 300));
  if (barDate) {
    const at = barDate.index + barDate[0].indexOf(barDate[1] as string);
    out.push(span.start + at, span.start + at + (barDate[1] as string).length);
  }
  // "MOSCOW (Agency News / Wire - 02nd February, 2021) Russia's…": a city in capitals and a
  // bracket with a date or a credit in it, with no dash after.
  const capsBracket = /^(\p{Lu}{3,}(?:[\s-]\p{Lu}{2,})*(?:,\s[\p{L}.\s]{2,30}?)?\s*\([^)]{0,60}[\d/][^)]{0,60}\))\s+(?=\p{Lu})/u.exec(s);
  if (capsBracket) out.push(span.start + (capsBracket[1] as string).length);
  // "RABAT, Morocco (AP) — ", "LONDON — ", "WASHINGTON, Sept 8 (Reuters) - ", "ZURICH/LONDON, July 23 (Reuters) - "
  const dateline = /(?:^|\s)(\p{Lu}[\p{Lu}'’./-]{2,}(?:\s\p{Lu}[\p{Lu}'’./-]+)*(?:,\s[\p{L}.\s\d]{2,30}?)?\s*(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s)/u.exec(s);
  if (dateline && dateline.index < 200) {
    const at = dateline.index + dateline[0].indexOf(dateline[1] as string);
    const after = at + (dateline[1] as string).length;
    if (at > 0) out.push(span.start + at);
    if (after < s.length) out.push(span.start + after);
    // "MENLO PARK, Calif. – February 2, 2022 – The company…": a release's date and a dash after the city's.
    const dated = patternsOf(lang).dateDash.exec(s.slice(after));
    if (dated) out.push(span.start + after + (dated[1] as string).length);
  }
  // "Washington — President Biden is…": a place written in lower case after its capital, and a long dash, opening the story.
  const placeDash = /^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s(?:—|--))\s+(?=\p{Lu})/u.exec(s);
  if (placeDash) out.push(span.start + (placeDash[1] as string).length);
  // "Rabat (Morocco): …", "Moscow [Russia], February 2 (Agency): …": a place and a colon before the first sentence.
  const colonLine = patternsOf(lang).colonLine.exec(s);
  if (colonLine) out.push(span.start + (colonLine[1] as string).length);
  // "… press@agency.gov THE HARBOUR SURVEY -- MARCH 2030 Trade through the port rose…": a release's
  // title in capitals between its header and its first sentence.
  const capsTitle = CAPS_TITLE.exec(s.slice(0, 800));
  if (capsTitle && (capsTitle[1] as string).split(/\s+/).filter((w) => /^\p{Lu}{4,}$/u.test(w)).length >= 2) {
    const at = span.start + capsTitle.index + capsTitle[0].indexOf(capsTitle[1] as string);
    const end = at + (capsTitle[1] as string).length;
    // The title's dash is not a dateline's.
    const kept = out.filter((c) => c <= at || c >= end);
    out.length = 0;
    out.push(...kept, at, end);
  }
  // "By Jane Doe and John Roe", before the dateline, a date or a capitalised sentence start.
  const byline = patternsOf(lang).byline.exec(s);
  if (byline && byline.index < 200 && (byline[1] as string).length < 80) {
    const at = byline.index + byline[0].indexOf(byline[1] as string);
    if (at > 0) out.push(span.start + at);
    out.push(span.start + at + (byline[1] as string).length);
  }
  return out;
}

/** How far down a page a paragraph's dateline or capitals heading is still looked for. */
const LATE_HEADER_SPANS = 16;

/**
 * A dateline's place in capitals, with its state or country after a comma ("WASHINGTON, D.C."), but not initials ("U.S.");
 * or two places joined by a slash ("GENEVA/PARIS").
 */
const CAPS_PLACE = String.raw`(?!(?:\p{Lu}\.){2})\p{Lu}[\p{Lu}'’.-]{2,}(?:[\s/]\p{Lu}[\p{Lu}'’.-]+)*(?:,\s\p{Lu}[\p{L}.]{1,12}(?:\s\p{Lu}[\p{L}.]{1,12})?)?`;
/**
 * "WASHINGTON -- FEMA Administrator…", "ARLINGTON, Va. – More than…": a wire dateline opening a paragraph.
 * A long dash may touch the sentence ("WASHINGTON, D.C.—Today, the…", "HARBOUR CITY—The board…"): a
 * capitalised word after it, then one in lower case, opens the sentence; so may a hyphen after the
 * credit, spaced before and not after ("GENEVA (Agency) -The…": a hyphen joining words has no space), or after the
 * stop of an abbreviated state ("WASHINGTON, D.C.-Today, the…": no word ends in a stop and goes on with a hyphen).
 */
const PARAGRAPH_DATELINE = new RegExp(String.raw`^(${CAPS_PLACE}\s*(?:\([^)]{1,30}\))?\s*(?:--|[—–-]))(?:\s+(?=[\p{Lu}\d“"])|(?<=[—–]|\)\s-|\.-)(?=\p{Lu}\p{Ll}+[\s,]))`, 'u');
/**
 * "PORT ELLIS, Ore.  Mayor Jo Bloggs said…": a dateline whose dash the page lost, leaving a gap of two or more spaces.
 * It needs a region after the place, or a place of six letters or more, so that initials ("HSB  Director…") stay.
 */
const GAP_DATELINE = new RegExp(String.raw`^(${CAPS_PLACE})(?<=,\s\p{Lu}[\p{L}.]{0,12}|\p{Lu}[\p{Lu}'’.\s-]{5,})[ \t]{2,}(?=\p{Lu}\p{Ll})`, 'u');
/** "(CNN) — The…", "(WASHINGTON) -- U.S. employers…": a wire credit in brackets and a dash opening a paragraph. */
const BRACKET_DATELINE = /^(\(\p{Lu}[\p{L}&.'’ -]{0,30}\)\s*(?:--|[—–-]))\s+(?=[\p{Lu}\d“"])/u;
/** "Newsdesk, JAKARTA – Global…": an outlet and a city in capitals, then a dash. */
const OUTLET_CITY = /^(\p{Lu}[\p{L}.'’-]{1,25},\s+\p{Lu}{2,}[\p{Lu}.'’-]*(?:\s\p{Lu}{2,}[\p{Lu}.'’-]*)*\s*(?:--|[—–-]))\s+(?=[\p{Lu}\d“"])/u;
/** "MEMORANDUM OPINION Almost eight years ago…": two or more long words in capitals, then a sentence. */
const CAPS_HEADING = /^((?:\p{Lu}{4,}[\s:]+){1,5}\p{Lu}{4,}:?)\s+(?=\p{Lu}\p{Ll})/u;

/** A word of a place's name: capitalised, maybe all in capitals or with stops ("Port", "ELLIS", "St."). */
const PLACE_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
/** Its state or country after it: ", D.C.", ", Ore.", ", New Mexico", " DC". */
const PLACE_REGION = String.raw`(?:,\s(?:\p{Lu}\.){1,3}|,\s\p{Lu}[\p{L}'’-]+\.?(?:\s\p{Lu}[\p{L}'’-]+)?|\s\p{Lu}{2}(?=[\s)\]]))`;
const placeDatelineOf = perLang((lang) => {
  const months = [...lang.months.keys()]
    .sort((a, b) => b.length - a.length)
    .map((m) => m[0]?.toUpperCase() + m.slice(1))
    .join('|');
  const place = String.raw`${PLACE_WORD}(?:\s${PLACE_WORD}){0,2}`;
  // The place's date: ", 14 March 2030", ", March 14, 2030".
  const date = String.raw`,\s+(?:\d{1,2}\s+(?:${months})\.?,?\s+\d{4}|(?:${months})\.?\s+\d{1,2},?\s+\d{4})`;
  // A wire's credit in brackets: "(Agency)", "(Harbour Wire)".
  const credit = String.raw`\(\p{Lu}[\p{L}&.'’ -]{0,30}\)`;
  return new RegExp(
    String.raw`^((?:(?:${months})\.?\s+\d{1,2},\s+\d{4},\s+)?(?:[([](${place})${PLACE_REGION}?[)\]]|(${place})${PLACE_REGION}(?:${date})?|(${place})(?=${date}|\s*${credit})|(?:${months})\.?\s+\d{1,2}(?:,\s+\d{4})?(?=\s*${credit})|(?:${months})\.?\s+\d{1,2},\s+\d{4}(?=\s*(?:--|[—–-])\s)|\d{1,2}\s+(?:${months})\.?\s+\d{4}(?=\s*(?:--|[—–-])\s))(?:${date})?(?:\s*(?:--|[—–-])\s*(?=${credit}))?(?:\s*\([^)]{1,40}\))?\s*(?:--|[—–-]))(?:\s+(?=[\p{Lu}\d“"])|(?<=[—–]|--)(?=\p{Lu}\p{Ll}+[\s,]))`,
    'u',
  );
});

/**
 * "Port Ellis, Ore. – Today, the board…", "(Port Ellis, D.C.) – The…", "[PORT ELLIS, N.C.] — …", "Port Ellis DC – …",
 * "May 3, 2030, Port Ellis, Ore.—The…", "July 5, 2030 – The agency…": a release's dateline with the place in title case, its state or
 * country after it (or the whole in brackets), and a dash, opening a paragraph. (A lone place and a long
 * dash is placeDash's. "In Port Ellis, Democrats – …" opens with a little word, not a place.)
 */
function placeDatelineBreak(text: string, span: Span, lang: LangPack): number[] {
  const re = placeDatelineOf(lang);
  const m = re.exec(text.slice(span.start, Math.min(span.end, span.start + 120)));
  if (!m) return [];
  // (A name and a party in brackets before a count, "Jane Roe (Harbour Party) – 4,210", is a result, not a dateline.)
  if (m[4] !== undefined && /^\s*\d/.test(text.slice(span.start + (m[1] as string).length))) return [];
  const place = (m[2] ?? m[3] ?? m[4] ?? '') as string;
  // (A little word in the place is no name, "The Board –", unless the place carries its full date: "New York, 7 November
  // 2019 -" is a dateline.)
  const dated = /\d{4}/.test(m[1] as string);
  if (place.split(/\s/).some((w) => lang.notNames.has(w) || (!dated && lang.stopwords.has(w.toLowerCase())))) return [];
  return [span.start + (m[1] as string).length];
}

/**
 * "New York, 7 November 2019 - Special Representative…": a place with its full date and a dash opening a paragraph is a
 * release's dateline however far down the page it stands (under a long menu or a block of links), not the sentence's words.
 */
// (Or a wire's credit in brackets between dashes instead of the comma: "NEW YORK–(ENEWSPF)–11 March 2011 – Secretary-General…".)
const CAPS_DATED_PLACES =
  /^(\p{Lu}[\p{Lu}'’.-]{2,}(?:[\s/]\p{Lu}[\p{Lu}'’.-]+)*(?:,\s+|\s*[—–-]\s*\(\p{Lu}[\p{L}&.'’ -]{0,30}\)\s*[—–-]\s*)(?:\d{1,2}\s+\p{Lu}\p{Ll}+\.?,?\s+\d{4}|\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4})\s*(?:--|[—–-]))\s*(?=\p{Lu})/u;
/**
 * "Washington, D.C. Senate Majority Leader Jane Roe today spoke…": a place and its region in dotted capitals opening a
 * paragraph, then a capitalised word, with no dash: a release's dateline run into its first sentence.
 */
const DOTTED_PLACE_BODY = String.raw`${PLACE_WORD}(?:\s${PLACE_WORD}){0,2},\s(?:\p{Lu}\.){2,3}`;
const DOTTED_REGION_DATELINE = new RegExp(String.raw`^(${DOTTED_PLACE_BODY})\s+(?=\p{Lu}\p{Ll})`, 'u');
/** The place alone, once cut off ("Washington, D.C."): page furniture. */
export const DOTTED_PLACE_ONLY = new RegExp(String.raw`^${DOTTED_PLACE_BODY}$`, 'u');
/** A word no place's name is: a time ("Today", "Friday", "March") or a word the pack marks as no name ("The"). */
function timeOrNoName(lang: LangPack, word: string): boolean {
  const w = word.toLowerCase();
  return lang.dayNames.has(w) || lang.months.has(w) || (lang.claimTimeWords?.has(w) ?? false) || lang.notNames.has(word) || lang.notNames.has(w);
}

function dottedRegionBreak(text: string, span: Span, lang: LangPack): number[] {
  const m = DOTTED_REGION_DATELINE.exec(text.slice(span.start, Math.min(span.end, span.start + 60)));
  if (!m) return [];
  // ("On Friday, U.S. President Barack Obama had said…", "Yesterday, U.S. officials…": a time and a country opening a
  // sentence, not a place's dateline.)
  const place = (m[1] as string).slice(0, (m[1] as string).lastIndexOf(','));
  if (place.split(/\s+/).some((w) => timeOrNoName(lang, w))) return [];
  return [span.start + (m[1] as string).length];
}

/**
 * "Port-au-Prince/New York - Hurricane Sandy, which…": places joined by slashes and a spaced dash opening a paragraph are
 * the dateline of a story filed from several of them, run into its first sentence.
 */
const SLASHED_PLACES = String.raw`${PLACE_WORD}(?:\s${PLACE_WORD}){0,2}(?:\/${PLACE_WORD}(?:\s${PLACE_WORD}){0,2}){1,3}`;
const SLASHED_PLACES_DATELINE = new RegExp(String.raw`^(${SLASHED_PLACES}\s(?:--|[—–-]))\s+(?=\p{Lu})`, 'u');
/** The places alone, once cut off ("Geneva/New York —"): page furniture. */
export const SLASHED_PLACES_ONLY = new RegExp(String.raw`^${SLASHED_PLACES}\s(?:--|[—–-])$`, 'u');
function slashedPlacesBreak(text: string, span: Span, lang: LangPack): number[] {
  const m = SLASHED_PLACES_DATELINE.exec(text.slice(span.start, Math.min(span.end, span.start + 80)));
  if (!m || (m[1] as string).split(/[\s/]+/).some((w) => timeOrNoName(lang, w))) return [];
  return [span.start + (m[1] as string).length];
}

function datedPlaceBreak(text: string, span: Span, lang: LangPack): number[] {
  const cut = placeDatelineBreak(text, span, lang);
  // (Or a wire's dateline in capitals with its date, one place or several: "GENEVA/NEW YORK, 20 July 2023– Global…".)
  const caps = cut.length > 0 ? null : CAPS_DATED_PLACES.exec(text.slice(span.start, Math.min(span.end, span.start + 120)));
  if (caps) cut.push(span.start + (caps[1] as string).length);
  return cut.filter((c) => /\d{4}/.test(text.slice(span.start, c)));
}

/**
 * "Objectives – This report presents…", "Results — The number…": one capitalised word and a spaced dash opening a
 * paragraph, then a sentence: the run-in head of a structured summary (or a place's dateline), not the sentence's words.
 */
const RUN_IN_HEAD = /^(\p{Lu}\p{Ll}{2,}\s(?:--|[—–]))\s+(?=\p{Lu}\p{Ll}*\s)/u;

/**
 * "Low food security—These food-insecure households obtained…": a glossary's term, a few words in sentence case with a dash
 * set close on both sides, opening a paragraph anywhere on the page before the sentence that defines it.
 */
const GLOSSARY_HEAD = /^\p{Lu}\p{Ll}+(?:\s\p{Ll}{2,}){0,3}[—–](?=\p{Lu}\p{Ll}*\s)/u;
function glossaryHeadBreak(text: string, span: Span): number[] {
  const m = GLOSSARY_HEAD.exec(text.slice(span.start, Math.min(span.end, span.start + 80)));
  return m ? [span.start + m[0].length] : [];
}

/** "CDC Newsroom – Today, CDC is reporting…": a body's press desk and a spaced dash, as a release's dateline (see LangPack.pressDesks). */
const deskDateline = perLang((lang): RegExp | null => {
  const desks = (lang.pressDesks ?? []).map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return desks ? new RegExp(String.raw`^(\p{Lu}[\p{L}.'’&-]*(?:\s\p{Lu}[\p{L}.'’&-]*){0,3}\s(?:${desks})\s(?:--|[—–]))\s+(?=\p{Lu})`, 'u') : null;
});

/** "Update August 2023: NIST has published…": a dated update label run into the paragraph it heads (see LangPack.updateLabels). */
const updateHead = perLang((lang): RegExp | null => {
  const labels = [...(lang.updateLabels ?? [])].join('|');
  const months = [...lang.months.keys()].sort((a, b) => b.length - a.length).join('|');
  return labels ? new RegExp(String.raw`^((?:${labels})\s+(?:(?:${months})\.?\s+)?(?:\d{1,2},?\s+)?\d{4}\s*:)\s+(?=\p{Lu})`, 'iu') : null;
});

/** A dateline or a capitals heading run into the first sentence of a paragraph. */
function paragraphHeadBreaks(text: string, span: Span, lang: LangPack): number[] {
  const place = placeDatelineBreak(text, span, lang);
  const s = text.slice(span.start, Math.min(span.end, span.start + 120));
  const m =
    place.length > 0
      ? null
      : (PARAGRAPH_DATELINE.exec(s) ??
        CAPS_HEADING.exec(s) ??
        BRACKET_DATELINE.exec(s) ??
        OUTLET_CITY.exec(s) ??
        GAP_DATELINE.exec(s) ??
        RUN_IN_HEAD.exec(s) ??
        deskDateline(lang)?.exec(s) ??
        updateHead(lang)?.exec(s) ??
        null);
  const at = place[0] ?? (m ? span.start + (m[1] as string).length : undefined);
  if (at === undefined) return [];
  // "(Agency) -- PORT ELLIS -- The board…": a wire's credit in brackets, then the city's dateline, before the sentence.
  if (text[span.start] === '(') {
    const rest = text.slice(at, Math.min(span.end, at + 120));
    const lead = rest.length - rest.trimStart().length;
    const city = PARAGRAPH_DATELINE.exec(rest.trimStart());
    if (city) return [at, at + lead + (city[1] as string).length];
  }
  return [at];
}

/**
 * A run of words in capitals, with a section number ("I. INTRODUCTION", "STATEMENT OF THE CASE"),
 * then a capitalised word: the candidate for a heading run into the sentence after it.
 */
const CAPS_RUN = /^((?:[IVX]{1,4}\.\s+)?\p{Lu}{2,}(?:[\s:]+\p{Lu}{2,}){0,7}:?)\s+([\p{Lu}][\p{Ll}'’]+)/u;

/**
 * A heading in capitals at the start of any sentence, wherever it sits: a scraped court filing or
 * report runs "MEMORANDUM OPINION The Commission…" onto one line, mid-page. An acronym that is
 * the sentence's subject stays ("NASA said", "FEMA Administrator Jane Roe"): one word in capitals
 * is a heading only before a little word that opens a sentence ("BACKGROUND The…"); two or more
 * are one when the outer words are long (acronyms rarely are) or a section number leads them.
 */
function capsLeadBreak(text: string, span: Span, lang: LangPack): number[] {
  const s = text.slice(span.start, Math.min(span.end, span.start + 160));
  const m = CAPS_RUN.exec(s);
  if (!m) return [];
  const head = m[1] as string;
  const words = head
    .replace(/:$/, '')
    .split(/[\s:]+/)
    .filter((w) => !/^[IVX]{1,4}\.$/.test(w));
  const numbered = words.length < head.split(/\s+/).length;
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  const nextIsOpener = lang.stopwords.has((m[2] as string).toLowerCase());
  // (A little word in capitals opening the run is no acronym: "THE PROBLEM Change Healthcare is…".)
  const firstLong = first.length >= 4 || (words.length > 1 && lang.grammaticalArticles.has(first.toLowerCase()));
  const heading = numbered || (words.length === 1 ? first.length >= 4 && nextIsOpener : (firstLong && last.length >= 4) || nextIsOpener);
  return heading && head.length < s.length ? [span.start + head.length] : [];
}

/**
 * "______ | | | Changes to the Survey | | | | Data were revised…": a box drawn in text (a
 * plain-text release) with its heading inside it. A rule of underscores or three or more bars is
 * a break like a line's end; two bars are the box's edge inside a wrapped sentence and stay.
 */
const BOX_RULE = /(?:_{3,}|\|)(?:\s*(?:_{3,}|\|))*/g;

function boxRuleBreaks(text: string, span: Span): number[] {
  const s = text.slice(span.start, span.end);
  if (!s.includes('|') && !s.includes('___')) return [];
  const out: number[] = [];
  BOX_RULE.lastIndex = 0;
  for (let m = BOX_RULE.exec(s); m; m = BOX_RULE.exec(s)) {
    const rule = m[0];
    if (!rule.includes('___') && (rule.match(/\|/g) ?? []).length < 3) continue;
    out.push(span.start + m.index, span.start + m.index + rule.length);
  }
  return out;
}

/**
 * "Household Survey Data Both the unemployment rate…": a heading in title case run into the
 * paragraph it heads. Two to six capitalised words, then a capitalised little word that opens a
 * sentence and a word in lower case: prose does not run a name into "Both the" or "The rate".
 * Names ending in an abbreviation ("Harbour Co. The…") are left to the sentence splitter. (Its pattern is
 * the pack's titleLead: the little words allowed inside the heading are its headingConnectors.)
 */
function titleLeadBreak(text: string, span: Span, lang: LangPack): number[] {
  const m = patternsOf(lang).titleLead.exec(text.slice(span.start, Math.min(span.end, span.start + 100)));
  // ("The Working Group I report", "World War I museum": an "I" after a capitalised word is a numeral of the name.)
  if (!m || lang.functionWords.I.has(m[2] as string) || !lang.stopwords.has((m[2] as string).toLowerCase())) return [];
  const words = (m[1] as string).split(/\s/);
  if (lang.stopwords.has((words[words.length - 1] as string).toLowerCase())) return [];
  // ("The Harbour Oversight Board's June report found…": a name in the possessive goes on into what it owns; no heading ends so.)
  if (/['’]s?$/u.test(words[words.length - 1] as string)) return [];
  return [span.start + (m[1] as string).length];
}

/**
 * "Diving into data: The final analysis…", "What’s next: After…", "- Press release: Sixteen Officials…": a short label
 * and a colon opening a paragraph (or a list item) is a crosshead run into it. Only a label in sentence case (a name before a
 * colon, "Jane Roe: We will…", is a speaker) with no form of "be" or a modal in it ("The reason is
 * simple: …" is the writer's own sentence).
 */
const LEAD_LABEL = /^((?:[-•*]\s+)?\p{Lu}[\p{Ll}'’-]*(?:\s[\p{Ll}'’-]+){1,4}:)\s+(?=[\p{Lu}"“‘])/u;

/**
 * "THE PRESIDENT: Well, friends…", "MS. ROE: Thank you.", "Speaker 1: We are here…", "Q: Will the fees…": a
 * transcript's speaker label opening a sentence: words in capitals, or a capitalised word and a number,
 * and a colon, then what is said. (A label in capitals has a word of two letters or more: "A: Yes." is an answer.)
 */
const SPEAKER_LABEL = /^((?:\p{Lu}[\p{Lu}.'’-]*(?:\s\p{Lu}[\p{Lu}.'’-]*){0,3}|\p{Lu}\p{Ll}+\s\d{1,2}):)\s+(?=[\p{Lu}"“‘])/u;

function speakerLabelBreak(text: string, span: Span): number[] {
  const m = SPEAKER_LABEL.exec(text.slice(span.start, Math.min(span.end, span.start + 60)));
  if (!m || !/\p{Lu}{2}|\d/u.test(m[1] as string)) return [];
  return [span.start + (m[1] as string).length];
}

/** "Full text of the letter is as follows: We write to request…": the document quoted after a lead-in and its colon opens a sentence of its own. */
function leadInBreak(text: string, span: Span, lang: LangPack): number[] {
  const re = lang.documentLeadIn;
  if (!re) return [];
  const m = re.exec(text.slice(span.start, span.end));
  return m ? [span.start + m.index + m[0].length] : [];
}

/** "Results: We identified…": a one-word label of a paper's section, by the language's list. */
const SECTION_LABEL = /^(\p{Lu}\p{Ll}+:)\s+(?=\p{Lu})/u;

/** "EventAs of October 25, the ministry…": a one-word label that lost its line break, glued to a sentence's opening word. */
const GLUED_LABEL = /^(\p{Lu}\p{Ll}{2,12})(\p{Lu}\p{Ll}*)\s+\p{L}/u;

function leadLabelBreak(text: string, span: Span, lang: LangPack): number[] {
  const head = text.slice(span.start, Math.min(span.end, span.start + 80));
  // (Only before the words that open sentences, "As", "According", "Following": "LinkedIn said", "YouTube has" are names.)
  const glued = GLUED_LABEL.exec(head);
  if (glued && (lang.gluedOpeners?.has((glued[2] as string).toLowerCase()) ?? false)) return [span.start + (glued[1] as string).length];
  const section = SECTION_LABEL.exec(head);
  if (section && (lang.sectionLabels?.has((section[1] as string).slice(0, -1).toLowerCase()) ?? false)) return [span.start + (section[1] as string).length];
  const m = LEAD_LABEL.exec(head);
  if (!m) return [];
  const label = (m[1] as string)
    .slice(0, -1)
    .replace(/^[-•*]\s+/u, '')
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/\s+/);
  // "What they're saying:", "Why it matters:": a question word makes the label a crosshead, whatever verb follows it.
  const asks = lang.labelQuestionWords.has(label[0] as string) && label.length <= 4;
  if (!asks && label.some((w) => lang.beForms.has(w) || lang.modals.has(w) || lang.attributionVerbs.has(w) || lang.firstPerson.has(w))) return [];
  return [span.start + (m[1] as string).length];
}

/**
 * "3. SOUNDBITE (English) – Jane Roe, Director of the Office in Geneva: “More than…”": a video shot list's
 * numbered label in capitals, with the speaker and title after it, opens the line of what is said. The
 * quotation is the sentence; the label is the list's.
 */
const SHOT_LABEL_BODY = String.raw`\d{1,2}\.\s+\p{Lu}{3,}(?:[\s/-]+\p{Lu}{2,})*(?:\s*\([^()\n]{1,30}\))?\s*[–—-]?\s*[^:\n.!?“”"]{3,140}:`;
const SHOT_LABEL = new RegExp(String.raw`^${SHOT_LABEL_BODY}\s*(?=[“”"])`, 'u');
/** The label alone, once cut off: page furniture. */
export const SHOT_LABEL_ONLY = new RegExp(String.raw`^${SHOT_LABEL_BODY}$`, 'u');

function shotLabelBreak(text: string, span: Span): number[] {
  const m = SHOT_LABEL.exec(text.slice(span.start, Math.min(span.end, span.start + 200)));
  return m ? [span.start + m[0].trimEnd().length] : [];
}

/**
 * "I'll have more details this afternoon. pic.twitter.com/x1 — Jane Roe (@janeroe) August 24,
 * 2022": an embedded post keeps its link and credit on the line of its text, and the segmenter
 * does not break before a lower-case link. The post's words are a sentence; link and credit are not.
 */
const EMBED_LINK = /(?<=[.!?…]["”’]?\s+|\s)(?:https?:\/\/|pic\.twitter\.com\/)\S+\s*[—–]/u;

/** "…a share of 84.7%. — Jane Roe (@janeroe) March 14, 2030": the post's credit alone, after its text's stop. */
const EMBED_CREDIT = /(?<=[.!?…]["”’]?\s+)[—–]\s*\p{Lu}[^()—–\n]{0,60}\(@\w{1,30}\)/u;

function embedLinkBreak(text: string, span: Span): number[] {
  const s = text.slice(span.start, span.end);
  const m = EMBED_LINK.exec(s) ?? EMBED_CREDIT.exec(s);
  return m && m.index > 0 ? [span.start + m.index] : [];
}

/**
 * "(Agency Photo/Jane Roe)A crowd gathers…": a caption's credit in brackets, with the story run on after it
 * on the same line (a scraped page that lost the break between picture and story). The credit opens the
 * segmenter's sentence; the story's first sentence starts after its closing bracket.
 */
const BRACKET_LEAD = /^\(([^()\n]{2,80})\)(?=\s*["“]?\p{Lu})/u;

function creditLeadBreak(text: string, span: Span, lang: LangPack): number[] {
  if (text[span.start] !== '(') return [];
  const m = BRACKET_LEAD.exec(text.slice(span.start, Math.min(span.end, span.start + 90)));
  if (!m || m[0].length >= span.end - span.start || !lang.photoCredits.some((re) => re.test(m[0]))) return [];
  return [span.start + m[0].length];
}

/**
 * "Revenue rose 20% in the quarter… Read More": a teaser cut off with an ellipsis and the link
 * to the rest on the same line. The link is cut off when it is page debris by the language's rules.
 */
const ELLIPSIS_TAIL = /(?:\.\.\.|…)\s+(\S[^.…]{0,30})$/u;

function ellipsisTailBreak(text: string, span: Span, lang: LangPack): number[] {
  const s = text.slice(Math.max(span.start, span.end - 40), span.end);
  const m = ELLIPSIS_TAIL.exec(s);
  if (!m || !lang.debris.some((re) => re.test((m[1] as string).trim()))) return [];
  return [span.end - (m[1] as string).length];
}

/** "…in the First Degree.[]": an empty bracket after the stop, where a scraped page lost a link or a footnote, is no part of the sentence. */
const EMPTY_MARK = /[.!?]["”’)]?\[\s*\]\s*$/;

function emptyMarkBreak(text: string, span: Span): number[] {
  const piece = text.slice(span.start, span.end);
  return EMPTY_MARK.test(piece) ? [span.start + piece.lastIndexOf('[')] : [];
}

/**
 * "…in British politics.The Conservative Party…", "…crashes of the 737 MAX.The settlement…", "…in
 * 2021.It…": a scraped page that lost the space after a full stop. An abbreviation before the stop
 * ("Mr.Smith") is joined again below.
 */
// (Or a word in capitals and a spaced dash, an agency's caption mark or a dateline: "…sub-Saharan Africa.FILE - People hold…".)
const LOST_SPACE = /(?<=[\p{L}\d]{2}[.!?]["”’]?)(?=\p{Lu}\p{Ll}|\p{Lu}{2,}\s[-–—]\s)/gu;

/**
 * "…at the finish line.”I saw the time in front of me,” he said.": a page that lost the space after a
 * stop also loses which sentence the quotation mark between them belongs to, and the segmenter gives it
 * to the sentence before. A mark there that closes no quotation opened before it in its paragraph is the
 * next one's opening mark: it is moved to open the next sentence, so neither is shown with a lone mark.
 */
function moveOpeningMarks(text: string, input: readonly Span[]): Span[] {
  const spans = input.map((sp) => ({ ...sp }));
  for (let k = 0; k + 1 < spans.length; k++) {
    const sp = spans[k] as Span;
    const next = spans[k + 1] as Span;
    if (next.start !== sp.end || sp.end - sp.start < 3) continue;
    const mark = text[sp.end - 1];
    if ((mark !== '”' && mark !== '"') || !/[.!?]/.test(text[sp.end - 2] as string) || !/\p{L}/u.test(text[next.start] ?? '')) continue;
    // (Counted from the start of its paragraph: a quotation of several sentences closes in a later one.)
    const before = text.slice(text.lastIndexOf('\n', sp.end - 2) + 1, sp.end - 1);
    const marks = (before.match(mark === '"' ? /"/g : /[“”]/g) ?? []).length;
    if (marks % 2 !== 0) continue;
    sp.end--;
    next.start--;
  }
  return spans;
}

/** A word of two to five capitals standing alone before a stop with no space after it: maybe the first half of a dotted name. */
const DOTTED_NAME_BEFORE = /(?:^|[\s([])\p{Lu}{2,5}\.$/u;
/** Its second half, closed by a bracket ("(STL.News)"): "737 MAX.The settlement…" is two sentences. */
const DOTTED_NAME_AFTER = /^\p{Lu}[\p{L}]{1,20}[)\]]/u;

function splitLostSpaces(text: string, spans: readonly Span[]): Span[] {
  // ("(STL.News)": a name in capitals with a dot inside it, in brackets, is no sentence's end.)
  return splitSpansAt(text, spans, LOST_SPACE, (m, piece) =>
    m.index === 0 || (DOTTED_NAME_BEFORE.test(piece.slice(Math.max(0, m.index - 8), m.index)) && DOTTED_NAME_AFTER.test(piece.slice(m.index, m.index + 30)))
      ? null
      : [m.index, m.index],
  );
}

/**
 * Each span cut where `re` matches in it: `cut` says where, in the span's own text, the piece before the match ends and the
 * next one starts, or null to pass the match by.
 */
function splitSpansAt(text: string, spans: readonly Span[], re: RegExp, cut: (m: RegExpExecArray, piece: string) => readonly [number, number] | null): Span[] {
  const out: Span[] = [];
  for (const sp of spans) {
    let start = sp.start;
    const piece = text.slice(sp.start, sp.end);
    re.lastIndex = 0;
    for (let m = re.exec(piece); m; m = re.exec(piece)) {
      // (A match of no width would be found again where it stands.)
      if (m[0].length === 0) re.lastIndex++;
      const at = cut(m, piece);
      if (!at) continue;
      out.push({ start, end: sp.start + at[0] });
      start = sp.start + at[1];
    }
    out.push({ start, end: sp.end });
  }
  return out;
}

/**
 * "…by a score of 31 to 9;Whereas the Buccaneers won…", "…swim team; and Whereas…": a resolution's recitals, each a
 * sentence of its own, run together at their semicolons (see LangPack.recitalOpeners).
 */
const recitalBreak = perLang((lang): RegExp | null => {
  const openers = [...(lang.recitalOpeners ?? [])];
  if (openers.length === 0) return null;
  const joiners = [...(lang.pairJoiners ?? [])].map(escapeRegExp).join('|');
  return new RegExp(`;(?:\\s*(?:${joiners}))?\\s*(?=(?:${openers.map(escapeRegExp).join('|')})\\b)`, 'gu');
});

/** Whether the gap between two spans is a recital break: the semicolon (and joiner) before it, the opener after. */
function recitalAt(re: RegExp, text: string, end: number, start: number): boolean {
  // (Looked for within a few characters of the gap only: every span of a long page comes here.)
  let from = -1;
  for (let i = start - 1; i >= Math.max(0, start - 12, end - 6); i--)
    if (text.charCodeAt(i) === 59) {
      from = i;
      break;
    }
  if (from < 0) return false;
  re.lastIndex = 0;
  const m = re.exec(text.slice(from, start + 30));
  return m !== null && m.index === 0 && m[0].length === start - from;
}

function splitRecitals(text: string, spans: readonly Span[], lang: LangPack): Span[] {
  const re = recitalBreak(lang);
  return re ? splitSpansAt(text, spans, re, (m) => [m.index + m[0].trimEnd().length, m.index + m[0].length]) : [...spans];
}

/**
 * "…enrolled in public and private schools.1 Five decades of results…": a footnote's number set
 * against the stop of the sentence it annotates, then the next sentence. The number stays with its
 * sentence; the next one starts at its capital. Not after an abbreviation ("No.1 Pick"). A bracket
 * may close before the stop ("…(see table 2).1 In the first…"): no abbreviation ends in a bracket. Nor does a year
 * ("…released in October 2022.2 They do not reflect…").
 */
const FOOTNOTE_AFTER_STOP = /(?<=(\p{L}{2,}|[\p{L}\d]\)|\p{Lu}\p{Ll}+\s(?:19|20)\d{2})[.!?]["”’]?)\d{1,2}(?=\s+\p{Lu}\p{Ll})/gu;

function splitFootnoteMarks(text: string, spans: readonly Span[], lang: LangPack): Span[] {
  return splitSpansAt(text, spans, FOOTNOTE_AFTER_STOP, (m, piece) => {
    const word = (/(\p{L}+)[.!?]["”’]?$/u.exec(piece.slice(0, m.index))?.[1] ?? '').toLowerCase();
    if (lang.abbreviations.has(`${word}.`) || lang.softAbbreviations.has(`${word}.`)) return null;
    const end = m.index + m[0].length;
    return [end, end + (/^\s*/.exec(piece.slice(end))?.[0].length ?? 0)];
  });
}

/** Reference marks in brackets set against a stop, as an encyclopedia's page cites: "[1]", "[2][3]", "[a]", "[note 4]". */
const REFERENCE_MARKS = /^(?:\[(?:\p{L}{1,5}\s)?[\p{L}\d]{1,3}\])+/u;

/**
 * "…on Friday.[1] Work starts…": the segmenter ends the sentence at the stop and leaves the mark's
 * bracket behind ("…on Friday.[" and "1] Work starts…"). The marks belong to the sentence whose stop
 * they follow; the next sentence opens after them.
 */
function mendReferenceMarks(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const sp of spans) {
    let start = sp.start;
    const last = out[out.length - 1];
    if (last && /[.!?]["”’)]?\[$/.test(text.slice(Math.max(last.start, last.end - 4), last.end))) {
      // The bracket opened at the end of the last sentence: its marks close in this one.
      const m = REFERENCE_MARKS.exec(text.slice(last.end - 1, Math.min(sp.end, last.end + 60)));
      if (m && last.end - 1 + m[0].length > start) {
        last.end = last.end - 1 + m[0].length;
        start = last.end + (/^\s*/.exec(text.slice(last.end, sp.end))?.[0].length ?? 0);
      }
    }
    // ("…seriously.[1]:13 Among…": the page the mark cites after its colon is the mark's too.)
    const prev = out[out.length - 1];
    const page = prev && text[prev.end - 1] === ']' ? /^:\d{1,4}(?:[–-]\d{1,4})?(?=\s)/.exec(text.slice(start, sp.end)) : null;
    if (prev && page) {
      prev.end = start + page[0].length;
      start = prev.end + (/^\s*/.exec(text.slice(prev.end, sp.end))?.[0].length ?? 0);
    }
    if (start < sp.end) out.push({ start, end: sp.end });
  }
  return out;
}

/** A label in capitals and a colon, opening a line: "NOTE: ", "UPDATE: ", "EDITOR'S NOTE: ". */
const CAPS_LABEL_LINE = /^\p{Lu}[\p{Lu}'’]+(?:\s\p{Lu}[\p{Lu}'’]+){0,2}:\s/u;

/** A line that opens with a dateline in capitals and its dash, then words with no stop: "PORT ELLIS – Ellis". */
const WRAPPED_DATELINE = /^\p{Lu}[\p{Lu}'’.-]+(?:\s\p{Lu}[\p{Lu}'’.-]+)*(?:,\s\p{Lu}[\p{L}.]{1,12})?\s(?:--|[—–-])\s+\p{Lu}[^.!?\n]*$/u;

/** Spans at the top of a page where a teaser or a header may stop at a comma. */
const HEAD_SPANS = 2;
/** Words on a line that make it prose rather than a greeting or a heading. */
const LONG_LINE_WORDS = 6;
function wordsOnLine(prev: string): number {
  // (A year or a number is a word of the line too: "During the 2008 Summer Olympic Games,".)
  return prev.slice(prev.lastIndexOf('\n') + 1).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function nameGoesOn(lang: LangPack, line: string, next: string): boolean {
  const words = line.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  if (words.length < 4 || !/\p{Lu}\p{Ll}+$/u.test(line)) return false;
  if (!words.some((w) => /^\p{Ll}{3,}$/u.test(w) && !lang.stopwords.has(w) && !lang.lineWrapWords.has(w))) return false;
  const m = /^\p{Lu}[\p{L}'’-]*\s+(\p{Ll}[\p{L}'’-]*)/u.exec(next);
  // (And the next line is short and ends with no stop either: the text is wrapped line by line, not a heading over a paragraph.)
  const nextLine = /^[^\n]*(?=\n)/.exec(next)?.[0];
  return m !== null && nextLine !== undefined && !/[.!?:;]["”’)]?\s*$/.test(nextLine) && !/[.!?:]/.test(next.slice(0, m.index + m[0].length));
}

/**
 * "…the most updated physical understanding of the climate⏎system and climate change, …": a
 * release or report pasted from a PDF keeps its hard line wraps. A sentence goes on over a single
 * line break when its line ends with no stop and the next line opens in lower case, or when its line
 * ends with a little word no line of prose or heading ends with ("…Working Group I to the⏎Sixth…").
 * A blank line, a stop, or a list bullet on the next line still ends it.
 */
function wrappedLine(
  lang: LangPack,
  prev: string,
  next: string,
  gap: string,
  fullLine = false,
  wrapped = false,
  inBody = false,
  joinedElsewhere: () => boolean = () => false,
): boolean {
  // ("…a powerful message to the Russian Federation,"⏎⏎Ukraine's ambassador told reporters.": no
  // paragraph ends on a quotation closed with a comma; its tag follows, over a blank line too.)
  if (/^\s*$/.test(gap) && /,["”’]$/.test(prev) && /^\p{L}/u.test(next)) return true;
  // ("…withdraw its troops,⏎and abide by…": a line ending on a comma goes on in lower case, and in a
  // text wrapped at a fixed width in any case: "…its allies—Belarus,⏎Syria, North Korea…".)
  if (/^[ \t]*\n[ \t]*$/.test(gap) && /,$/.test(prev) && (wrapped ? /^\p{L}/u : /^\p{Ll}/u).test(next)) return true;
  // In the body, a long line of prose ending on a comma goes on into a name too, whatever the text's wrapping: "…have been
  // affected in the Sud,⏎Nippes and Grand'Anse departments…". (A short one may be a letter's greeting, "Dear President
  // Biden,", or a list of tags that lost its words, "Filed under , , ,"; at the top of a page, a teaser cut off at a comma.)
  if (inBody && /^[ \t]*\n[ \t]*$/.test(gap) && /[\p{L}\d],$/u.test(prev) && /^\p{L}/u.test(next) && wordsOnLine(prev) >= LONG_LINE_WORDS) return true;
  // "…suffer from life-⏎threatening pregnancy complications…": a word broken at its hyphen goes on in lower case.
  if (/^[ \t]*\n[ \t]*$/.test(gap) && /\p{L}-$/u.test(prev) && /^\p{Ll}/u.test(next)) return true;
  // ("…overwhelmingly⏎⏎condemned Russia's invasion…": a text wrapped at a fixed width, with blank lines
  // from its pages, goes on over a blank line when the line has no stop and the next opens in lower case.)
  if (wrapped && /^[ \t]*\n[ \t]*\n[ \t]*$/.test(gap) && /[\p{L}\d]$/u.test(prev) && /^\p{Ll}/u.test(next)) return true;
  if (!/^[ \t]*\n[ \t]*$/.test(gap) || /[.!?…:;,"”’)\]]$/.test(prev) || !/[\p{L}\d]$/u.test(prev)) return false;
  if (/^\p{Ll}/u.test(next)) return true;
  // "…Cape Verde⏎—islands off the West African coast—has…": a dash set close to its word goes on from the line before, as
  // an aside inside the sentence (a list's or a heading's dash has a space after it).
  if ((wrapped || fullLine) && /^[—–]\p{L}/u.test(next)) return true;
  // "…is a monthly survey of approximately⏎119,000 businesses…": a long line of prose goes on into a count of something.
  if (wordsOnLine(prev) >= LONG_LINE_WORDS && /\p{Ll}$/u.test(prev) && /^\d[\d,.]*\s+\p{Ll}/u.test(next)) return true;
  // "Operation⏎SpecTor was a coordinated…": a line of a word or two whose last word and the next line's first are printed
  // together elsewhere in the text ("…known as Operation SpecTor…") is a name broken over the lines, not a heading.
  if (joinedElsewhere()) return true;
  // "As chairman of the Senate Judiciary⏎Committee in 2017, Grassley⏎convened…": a line of prose in sentence case (a word
  // in lower case that is no little word) ending in a name goes on into the name's next word and more prose; a heading is
  // in capitals or title case, or ends its line with a word in lower case.
  if (inBody && nameGoesOn(lang, prev.slice(prev.lastIndexOf('\n') + 1), next)) return true;
  // "PORT ELLIS – Ellis⏎Shipping Co., Port Ellis, Oregon, was closed…": in a text wrapped at a fixed width, a
  // line that opens with a wire dateline and its dash and ends with no stop is the start of the sentence below.
  if (wrapped && WRAPPED_DATELINE.test(prev.slice(prev.lastIndexOf('\n') + 1)) && /^\p{L}/u.test(next)) return true;
  // ("…Due to Possible Contamination⏎NOTE: The county asks…": a label in capitals and a colon opening a
  // line ("NOTE:", "UPDATE:", "EDITOR'S NOTE:") opens a note of its own; no wrapped sentence goes on into one.)
  if (CAPS_LABEL_LINE.test(next)) return false;
  // "…we are seeing⏎COVID-19 cases rise…": in a text wrapped at a fixed width, a full line with no stop goes on, capital or not.
  // (Into a bracket too: "…created the Harbour Ferry Company of Port⏎(HFC). All customers…".)
  if (fullLine && /^(?:\p{L}|\(\p{L})/u.test(next)) return true;
  // "(More⏎Harbour stories.)": a bracket left open at the end of the line.
  if (/\([^()]*$/.test(prev) && /^[^()]*\)/.test(next)) return true;
  // "…at the Olympic Games”, said⏎Senator Cardin.": a verb of saying after a quotation goes on into its speaker's name.
  if (/["”’],?\s+\S+$/u.test(prev) && lang.attributionVerbs.has(lastWord(prev).toLowerCase()) && /^\p{Lu}/u.test(next)) return true;
  // ("…per 100,000 live births in⏎2018, to 20.1 in 2019…": a little word goes on into a number too.)
  return /^[\p{L}\d]/u.test(next) && lang.lineWrapWords.has(lastWord(prev));
}

/**
 * How much of the sentence so far `continues` looks at: its last words are all it needs, and
 * reading the whole of a long run-on sentence at every break made a page with no line breaks
 * quadratic (a 330 KB fuzzed level took over a minute).
 */
const PREV_TAIL = 200;

/** A piece at the start of a paragraph or just inside a box rule, with a title-case heading cut off its front. */
/**
 * The two dated labels opening a span (see datePair), a dateline run into the sentence after it
 * (see dateLead), and a citation after a stop ("…to pay lenders. §1087(c).").
 */
function datesAndCitesBreaks(text: string, span: Span, lang: LangPack): number[] {
  const s = text.slice(span.start, span.end);
  const out: number[] = [];
  const pair = patternsOf(lang).datePair.exec(s);
  if (pair) out.push(span.start + (pair[1] as string).length);
  for (const m of s.matchAll(patternsOf(lang).dateLead)) {
    const opener = m[1] as string;
    // (The month's name is matched in any case; the opener's capital and the next word's lower case are checked here.)
    if (!lang.functionWords.I.has(opener) && /^\p{Lu}\p{Ll}*$/u.test(opener) && /\p{Ll}/u.test(m[2] as string) && lang.stopwords.has(opener.toLowerCase()))
      out.push(span.start + m.index + m[0].length);
  }
  // (Not after an initial nor a dotted code's last letter: "28 U.S.C. § 515" cites a section of the code.)
  if (s.includes('§')) for (const m of s.matchAll(/(?<!(?:^|[\s.])\p{Lu})[.!?]\s+(?=§)/gu)) out.push(span.start + m.index + m[0].length);
  return out;
}

/**
 * A stop after a word in lower case, then a number and a word in lower case: "…the lives it took with her. 108 lives were
 * lost…". Or after a name of four letters or more: "…collapsed in Portoviejo and Chone. 119 schools are damaged…" (short
 * capitalised words are too often a reference's abbreviation: "Fig. 3 shows", "Art. 5 of"), or after a number of two
 * digits or more.
 */
// (A bracket may close before the stop, "(4 confirmed, 19 probable). 399 contacts…", and reference marks follow it:
// "…in intensive care.[1][2] 181 others were injured".)
const NUMBER_OPENS_SENTENCE = /(?<=(?:^|[\s(“"‘])(\p{Ll}{2,}|\p{Lu}\p{Ll}{3,}|\d[\d,]*\d)\)?[.!?](?:\[\d{1,3}\])*["”’]?)\s+(?=\d[\d,]*\s+\p{Ll})/gu;

/**
 * A sentence opening with a figure after a stop: the segmenter runs it on, as it takes a word in lower case
 * after the figure for the same sentence going on. Not after an abbreviation ("approx. 108 people").
 */
function numberOpeningBreaks(text: string, span: Span, lang: LangPack): number[] {
  const s = text.slice(span.start, span.end);
  const out: number[] = [];
  for (const m of s.matchAll(NUMBER_OPENS_SENTENCE)) {
    const word = (m[1] as string).toLowerCase();
    // After a number too ("…and injuries at 16,601. 58 persons are still missing…"), but not a list item's own number
    // opening its line ("12. 5 people…").
    if (/^\d/.test(word) && /(?:^|\n)[ \t]*$/.test(s.slice(0, m.index - word.length - 1))) continue;
    if (!lang.abbreviations.has(`${word}.`) && !lang.abbreviations.has(word)) out.push(span.start + m.index + m[0].length);
  }
  return out;
}

/**
 * "Date: 2022-09-26 15:01:16+00:00": a machine's timestamp (ISO 8601, with its time), and the one-word
 * label before it, is a page's record of itself; prose never writes one, so it is cut off the text on
 * either side, wherever the page ran it in. (Not inside quotation marks: a record's quoted value,
 * `"updated_at": "2030-04-10T03:22:17Z",`, stays one piece with its field.)
 */
const MACHINE_STAMP_SHAPE = String.raw`(?:\p{L}{2,12}:\s*)?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?`;
const MACHINE_STAMP = new RegExp(String.raw`(?<![\p{L}"“'‘]\s?)${MACHINE_STAMP_SHAPE}(?![\d:"”'’])`, 'gu');
const ISO_DATE_LEAD = /(?<=(?:^|[^\S\n]))\d{4}-\d{2}-\d{2}(?=[^\S\n]+\p{Lu}\p{Ll}*[^\S\n]+\p{Ll})/gu;
/** A piece that is nothing but such a stamp and its label: page furniture. */
export const MACHINE_STAMP_ONLY = new RegExp(String.raw`^${MACHINE_STAMP_SHAPE}$`, 'u');

function machineStampBreaks(text: string, span: Span): number[] {
  const s = text.slice(span.start, span.end);
  const out: number[] = [];
  if (!/\d{4}-\d{2}-\d{2}/.test(s)) return out;
  for (const m of s.matchAll(MACHINE_STAMP)) out.push(span.start + m.index, span.start + m.index + m[0].length);
  // "…Violent Crimes in US Down in 2023 2024-09-25 Violent crime decreased…": a page's date in ISO form, then a sentence's
  // capital, ends the headline it was run into; prose writes its dates in words.
  for (const m of s.matchAll(ISO_DATE_LEAD)) out.push(span.start + m.index + m[0].length);
  return out;
}

/** Most words of a heading in sentence case found by its words coming back in the sentence it runs into. */
const ECHO_HEAD_WORDS = 8;
/** How many words after the heading are looked at for its words, and how many of them must come back. */
const ECHO_REACH = 8;
const ECHO_LEAST = 2;

/**
 * "U.S., partners provide assistance U.S. assistance supports partners’ efforts to…": on a page that lost its
 * line breaks, a crosshead in sentence case runs into the paragraph it heads, and a crosshead announces that
 * paragraph in its own words. Where, a few words into a sentence, a word in lower case is followed by a
 * capitalised one with nothing between, and two or more of the words before come back in the next few
 * after, the words before are a heading. (Prose runs a name in after a verb or a little word: "said Jane
 * Roe", "aid to U.S. allies"; those are not cut.)
 */
function echoHeadingBreak(text: string, span: Span, lang: LangPack): number | undefined {
  const s = text.slice(span.start, Math.min(span.end, span.start + 240));
  // (A heading opens with a capital.)
  if (!/^\p{Lu}/u.test(s)) return undefined;
  const words = [...s.matchAll(/\S+/gu)];
  const bare = (w: string): string =>
    w
      .toLowerCase()
      .replace(/^[^\p{L}\d]+|[^\p{L}\d.]+$|[’']s$/gu, '')
      .replace(/(?<=\p{L}{2})\.$/u, '');
  const content = (w: string): boolean => w.length > 1 && !lang.stopwords.has(w) && !lang.attributionVerbs.has(w);
  for (let k = 2; k <= ECHO_HEAD_WORDS && k + ECHO_REACH <= words.length; k++) {
    const prev = (words[k - 1] as RegExpMatchArray)[0];
    const next = (words[k] as RegExpMatchArray)[0];
    // (A plain word before the break: ".gov A .gov website…" is a banner's own run of words.)
    // (Nor a number word: "the 250 passengers and eight Amtrak employees" counts the name's people.)
    if (!/^\p{Ll}[\p{Ll}'’-]*\p{Ll}$/u.test(prev) || !/^\p{Lu}/u.test(next) || !content(prev) || lang.numberWords.has(prev)) continue;
    // (Nor a word that opens a clause after a comma: "…popularity with kids, describing YouTube as…", ", including Texas".)
    if (/,$/.test((words[k - 2] as RegExpMatchArray)[0])) continue;
    const head = new Set(
      words
        .slice(0, k)
        .map((m) => bare(m[0]))
        .filter(content),
    );
    const after = new Set(words.slice(k, k + ECHO_REACH).map((m) => bare(m[0])));
    let echoed = 0;
    for (const w of head) if (after.has(w)) echoed++;
    if (echoed >= ECHO_LEAST) return span.start + ((words[k - 1] as RegExpMatchArray).index ?? 0) + prev.length;
  }
  return undefined;
}

function pushHeaded(text: string, sp: Span, lang: LangPack, out: Span[]): void {
  const before = text.slice(Math.max(0, sp.start - 8), sp.start);
  // (After a stop on the same line too: a page that lost its line breaks runs "…on our website. Key Source
  // Data and Assumptions The advance estimate…" together, and no sentence of prose opens that way.)
  const headed = sp.start === 0 || /(?:\n|[|_])[ \t]*$/.test(before) || /[.!?]["”’)]?[ \t]+$/.test(before);
  const cut = headed ? (titleLeadBreak(text, sp, lang)[0] ?? echoHeadingBreak(text, sp, lang)) : undefined;
  if (cut === undefined || cut >= sp.end) {
    out.push(sp);
    return;
  }
  out.push({ start: sp.start, end: cut });
  const rest = cut + (text.slice(cut, sp.end).length - text.slice(cut, sp.end).trimStart().length);
  out.push({ start: rest, end: sp.end });
}

/** A line's number set against its first word, as a page that numbers its lines pastes them ("12Daniel Roe said…"). */
const LINE_NUMBER = /^(\d{1,3})(?=\p{Lu}[\p{Ll}\s])/gmu;
/** Fewest lines in a row numbered 1, 2, 3… for the numbers to be the page's, not the text's. */
const NUMBERED_RUN = 3;

/**
 * Whether the text's lines carry their numbers run into their first words: "1A new study found…",
 * "2The center is…", "3It found…". Three lines in a row numbered one after the other: a line opening
 * with a number against a word ("3Com said…") once is a name, not a numbering.
 */
function lineNumbered(text: string): boolean {
  if (!text.includes('\n')) return false;
  let run = 1;
  let prev = -2;
  for (const m of text.matchAll(LINE_NUMBER)) {
    const n = Number(m[1]);
    run = n === prev + 1 ? run + 1 : 1;
    if (run >= NUMBERED_RUN) return true;
    prev = n;
  }
  return false;
}

/** A numbered line's number is cut off the sentence it opens ("13McGrath added…" → "13" and "McGrath added…"). */
function lineNumberBreak(text: string, span: Span): number[] {
  const opensLine = span.start === 0 || text[span.start - 1] === '\n';
  if (!opensLine) return [];
  const m = /^\d{1,3}(?=\p{Lu}[\p{Ll}\s])/u.exec(text.slice(span.start, span.start + 5));
  return m ? [span.start + m[0].length] : [];
}

/** Fewest lines cut short of a stop, and their least share of the text's lines, for a text wrapped at a fixed width. */
const WRAPPED_LINES = 5;
const WRAPPED_SHARE = 0.4;
/** Shortest line counted as wrapped, and how near the usual width a line must come to be full. */
const WRAP_MIN = 55;
const WRAP_FULL = 0.85;
/** How close together a wrapped text's line ends lie (the shortest quarter against the usual width), and the widest printed line. */
const WRAP_TIGHT = 0.8;
const WRAP_PRINTED = 100;

/**
 * The width a plain-text release or a PDF's text is wrapped at, or 0: most of its lines stop short
 * of a full stop at nearly the same length, with the next line going on beneath.
 */
function wrapWidth(text: string): number {
  if (text.length < 400) return 0;
  const lines = text.split('\n');
  const cut: number[] = [];
  let nonBlank = 0;
  let long = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trimEnd();
    if (line.trim() === '') continue;
    nonBlank++;
    if (line.length >= WRAP_MIN) long++;
    if (line.length >= WRAP_MIN && !/[.!?…:;"”’)\]]$/.test(line) && (lines[i + 1] ?? '').trim() !== '') cut.push(line.length);
  }
  if (cut.length < WRAPPED_LINES) return 0;
  cut.sort((a, b) => a - b);
  const width = cut[Math.floor(cut.length * 0.75)] as number;
  if (cut.length >= WRAPPED_SHARE * nonBlank) return width;
  // A bill or a resolution printed by its publisher: headings and short lines about, clauses that end on ";", but its long
  // lines wrapped at one width, printer's width, close together ("…set a world record as the oldest⏎Olympian at…").
  const tight = (cut[Math.floor(cut.length * 0.25)] as number) >= WRAP_TIGHT * width && width <= WRAP_PRINTED;
  return tight && cut.length >= WRAPPED_SHARE * long ? width : 0;
}

/** Fewest lines, and the share of line ends with one blank line after them, that make a text double-spaced. */
const DOUBLE_SPACED_LINES = 10;
const DOUBLE_SPACED_SHARE = 0.8;

/** A blank line, read as one line break in a double-spaced text. */
const BLANK_LINE = /\n[ \t]*\n/;
const BLANK_LINES = /\n[ \t]*\n/g;

/**
 * "…one of the world's major insurers, was the largest recipient⏎⏎of government financial assistance…": a PDF's text
 * copied with a blank line after every line. Its lines are wrapped as a single-spaced text's are, so a blank line between
 * them is read as a line break (see wrappedLine); a stop still ends the sentence. The width its lines are wrapped at, or 0
 * when it is no such text.
 */
function doubleSpacedWidth(text: string): number {
  if (text.length < 400) return 0;
  const lines = text.split('\n');
  let blankAfter = 0;
  let textAfter = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if ((lines[i] as string).trim() === '') continue;
    if ((lines[i + 1] as string).trim() !== '') textAfter++;
    else if ((lines[i + 2] ?? '').trim() !== '') blankAfter++;
  }
  if (blankAfter < DOUBLE_SPACED_LINES || blankAfter < DOUBLE_SPACED_SHARE * (blankAfter + textAfter)) return 0;
  return wrapWidth(text.replace(BLANK_LINES, '\n'));
}

export function refineSpans(text: string, input: readonly Span[], lang: LangPack): Span[] {
  const spans = moveOpeningMarks(
    text,
    splitRecitals(
      text,
      splitFootnoteMarks(text, splitLostSpaces(text, text.includes('.[') || text.includes('?[') || text.includes('![') ? mendReferenceMarks(text, input) : input), lang),
      lang,
    ),
  );
  const joined: Span[] = [];
  const doubleWidth = text.includes('\n\n') ? doubleSpacedWidth(text) : 0;
  const double = doubleWidth > 0;
  const width = double ? doubleWidth : text.includes('\n') ? wrapWidth(text) : 0;
  const fullLine = (end: number): boolean => width > 0 && end - (text.lastIndexOf('\n', end - 1) + 1) >= WRAP_FULL * width;
  const seen = new Map<string, boolean>();
  const joinedElsewhere = (end: number, start: number): boolean => {
    // (Or the words after the line's last stop: "…one murder conspiracy. Guzman⏎Loera was convicted…".)
    const line = text.slice(text.lastIndexOf('\n', end - 1) + 1, end).replace(/^.*[.!?]["”’)]?\s+(?=\S)/u, '');
    const first = /^\p{Lu}[\p{L}\p{N}'’-]*/u.exec(text.slice(start, start + 40))?.[0];
    if (!first || !/^\s*\p{L}[\p{L}\p{N}'’-]*(?:\s+\p{L}[\p{L}\p{N}'’-]*)?$/u.test(line)) return false;
    const phrase = `${lastWord(line)} ${first}`;
    if (!seen.has(phrase)) seen.set(phrase, text.includes(phrase));
    return seen.get(phrase) as boolean;
  };
  const recital = recitalBreak(lang);
  for (const sp of spans) {
    const last = joined[joined.length - 1];
    const rawGap = last ? text.slice(last.end, sp.start) : '';
    const gap = double ? rawGap.replace(BLANK_LINE, '\n') : rawGap;
    if (
      last &&
      // ("…swim team; and⏎Whereas Michael Phelps…": a recital split off at its semicolon is not a wrapped line's rest.)
      !(recital !== null && recitalAt(recital, text, last.end, sp.start)) &&
      // (In a text wrapped at a fixed width a full line's break is a space: "…UBS Securities Japan Co., Ltd.⏎(together…" goes on.)
      ((continues(lang, text.slice(Math.max(last.start, last.end - PREV_TAIL), last.end), text.slice(sp.start, sp.start + 40), gap) &&
        (!gap.includes('\n') || (/^[ \t]*\n[ \t]*$/.test(gap) && fullLine(last.end)))) ||
        wrappedLine(
          lang,
          text.slice(Math.max(last.start, last.end - 40), last.end),
          text.slice(sp.start, sp.start + 40),
          gap,
          fullLine(last.end),
          width > 0,
          joined.length > HEAD_SPANS,
          () => /^[ \t]*\n[ \t]*$/.test(gap) && joinedElsewhere(last.end, sp.start),
        ))
    ) {
      last.end = sp.end;
    } else joined.push({ ...sp });
  }
  // Furniture only in the first few spans: that is where a page's header runs in. A page banner or
  // site menu can push the story's first paragraph further down, so a paragraph that opens with a
  // wire dateline or a heading in capitals is cut a little further on too.
  // Anywhere on the page: a heading in capitals or a label run into a sentence, an embedded post's link.
  const out: Span[] = [];
  const numbered = lineNumbered(text);
  joined.forEach((sp, k) => {
    const opensParagraph = sp.start === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, sp.start - 8), sp.start));
    // (A shot list's label is one piece of furniture: its number and its word in capitals are not cut apart.)
    const shot = opensParagraph ? shotLabelBreak(text, sp)[0] : undefined;
    const anywhere = [
      ...capsLeadBreak(text, sp, lang),
      ...ellipsisTailBreak(text, sp, lang),
      ...(opensParagraph
        ? [
            ...leadLabelBreak(text, sp, lang),
            ...(shot === undefined ? [] : [shot]),
            ...glossaryHeadBreak(text, sp),
            ...datedPlaceBreak(text, sp, lang),
            ...dottedRegionBreak(text, sp, lang),
            ...slashedPlacesBreak(text, sp, lang),
          ]
        : []),
      // (A transcript that lost its paragraphs runs the next speaker's label on after a stop.)
      ...speakerLabelBreak(text, sp),
      ...embedLinkBreak(text, sp),
      ...leadInBreak(text, sp, lang),
      ...creditLeadBreak(text, sp, lang),
      ...boxRuleBreaks(text, sp),
      ...emptyMarkBreak(text, sp),
      ...datesAndCitesBreaks(text, sp, lang),
      ...numberOpeningBreaks(text, sp, lang),
      ...machineStampBreaks(text, sp),
      ...(numbered ? lineNumberBreak(text, sp) : []),
    ];
    const late = k > 2 ? [...(opensParagraph && k < LATE_HEADER_SPANS ? paragraphHeadBreaks(text, sp, lang) : []), ...anywhere] : null;
    if (late && late.length === 0) {
      pushHeaded(text, sp, lang, out);
      return;
    }
    // A place's dateline is one piece: its stops and capitals ("D.C. –") are not a wire dateline's.
    const place = late ? [] : placeDatelineBreak(text, sp, lang);
    const cuts = [
      ...new Set(late ?? [...furnitureBreaks(text, sp, lang).filter((c) => !(place[0] !== undefined && c < place[0])), ...paragraphHeadBreaks(text, sp, lang), ...anywhere]),
    ]
      .filter((c) => c > sp.start && c < sp.end && (shot === undefined || c >= shot))
      .sort((a, b) => a - b);
    let start = sp.start;
    for (const c of [...cuts, sp.end]) {
      const piece = text.slice(start, c);
      const lead = piece.length - piece.trimStart().length;
      const trimmed = piece.trim();
      if (trimmed) pushHeaded(text, { start: start + lead, end: start + lead + trimmed.length }, lang, out);
      start = c;
    }
  });
  return out;
}

/** Escaped line breaks in a line ("\r\n", "\n", "\r" written as backslash and letter) that make it an escaped record. */
const ESCAPED_LINES_MIN = 3;
const ESCAPED_BREAK = /\\r\\n|\\[nr]/g;
const ESCAPE = /\\(?:u([0-9a-fA-F]{4})|(["'\\/nrt]))/g;
const ESCAPED_CHAR: Readonly<Record<string, string>> = { '"': '"', "'": "'", '\\': '\\', '/': '/', n: '\n', r: '\r', t: '\t' };
/** What may stand before and after an escape the text only mentions ('the "\n" character', "a \r\n ending"). */
const MENTION_BEFORE = /[\s"'`‘“(]/u;
const MENTION_AFTER = /[\s"'`‘’“”),.;:]/u;

/**
 * Text copied out of a JSON record or a program's string keeps its escapes: an archive's page
 * whose line breaks are the characters backslash, r, backslash, n ("…Paid\r\nto the…"). Shown
 * as they are, the reader sees "\r\n" and the sentences of a paragraph run together. A line with
 * several such breaks set into its words is decoded (line breaks, tabs, quote marks, backslashes,
 * "\u2019"); a line that only mentions an escape ('press "\n" for a new line', one Windows path)
 * is left as it is. The text is changed before anything is measured in it, so every offset the
 * engine and the game keep points into the decoded text.
 */
export function decodeEscapedLines(text: string): string {
  if (!text.includes('\\')) return text;
  let changed = false;
  const lines = text.split('\n').map((line) => {
    if (!line.includes('\\') || escapedBreaks(line) < ESCAPED_LINES_MIN) return line;
    changed = true;
    return decodeEscapes(line);
  });
  return changed ? lines.join('\n') : text;
}

/** The escapes of a JSON string decoded, whatever their number (a line decodeEscapedLines chose, or a key string quoting one). */
export function decodeEscapes(text: string): string {
  return text.replace(ESCAPE, (_, hex: string | undefined, ch: string | undefined) => {
    if (hex === undefined) return ESCAPED_CHAR[ch as string] as string;
    const code = parseInt(hex, 16);
    // A control character other than a break or a tab would only garble the text: a space.
    return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d ? ' ' : String.fromCharCode(code);
  });
}

/** How many escaped line breaks in a line stand between words, not mentioned on their own. */
function escapedBreaks(line: string): number {
  let n = 0;
  ESCAPED_BREAK.lastIndex = 0;
  for (let m = ESCAPED_BREAK.exec(line); m; m = ESCAPED_BREAK.exec(line)) {
    const before = line[m.index - 1] ?? ' ';
    const after = line[m.index + m[0].length] ?? ' ';
    // ("\\n" in a record is a backslash and an n.)
    if (before === '\\' && line[m.index - 2] !== '\\') continue;
    if (MENTION_BEFORE.test(before) && MENTION_AFTER.test(after)) continue;
    n++;
  }
  return n;
}
