import type { Article } from '../../article';
import type { Sentence } from '../../articleModel';
import type { AuthoredRound } from '../../levelSchema';
import { roundProblems } from '../../levelValidate';
import { pickText } from '../../localText';
import { analyze } from '../index';
import type { Findings } from '../types';
import { LANGUAGES } from '../explain';
import type { LangPack } from '../lang';
import { courtesyAt, findPhrase } from '../opinion';
import { escapeRegExp, tokenize } from '../text';
import { HASHTAG, MARKUP_TAG, WEB_ADDRESS } from '../shapes';
import { maybeVerb } from '../prep';

export interface Outlets {
  en: string;
  es: string;
}

/**
 * A list item's bullet is the page's layout, not the writer's words: a round shows the item without it ("• In June…" →
 * "In June…"), and without the dash that opens an item of a list set with dashes ("- 28 people infected…").
 */
export function withoutBullet(text: string): string {
  return text.replace(/^[•▪◦●‣∙·]\s+/u, '').replace(/^[-–—*]\s+/u, '');
}

/**
 * A release's dateline run into its first sentence: a place, the date in brackets ending in its year, and a dash
 * ("Washington, D.C. (February 22, 2022)—Today, the chairwoman…"), or place and date in one bracket ("(Washington,
 * D.C., August 10, 2021) – Senator…"). It is the page's heading, not the writer's words.
 */
const DATELINE_OPENING = /^(?:\p{Lu}[\p{L}.,'’ ]{1,60}?\s*\([^()]{3,30}|\(\p{Lu}[^()]{3,60})\d{4}\)\s*[—–-]{1,2}\s*(?=\p{Lu})/u;

/** The sentence without a dateline run into its start (see DATELINE_OPENING). */
export function withoutDateline(text: string): string {
  return text.replace(DATELINE_OPENING, '');
}

/** Whether a dateline is run into the sentence's start (see DATELINE_OPENING). */
function opensWithDateline(text: string): boolean {
  return DATELINE_OPENING.test(text);
}

/**
 * An outlet's own name, before the bracket that says where its text was found or which page of it this is
 * ("Harbour Safety Board (via Coast News)" → "Harbour Safety Board").
 */
export function ownName(outlet: string): string {
  const open = outlet.indexOf('(');
  return (open > 0 ? outlet.slice(0, open) : outlet).trim();
}

export function outletOf(article: Article): Outlets {
  return { en: pickText(article.outlet, 'en'), es: pickText(article.outlet, 'es') };
}

/**
 * The same articles are analysed once however many generate entries a level has: the level
 * validator calls the generator per entry with a fresh array of the same articles.
 */
let cache: { articles: readonly Article[]; findings: Findings } | null = null;

export function findingsFor(articles: readonly Article[]): Findings {
  // Same Article objects, same findings: an edited article is a new object, so it is analysed again.
  if (cache && cache.articles.length === articles.length && cache.articles.every((a, i) => a === articles[i])) return cache.findings;
  const findings = analyze(articles);
  cache = { articles: [...articles], findings };
  return findings;
}

/** A generated round must pass the same checks as an authored one, or it is not produced. */
export function passesChecks(round: AuthoredRound, articles: readonly Article[]): boolean {
  return roundProblems(round, new Map(articles.map((a) => [a.id, a])), LANGUAGES).length === 0;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Where each article's release ends (its "###" line), or -1: found once per article. */
const releaseEnds = new WeakMap<Article, number>();

function releaseEnd(article: Article, lang: LangPack): number {
  let end = releaseEnds.get(article);
  if (end === undefined) {
    end = -1;
    const marks = new Set((lang.releaseEndMarks ?? []).map((m) => m.toLowerCase()));
    let at = 0;
    for (const line of article.text.split('\n')) {
      if (marks.has(line.trim().toLowerCase())) {
        end = at;
        break;
      }
      at += line.length + 1;
    }
    releaseEnds.set(article, end);
  }
  return end;
}

/**
 * Whether a sentence is the page's, not the article's, in ways the furniture finder does not see: it
 * speaks of the page itself to the reader ("Have a concern or an opinion about this story?", "The
 * data in this chart is described in the surrounding text."), or it stands below the line that ends
 * a press release ("###"), where a wire or a site adds its own notes ("We do not allow opaque
 * clients…"), or it sends the reader to a web address ("To find a center, go to example.gov/drc"), a service line whose
 * address names its outlet. A round quoting it would teach the site's words as the writer's.
 */
export function pageNote(article: Article | undefined, sentenceId: string, text: string, lang: LangPack): boolean {
  // (A line that shows the page's markup, "<em>…</em>", would show the player code, not what the outlet printed; a
  // hashtag marks an embedded post, whose voice a round cannot fairly give to the outlet or to the post's author.)
  if (WEB_ADDRESS.test(text) || MARKUP_TAG.test(text) || HASHTAG.test(text)) return true;
  if (lang.pageSelfReferences && findPhrase(tokenize(text), lang.pageSelfReferences)) return true;
  if (lang.signpost?.test(text.trim())) return true;
  if (!article) return false;
  if (closingLineOnPrincipal(article, sentenceId, lang)) return true;
  const end = releaseEnd(article, lang);
  if (end < 0) return false;
  const sentence = article.sentences.find((s) => s.id === sentenceId);
  return sentence !== undefined && sentence.start > end;
}

/** How many words into a sentence the office's principal must be named for the sentence to be about them. */
const PRINCIPAL_REACH = 5;

/**
 * The last line of an office's page, a sentence of its own that opens by naming the office's principal in the third
 * person ("Congressman Jane Roe has represented the harbour district since 1990."): the page's note on who the principal
 * is, not the statement's words.
 */
function closingLineOnPrincipal(article: Article, sentenceId: string, lang: LangPack): boolean {
  const last = article.sentences[article.sentences.length - 1];
  if (!last || last.id !== sentenceId || /["“”]/u.test(last.text)) return false;
  const surname = principalOf(outletOf(article).en, lang)?.split(/\s+/).pop();
  if (!surname) return false;
  const before = article.text.slice(0, last.start);
  if (!/(?:^|\n)[ \t]*$/.test(before) || /\S/.test(article.text.slice(last.end).split('\n')[0] ?? '')) return false;
  return last.text
    .split(/\s+/)
    .slice(0, PRINCIPAL_REACH)
    .some((w) => w.replace(/[^\p{L}'’-]/gu, '') === surname);
}

/**
 * A photo caption in the news agencies' style: what the picture shows, then where and the day it was taken, set off by
 * commas with no preposition ("Smoke rises from a kiln outside the city, Monday, Jan. 26, 2015."). A sentence of the story
 * dates its event with one ("… made landfall on Wednesday, Sept. 28, 2022.").
 */
const CAPTION_DATE = /,\s+(\p{L}+),\s+(?:(\p{L}+)\.?\s+\d{1,2},|\d{1,2}\s+(\p{L}+))\s+\d{4}\.["”]?$/u;

export function captionDatedAtEnd(text: string, lang: LangPack): boolean {
  const m = CAPTION_DATE.exec(text.trim());
  const month = m?.[2] ?? m?.[3];
  if (m !== null && month !== undefined && lang.dayNames.has((m[1] as string).toLowerCase()) && lang.months.has(month.toLowerCase())) return true;
  return captionPlaceThenDate(text, lang);
}

/**
 * The other agencies' caption: where the picture was taken, then the day with no weekday, both set off by commas
 * ("… inside her home in Harbourton, North Province, Oct. 1, 2024.", "… at Camp Roe, Va., April 8, 2022."). A
 * sentence of the story puts "on" before its date, or names the date without a place set off just before it.
 */
const PLACE_THEN_DATE = /,\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}),\s+(\p{L}+)\.?\s+\d{1,2},\s+\d{4}\.["”]?$/u;

function captionPlaceThenDate(text: string, lang: LangPack): boolean {
  const m = PLACE_THEN_DATE.exec(text.trim());
  if (m !== null && lang.months.has((m[2] as string).toLowerCase()) && !lang.months.has((m[1] as string).toLowerCase())) return true;
  return captionDateThenPlace(text, lang);
}

/**
 * The third: the day set off by commas with no "on" before it, then where ("… at a news conference, May 27, 2015, in the
 * Brooklyn borough of New York."). A sentence of the story dates with "on" ("… said on May 27, 2015, in Brooklyn").
 */
const DATE_THEN_PLACE = /(,?)\s*(\p{L}+),\s+(\p{L}+)\.?\s+\d{1,2},\s+\d{4},\s+(?:in|at|near|outside)\s+[^,;:]{2,60}\.["”]?$/u;

function captionDateThenPlace(text: string, lang: LangPack): boolean {
  const m = DATE_THEN_PLACE.exec(text.trim());
  if (m === null || !lang.months.has((m[3] as string).toLowerCase())) return false;
  const before = (m[2] as string).toLowerCase();
  // (A weekday is the caption's only when set off by a comma too: ", Wednesday, May 27, 2015, in New York."; "were
  // unsealed Wednesday, May 27, 2015, in Brooklyn" is the story's.)
  return lang.dayNames.has(before) ? m[1] === ',' : !lang.functionWords.on.has(before);
}

/**
 * Words no one says to the story's readers about its event: a photo caption (see captionDatedAtEnd, verblessDatedCaption), with the words that
 * follow it on its line (the caption goes on: "The agency reports…"), or a release's note on itself and its updates to
 * come ("Additional updates will be provided as they come in."). A round asking whose they are, or what kind of
 * statement they are, asks about the page.
 */
export function captionOrSignOff(article: Article | undefined, sentenceId: string, text: string, lang: LangPack): boolean {
  const caption = (t: string): boolean => captionDatedAtEnd(t, lang) || verblessDatedCaption(t, lang);
  if (caption(text) || (lang.updateNotes !== undefined && findPhrase(tokenize(text), lang.updateNotes) !== null)) return true;
  const sentence = article?.sentences.find((s) => s.id === sentenceId);
  if (!article || !sentence) return false;
  const line = lineOf(article.text, sentence.start);
  return article.sentences.some((s) => s.start >= line && s.end <= sentence.start && caption(s.text));
}

/**
 * The page's words, not the story's: a photo caption or a release's note on its updates (see captionOrSignOff), a
 * sentence with the release's dateline run into it (the player would be shown the page's heading), or a report's note on
 * who issued it ("This report was issued by OCHA New York."). A round that shows a sentence whole asks about none of them.
 */
export function pageWordsShownWhole(article: Article | undefined, sentenceId: string, text: string, lang: LangPack): boolean {
  return (
    captionOrSignOff(article, sentenceId, text, lang) ||
    opensWithDateline(text) ||
    participleCaption(text, lang) ||
    (lang.reportCredit?.test(text) ?? false) ||
    RUN_IN_LABEL.test(text)
  );
}

/**
 * "Search and Rescue Operations: To date, U.S. teams…", "From the Background: “Zika is…": a label of two words or more in
 * title case and its colon at the head of the sentence, a section's heading run into it (or a transcript's speaker).
 */
const RUN_IN_LABEL = /^\p{Lu}[\p{L}'’.-]*(?:\s(?:\p{Lu}[\p{L}'’.-]*|and|of|the|for|on|in|to)){1,5}:\s+\S/u;

/** A line's words, numbers and marks left out: what the caption checks count and test for verbs. */
const wordTokens = (text: string) => tokenize(text).filter((t) => /\p{L}/u.test(t.text));

/** Most words of a caption that names what a picture shows and its day with no verb. */
const DATED_CAPTION_WORDS = 12;
const ENDS_IN_DATE = /(?:(\p{L}+)\.?\s+\d{1,2},?|\d{1,2}\s+(\p{L}+))\s+\d{4}\.["”]?$/u;

/**
 * A picture's caption that names what it shows and the day, with no verb ("The ice sheet on September 28, 2024."): a
 * sentence of the story tells what happened on that day.
 */
export function verblessDatedCaption(text: string, lang: LangPack): boolean {
  const m = ENDS_IN_DATE.exec(text.trim());
  const month = m?.[1] ?? m?.[2];
  if (!m || month === undefined || !lang.months.has(month.toLowerCase())) return false;
  const tokens = wordTokens(text);
  return tokens.length <= DATED_CAPTION_WORDS && tokens.every((t) => !maybeVerb(t, lang));
}

/** Most words before a caption's participle: the thing shown ("A home", "Two rescue workers"). */
const CAPTION_SUBJECT_WORDS = 4;
/** Most words of such a caption: a longer line with no verb is a fragment of another kind. */
const CAPTION_MAX_WORDS = 25;

/**
 * A caption with no credit and no date beside it: what the picture shows, told by a participle with no verb of its own
 * ("A home destroyed in a storm that struck the coast village.", "A rescuer searching for a child in the river.").
 * A sentence of the story goes on to a verb ("A home destroyed in the storm was rebuilt"); a verb inside a relative clause
 * ("that struck…") is the caption's, not a verb of the line. Any word that may be a verb, an -s word included, is taken
 * for one: only a line plainly without a verb is read as a caption.
 */
export function participleCaption(text: string, lang: LangPack): boolean {
  const tokens = wordTokens(text);
  // A caption introduces what it shows ("A home…"); "This measure passed by…", "Hassan won in…" tell the story's event.
  if (tokens.length > CAPTION_MAX_WORDS || !lang.indefiniteArticles.has(tokens[0]?.norm ?? '')) return false;
  const at = tokens.findIndex((t, i) => i > 0 && i <= CAPTION_SUBJECT_WORDS && isParticiple(t.norm, lang) && lang.captionVerb.participleAfter.has(tokens[i + 1]?.norm ?? ''));
  if (at < 0) return false;
  const relative = (i: number) => lang.relativePronouns.has(tokens[i - 1]?.norm ?? '') || lang.functionWords.that.has(tokens[i - 1]?.norm ?? '');
  return tokens.every((t, i) => i === at || !maybeVerb(t, lang) || (i > at && relative(i)));
}

function isParticiple(word: string, lang: LangPack): boolean {
  return lang.isRegularPast(word) || lang.pastParticiples.has(word) || lang.isProgressiveForm(word);
}

/** Capitalised words opening a sentence, before its first word in lower case, that may hide a heading run into it. */
const RUN_IN_CAPITALS = 5;

/** Per findings: for each article, the lines that hold a heading after a sentence of the story. */
const runTogetherLines = new WeakMap<Findings, Map<string, Set<number>>>();

/**
 * Whether a sentence is an item of a list set under a lead-in that ends in a colon ("Under the settlement, the
 * company has agreed to:" then "Pay a $15 million civil penalty…" on lines of their own): shown alone, the item
 * has lost its subject and reads as an order. An item is a line that is one sentence; the lead-in is the
 * nearest line above the run of such lines, and it ends in a colon.
 */
export function itemUnderLeadIn(article: Article | undefined, sentenceId: string): boolean {
  if (!article) return false;
  const text = article.text;
  const sentence = article.sentences.find((s) => s.id === sentenceId);
  if (!sentence) return false;
  const oneSentenceLine = (start: number): boolean => {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    return article.sentences.filter((s) => s.start < stop && s.end > start).length === 1;
  };
  let line = lineOf(text, sentence.start);
  if (text.slice(line, sentence.start).trim() !== '' || !oneSentenceLine(line)) return false;
  // (A list runs a few lines, not a whole page: the walk up stops after a dozen.)
  for (let steps = 0; steps < 12 && line > 0; steps++) {
    const above = lineOf(text, line - 1);
    const content = text.slice(above, line - 1).trim();
    if (content === '') return false;
    if (content.endsWith(':')) return true;
    if (!oneSentenceLine(above)) return false;
    line = above;
  }
  return false;
}

function lineOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function runTogether(findings: Findings, article: Article): Set<number> {
  let byArticle = runTogetherLines.get(findings);
  if (!byArticle) {
    byArticle = new Map();
    runTogetherLines.set(findings, byArticle);
  }
  let lines = byArticle.get(article.id);
  if (!lines) {
    lines = new Set();
    const furniture = new Set(findings.sentences.filter((s) => s.article === article.id && s.furniture).map((s) => s.sentenceId));
    for (const s of article.sentences) {
      if (!furniture.has(s.id)) continue;
      // (A heading after a sentence's stop on its line: a dateline or a label opening a paragraph is not one.)
      const line = lineOf(article.text, s.start);
      if (/[.!?]["”’)]?[ \t]+$/.test(article.text.slice(line, s.start))) lines.add(line);
    }
    byArticle.set(article.id, lines);
  }
  return lines;
}

/**
 * Whether a heading may be run into the sentence, unseen: on a line where the page lost its line
 * breaks (a heading was found there after a sentence of the story), a sentence that opens with five or
 * more capitalised words and a number among them, before its first word in lower case ("Economic Factors
 * and Second-Quarter 2031 Output Real output fell…"), may begin with a heading the engine could not cut
 * off: a heading names its period, a name rarely holds a bare number. A round does not quote it.
 */
export function headingMayRunIn(findings: Findings, article: Article | undefined, sentenceId: string, lang: LangPack): boolean {
  if (!article) return false;
  const sentence = article.sentences.find((s) => s.id === sentenceId);
  if (!sentence || !runTogether(findings, article).has(lineOf(article.text, sentence.start))) return false;
  let capitals = 0;
  let number = false;
  for (const t of tokenize(article.text.slice(sentence.start, sentence.end))) {
    if (/^\p{Lu}/u.test(t.text)) capitals++;
    else if (/^\d/u.test(t.text)) number = true;
    else if (/^\p{Ll}/u.test(t.text) && !lang.stopwords.has(t.norm)) break;
    if (capitals >= RUN_IN_CAPITALS && number) return true;
  }
  return false;
}

/**
 * Whether the text closes a quotation it does not open: a closing mark (”, », or a straight mark after a
 * word, before a space or the end) with no opening mark before it. A mark opening a quotation that goes on
 * past the sentence ("“I felt good, maybe adrenaline.") shows where the words begin; a lone closing one does not.
 */
export function closesUnopened(text: string): boolean {
  return quotationState(text) === 'closes-unopened';
}

/**
 * Whether the text opens a quotation and stops at a question or exclamation mark before the quotation closes
 * ("She asked: “Late fees?"): the quoted words run on ("Hidden charges? …”"), and a question or an exclamation inside
 * quotation marks does not end the writer's sentence, so the passage shown alone is a quotation cut short. (A full stop
 * inside a quotation that goes on, "“We will act.", ends a whole sentence of the speaker's.)
 */
export function endsInsideQuotation(text: string): boolean {
  return /[?!]$/.test(text) && quotationState(text) === 'open';
}

/** Whether a quotation is left open at the end of the text, or one is closed that was never opened. */
function quotationState(text: string): 'open' | 'closed' | 'closes-unopened' {
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '“' || c === '«') open = true;
    else if (c === '”' || c === '»' || c === '"') {
      // (A straight mark or a ” opens when it stands before the words, at the start or after a space or a bracket.)
      const opening = (c === '"' && open) || c === '»' ? false : i === 0 || /[\s([{—–-]/u.test(text[i - 1] as string);
      if (opening) open = true;
      else if (!open) return 'closes-unopened';
      else open = false;
    }
  }
  return open ? 'open' : 'closed';
}

/**
 * "Office of Sen. Jane Roe": a page an office puts out for the person it works for. The person's name as the outlet line
 * gives it ("Sen. Jane Roe", up to a bracket or a comma), or null for any other outlet.
 */
export function principalOf(outlet: string, lang: LangPack): string | null {
  const all = principalsOf(outlet, lang);
  return all.length === 1 ? (all[0] as string) : null;
}

/**
 * The people an office's page is put out for: one ("Office of Sen. Jane Roe" → "Sen. Jane Roe") or, under a title for
 * several, each with the title for one ("Offices of Sens. Jane Roe and John Doe" → "Sen. Jane Roe", "Sen. John Doe").
 * Empty for any other outlet.
 */
export function principalsOf(outlet: string, lang: LangPack): string[] {
  const title0 = (/^\S+/.exec(outlet)?.[0] ?? '').toLowerCase();
  const isName = (name: string): boolean => /\p{Lu}[\p{Ll}'’-]+$/u.test(name);
  // "Rep. Jane Roe (via Harbour News)", "Sen. John Doe, Chairman, …": the person's own page under their title. (Not "Rep.
  // Jane Roe and 57 Members of Congress": a page put out with others names no one principal.)
  if (lang.pageTitles?.has(title0)) {
    const name = (outlet.split(/[(,]/)[0] ?? '').trim();
    return isName(name) && /^\S+(?:\s\p{Lu}[\p{L}'’.-]*){1,4}$/u.test(name) ? [name] : [];
  }
  // ("House Committee on Science (Republicans): Chairman Lamar Smith": a body's page given out for its chair or member, named
  // after a colon.)
  const after = /:\s*([^:()]+)$/u.exec(outlet)?.[1]?.trim() ?? '';
  const afterTitle = (/^\S+/.exec(after)?.[0] ?? '').toLowerCase();
  if ((lang.pageTitles?.has(afterTitle) || (lang.chairTitles?.has(afterTitle) ?? false)) && isName(after) && /^\S+(?:\s\p{Lu}[\p{L}'’.-]*){1,4}$/u.test(after)) return [after];
  const m = lang.principalOffice?.exec(outlet);
  if (!m) return [];
  const named = outlet.slice(m[0].length);
  const title = /^\S+/.exec(named)?.[0] ?? '';
  const one = lang.pluralTitles?.get(title.toLowerCase());
  if (one === undefined) {
    const name = (named.split(/[(,]/)[0] ?? '').trim();
    return isName(name) ? [name] : [];
  }
  const joiners = [...(lang.pairJoiners ?? [])].map((w) => `\\s${escapeRegExp(w)}\\s`);
  const names = (named.slice(title.length).split('(')[0] ?? '')
    .split(new RegExp([',', '&', ...joiners].join('|'), 'u'))
    .map((n) => n.trim())
    .filter(Boolean);
  return names.every(isName) ? names.map((n) => `${one} ${n}`) : [];
}

/**
 * The sentence opens, past a quotation mark and words that order remarks, with one of `openers`: a speaker's courtesy
 * ("I want to welcome our witnesses", "First – I would be remiss…") or, given them, a speech's opening formula.
 */
export function opensWithCourtesy(text: string, lang: LangPack, openers = lang.courtesyOpeners): boolean {
  return courtesyAt(lang, tokenize(text.replace(/^["“«]/u, '')), openers);
}

/** Words glued across a lost break ("fentanyl alert nyThe estimated number…"): a caption or label run into the sentence. */
export function gluedWords(text: string, lang: LangPack): boolean {
  return gluedCount(text, lang, 1, true) > 0;
}

/**
 * How many places, up to `enough`, where words ran together: around numbers ("2023and"), a little word glued to the next
 * ("inJamaica", "alert nyThe"), an acronym glued to the next ("CPIsoared") or a comma with no space after it
 * ("billion,making").
 */
function gluedCount(text: string, lang: LangPack, enough: number, numbers: boolean): number {
  let n = 0;
  // "Fiscal Year 2023ThroughSeptember30, 2023and Other Periods": a page whose spaces were lost around its numbers. (Not
  // counted over a whole page: an encyclopedia's fact box runs its labels into their values, "Passengers291".)
  for (const _ of text.matchAll(numbers ? /\d{4}\p{L}{3,}|\p{Ll}{3,}\d{2,}|\p{L},\p{Ll}{2,}/gu : /\p{L},\p{Ll}{2,}/gu)) if (++n >= enough) return n;
  for (const w of text.match(/\p{L}+/gu) ?? []) {
    // ("The CPIsoared 9.1%", "OCHAsaid": an acronym run into a little word, a verb of saying or a past tense after it; a
    // name in capitals and small letters, "JPMorgan", "UNifeed", ends otherwise.)
    const acronym = /^\p{Lu}{2,}(\p{Ll}{3,})$/u.exec(w)?.[1];
    if (acronym && (lang.stopwords.has(acronym) || lang.attributionVerbs.has(acronym) || /^\p{Ll}{4,}ed$/u.test(acronym)) && ++n >= enough) return n;
    const glued = /^(\p{Ll}+)(\p{Lu}\p{Ll}+)$/u.exec(w);
    if (!glued) continue;
    const [, head, tail] = glued as unknown as [string, string, string];
    if (lang.stopwords.has(tail.toLowerCase()) || (head.length >= 2 && lang.stopwords.has(head))) if (++n >= enough) return n;
  }
  return n;
}

/** Places of glued words that make a whole page's text untrustworthy to quote: a PDF's text that lost its spaces. */
const GLUED_PAGE = 3;
const gluedPages = new WeakMap<Article, boolean>();

/**
 * Whether the sentence shows words run together, or comes from a page that does in several places ("Thecyclone…
 * inJamaica… billion,making…"): where a page lost spaces often, its other sentences lost them too in ways no pattern
 * sees ("thesoutheastern"), so none of its text is shown as someone's words.
 */
export function gluedText(text: string, article: Article | undefined, lang: LangPack): boolean {
  // ("…are safer \uFFFD safer from…": a character the page's encoding lost shows as a mark no one wrote.)
  if (gluedWords(text, lang) || text.includes('\uFFFD')) return true;
  if (!article) return false;
  let page = gluedPages.get(article);
  if (page === undefined) {
    page = gluedCount(article.text, lang, GLUED_PAGE, false) >= GLUED_PAGE;
    gluedPages.set(article, page);
  }
  return page;
}

/** The sentence with this id in its article, and the ones just before and after it (undefined where there is none). */
export function sentenceAround(article: Article | undefined, sentenceId: string): { prev: Sentence | undefined; own: Sentence | undefined; next: Sentence | undefined } {
  const i = article?.sentences.findIndex((x) => x.id === sentenceId) ?? -1;
  if (!article || i < 0) return { prev: undefined, own: undefined, next: undefined };
  return { prev: article.sentences[i - 1], own: article.sentences[i], next: article.sentences[i + 1] };
}
