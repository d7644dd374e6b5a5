import { perLang } from './lang/perLang';
import type { Article, Sentence } from '../article';
import type { LangPack } from './lang';
import { anchoredAtStart, neededChars } from './patternNeeds';
import { CROSSHEAD_WORDS, DOTTED_PLACE_ONLY, MACHINE_STAMP_ONLY, PHOTO_CREDIT, SHOT_LABEL_ONLY, SLASHED_PLACES_ONLY } from './structure';
import { escapeRegExp, isCapitalized, normalizeText, tokenize, type Token } from './text';
import { CLOSING_PUNCTUATION, DIGIT_FIRST, HAS_LOWER, LETTER_FIRST, LETTER_OR_DIGIT, LOWER_FIRST, QUESTION_OR_QUOTE, QUOTE_MARK, TWO_LETTERS } from './shapes';

const SPACE = /\s/;
/** Initials with their stops: "U.S", "a.m". */
const INITIALS = /^(?:\p{L}\.){1,3}\p{L}$/u;
/** A line break and only blanks after it: a line starts here. */
const LINE_START = /\n[ \t]*$/;
/** A blank line. */
const BLANK_LINE = /\n[ \t]*\n/;

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
  /** Two or more words in capitals and nothing else ("MEMORANDUM OPINION"): a heading wherever it sits. */
  capsHeading: boolean;
  /** A short label ending in a colon ("What’s next:"): a crosshead when a sentence follows it on its line. */
  label: boolean;
  /** A photo credit ("(Army photo by …)", "Photo: …"): the sentence beside it is a caption. */
  credit: boolean;
  /** Shaped like a photo caption (see captionShape): one when it stands apart near a credit, a date or the headline. */
  captionShape: boolean;
  /** A named subject posing or speaking in a photo, with its date (see pictureCaption): a caption wherever it stands. */
  pictureCaption: boolean;
  /** A photographer's credit run into the sentence at its start or end ("Agency/Jane Roe A crowd gathers…"): a caption wherever it stands. */
  creditRunIn: boolean;
  /**
   * Legal and document references ("§1087(a)(1)", "200 U. S. 321", "No. 22–506"), offsets in the
   * sentence: their numbers name a section, a page or a case, and the figure finder skips them.
   */
  references: readonly (readonly [number, number])[];
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
  /** A photo caption (also a heading): what a picture shows, not what the story reports, figures included. */
  caption?: boolean;
  /**
   * A row of a table flattened into a line ("Total revenue$33,671 $28,072 20 %"), also a heading:
   * furniture, not a sentence, but the figure finder still reads its figures.
   */
  tableRow?: boolean;
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

// A footnote mark may follow the stop ("…in the First Degree.[1]", "….[]" where a link was lost).
const TERMINAL = /[.!?…]["'”»’)\]]*(?:\[\w{0,3}\])?$/;
/**
 * Two or more words in capitals and nothing else, or one long one, maybe numbered ("II. BACKGROUND"):
 * on a line of its own or cut off the sentence it ran into (structure.ts), a heading.
 */
const CAPS_WORDS = /^(?:[IVX]{1,4}\.\s+)?(?:\p{Lu}{2,}(?:(?:[\s:]+|\s+(?:--|[—–-])\s+)(?:\p{Lu}{2,}|\d{1,4}))+|\p{Lu}{4,}):?$/u;
/** "What’s next:": a short label and a colon; cut off the paragraph it opens (structure.ts), a crosshead. */
const LABEL = /^\p{Lu}[^.!?:]{0,60}:$/u;

/** A list's bullet (not a dash, which may open a dateline or a credit) and its space. */
const LIST_MARK = /^[•▪◦●‣∙]\s+/u;

/** A list bullet opening a line. */
const BULLET = /^[•▪◦●‣∙*–-]\s+\S/u;

/**
 * A list of patterns tested as a few: those with the same flags, anchored at the start or not, and
 * needing the same marks (patternNeeds.ts), are joined as alternatives of one expression, which
 * matches somewhere exactly when one of them does. Page furniture is 70-odd patterns, tried on
 * every short sentence; one pass per group is cheaper, and a group whose marks the text lacks is
 * not run at all. A group anchored at the start is tried there only (sticky): joined, V8 would
 * otherwise try its alternatives at every position.
 * (Stateful flags, back-references and named groups, which joining would change, keep a pattern on its own.)
 */
interface PatternGroup {
  re: RegExp;
  sticky: boolean;
  /** Bits of the marks one of which the text must hold (see markBits), or 0 to run it on any text. */
  needs: number;
}
interface JoinedList {
  groups: PatternGroup[];
  /** Bit of each mark some group needs, by character code; all digits share one. */
  bits: Map<number, number>;
}
const joinedPatterns = new WeakMap<readonly RegExp[], JoinedList>();

function joinPatterns(list: readonly RegExp[]): JoinedList {
  const bits = new Map<number, number>();
  const bitOf = (ch: string): number | undefined => {
    const code = ch.charCodeAt(0);
    const key = code >= 48 && code <= 57 ? 48 : code;
    if (!bits.has(key) && bits.size < 30) bits.set(key, 1 << bits.size);
    return bits.get(key);
  };
  const groups: PatternGroup[] = [];
  const byKey = new Map<string, { res: RegExp[]; sticky: boolean; needs: number }>();
  for (const re of list) {
    if (/[gy]/.test(re.flags) || /\\[1-9]|\\k<|\(\?<[\w$]/.test(re.source)) {
      groups.push({ re, sticky: false, needs: 0 });
      continue;
    }
    const sticky = anchoredAtStart(re);
    const need = neededChars(re) ?? '';
    let needs = 0;
    for (const ch of need) {
      const bit = bitOf(ch);
      if (bit === undefined) {
        needs = 0;
        break;
      }
      needs |= bit;
    }
    const key = `${re.flags} ${re.source.startsWith('^')} ${sticky} ${needs}`;
    const g = byKey.get(key);
    if (g) g.res.push(re);
    else byKey.set(key, { res: [re], sticky, needs });
  }
  for (const { res, sticky, needs } of byKey.values()) {
    const flags = (res[0] as RegExp).flags + (sticky ? 'y' : '');
    groups.push({ re: res.length === 1 && !sticky ? (res[0] as RegExp) : new RegExp(res.map((re) => `(?:${re.source})`).join('|'), flags), sticky, needs });
  }
  return { groups, bits };
}

/** The marks of `text` that some group of the list needs, as bits. */
function markBits(text: string, bits: ReadonlyMap<number, number>): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Letters and spaces are never a need: most characters are passed over without a lookup.
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 32) continue;
    mask |= bits.get(code >= 48 && code <= 57 ? 48 : code) ?? 0;
  }
  return mask;
}

function anyMatches(list: readonly RegExp[], text: string): boolean {
  let joined = joinedPatterns.get(list);
  if (!joined) {
    joined = joinPatterns(list);
    joinedPatterns.set(list, joined);
  }
  const marks = markBits(text, joined.bits);
  for (const g of joined.groups) {
    if (g.needs !== 0 && (g.needs & marks) === 0) continue;
    if (g.sticky) g.re.lastIndex = 0;
    if (g.re.test(text)) return true;
  }
  return false;
}

function sentenceInfo(text: string, lang: LangPack): SentenceInfo {
  const tokens = tokenize(text, 0);
  const norm = normalizeText(text);
  const words = tokens.length;
  const trimmed = text.trim();
  // Page furniture is short; long sentences are spared seventeen regular expressions.
  // "!" left alone on a line (an icon's text): no letter or digit, no sentence.
  // ("• Click here to see…": a link is one in a list too.)
  const debris = (words <= 60 && anyMatches(lang.debris, trimmed.replace(LIST_MARK, ''))) || !LETTER_OR_DIGIT.test(trimmed);
  // "• $500 million in fines": an item of a list goes on the sentence that introduced it; a list has no headings.
  const headingShape =
    (!BULLET.test(trimmed) && !TERMINAL.test(trimmed) && (words <= 6 || !/[,;]/.test(text) || titleCase(tokens)) && !listLead(trimmed, tokens, lang)) ||
    questionHead(trimmed, tokens, lang);
  const capsHeading = (headingShape && CAPS_WORDS.test(trimmed)) || mostlyCapitals(tokens);
  const label = words <= LABEL_WORDS && LABEL.test(trimmed);
  const credit = words <= 25 && anyMatches(lang.photoCredits, trimmed);
  const references = referencesIn(text, lang);
  // "20 U. S. C. §1070(a).", "See Roe v. Doe, 200 U. S. 321, 337.": a sentence that only cites is a note, not the story.
  const citation = references.length > 0 && words <= 40 && lang.citationOnly.test(cutOut(text, references).trim());
  // "Vicegobernadora Jeanette Nuñez también pronunció comentarios en español.": a line in another language (none of the
  // pack's little words, and words spelt as the pack's language never spells them) is a note for other readers.
  const foreign =
    words >= 5 &&
    words <= 40 &&
    lang.foreignWord !== undefined &&
    !tokens.some((t) => lang.stopwords.has(t.norm)) &&
    tokens.filter((t) => lang.foreignWord?.test(t.text)).length >= 2;
  return {
    text,
    tokens,
    norm,
    words,
    debris: debris || credit || citation || foreign,
    headingShape,
    capsHeading,
    label,
    credit,
    captionShape: captionShape(trimmed, tokens, lang),
    pictureCaption: pictureCaption(text, tokens, lang),
    creditRunIn: !credit && words <= CAPTION_LINE_WORDS && lang.creditRunIn !== undefined && anyMatches(lang.creditRunIn, trimmed),
    references,
  };
}

const NO_REFERENCES: readonly (readonly [number, number])[] = [];
/**
 * Looked for only where one may be: a section or paragraph sign, "No.", a number before an abbreviation, or a number with a
 * bracketed subsection.
 */
const MAYBE_REFERENCE = /[§¶]|\bNos?\.\s?\d|\d\s\p{Lu}\p{Ll}{0,4}\.|\d\p{Ll}?\(\w{1,4}\)/u;

/**
 * A numbered paragraph's or list item's marker opening the sentence: "(2) Of the 193 member states…", and a number with a
 * stop or a bracket before a capital, "2.   Hitting the poorest…", "• (1) In April…".
 */
const ITEM_MARKER = /^\s*\(\d{1,2}\)(?=\s)|^[^\p{L}\p{N}]*\d{1,2}[.)](?=\s{1,14}\p{Lu})/u;

function referencesIn(text: string, lang: LangPack): readonly (readonly [number, number])[] {
  const marker = ITEM_MARKER.exec(text);
  if (!MAYBE_REFERENCE.test(text)) return marker ? [[marker.index, marker.index + marker[0].length]] : NO_REFERENCES;
  const out: [number, number][] = marker ? [[marker.index, marker.index + marker[0].length]] : [];
  for (const re of lang.references) for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  return out.length > 0 ? out : NO_REFERENCES;
}

/** The text with the given spans taken out. */
function cutOut(text: string, spans: readonly (readonly [number, number])[]): string {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [a, b] of sorted) {
    if (a > at) out += text.slice(at, a);
    at = Math.max(at, b);
  }
  return out + text.slice(at);
}

/** Most words in capitals: a share of the words of two letters or more. */
const CAPITALS_SHARE = 0.7;
const CAPITALS_LEAST = 4;

/**
 * "SUPREME COURT OF THE UNITED STATES Syllabus BIDEN, PRESIDENT… ET AL. v. NEBRASKA ET AL.": a
 * sentence whose words are mostly in capitals, stop or not, is a title or a caption block set in
 * capitals; prose is not written in capitals (a few acronyms are far from most of the words).
 */
function mostlyCapitals(tokens: readonly Token[]): boolean {
  if (tokens.length < CAPITALS_LEAST) return false;
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    // Most words open with two small ASCII letters: a word, not in capitals, told without a regular expression.
    const c0 = t.text.charCodeAt(0);
    const c1 = t.text.charCodeAt(1);
    if (c0 >= 97 && c0 <= 122 && c1 >= 97 && c1 <= 122) {
      words++;
      continue;
    }
    if (!TWO_LETTERS.test(t.text)) continue;
    words++;
    if (!HAS_LOWER.test(t.text)) caps++;
  }
  return caps >= CAPITALS_LEAST && caps >= CAPITALS_SHARE * words;
}

/**
 * Shaped like a photo caption: one clause telling what a picture shows, in the simple present
 * ("A helicopter flies over flooded homes…"), introducing its subject rather than pointing back
 * to the story ("The agency expects…"), with nothing narrated in the past, no one quoted, no modal.
 */
function captionShape(trimmed: string, tokens: readonly Token[], lang: LangPack): boolean {
  if (tokens.length < 4 || tokens.length > 40 || !TERMINAL.test(trimmed) || QUESTION_OR_QUOTE.test(trimmed)) return false;
  const v = lang.captionVerb;
  const first = (tokens[0] as Token).norm;
  // A caption opens with what the picture shows; "Since 2000, …", "In June, …", "Specifically, …" go on from the story.
  if (v.backReference.has(first) || lang.sequenceAdverbs.has(first) || (lang.stopwords.has(first) && !lang.nounDeterminers.has(first))) return false;
  let present = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const w = t.norm;
    if (lang.attributionVerbs.has(w) || lang.modals.has(w) || lang.firstPerson.has(w) || v.pastBe.has(w) || lang.pastForms.has(w)) return false;
    const next = tokens[k + 1];
    if (v.past.test(t.text) && !(next && (v.participleAfter.has(next.norm) || (LOWER_FIRST.test(next.text) && !lang.stopwords.has(next.norm))))) return false;
    if (k > 0 && !present && v.present.test(t.text) && !lang.stopwords.has(w) && !lang.stopwords.has((tokens[k - 1] as Token).norm) && next && lang.stopwords.has(next.norm))
      present = true;
  }
  return present;
}

/**
 * Per language pack: a full date ("June 7, 2021", "7 June 2021", "Sept. 29, 2022") anywhere in a
 * sentence, and set off by a comma at a sentence's end (", Sept. 29, 2022."), as captions date a picture.
 */
const fullDatesOf = perLang((lang): { anywhere: RegExp; atEnd: RegExp } => {
  const months = [...lang.months.keys()].sort((a, b) => b.length - a.length).join('|');
  const ordinal = [...lang.ordinalSuffixes].map(escapeRegExp).join('|');
  const date = `(?:(?:${months})\\.?\\s+\\d{1,2}(?:${ordinal})?,?\\s+\\d{4}|\\d{1,2}\\s+(?:${months})\\.?,?\\s+\\d{4})`;
  return { anywhere: new RegExp(`\\b${date}\\b`, 'iu'), atEnd: new RegExp(`,\\s+${date}[.!]?$`, 'iu') };
});

/** Most words of the name or names a picture caption opens with. */
const CAPTION_SUBJECT_WORDS = 20;

/**
 * "FBI Deputy Director Jane Roe speaks at a June 7, 2027 press conference on the seizure…",
 * "Athletes from Team Harbour pose for a group photo after the final, April 18, 2027.": a caption
 * opens with whom the picture shows, by name, then what they do in it in the simple present, from
 * the few things people do in news photos (speak, pose, stand, listen, look on, walk, arrive,
 * attend…), and carries the picture's date or its own words ("photo", "(left)"). Prose narrates
 * a dated event in the past ("spoke at a June 7 press conference"); a caption stays one wherever
 * the page puts it, run into the story or not.
 */
function pictureCaption(text: string, tokens: readonly Token[], lang: LangPack): boolean {
  const trimmed = text.trim();
  if (tokens.length < 5 || tokens.length > 60 || QUESTION_OR_QUOTE.test(trimmed)) return false;
  const v = lang.captionVerb;
  // ("The Security Council adopts, by recorded vote, a resolution…, October 2, 2023.": a body's name may open with its
  // article when the caption closes on the picture's date.)
  const datedEnd = fullDatesOf(lang).atEnd.test(trimmed);
  const lead = datedEnd && lang.grammaticalArticles.has((tokens[0] as Token).norm) && isCapitalized((tokens[1] as Token).text) ? 1 : 0;
  // The subject: capitalised words (names, titles, "U.S."), numbers, and little words joining names.
  let k = lead;
  let names = 0;
  let placed = false;
  for (; k < Math.min(tokens.length, CAPTION_SUBJECT_WORDS); k++) {
    const t = tokens[k] as Token;
    // "Jane Roe (left) and Jo Bloggs (right), Team Harbour, play…", "… Salva Kiir (L), …": a caption places the people it names.
    if (k > 0 && v.positions.has(t.norm) && text[t.start - 1] === '(') placed = true;
    // (A surname with a particle set before it by a hyphen is a name: "al-Bashir", "el-Sisi".)
    else if (isCapitalized(t.text) || DIGIT_FIRST.test(t.text) || /^\p{Ll}{1,3}-\p{Lu}/u.test(t.text)) names++;
    else if (k > 0 && v.subjectJoiners.has(t.norm) && isCapitalized((tokens[k + 1] as Token | undefined)?.text ?? '')) continue;
    else {
      // "…Salva Kiir (L), first vice-president of Sudan and governor of Southern Sudan, is seen…": a title between commas
      // after the names is still the subject.
      // (Only where the verb of the picture follows the title: "…, play wheelchair basketball during a camp at Fort Ellis, …" is
      // the verb itself.)
      const close =
        names > 0 && /,\s*$/.test(text.slice((tokens[k - 1] as Token).end, t.start))
          ? tokens.findIndex((x, j) => j > k && j < k + 12 && /,\s*$/.test(text.slice((tokens[j - 1] as Token).end, x.start)))
          : -1;
      const then = tokens[close]?.norm ?? '';
      if (close < 0 || !(lang.beForms.has(then) || v.pictureVerbs.has(then))) break;
      k = close - 1;
    }
  }
  const verb = tokens[k];
  if (names === 0 || !verb || isCapitalized(verb.text)) return false;
  if (lang.stopwords.has((tokens[lead] as Token).norm) || (lead === 0 && v.backReference.has((tokens[0] as Token).norm))) return false;
  const seen =
    v.pictureVerbs.has(verb.norm) ||
    (lead === 1 && v.present.test(verb.text)) ||
    (lang.beForms.has(verb.norm) && v.seenWords.has((tokens[k + 1] as Token | undefined)?.norm ?? '')) ||
    (placed && !lang.stopwords.has(verb.norm) && !lang.pastForms.has(verb.norm) && !v.past.test(verb.text));
  if (!seen || (!fullDatesOf(lang).anywhere.test(trimmed) && !v.pictureWords.test(trimmed))) return false;
  // Nobody is quoted and nothing is forecast ("May 3" is a month).
  return !tokens.some((t) => (lang.modals.has(t.norm) && !isCapitalized(t.text)) || (lang.attributionVerbs.has(t.norm) && t !== verb));
}

/** Fewest words of a sentence counted in telling a text set in capitals (see prepare), and how many such sentences it takes. */
const CAPS_TEXT_WORDS = 8;
const CAPS_TEXT_SENTENCES = 3;

export function prepare(article: Article, lang: LangPack, cache: SentenceCache = new Map()): PreparedArticle {
  let words = 0;
  const text = article.text;
  const infos = article.sentences.map((sentence) => {
    let info = cache.get(sentence.text);
    if (!info) {
      info = sentenceInfo(sentence.text, lang);
      cache.set(sentence.text, info);
    }
    return info;
  });
  // A script or a notice set all in capitals ("THE GAMES RUN FROM APRIL 16TH THROUGH THE 22ND."): where
  // most of the full sentences are in capitals, capitals tell no heading from a sentence, and one that
  // ends with a stop is the text's sentence.
  let long = 0;
  let capsLong = 0;
  for (const info of infos) {
    if (info.words < CAPS_TEXT_WORDS || !TERMINAL.test(info.text.trim())) continue;
    long++;
    if (info.capsHeading) capsLong++;
  }
  const capsText = capsLong >= CAPS_TEXT_SENTENCES && capsLong * 2 > long;
  const sentences = article.sentences.map((sentence, i): PreparedSentence => {
    const info = infos[i] as SentenceInfo;
    words += info.words;
    // A headline run into the text of a scraped page: the first span, unpunctuated, before the byline or dateline.
    // A heading in capitals ("MEMORANDUM OPINION") is one wherever it sits: prose is not written in capitals.
    // A heading inside a box drawn in text ("| | | Changes to the Survey | | |") stands after the box's rule or edge.
    const heading =
      (info.capsHeading && !(capsText && TERMINAL.test(info.text.trim()))) ||
      (info.headingShape &&
        (isWholeLine(text, sentence) ||
          (sentence.index === 0 && article.sentences.length > 1 && info.words <= 20) ||
          /[|_][ \t]*$/.test(text.slice(Math.max(0, sentence.start - 4), sentence.start))));
    // A photo's caption, run into the story or not (see pictureCaption), or with its credit run into it.
    // (Or opened by an agency's mark for an older picture, "FILE - Trucks wait at the border, Jan. 29, 2030.")
    if (info.pictureCaption || info.creditRunIn || lang.captionVerb.fileMark.test(info.text.trim()))
      return { sentence, info, words: info.words, debris: info.debris, heading: true, caption: true };
    // A box's rule or edge on its own ("_____ | | |") has no words, and a machine's timestamp ("Date:
    // 2030-09-26 15:01:16+00:00") is the page's record of itself: neither is a sentence of the story.
    return {
      sentence,
      info,
      words: info.words,
      debris: info.debris || info.words === 0 || MACHINE_STAMP_ONLY.test(sentence.text.trim()) || SHOT_LABEL_ONLY.test(sentence.text.trim()),
      heading,
    };
  });
  // "FILE - Trucks wait…" with the mark cut off as a heading of its own: the caption is the sentence it opens.
  for (let i = 0; i + 1 < sentences.length; i++) {
    const mark = sentences[i] as PreparedSentence;
    const next = sentences[i + 1] as PreparedSentence;
    if (mark.words <= 2 && lang.captionVerb.fileMark.test(mark.info.text.trim()) && !/\n/.test(text.slice(mark.sentence.end, next.sentence.start))) {
      next.heading = true;
      next.caption = true;
    }
  }
  markFurnitureByPlace(text, sentences, lang);
  return finish(article, sentences, words, lang);
}

/**
 * Furniture told by where a line sits, which one sentence alone cannot show:
 * - before the first sentence of the body, a whole line with no closing stop is the headline,
 *   commas or not ("Vaccine 92% effective, maker claims"), and a line cut off at a comma is a teaser;
 * - a line followed by a photo credit ("Jane Roe | Agency") is a caption;
 * - what shares a line only with debris ("Last updated on . From the section Sport") is furniture too.
 */
function markFurnitureByPlace(text: string, sentences: PreparedSentence[], lang: LangPack): void {
  const n = sentences.length;
  // Line bounds in one sweep (sentences come in order): a one-line 5 MB page stays linear.
  const breaks: number[] = [];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) breaks.push(at);
  let b = 0;
  const lines = sentences.map((ps): [number, number] => {
    while (b < breaks.length && (breaks[b] as number) < ps.sentence.start) b++;
    const start = b > 0 ? (breaks[b - 1] as number) + 1 : 0;
    let e = b;
    while (e < breaks.length && (breaks[e] as number) < ps.sentence.end) e++;
    return [start, e < breaks.length ? (breaks[e] as number) : text.length];
  });
  // Only blanks around the sentence on its line (looked at only when the gaps are short).
  const blank = (from: number, to: number): boolean => to - from < 40 && text.slice(from, to).trim() === '';
  const whole = sentences.map((ps, i) => blank((lines[i] as [number, number])[0], ps.sentence.start) && blank(ps.sentence.end, (lines[i] as [number, number])[1]));
  let body = false;
  for (let i = 0; i < n && !body; i++) {
    const ps = sentences[i] as PreparedSentence;
    if (ps.debris || ps.heading) continue;
    const trimmed = ps.sentence.text.trim();
    // "Overdose Deaths in the U.S.": a headline may end with an abbreviation's stop.
    const stop = TERMINAL.test(trimmed) && !/(?:^|\s)(?:\p{Lu}\.){2,}$/u.test(trimmed);
    if (whole[i] && ps.words <= 25 && !stop && !CLOSING_PUNCTUATION.test(trimmed) && i + 1 < n) ps.heading = true;
    else if (whole[i] && /,$/.test(trimmed)) ps.heading = true;
    else if (i + 1 < n && (sentences[i + 1] as PreparedSentence).sentence.start === ps.sentence.end && ps.words <= 20 && headlineGrammar(ps.info.tokens, trimmed, lang)) {
      // "Biden cancels $10,000 in student debt.President Joe Biden announced…": the page's first
      // block, joined to the next with no space (a scraped page's block boundary), in a headline's
      // grammar, is the headline even with a full stop.
      ps.heading = true;
    } else body = true;
  }
  for (let i = 0; i + 1 < n; i++) {
    const ps = sentences[i] as PreparedSentence;
    const next = sentences[i + 1] as PreparedSentence;
    if (!whole[i] || !whole[i + 1] || ps.heading || ps.debris) continue;
    // Only blank lines between the two.
    if (!blank((lines[i] as [number, number])[1], (lines[i + 1] as [number, number])[0])) continue;
    if (PHOTO_CREDIT.test(next.sentence.text.trim())) {
      ps.heading = true;
      next.debris = true;
    }
  }
  // "Job growth was strong in retail, health care, and mining": a short line of its own with no stop, between
  // paragraphs, heads the section after it, commas or not (the reader's layout shows it as a crosshead too).
  for (let i = 1; i + 1 < n; i++) {
    const ps = sentences[i] as PreparedSentence;
    if (!whole[i] || ps.heading || ps.debris || ps.words > CROSSHEAD_WORDS || BULLET.test(ps.sentence.text)) continue;
    const trimmed = ps.sentence.text.trim();
    if (TERMINAL.test(trimmed) || CLOSING_PUNCTUATION.test(trimmed) || QUOTE_MARK.test(trimmed)) continue;
    if (TERMINAL.test((sentences[i - 1] as PreparedSentence).sentence.text.trim()) && startsNewLine(text, sentences[i + 1] as PreparedSentence)) ps.heading = true;
  }
  // "…on our website. Key Source Data and Assumptions The advance estimate…": on a page that lost its line
  // breaks, a heading cut off the sentence it ran into (structure.ts) sits between two sentences of one line.
  // Short, with no stop, the sentence before closed by its stop and the one after, on its line, by its own: a heading
  // (in title case, or in sentence case when its words come back in the sentence after: "U.S., partners provide aid U.S. aid…").
  for (let i = 1; i + 1 < n; i++) {
    const ps = sentences[i] as PreparedSentence;
    if (whole[i] || ps.heading || ps.debris || ps.words < 2 || ps.words > CROSSHEAD_WORDS || BULLET.test(ps.sentence.text)) continue;
    const trimmed = ps.sentence.text.trim();
    if (TERMINAL.test(trimmed) || CLOSING_PUNCTUATION.test(trimmed) || QUOTE_MARK.test(trimmed)) continue;
    const before = (sentences[i - 1] as PreparedSentence).sentence;
    const after = (sentences[i + 1] as PreparedSentence).sentence;
    const oneLine = !text.slice(ps.sentence.end, after.start).includes('\n');
    if (oneLine && TERMINAL.test(before.text.trim()) && TERMINAL.test(after.text.trim())) ps.heading = true;
  }
  markRepeatedLines(text, sentences, whole, lang);
  markFootnoteLines(text, sentences, lines);
  markReferenceLines(text, sentences, lines, lang);
  markHeadlineLines(text, sentences, lines, lang);
  markLabelsAndCaptions(text, sentences, lines, whole, lang);
  markStandfirst(sentences, whole, lines, text);
  markTitleBlocks(text, sentences);
  markMastheadLine(sentences, whole);
  // "EventAs of October 25, …", "2The world's population…": a one-word label or a line's number cut off the sentence it
  // was glued to (structure.ts) is the page's.
  for (let i = 0; i + 1 < n; i++) {
    const ps = sentences[i] as PreparedSentence;
    const next = sentences[i + 1] as PreparedSentence;
    if (ps.words === 1 && next.sentence.start === ps.sentence.end && /^(?:\p{Lu}\p{Ll}+|\d{1,3})$/u.test(ps.sentence.text)) ps.debris = true;
    // ("Washington, D.C. Senate Majority Leader…": a place and its dotted region cut off the line's first sentence, see structure.ts.)
    // (Or places joined by slashes and their dash: "Port-au-Prince/New York -".)
    const placesOnly = DOTTED_PLACE_ONLY.test(ps.sentence.text) || SLASHED_PLACES_ONLY.test(ps.sentence.text);
    if (placesOnly && startsNewLine(text, ps) && !text.slice(ps.sentence.end, next.sentence.start).includes('\n')) ps.debris = true;
  }
  // "Cover Photograph: The satellite captured this image on Monday. The storm's center was 310 miles off the coast.": the
  // sentences after a picture's label, in its paragraph, describe the picture too.
  for (let i = 0; i + 1 < n; i++) {
    const ps = sentences[i] as PreparedSentence;
    if (!lang.captionLabel?.test(ps.sentence.text.trim()) || !startsNewLine(text, ps)) continue;
    for (let k = i + 1; k < n && !text.slice((sentences[k - 1] as PreparedSentence).sentence.end, (sentences[k] as PreparedSentence).sentence.start).includes('\n'); k++) {
      const cap = sentences[k] as PreparedSentence;
      cap.heading = true;
      cap.caption = true;
    }
  }
  // "Since the pandemic began, there has been...": a short line cut off with an ellipsis is a teaser for another page.
  for (let i = 0; i < n; i++) {
    const ps = sentences[i] as PreparedSentence;
    if (whole[i] && ps.words <= 20 && /(?:\.\.\.|…)$/.test(ps.sentence.text.trim()) && !QUOTE_MARK.test(ps.sentence.text)) ps.debris = true;
  }
  for (let i = 0; i < n; i++) {
    const ps = sentences[i] as PreparedSentence;
    // "Harbour Board Press Conference. Read the transcript here.": a title in capitals with a stop is one too.
    // (A title's length: "…Chairman Jane Roe today issued the following statement after the vote:" beside a dateline opens the story.)
    if (whole[i] || ps.heading || ps.debris || ps.words > HEADLINE_LINE_WORDS || !(ps.info.headingShape || (ps.words <= TITLE_MATE_WORDS && allCapitalized(ps.info.tokens))))
      continue;
    // (A caption with its credit run in is the picture's too: "Agency/Jane Roe A crowd gathers…. Courts and Justice".)
    if (onlyDebrisBeside(sentences, lines, i, 3, (mate) => mate.debris || mate.info.creditRunIn)) ps.heading = true;
  }
  // "RELATED: Harbour board faults builder, costs": what a debris label ending in a colon leads, to the end of its line, is
  // the link; a citation of a few stops is the label's too ("Source: CDC. Estimated HIV incidence … 2017–2021. HIV
  // Surveillance Report 2023;28(3).").
  for (let i = 1; i < n; i++) {
    const prev = sentences[i - 1] as PreparedSentence;
    const lead = prev.sentence.text.trim();
    const sameLine = (k: number): boolean => (lines[k] as [number, number])[0] === (lines[i - 1] as [number, number])[0];
    if (!prev.debris || !sameLine(i)) continue;
    const linked = lang.linkLabel.test(lead) || (prev.info.credit && /:$/.test(lead));
    // "Sponsor: Acme: Play now! Win big.": a paid slot runs to the end of its line, a few short sentences.
    if (!linked && !lang.paidLabel.test(lead)) continue;
    let words = 0;
    let k = i;
    for (; k < n && sameLine(k); k++) words += (sentences[k] as PreparedSentence).words;
    if (words <= (linked ? LINK_LINE_WORDS : PAID_SLOT_WORDS)) for (let j = i; j < k; j++) (sentences[j] as PreparedSentence).debris = true;
  }
  markReaderCallsBesideDebris(sentences, lines, lang);
  markListLeadLabels(text, sentences, lines, lang);
  markCreditedLines(text, sentences, lines);
  markDescribedPictures(text, sentences, lines, lang);
  markTableRows(sentences, whole, lang);
  markVerblessLines(text, sentences, lines, lang);
  markDatedCaptionsBeside(text, sentences, lang);
}

/**
 * "Electoral workers count ballots in Port Ellis, Feb. 9, 2030. This combination of pictures shows…": a sentence in a
 * caption's grammar with the picture's date set off at its end, run together with a caption, is a caption too (a page
 * that lost its breaks runs a gallery's captions into one line).
 */
function markDatedCaptionsBeside(text: string, sentences: PreparedSentence[], lang: LangPack): void {
  const sameLine = (a: PreparedSentence, b: PreparedSentence): boolean => !text.slice(a.sentence.end, b.sentence.start).includes('\n');
  const dated = (ps: PreparedSentence): boolean => ps.info.captionShape && fullDatesOf(lang).atEnd.test(ps.sentence.text.trim());
  for (let pass = 0; pass < 2; pass++)
    for (let i = 0; i < sentences.length; i++) {
      const ps = sentences[i] as PreparedSentence;
      if (ps.caption || ps.debris || !dated(ps)) continue;
      const before = sentences[i - 1];
      const after = sentences[i + 1];
      if ((before?.caption && sameLine(before, ps)) || (after?.caption && sameLine(ps, after))) {
        ps.heading = true;
        ps.caption = true;
      }
    }
}

/** Most words of a label ending a line before a list. */
const LIST_LABEL_WORDS = 5;

/**
 * "…than their male peers. In 2029:⏎• 42% of…": a short label and a colon with no verb, ending its line,
 * heads the list under it, wherever it sits on its line; it says nothing of its own.
 */
function markListLeadLabels(text: string, sentences: PreparedSentence[], lines: readonly [number, number][], lang: LangPack): void {
  for (let i = 0; i < sentences.length; i++) {
    const ps = sentences[i] as PreparedSentence;
    if (!ps.info.label || ps.debris || ps.heading || ps.words > LIST_LABEL_WORDS) continue;
    if (text.slice(ps.sentence.end, (lines[i] as [number, number])[1]).trim() !== '') continue;
    if (ps.info.tokens.some((t) => maybeVerb(t, lang))) continue;
    ps.heading = true;
  }
}

/** Most words of a short call to the reader told by the debris beside it. */
const READER_CALL_WORDS = 15;

/**
 * "New! Sign up for our free email newsletter.", "We've got the news you need to start your day. Sign up
 * for…": a short sentence that calls out to the reader ("!", "you") and shares its line only with page
 * debris is the same box's. (A sentence of the story on a line of its own, or beside another, stays.)
 */
function markReaderCallsBesideDebris(sentences: PreparedSentence[], lines: readonly [number, number][], lang: LangPack): void {
  const n = sentences.length;
  for (let i = 0; i < n; i++) {
    const ps = sentences[i] as PreparedSentence;
    // (Someone quoted speaks to a listener, not the page to its reader.)
    if (ps.debris || ps.heading || ps.words > READER_CALL_WORDS || QUOTE_MARK.test(ps.sentence.text)) continue;
    if (!/!["”’]?$/.test(ps.sentence.text.trim()) && !ps.info.tokens.some((t) => lang.directAddress.has(t.norm))) continue;
    if (onlyDebrisBeside(sentences, lines, i, 4, (mate) => mate.debris)) ps.debris = true;
  }
}

/**
 * Whether the sentence at i shares its line with others (looked for up to `reach` sentences either side) and every
 * one of them is debris by `isDebris`: then it belongs to the same box of page furniture.
 */
function onlyDebrisBeside(
  sentences: readonly PreparedSentence[],
  lines: readonly [number, number][],
  i: number,
  reach: number,
  isDebris: (mate: PreparedSentence) => boolean,
): boolean {
  const [a, b] = lines[i] as [number, number];
  let mates = 0;
  for (let k = Math.max(0, i - reach); k < Math.min(sentences.length, i + reach + 1); k++) {
    const [c, d] = lines[k] as [number, number];
    if (k === i || c !== a || d !== b) continue;
    mates++;
    if (!isDebris(sentences[k] as PreparedSentence)) return false;
  }
  return mates > 0;
}

/** Fewest words of a line told as a table's header or a run of labels by having no verb. */
const VERBLESS_LINE_WORDS = 6;

/** A word that may be a verb (a form of "be", an auxiliary, a past form, an -ed or -s form): used where only a line plainly without one counts. */
export function maybeVerb(t: Pick<Token, 'text' | 'norm'>, lang: LangPack): boolean {
  const w = t.norm;
  return (
    lang.beForms.has(w) ||
    lang.auxiliaries.has(w) ||
    lang.modals.has(w) ||
    lang.attributionVerbs.has(w) ||
    lang.pastForms.has(w) ||
    lang.pastParticiples.has(w) ||
    lang.doForms.has(w) ||
    lang.maybeVerbForm(t.text, w)
  );
}

/**
 * The sentences of each line from `start` on, a line at a time (pieces an abbreviation's stop cut
 * apart stay together), where the line holds those sentences and nothing else.
 */
function* wholeLines(
  text: string,
  sentences: readonly PreparedSentence[],
  lines: readonly [number, number][],
  start: number,
): Generator<{ from: number; to: number; pieces: PreparedSentence[]; line: string }> {
  const n = sentences.length;
  for (let i = start; i < n;) {
    const [a, b] = lines[i] as [number, number];
    let j = i;
    while (j + 1 < n && (lines[j + 1] as [number, number])[0] === a) j++;
    const from = i;
    i = j + 1;
    const pieces = sentences.slice(from, j + 1);
    const first = pieces[0] as PreparedSentence;
    const last = pieces[pieces.length - 1] as PreparedSentence;
    if (text.slice(a, first.sentence.start).trim() !== '' || text.slice(last.sentence.end, b).trim() !== '') continue;
    yield { from, to: j, pieces, line: text.slice(first.sentence.start, last.sentence.end) };
  }
}

/**
 * "Expenditure category 12-month percent change, Jun. 2021–Jun. 2022 Largest percent change before
 * June 2022 Month of previous largest percent change": a line of its own with no closing stop and
 * no word that could be a verb is a table's header run into one line, or a run of labels, not a
 * sentence, even where an abbreviation's stop ("Jun.") cut it in pieces.
 */
function markVerblessLines(text: string, sentences: PreparedSentence[], lines: readonly [number, number][], lang: LangPack): void {
  for (const { pieces, line: whole } of wholeLines(text, sentences, lines, 0)) {
    if (pieces.every((ps) => ps.heading || ps.debris)) continue;
    const line = whole.trim();
    if (endsWithStop(line, lang) || CLOSING_PUNCTUATION.test(line) || QUOTE_MARK.test(line) || BULLET.test(line)) continue;
    if (pieces.reduce((w, ps) => w + ps.words, 0) < VERBLESS_LINE_WORDS) continue;
    if (pieces.some((ps) => ps.info.tokens.some((t) => maybeVerb(t, lang)))) continue;
    for (const ps of pieces) ps.heading = true;
  }
}

/** Numbers in a line (a table's cells), and words of letters (its label). */
const CELL = /\d[\d,.]*/g;
const LETTER_WORD = /\p{L}{2,}/gu;
const ROW_CELLS = 3;
/** Most words of the line before a table's first row that heads the table ("In millions, except per share amounts"). */
const TABLE_HEAD_WORDS = 16;
/** A table of one figure a row ("Food 10.4", "Energy 41.6"): at least this many such lines in a run, each this short. */
const NARROW_ROWS = 3;
const NARROW_ROW_WORDS = 6;

/**
 * What /(\S+)\.$/ captures, found from the end: the expression, tried from every position of a long
 * line, cost more than the rest of the check.
 */
function wordBeforeFinalStop(text: string): string {
  if (!text.endsWith('.')) return '';
  let from = text.length - 1;
  while (from > 0 && !SPACE.test(text[from - 1] as string)) from--;
  return from < text.length - 1 ? text.slice(from, text.length - 1) : '';
}

/**
 * A line's closing stop, unless it is an abbreviation's ("…percent change, Jun. 2021–Jun.", "…7:57 p.m."):
 * a table's cell ends on one as often as a sentence ends on a full stop.
 */
function endsWithStop(trimmed: string, lang: LangPack): boolean {
  if (!TERMINAL.test(trimmed)) return false;
  const last = wordBeforeFinalStop(trimmed);
  const word = last.toLowerCase().replace(/^.*[–—-]/, '');
  return !(INITIALS.test(last) || lang.months.has(word) || lang.softAbbreviations.has(`${word}.`) || lang.abbreviations.has(`${word}.`));
}

/**
 * "Total revenue$33,671 $28,072 20 %$117,929 $85,965 37 %": a line of its own with no closing stop,
 * three numbers or more and no more words than numbers, is a row of a table whose layout was lost,
 * and the short unpunctuated line right above the first row heads the table. A run of three short
 * lines or more that each end on a number ("Food 10.4⏎Energy 41.6⏎All items 9.1") is a table of one
 * column. All are furniture; the rows' figures are still read (tableRow).
 */
function markTableRows(sentences: PreparedSentence[], whole: readonly boolean[], lang: LangPack): void {
  const rowLike = sentences.map((ps, i): 0 | 1 | 2 => {
    const trimmed = ps.sentence.text.trim();
    if (!whole[i] || ps.debris || endsWithStop(trimmed, lang) || QUOTE_MARK.test(trimmed)) return 0;
    const cells = trimmed.match(CELL)?.length ?? 0;
    const words = trimmed.match(LETTER_WORD)?.length ?? 0;
    if (cells >= ROW_CELLS && words <= cells) return 2;
    return cells >= 1 && words <= NARROW_ROW_WORDS && /\d[\d,.]*\s*%?$/.test(trimmed) ? 1 : 0;
  });
  // A run of narrow rows long enough to be a table.
  for (let i = 0; i < sentences.length;) {
    let j = i;
    while (j < sentences.length && rowLike[j]) j++;
    if (j - i >= NARROW_ROWS) for (let k = i; k < j; k++) rowLike[k] = 2;
    i = j + 1;
  }
  let prevRow = false;
  for (let i = 0; i < sentences.length; i++) {
    const ps = sentences[i] as PreparedSentence;
    const row = rowLike[i] === 2;
    if (row) {
      ps.heading = true;
      ps.tableRow = true;
      const head = sentences[i - 1];
      if (!prevRow && head && whole[i - 1] && !head.heading && head.words <= TABLE_HEAD_WORDS && !endsWithStop(head.sentence.text.trim(), lang)) head.heading = true;
    }
    prevRow = row;
  }
}

/** A footnote's mark opening a line: an asterisk, a dagger or a small raised number, then a capital. */
const FOOTNOTE_MARK = /^(?:\*|†|‡|[¹²³⁴⁵⁶⁷⁸⁹])\s?\p{Lu}/u;

/**
 * "* Significantly different from 2029.", "¹Estimated. See the notes page.": a line opening with a
 * footnote's mark is a note under a table or a chart, every sentence of it, unless the lines beside it
 * open with the same mark (then it is an item of a list set with asterisks).
 */
function markFootnoteLines(text: string, sentences: PreparedSentence[], lines: readonly [number, number][]): void {
  const n = sentences.length;
  for (let i = 0; i < n; i++) {
    const ps = sentences[i] as PreparedSentence;
    // Only a sentence opening with a mark is looked at further: a long page is mostly prose.
    if (!FOOTNOTE_MARK.test(ps.sentence.text)) continue;
    const [a, b] = lines[i] as [number, number];
    if (text.slice(a, ps.sentence.start).trim() !== '') continue;
    const mark = ps.sentence.text[0] as string;
    const prevLine = text.slice(Math.max(0, a - 400), a).replace(/\s+$/, '');
    const nextLine = text.slice(b, b + 400).replace(/^\s+/, '');
    if (
      prevLine
        .slice(prevLine.lastIndexOf('\n') + 1)
        .trimStart()
        .startsWith(mark) ||
      nextLine.startsWith(mark)
    )
      continue;
    // Every sentence of its line.
    for (let k = i; k < n && (lines[k] as [number, number])[0] === a; k++) (sentences[k] as PreparedSentence).debris = true;
  }
}

/**
 * "- Roe, Jane (2023-10-03). "Council backs mission". Wire. Retrieved 2023-10-03.": an entry of a page's reference
 * list, which its stops cut into pieces that each look like a short sentence; every piece of its line is the list's.
 */
function markReferenceLines(text: string, sentences: PreparedSentence[], lines: readonly [number, number][], lang: LangPack): void {
  const entry = lang.referenceEntry;
  if (!entry) return;
  const n = sentences.length;
  for (let i = 0; i < n; i++) {
    const [a, b] = lines[i] as [number, number];
    if (i > 0 && (lines[i - 1] as [number, number])[0] === a) continue;
    if (!entry.test(text.slice(a, b).trim())) continue;
    for (let k = i; k < n && (lines[k] as [number, number])[0] === a; k++) (sentences[k] as PreparedSentence).debris = true;
  }
}

/** How many sentences down a line's repeat is looked for, and the fewest words of a line told by its repeat. */
const REPEAT_REACH = 3;
const REPEAT_WORDS = 4;

/**
 * "A child washes her hands at a camp in the city.⏎A child washes her hands at a camp in the city.": a
 * line of its own repeated word for word as one of the next few lines is a picture's alt text and its
 * caption, or a headline a repost printed twice: prose does not say the same sentence twice in a row.
 */
function markRepeatedLines(text: string, sentences: PreparedSentence[], whole: readonly boolean[], lang: LangPack): void {
  const n = sentences.length;
  for (let i = 0; i < n; i++) {
    const ps = sentences[i] as PreparedSentence;
    if (!whole[i] || ps.words < REPEAT_WORDS) continue;
    for (let j = i + 1; j <= Math.min(n - 1, i + REPEAT_REACH); j++) {
      const other = sentences[j] as PreparedSentence;
      if (!whole[j] || other.info !== ps.info || !startsNewLine(text, other)) continue;
      // (A picture's date makes one too, whatever its grammar: "A girl cries by a house that was destroyed…, Oct. 11, 2030.")
      if (!(ps.info.captionShape || ps.info.pictureCaption || fullDatesOf(lang).anywhere.test(ps.sentence.text))) break;
      for (const p of [ps, other]) {
        if (p.heading || p.debris) continue;
        p.heading = true;
        p.caption = true;
      }
    }
  }
}

/** Most words of a headline on a line of its own further down the page (see markHeadlineLines). */
const HEADLINE_LINE_WORDS = 20;
/** Fewest words of the sentence that shows the body goes on under it. */
const BODY_WORDS = 8;

/**
 * "NEWS | July 29, 2022⏎⏎W.Va. Guard team performs rescue for a dozen residents⏎⏎By Jane Roe⏎⏎Fourteen
 * soldiers…": a short line of its own with no closing stop, under a sentence that ended or under
 * the page's header, with the body going on below it, is a headline or a crosshead, even where the
 * segmenter cut it in pieces at an abbreviation. Past a crosshead's length it has no comma (a
 * sentence that lost its stop runs on in clauses; a headline rarely does).
 */
function markHeadlineLines(text: string, sentences: PreparedSentence[], lines: readonly [number, number][], lang: LangPack): void {
  const n = sentences.length;
  for (const { from, to: j, pieces, line } of wholeLines(text, sentences, lines, 1)) {
    // The sentence above it is on another line.
    if ((lines[from - 1] as [number, number])[0] === (lines[from] as [number, number])[0]) continue;
    const words = pieces.reduce((w, ps) => w + ps.words, 0);
    // (Unless a dateline stands under it: "Consumer prices up 9.1 percent over the year, largest increase in 40 years⏎⏎July
    // 18, 2022⏎⏎Over the 12 months…". A sentence that lost its stop is not followed by a date on its own line.)
    const dated = j + 1 < n && datelineAt(text, sentences[j + 1] as PreparedSentence, lang);
    if (pieces.every((ps) => ps.heading || ps.debris) || words > HEADLINE_LINE_WORDS || (words > CROSSHEAD_WORDS && line.includes(',') && !dated)) continue;
    // Pieces cut at an abbreviation ("W.Va."), not sentences or a link beside one ("…for the year… Read More").
    if (pieces.some((ps, k) => ps.debris || (k < pieces.length - 1 && ps.words > 2))) continue;
    if (TERMINAL.test(line) || CLOSING_PUNCTUATION.test(line) || QUOTE_MARK.test(line) || BULLET.test(line)) continue;
    const before = sentences[from - 1] as PreparedSentence;
    if (!(before.heading || before.debris || TERMINAL.test(before.sentence.text.trim()))) continue;
    let k = j + 1;
    while (k < n && ((sentences[k] as PreparedSentence).heading || (sentences[k] as PreparedSentence).debris)) k++;
    const body = sentences[k];
    if (!body || !startsNewLine(text, body) || body.words < BODY_WORDS || !TERMINAL.test(body.sentence.text.trim())) continue;
    for (const ps of pieces) ps.heading = true;
  }
}

const datelineOf = perLang((lang) => {
  const months = [...lang.months.keys()].join('|');
  return new RegExp(`^(?:(?:${months})\\.?\\s+\\d{1,2},?\\s+(?:19|20)\\d\\d|\\d{1,2}\\s+(?:${months})\\.?\\s+(?:19|20)\\d\\d|(?:19|20)\\d\\d-\\d\\d-\\d\\d)$`, 'i');
});

/** A date alone on its line ("July 18, 2022", "18 July 2022", "2022-07-18"): the dateline under a headline. */
function datelineAt(text: string, ps: PreparedSentence, lang: LangPack): boolean {
  const re = datelineOf(lang);
  const end = text.indexOf('\n', ps.sentence.end);
  return startsNewLine(text, ps) && text.slice(ps.sentence.end, end < 0 ? text.length : end).trim() === '' && re.test(ps.sentence.text.trim());
}

/** Most words of an advertisement after its label on one line. */
/** The most words a link or a citation after its label ("Source:", "RELATED:") may run to, to the end of its line. */
const LINK_LINE_WORDS = 25;
const PAID_SLOT_WORDS = 40;

/** Most words of a standfirst (the deck under a headline). */
const STANDFIRST_WORDS = 45;

/**
 * "Board raises fees⏎⏎The move comes after a year of losses, officials said.⏎⏎By Jane Roe⏎HARBOUR
 * CITY — …": a line of its own between the headline and more of the page's header (a byline, a
 * dateline, a link, a heading) is the standfirst that sums the story up, not its first sentence: the
 * story begins after the header. It may be a pull quote of two or three short sentences ("“We failed
 * them,” said Roe. “We must act.”").
 */
function markStandfirst(sentences: PreparedSentence[], whole: readonly boolean[], lines: readonly (readonly [number, number])[], text: string): void {
  let headline = false;
  for (let i = 0; i + 1 < sentences.length; i++) {
    const ps = sentences[i] as PreparedSentence;
    if (ps.debris || ps.heading) {
      headline ||= ps.heading && !ps.caption;
      continue;
    }
    // The rest of its line: the sentences that share it.
    let last = i;
    // (Only a pull quote runs to more than one sentence: two sentences of prose above a heading open the story.)
    const quoted = (k: number): boolean => QUOTE_MARK.test((sentences[k] as PreparedSentence).sentence.text);
    while (
      last + 1 < sentences.length &&
      last - i + 1 < STANDFIRST_SENTENCES &&
      (lines[last + 1] as readonly [number, number])[0] === (lines[i] as readonly [number, number])[0] &&
      quoted(i) &&
      quoted(last + 1)
    )
      last++;
    const next = sentences[last + 1];
    if (!next) return;
    const line = lines[i] as readonly [number, number];
    const ownLine =
      last === i ? whole[i] : text.slice(line[0], ps.sentence.start).trim() === '' && text.slice((sentences[last] as PreparedSentence).sentence.end, line[1]).trim() === '';
    let words = 0;
    for (let k = i; k <= last; k++) words += (sentences[k] as PreparedSentence).words;
    // (Below it, a dateline may open the story's first line: "HARBOUR CITY — The board…".)
    // Above a photo caption it is left a sentence: the caption may be the only header between it and the story.
    // Above a list's bullet or a label ending in a colon ("Key points:", "-") it is the story's first sentence:
    // those head what the story goes on to say, not the page.
    // Between two questions set as heads ("What is already known about this topic?" … "What is added by this report?") it is
    // an answer, the summary box's text, not a deck.
    const opensBody =
      (next.debris && next.words === 0) ||
      /:$/.test(next.sentence.text.trim()) ||
      (/\?$/.test(next.sentence.text.trim()) && i > 0 && /\?$/.test((sentences[i - 1] as PreparedSentence).sentence.text.trim()));
    // ("Senators: “As the outbreak grows, …”" over "WASHINGTON — …": a speaker's name and a colon before their quotation,
    // on the page's first line, is a headline's form; no sentence of a story is written so.)
    const quoteHead = i === 0 && QUOTE_HEADLINE.test(ps.sentence.text.trim());
    if (
      (headline || quoteHead) &&
      ownLine &&
      (whole[last + 1] || (startsNewLine(text, next) && DASH_END.test(next.sentence.text))) &&
      words <= STANDFIRST_WORDS &&
      ((next.heading && !next.caption) || next.debris) &&
      !opensBody
    )
      for (let k = i; k <= last; k++) (sentences[k] as PreparedSentence).heading = true;
    return;
  }
}

/** A name or a group's word, a colon, then a quotation: "Senators: “…”", "Roe: “We will…”". */
const QUOTE_HEADLINE = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}:\s*["“]/u;

/** Most sentences of a standfirst's line (a pull quote of two or three). */
const STANDFIRST_SENTENCES = 3;
/** A dateline's dash closing a piece split off the story's first line ("HARBOUR CITY —"). */
const DASH_END = /(?:--|[—–-])\s*$/;

/**
 * "Partners for the coast, from the bay to the hills, with a vision of…⏎(555) 010-0199⏎Program Office⏎Board backs
 * harbour plan⏎Date: 03/02/30⏎…": the page's first line, a sentence on its own, right above a run of page furniture (the
 * site's contact lines, the headline, a date) is the site's masthead, its slogan or tagline, not a sentence of the story:
 * a story opens under its headline. (A lead paragraph above one crosshead, then the story, stays the story's.)
 */
function markMastheadLine(sentences: PreparedSentence[], whole: readonly boolean[]): void {
  const first = sentences[0];
  if (!first || first.heading || first.debris || !whole[0] || first.words > STANDFIRST_WORDS) return;
  let run = 0;
  let headline = false;
  for (let i = 1; i < sentences.length; i++) {
    const ps = sentences[i] as PreparedSentence;
    if (!ps.heading && !ps.debris) break;
    run++;
    headline ||= ps.heading && !ps.caption;
  }
  if (headline && run >= MASTHEAD_RUN) first.debris = true;
}

/** Fewest lines of furniture between a masthead's slogan and the story (contacts, a headline, a date). */
const MASTHEAD_RUN = 3;

/**
 * Most sentences and words of a caption that shares its line with a credit, and most words when the credit
 * is set off in brackets or after a label ("(Agency Photo/Jane Roe)", "Image credit: Agency"), as an agency's
 * caption of two or three long sentences is. (A gallery's paragraphs each end with a bare "Agency/Jane Roe".)
 */
const CAPTION_LINE_SENTENCES = 3;
const CAPTION_LINE_WORDS = 50;
const MARKED_CAPTION_WORDS = 80;
/** Most words of a credit with no stop and no label, "Jane Roe & Jo Bloggs / Agency", closing a caption's line. */
const BARE_CREDIT_WORDS = 8;

/**
 * "Illustration. Forest fires are caused by the heat. (Agency/Jane Roe)", "A map of the city…
 * Photo: Jane Roe/Agency": a line that ends with a photo credit is a caption, every sentence of it.
 * So is one whose credit in brackets has the story run on after it ("…, Oct. 29, 2030. (Agency
 * Photo/Jane Roe)The board said…": the page lost the break after the picture), and one closed by a
 * credit with no label, names and an agency set apart by a slash or a bar, after sentences that end
 * with their stops ("…to 121.6 grams.Jane Roe & Jo Bloggs / Agency"). A line of its own just above
 * that says the caption's first sentence again is the picture's alt text: a caption too.
 */
function markCreditedLines(text: string, sentences: PreparedSentence[], lines: readonly [number, number][]): void {
  const n = sentences.length;
  for (let j = 1; j < n; j++) {
    const cr = sentences[j] as PreparedSentence;
    const [a, b] = lines[j] as [number, number];
    const crText = cr.sentence.text.trim();
    const bracketed = cr.info.credit && /^\(.*\)\.?$/u.test(crText);
    const bare =
      !cr.info.credit &&
      cr.words <= BARE_CREDIT_WORDS &&
      (lines[j - 1] as [number, number])[0] === a &&
      text.slice(cr.sentence.end, b).trim() === '' &&
      TERMINAL.test((sentences[j - 1] as PreparedSentence).sentence.text.trim()) &&
      PHOTO_CREDIT.test(crText);
    if (!cr.info.credit && !bare) continue;
    // The credit, or a "Photo:" label and its credit, ends the line (a credit in brackets may have the story after it).
    let last = j;
    while (last + 1 < n && (lines[last + 1] as [number, number])[0] === a && (sentences[last + 1] as PreparedSentence).debris) last++;
    if (!bracketed && text.slice((sentences[last] as PreparedSentence).sentence.end, b).trim() !== '') continue;
    let first = j;
    while (first > 0 && (lines[first - 1] as [number, number])[0] === a) first--;
    if (first === j || j - first > CAPTION_LINE_SENTENCES || text.slice(a, (sentences[first] as PreparedSentence).sentence.start).trim() !== '') continue;
    const caption = sentences.slice(first, j);
    if (caption.reduce((w, ps) => w + ps.words, 0) > (cr.info.credit && /^\(|:/.test(crText) ? MARKED_CAPTION_WORDS : CAPTION_LINE_WORDS)) continue;
    // (Only sentences ended by their stops: a headline or a label has none.)
    if (bare && caption.some((ps) => !TERMINAL.test(ps.sentence.text.trim()))) continue;
    if (bare) cr.debris = true;
    for (const ps of caption) {
      ps.heading = true;
      ps.caption = true;
    }
    const above = sentences[first - 1];
    if (above && above.info === (sentences[first] as PreparedSentence).info && (lines[first - 1] as [number, number])[1] < a) {
      const [c, d] = lines[first - 1] as [number, number];
      if (text.slice(c, d).trim() === above.sentence.text.trim()) {
        above.heading = true;
        above.caption = true;
      }
    }
  }
}

/**
 * "Two spotted dairy cows in a field with a lake behind them. Text overlay: "agency.gov/flu" and the
 * agency's logo": a short line of its own that writes out what an image shows or carries, its
 * pieces led by a description's label, is the picture's alt text, every sentence of it: a caption, not
 * what the page reports.
 */
function markDescribedPictures(text: string, sentences: PreparedSentence[], lines: readonly [number, number][], lang: LangPack): void {
  const label = lang.captionVerb.descriptionLabel;
  for (const { pieces } of wholeLines(text, sentences, lines, 0)) {
    if (pieces.length > CAPTION_LINE_SENTENCES + 1 || pieces.reduce((w, ps) => w + ps.words, 0) > CAPTION_LINE_WORDS) continue;
    if (!pieces.some((ps) => label.test(ps.sentence.text.trim()))) continue;
    for (const ps of pieces) {
      ps.heading = true;
      ps.caption = true;
    }
  }
}

function startsNewLine(text: string, ps: PreparedSentence): boolean {
  return LINE_START.test(text.slice(Math.max(0, ps.sentence.start - 8), ps.sentence.start));
}

/** Most words a title block (a report's full title, a citation) runs to. */
const TITLE_BLOCK_WORDS = 40;

/**
 * "Climate Change 2021: The Physical Science Basis. Contribution of Working Group I to the Sixth
 * Assessment Report…": a paragraph of two or more pieces in title case that ends with no stop is a
 * title block (a report's title and subtitle, a citation), not sentences of the story, even where
 * a full stop inside it cut it in two.
 */
function markTitleBlocks(text: string, sentences: PreparedSentence[]): void {
  let from = 0;
  for (let i = 1; i <= sentences.length; i++) {
    const prev = sentences[i - 1] as PreparedSentence;
    const cur = sentences[i];
    if (cur && !BLANK_LINE.test(text.slice(prev.sentence.end, cur.sentence.start))) continue;
    const block = sentences.slice(from, i);
    from = i;
    if (block.length < 2 || TERMINAL.test(prev.sentence.text.trim()) || block.every((ps) => ps.heading || ps.debris)) continue;
    if (block.reduce((n, ps) => n + ps.words, 0) > TITLE_BLOCK_WORDS) continue;
    if (titleCase(block.flatMap((ps) => ps.info.tokens))) for (const ps of block) ps.heading = true;
  }
}

/**
 * A headline's grammar: a name and then a verb in the simple present for what happened ("Biden
 * cancels…", "Storm Ana batters…"), with nothing in the past tense, no speech verb, no quote.
 */
function headlineGrammar(tokens: readonly Token[], trimmed: string, lang: LangPack): boolean {
  if (tokens.length < 4 || QUOTE_MARK.test(trimmed)) return false;
  const v = lang.captionVerb;
  const first = tokens[0] as Token;
  if (!isCapitalized(first.text) || lang.stopwords.has(first.norm)) return false;
  let verb = -1;
  for (let k = 1; k < Math.min(4, tokens.length); k++) {
    const t = tokens[k] as Token;
    if (isCapitalized(t.text)) continue;
    verb = v.present.test(t.text) && !lang.stopwords.has(t.norm) ? k : -1;
    break;
  }
  if (verb < 0) return false;
  return !tokens.some(
    (t) => lang.attributionVerbs.has(t.norm) || lang.modals.has(t.norm) || v.pastBe.has(t.norm) || lang.pastForms.has(t.norm) || (v.past.test(t.text) && t !== tokens[verb]),
  );
}

/** How many sentences down the page a caption is looked for without a credit or a date beside it. */
const CAPTION_ZONE = 8;

/**
 * Crosshead labels cut off the paragraph they open ("What’s next:"), and photo captions: a
 * caption describes a picture and sits apart from the story, so a sentence is one when it has a
 * paragraph of its own (a credit may share it) and either a credit beside it, or a caption's
 * grammar with a date set off at its end, or a caption's grammar just above the story's first
 * paragraph of two or more sentences, below the headline and what else heads the page. No round
 * may quote a caption as what an outlet reports.
 */
function markLabelsAndCaptions(text: string, sentences: PreparedSentence[], lines: readonly [number, number][], whole: readonly boolean[], lang: LangPack): void {
  const n = sentences.length;
  const line = (i: number): [number, number] => lines[i] as [number, number];
  const sameLine = (i: number, j: number): boolean => line(i)[0] === line(j)[0];
  const startsLine = (i: number): boolean => text.slice(line(i)[0], (sentences[i] as PreparedSentence).sentence.start).trim() === '';
  const endsLine = (i: number): boolean => text.slice((sentences[i] as PreparedSentence).sentence.end, line(i)[1]).trim() === '';
  const credit = (i: number): boolean => (sentences[i] as PreparedSentence | undefined)?.info.credit === true;
  // A paragraph of its own: alone on its line, or with only a credit after it.
  const ownParagraph = (i: number): boolean => startsLine(i) && (endsLine(i) || (credit(i + 1) && sameLine(i, i + 1) && endsLine(i + 1)));
  const nextLineIs = (i: number, j: number): boolean => j < n && !sameLine(i, j) && startsLine(j) && text.slice(line(i)[1], line(j)[0]).trim() === '';
  let story = false;
  let seen = 0;
  for (let i = 0; i < n; i++) {
    const ps = sentences[i] as PreparedSentence;
    if (ps.info.label && i + 1 < n && sameLine(i, i + 1) && startsLine(i) && !whole[i]) ps.heading = true;
    if (ps.heading || ps.debris) continue;
    const own = ownParagraph(i);
    // The story has begun at its first paragraph of two or more sentences.
    if (!own && startsLine(i) && i + 1 < n && sameLine(i, i + 1) && !credit(i + 1)) story = true;
    seen++;
    if (!own) continue;
    const besideCredit = credit(i + 1) || (i > 0 && credit(i - 1) && nextLineIs(i - 1, i) && ps.info.captionShape);
    const dated = ps.info.captionShape && fullDatesOf(lang).atEnd.test(ps.sentence.text.trim());
    // Under the headline, a caption is the last thing before the story's first full paragraph.
    const storyNext = i + 2 < n && nextLineIs(i, i + 1) && sameLine(i + 1, i + 2) && !credit(i + 2);
    const underHeadline = ps.info.captionShape && !story && seen > 1 && i < CAPTION_ZONE && storyNext;
    if (besideCredit || dated || underHeadline) {
      ps.heading = true;
      ps.caption = true;
    }
  }
}

function finish(article: Article, sentences: PreparedSentence[], words: number, lang: LangPack): PreparedArticle {
  const year = article.date && /^\d{4}/.test(article.date) ? Number(article.date.slice(0, 4)) : yearInHeader(article.text, lang);
  return { article, sentences, words, year };
}

/** Most words of a label ending in a colon ("Key points:", "What you should do:"); see listLead. */
const LABEL_WORDS = 5;

/**
 * "Other members' pledges to the fund include:", "There are three reasons for the rise:": a clause
 * in sentence case, longer than a label, that ends in a colon is the writer's sentence leading into
 * a list, not a heading. (One in title case is a heading, "List of Groups Backing the
 * Act:"; one cut off after a little word, "The board is requiring the port to:", is a list's stem.)
 */
function listLead(trimmed: string, tokens: readonly Token[], lang: LangPack): boolean {
  if (!trimmed.endsWith(':') || tokens.length <= LABEL_WORDS || titleCase(tokens)) return false;
  const last = (tokens[tokens.length - 1] as Token).norm;
  // (One that gives a speaker's words in the past, "The committee announced the following:", is left to the quote finder as it was.)
  return (
    !lang.stopwords.has(last) && !lang.modals.has(last) && !tokens.some((t) => lang.attributionVerbs.has(t.norm) && (lang.isRegularPast(t.norm) || lang.pastForms.has(t.norm)))
  );
}

/**
 * "What happens now?", "Who said what?": a short question on a line of its own heads the
 * section that answers it. One that speaks to the reader or for the writer ("Want proof?" is
 * one word too few; "Can we trust them?") is the writer's own voice, and quotes are someone's.
 */
/** Most tokens of a question set as a heading ("What is already known about this topic?": eight with its mark). */
const QUESTION_HEAD_TOKENS = 9;
function questionHead(trimmed: string, tokens: readonly Token[], lang: LangPack): boolean {
  if (!trimmed.endsWith('?') || tokens.length < 3 || tokens.length > QUESTION_HEAD_TOKENS || QUOTE_MARK.test(trimmed) || !isCapitalized(trimmed)) return false;
  return !tokens.some((t) => lang.firstPerson.has(t.norm) || lang.directAddress.has(t.norm));
}

function isWholeLine(text: string, s: Sentence): boolean {
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  const lineEndRaw = text.indexOf('\n', s.end);
  const lineEnd = lineEndRaw < 0 ? text.length : lineEndRaw;
  return text.slice(lineStart, lineEnd).trim() === s.text.trim();
}

/** Most words of a title with a stop that shares its line only with debris. */
const TITLE_MATE_WORDS = 8;

function allCapitalized(tokens: readonly Token[]): boolean {
  const letters = tokens.filter((t) => LETTER_FIRST.test(t.text));
  return letters.length >= 2 && letters.every((t) => isCapitalized(t.text));
}

function titleCase(tokens: readonly Token[]): boolean {
  const letters = tokens.filter((t) => LETTER_FIRST.test(t.text));
  return letters.length > 0 && letters.filter((t) => isCapitalized(t.text)).length / letters.length >= 0.6;
}

/** The lemma a context word is compared by: demonyms to places, plurals to singulars. */
export function lemma(lang: LangPack, norm: string): string {
  const mapped = lang.lemmas.get(norm);
  if (mapped) return mapped;
  return lang.singularOf(norm);
}

/**
 * Without a date in the metadata, a dateline near the top ("date 2022-01-21", "January 21,
 * 2022", "Published: 08:17 PM, 21 January 2022") still dates the article.
 */
function yearInHeader(text: string, lang: LangPack): number | null {
  const head = text.slice(0, 600);
  const months = [...lang.months.keys()].join('|');
  const m =
    /\b((?:19|20)\d\d)-\d\d-\d\d\b/.exec(head) ??
    new RegExp(`\\b(?:${months})\\s+\\d{1,2},?\\s+((?:19|20)\\d\\d)\\b`, 'i').exec(head) ??
    new RegExp(`\\b\\d{1,2}\\s+(?:${months})\\s+((?:19|20)\\d\\d)\\b`, 'i').exec(head);
  return m ? Number(m[1]) : null;
}
