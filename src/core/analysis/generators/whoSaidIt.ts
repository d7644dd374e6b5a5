import { findAllQuotes, type Article } from '../../article';
import { numberedCarriers, numbersIn } from '../carriers';
import { clusterSentences } from '../copies';
import { langPack, type LangPack } from '../lang';
import { prepare, type SentenceCache } from '../prep';
import { isNearCopy } from '../nearCopy';
import { normalizeText } from '../text';
import type { WhoSaidItRound } from '../../levelSchema';
import { shuffled, type Rng } from '../../rng';
import { whoSaidItExplanation } from '../explain';
import type { Findings } from '../types';
import { markUsed, usesAny } from '../roundSentences';
import {
  closesUnopened,
  endsInsideQuotation,
  gluedText,
  headingMayRunIn,
  opensWithCourtesy,
  outletOf,
  ownName,
  pageNote,
  pageWordsShownWhole,
  passesChecks,
  wordCount,
} from './common';

const MIN_WORDS = 8;
const MAX_WORDS = 45;
/** A round is made only when the engine is at least this sure of which outlets print the sentence. */
const MIN_CONFIDENCE = 0.8;

const wordsOf = (text: string): string[] => normalizeText(text).split(' ').filter(Boolean);

/** Share of the words of `a` found in `b`, in order-free bags: 1 for a copy, high for a near-copy. */
function overlap(a: readonly string[], b: ReadonlySet<string>): number {
  if (a.length === 0) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / a.length;
}

/** Each article's sentences with their word sets, and the carrier lookup: built once per article set. */
let memo: { articles: readonly Article[]; words: Map<string, { text: string; words: string[]; set: Set<string> }[]>; carriersOf: Map<string, string[]> } | null = null;

function indexFor(articles: readonly Article[]): NonNullable<typeof memo> {
  if (memo && memo.articles.length === articles.length && memo.articles.every((a, i) => a === articles[i])) return memo;
  const words = new Map(
    articles.map((a) => [
      a.id,
      a.sentences.map((s) => {
        const w = wordsOf(s.text);
        return { text: s.text, words: w, set: new Set(w) };
      }),
    ]),
  );
  // Every article carrying a sentence, as the engine's near-copy clustering sees it (a changed word, brackets in a quote),
  // but not a copy that gives other numbers (see numberedCarriers).
  const cache: SentenceCache = new Map();
  const lang = langPack(undefined);
  const prepared = articles.map((a) => prepare(a, lang, cache));
  const clusters = clusterSentences(prepared, lang);
  const carriersOf = new Map<string, string[]>();
  const numbered = numberedCarriers(prepared, clusters);
  prepared.forEach((p, a) => {
    const ids = clusters.clusterOf[a] as Int32Array;
    p.sentences.forEach((ps, i) => {
      const c = ids[i] as number;
      const also = clusters.alsoPrintedBy[a]?.get(i) ?? [];
      carriersOf.set(
        ps.sentence.id,
        c < 0
          ? [p.article.id]
          : [...new Set([...numbered(c, numbersIn(ps.sentence.text)), ...also])].sort((x, y) => x - y).map((k) => (prepared[k] as (typeof prepared)[number]).article.id),
      );
    });
  });
  memo = { articles: [...articles], words, carriersOf };
  return memo;
}

/** The sentence of an article closest to `want`: the near-copy a carrier prints. */
function closestSentence(sentences: readonly { text: string; words: string[]; set: Set<string> }[], want: readonly string[]): { text: string; score: number } {
  const wantSet = new Set(want);
  let best = { text: '', score: 0 };
  for (const s of sentences) {
    if (s.words.length < want.length * 0.5 || s.words.length > want.length * 2) continue;
    const score = Math.min(overlap(want, s.set), overlap(s.words, wantSet));
    if (score > best.score) best = { text: s.text, score };
  }
  return best;
}

/** Fewest words of weight a quote needs before an outlet is said to print its claim inside a longer sentence, and the share that must be there. */
const CLAIM_WORDS = 5;
const CLAIM_SHARE = 0.8;

/**
 * Whether one of an article's sentences (or a run of them) carries nearly every word of weight of the quote, in any order and
 * with more around it: "the single largest donor in Harbourland" and "Harbourland's single largest donor,
 * giving $2 billion since 2021" print one claim. A player told that a copy with words changed is still a
 * copy would count that outlet, so it is no fair wrong option.
 */
function printsClaim(sentences: readonly { words: string[]; set: Set<string> }[], content: readonly string[]): boolean {
  if (content.length < CLAIM_WORDS) return false;
  if (sentences.some((s) => s.words.length >= content.length && overlap(content, s.set) >= CLAIM_SHARE)) return true;
  // Or over two or three sentences in a row: an edited copy that joins an original's sentences into one ("805 buildings have
  // been destroyed – hundreds more damaged and two hospitals have entirely collapsed…" from "Some 805 buildings have been
  // destroyed and 608 have been damaged. Two hospitals have entirely collapsed…") prints the claim as much as its source.
  for (let i = 0; i + 1 < sentences.length; i++) {
    if (overlapRun(content, sentences.slice(i, i + 2)) >= CLAIM_SHARE || (i + 2 < sentences.length && overlapRun(content, sentences.slice(i, i + 3)) >= CLAIM_SHARE)) return true;
  }
  return false;
}

/** The share of words found in any of a run of sentences (overlap over their union, without building it). */
function overlapRun(a: readonly string[], run: readonly { set: Set<string> }[]): number {
  if (a.length === 0) return 0;
  let n = 0;
  for (const w of a) if (run.some((s) => s.set.has(w))) n++;
  return n / a.length;
}

/**
 * "Who said it?": a distinctive sentence, every article that carries it as answers, and
 * distractors that write about the same things, so the player has to read, not guess the topic.
 */
export function whoSaidItRounds(
  findings: Findings,
  articles: readonly Article[],
  count: number,
  rng: Rng,
  idFor: (n: number) => string,
  used: Set<string> = new Set(),
): WhoSaidItRound[] {
  if (articles.length < 3) return [];
  const byId = new Map(articles.map((a) => [a.id, a]));
  const vocab = new Map(articles.map((a) => [a.id, new Set(a.text.toLowerCase().match(/\p{L}{5,}/gu) ?? [])]));
  const seen = new Set<string>();
  const lang = langPack(undefined);
  const notAsked = [...(lang.courtesyOpeners ?? []), ...(lang.speechOpeners ?? [])];
  const candidates = findings.sentences.filter((s) => {
    const words = wordCount(s.text);
    if (s.furniture || words < MIN_WORDS || words > MAX_WORDS) return false;
    if (pageNote(byId.get(s.article), s.sentenceId, s.text, lang)) return false;
    if (headingMayRunIn(findings, byId.get(s.article), s.sentenceId, lang)) return false;
    // Whole, well-formed sentences only: no fragments cut by a broken quote or abbreviation.
    if (!/^["“«]?\p{Lu}/u.test(s.text) || !/[.!?]["”»]?$/.test(s.text) || /\bMr\.$/.test(s.text)) return false;
    // A printing with a report's reference marks ("tobacco* products … (1).") is not the sentence as a reader
    // quotes it; an outlet that prints it clean offers it as a candidate of its own.
    if (hasReferenceMarks(s.text)) return false;
    // "Thank you for coming", "Mr. Speaker, I rise today…": a courtesy or a speech's opening formula has no claim to trace across outlets.
    if (opensWithCourtesy(s.text, lang, notAsked)) return false;
    const key = s.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const index = indexFor(articles);
  const scored = candidates.map((s) => {
    // Copies count, near-copies too ("tremor"/"temblor", brackets inside a quote).
    const carriers = [...new Set(index.carriersOf.get(s.sentenceId) ?? [])];
    for (const a of articles) if (!carriers.includes(a.id) && a.text.includes(s.text)) carriers.push(a.id);
    const words = new Set(s.text.toLowerCase().match(/\p{L}{5,}/gu) ?? []);
    // Fair distractors: articles that share this sentence's longer words without carrying it.
    const others = articles
      .filter((a) => !carriers.includes(a.id))
      .map((a) => ({ id: a.id, overlap: [...words].filter((w) => vocab.get(a.id)?.has(w)).length }))
      .sort((x, y) => y.overlap - x.overlap || x.id.localeCompare(y.id));
    const interest = (s.cues.length > 0 ? 1 : 0) + (s.cues.includes('quotation-marks') ? 1 : 0) + (s.cues.includes('checkable-detail') ? 1 : 0);
    const fairness = others.slice(0, 3).reduce((sum, o) => sum + Math.min(o.overlap, 4), 0);
    return { s, carriers, others, printed: new Map<string, string>(), confidence: 0, score: interest * 2 + fairness };
  });
  /**
   * The sentence each carrier prints, and how sure the key is: an outlet left out that prints
   * something close to the sentence makes the key doubtful. Worked out only for sentences that
   * could make a round, best first.
   */
  const checkKey = (c: (typeof scored)[number]): boolean => {
    const want = wordsOf(c.s.text);
    let confidence = 1;
    for (const a of articles) {
      if (a.text.includes(c.s.text)) {
        c.printed.set(a.id, c.s.text);
        continue;
      }
      const near = closestSentence(index.words.get(a.id) ?? [], want);
      if (c.carriers.includes(a.id)) {
        c.printed.set(a.id, near.text);
        // A copy with a word changed is sure; one cut short or rewritten is not the same sentence.
        // ("The command continues its response Sunday" and "… Monday" in two days' releases: the word changed is the
        // sentence's fact, a day, a month or a number, so it is another sentence, not a copy.)
        confidence = Math.min(confidence, near.score >= 0.85 && isNearCopy(near.text, c.s.text) && !differsInFact(near.text, c.s.text, lang) ? 0.9 : 0.5);
      } else if (near.score >= 0.5) confidence = Math.min(confidence, near.score >= 0.7 ? 0.3 : 0.7);
    }
    c.confidence = confidence;
    return confidence >= MIN_CONFIDENCE && c.carriers.every((a) => c.printed.has(a));
  };
  const shaped = scored.filter((c) => c.carriers.length >= 1 && c.carriers.length <= 3 && c.carriers.length + c.others.length >= 3);
  shaped.sort((a, b) => b.score - a.score || a.s.sentenceId.localeCompare(b.s.sentenceId));
  const usable: typeof scored = [];
  for (const c of shaped) {
    if (usable.length >= Math.max(count * 4, 12)) break;
    if (checkKey(c)) usable.push(c);
  }
  const pool = shuffled(usable, rng);

  const out: WhoSaidItRound[] = [];
  const usedArticles = new Map<string, number>();
  // Spread answers across articles: first pass takes at most one round per answer article.
  for (const pass of [1, Infinity]) {
    for (const c of pool) {
      if (out.length >= count) break;
      if (out.some((r) => r.quote === c.s.text)) continue;
      // No quotation shown ending where it never began ("I saw the time,” he said."): the reader would see half a quote.
      // (Checked here, not when the pool is filled, so that a sentence left out changes no other round.)
      if (closesUnopened(c.s.text)) continue;
      // Nor one cut at a question inside a quotation that runs on ("She asked: “Late fees?"): half a quote again.
      if (endsInsideQuotation(c.s.text)) continue;
      // Nor a repost's copy that keeps its page's line breaks in mid-sentence, where another carrier prints it whole: that
      // carrier's own sentence is the one to show.
      if (c.s.text.includes('\n') && c.carriers.some((a) => !(c.printed.get(a) ?? '\n').includes('\n'))) continue;
      // Nor one whose words ran together where a page lost its spaces ("…2023and Other Periods"): no one wrote it so.
      if (gluedText(c.s.text, byId.get(c.s.article), lang)) continue;
      // Nor a photo caption, a release's note on its updates or its dateline: no one's words about the event, only the page's.
      if (pageWordsShownWhole(byId.get(c.s.article), c.s.sentenceId, c.s.text, lang)) continue;
      const main = c.carriers[0] as string;
      if ((usedArticles.get(main) ?? 0) >= pass) continue;
      // Copies and single-outlet sentences in balance: no more than half of either, so no answer comes by habit.
      const copy = c.carriers.length > 1;
      if (out.filter((r) => r.answers.length > 1 === copy).length >= Math.ceil(count / 2)) continue;
      const optionCount = Math.min(4, c.carriers.length + c.others.length);
      // Options are shown by outlet name: a distractor that reads like an answer (two articles from one
      // outlet) or like another distractor would leave the player no way to tell them apart.
      const names = new Set(c.carriers.map((a) => nameOf(byId.get(a))));
      // Two answers shown by one name (an office's two releases) cannot be told apart either, and the explanation
      // would read "X and X both carry it".
      if (names.size < c.carriers.length) continue;
      // Nor is an outlet that prints the claim inside a longer sentence, in words reordered: it is no fair wrong option.
      const content = [...new Set(wordsOf(c.s.text).filter((w) => !lang.stopwords.has(w)))];
      const distinct = c.others.filter((o) => {
        if (printsClaim(index.words.get(o.id) ?? [], content)) return false;
        const name = nameOf(byId.get(o.id));
        if (names.has(name)) return false;
        names.add(name);
        return true;
      });
      if (c.carriers.length + distinct.length < 3) continue;
      const distractors = partyBalanced(
        c.carriers,
        distinct.map((o) => o.id),
        optionCount - c.carriers.length,
        (a) => outletOf(byId.get(a) as Article).en,
        lang,
      );
      // The labels the options are shown by: three ways a label answers the round without the articles.
      const answerNames = c.carriers.map((a) => outletOf(byId.get(a) as Article).en);
      const otherNames = distractors.map((a) => outletOf(byId.get(a) as Article).en);
      // A sentence naming an offered outlet ("…, he tells VOA.", "…, said Congressman Fitzgerald.") is answered
      // by its name, not by reading the articles.
      if (namesAnOption(c.s.text, [...answerNames, ...otherNames])) continue;
      // Nor one whose words an offered outlet's own name repeats (a report's title as its outlet, "Heat-Related Emergency
      // Department Visits…", beside "…emergency department (ED) visits…"): the label answers it.
      if (titleEchoes(c.s.text, answerNames, otherNames, lang)) continue;
      // "House Democrats will continue our fight…", "During the Republican shutdown…": a sentence about the parties,
      // offered with one outlet whose name is a party's and that outlet the answer, is answered by the label.
      if (partyLabelGivesAway(c.s.text, answerNames, otherNames, lang)) continue;
      const options = shuffled([...c.carriers, ...distractors], rng);
      const answers = c.carriers.slice();
      // Inside a passage the copy finder found in every answer: the outlets copied one another or a common source (a
      // speaker's statement each took whole counts as one).
      const starts = new Map(answers.map((a) => [a, articleStart(byId.get(a), c.s.text)]));
      const copied = findings.copies.some((p) =>
        answers.every((a) => p.carriers.some((x) => x.article === a && x.start <= (starts.get(a) as number) && x.end >= (starts.get(a) as number))),
      );
      const round: WhoSaidItRound = {
        id: idFor(out.length + 1),
        type: 'who-said-it',
        quote: c.s.text,
        options,
        answers,
        explanation: whoSaidItExplanation(
          answers.map((a) => outletOf(byId.get(a) as Article)),
          answers.length > 1 && copied,
          // (Spacing is not wording: "online  marketplaces" is the same words.)
          // (Nor are a report's reference marks: "tobacco* products … (1)." is the same words.)
          answers.filter((a) => normalizeText(withoutReferenceMarks(c.printed.get(a) ?? '')) !== normalizeText(c.s.text)).map((a) => outletOf(byId.get(a) as Article)),
        ),
        evidence: answers.map((a) => ({ article: a, quote: c.printed.get(a) as string })),
        confidence: c.confidence,
      };
      if (usesAny(round, used) || !passesChecks(round, articles)) continue;
      markUsed(round, used);
      out.push(round);
      usedArticles.set(main, (usedArticles.get(main) ?? 0) + 1);
    }
  }
  return out;
}

/** Content words an outlet's name may share with a sentence before the name gives the sentence away. */
const TITLE_ECHO_WORDS = 3;

/**
 * Whether exactly one of the offered outlets' names shares TITLE_ECHO_WORDS or more content words with the sentence, and
 * that outlet prints it: the label answers the round. (Names that all echo it, "2020 Census" pages about the 2020 Census,
 * tell the options apart no more than reading would; a wrong option whose name echoes it is a lure that reading undoes.)
 */
export function titleEchoes(sentence: string, answerNames: readonly string[], otherNames: readonly string[], lang: LangPack): boolean {
  const words = new Set(wordsOf(sentence).filter((w) => !lang.stopwords.has(w)));
  const echoes = (n: string): boolean => new Set(wordsOf(n).filter((w) => !lang.stopwords.has(w) && words.has(w))).size >= TITLE_ECHO_WORDS;
  const echoing = [...answerNames, ...otherNames].filter(echoes);
  return echoing.length === 1 && answerNames.includes(echoing[0] as string);
}

function articleStart(article: Article | undefined, text: string): number {
  return article ? (findAllQuotes(article.text, text)[0]?.start ?? -1) : -1;
}

/**
 * Whether a sentence names one of the outlets it is offered with: by the outlet's initials (three
 * letters or more), by a word written in capitals in its name ("CDC"), or by the last of a run of
 * capitalised words, as a surname ends a name ("Scott Fitzgerald" → Fitzgerald). Only the name before
 * a bracket counts: the bracket says where the text was found ("(via WisPolitics)"), not whose it is.
 * Letters and case only, so it holds in any language written in cased letters.
 */
export function namesAnOption(sentence: string, outletNames: readonly string[]): boolean {
  const words = new Set(sentence.match(/[\p{L}\p{N}]+/gu) ?? []);
  const marks = outletNames.map(nameMarks);
  // A name every option shares ("FBI" when all three are FBI offices) tells the options apart no more than reading would.
  return marks.some((own) => [...own].some((m) => words.has(m) && !marks.every((other) => other.has(m))));
}

/**
 * Whether a sentence that names a party (a capitalised party word: "Democrats", "the Republican shutdown", "GOP") is
 * offered with a single outlet whose own name is a party's, and that outlet prints it: the player picks the only party
 * label without reading. (With two parties' outlets offered, or the party's outlet a wrong option, the label decides
 * nothing.)
 */
export function partyLabelGivesAway(sentence: string, answerNames: readonly string[], otherNames: readonly string[], lang: LangPack): boolean {
  const named = partiesIn(sentence, lang);
  if (named.size === 0) return false;
  // "House Democrats will continue our fight…" printed by the Democrats' own outlet: the sentence names whose it is.
  if (answerNames.some((n) => [...partiesIn(ownName(n), lang)].some((p) => named.has(p)))) return true;
  const labelled = [...answerNames, ...otherNames].filter((n) => partyNamed(ownName(n), lang));
  return labelled.length === 1 && answerNames.includes(labelled[0] as string);
}

/**
 * The first `room` wrong options, but where the answer would be the only outlet offered whose name is a party's ("House
 * Harbour Party Leadership" beside offices named only by their members), the last of them swapped for another party's
 * outlet if one is left: the player then weighs two party labels against the sentence instead of picking the only one.
 */
function partyBalanced(answers: readonly string[], others: readonly string[], room: number, nameOf: (a: string) => string, lang: LangPack): string[] {
  const chosen = others.slice(0, room);
  const labelled = (a: string): boolean => partyNamed(ownName(nameOf(a)), lang);
  const shown = [...answers, ...chosen].filter(labelled);
  if (shown.length !== 1 || !answers.includes(shown[0] as string) || chosen.length === 0) return chosen;
  const spare = others.slice(room).find(labelled);
  return spare === undefined ? chosen : [...chosen.slice(0, -1), spare];
}

/** Whether the text names a party by a capitalised party word ("Democrats", "the Republican shutdown", "GOP"). */
function partyNamed(text: string, lang: LangPack): boolean {
  return partiesIn(text, lang).size > 0;
}

/** The parties the text names by capitalised party words ("House Harbour Party", "Harbourites", see LangPack.partyWords). */
function partiesIn(text: string, lang: LangPack): Set<string> {
  const out = new Set<string>();
  for (const w of text.match(/\p{Lu}\p{L}*/gu) ?? []) {
    const party = lang.partyWords?.get(w.toLowerCase());
    if (party !== undefined) out.add(party);
  }
  return out;
}

/** The words a sentence could name an outlet by (see namesAnOption). */
function nameMarks(full: string): Set<string> {
  const tokens = ownName(full).match(/[\p{L}.]+/gu) ?? [];
  const marks = new Set<string>();
  // Initials are written with or without the small words ("Voice of America" → VOA, "World
  // Meteorological Organization" → WMO).
  const plain = tokens.filter((t) => !t.includes('.'));
  for (const initials of [
    plain
      .filter((t) => /^\p{Lu}/u.test(t))
      .map((t) => t[0])
      .join(''),
    plain.map((t) => (t[0] as string).toUpperCase()).join(''),
    // ("UN Economic Commission for Africa" → ECA: a body's own initials leave out the family it belongs to.)
    plain
      .slice(plain.findIndex((t) => !/^\p{Lu}{2,}$/u.test(t)))
      .filter((t) => /^\p{Lu}/u.test(t))
      .map((t) => t[0])
      .join(''),
    // A dotted abbreviation gives all its letters: "U.S. Agency for International Development" → USAID.
    tokens
      .filter((t) => /^\p{Lu}/u.test(t))
      .map((t) => (t.includes('.') ? t.replace(/\./g, '') : t[0]))
      .join(''),
  ])
    if (initials.length >= 3) marks.add(initials);
  for (const t of tokens) if (/^\p{Lu}{3,}$/u.test(t)) marks.add(t);
  // A name of one word ("Meduza", "Reuters") is its own mark.
  if (tokens.length === 1 && /^\p{Lu}\p{Ll}{3,}$/u.test(tokens[0] as string)) marks.add(tokens[0] as string);
  // So is a coined name in the label's brackets, with a capital inside it ("UN Multimedia, UNifeed: footage"): shown to the
  // player too. (Not the site a copy was found on, "via WisPolitics": that is not who speaks.)
  const bracket = full.slice(ownName(full).length).replace(/\bvia\s+[^,;)]*/giu, '');
  for (const t of bracket.match(/\p{L}+/gu) ?? []) if (/^\p{Lu}\p{L}*\p{Lu}\p{L}*$/u.test(t) && /\p{Ll}/u.test(t) && t.length >= 4) marks.add(t);
  // The last of two or more capitalised words in a row, as a surname ends a name: "Scott Fitzgerald", not the
  // city in "The Moscow Times".
  const run = (t: string | undefined): boolean => t !== undefined && /^\p{Lu}\p{Ll}/u.test(t) && !t.endsWith('.');
  // (A middle initial stands inside the name: "Edward J. Markey".)
  const initial = (t: string | undefined): boolean => t !== undefined && /^\p{Lu}\.$/u.test(t);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const before = initial(tokens[i - 1]) ? tokens[i - 2] : tokens[i - 1];
    if (run(before) && run(t) && !run(tokens[i + 1]) && t.length >= 3) marks.add(t);
  }
  return marks;
}

/** A report's marks pointing to its notes: "tobacco*", "harmful†", "(1)", "(2,3)", "[4]" after a word. */
const REFERENCE_MARK = /(?<=\p{L})[*†‡§]+|(?<=\p{L}[.,;:]?)\s?\(\d{1,3}(?:[,–-]\s?\d{1,3})*\)|\[\d{1,3}\]/gu;

function hasReferenceMarks(text: string): boolean {
  REFERENCE_MARK.lastIndex = 0;
  return REFERENCE_MARK.test(text);
}

function withoutReferenceMarks(text: string): string {
  return text.replace(REFERENCE_MARK, '');
}

/** The outlet name an option is shown by. */
function nameOf(article: Article | undefined): string {
  return article ? outletOf(article).en.trim().toLowerCase() : '';
}

/** Two near-copies differ in a word that states a fact: a number, a day or a month. */
function differsInFact(a: string, b: string, lang: LangPack): boolean {
  // (A reference mark, "(1)" or "[2]", is no fact of the sentence; see withoutReferenceMarks.)
  const words = (t: string): Set<string> => new Set(normalizeText(withoutReferenceMarks(t)).split(' '));
  const wa = words(a);
  const wb = words(b);
  const fact = (w: string): boolean => /\d/.test(w) || lang.dayNames.has(w) || lang.months.has(w);
  return [...wa].some((w) => !wb.has(w) && fact(w)) || [...wb].some((w) => !wa.has(w) && fact(w));
}
