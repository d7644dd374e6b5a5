import { perLang } from './lang/perLang';
import type { LangPack } from './lang';
import type { PreparedArticle, PreparedSentence } from './prep';
import { escapeRegExp, tokenize, type SentenceView, type Token } from './text';
import type { Cue, Figure, OpinionKind, Quote, SentenceFinding } from './types';
import {
  CAPITAL_FIRST,
  CLAUSE_MARK,
  COLON_END,
  DIGIT_FIRST,
  HAS_COMMA,
  HAS_DIGIT,
  HAS_LETTER,
  LETTER_WORD,
  LOWER_FIRST,
  LOWER_WORD,
  NUMERAL,
  OPENS_QUOTE,
  PLAIN_PLURAL,
  POSSESSIVE_END,
  QUOTE_CLOSE_GAP,
  SEPARATOR,
  S_LAST,
  YEAR_WORD,
} from './shapes';

/** An -s, -ed or -ing form: not a bare stem. */
const INFLECTED = /(?:s|ed|ing)$/;
/** A mark that ends a phrase or a quotation. */
const CLAUSE_OR_QUOTE_MARK = /[,;:—–()"“”]/;
/** A comma, question or exclamation mark (a quotation maybe closed after it) ending the words before a tag. */
const TAG_GAP = /[,?!][”"»’]?\s*$/;
/** A question mark ending the sentence, a quotation maybe closed after it. */
const QUESTION_END = /\?["”»]?$/;
/** A capitalised adverb in -ly opening a sentence. */
const OPENING_ADVERB = /^\p{Lu}\p{Ll}+ly$/u;

/**
 * Reporting, attributed claim or the author's own opinion, per sentence, with the cues that
 * decide it. Quoted words belong to the speaker, so cues are looked for outside quotes; and
 * a sentence with no cue of its own takes the voice of the passage around it, as a reader does
 * (a bare "Right." in a blog rant is sarcasm, in a news report it would be a heading).
 */

/** What a sentence says about its voice: its text and which of its words are quoted decide it. */
interface Scan {
  quoted: number;
  /**
   * Some quotation of two words or more is someone's words: not a title or a name ("Sweet Caroline",
   * all in capitals) nor a term named ("known as "quiet quitting"").
   */
  quotesWords: boolean;
  /** The sentence opens inside a quotation (its first word is quoted). */
  opensQuoted: boolean;
  attribution: string | null;
  attributionAt: number;
  attributionMain: boolean;
  /** "Scottish Secretary Alister Jack said:": the line only hands over to the words below it (see verdict). */
  handsOver: boolean;
  loadedAt: number;
  trailingTag: string | null;
  /** The word that voices the writer: "I", "we", "our", or a "you" addressing the reader (see secondPerson). */
  firstPerson: string | null;
  /**
   * The only such word is a "you" ("It deprives you of your dignity"): the writer addresses the
   * reader, which voices the passage as much, but is not the first person, and no cue names it.
   */
  secondPerson: boolean;
  /** "it is illegal to…": a legal word stating a rule, not judging a thing. */
  rule: boolean;
  /** "for illegally charging fees", "this unlawful conduct": a legal word qualifying an act or a thing, not said of the subject. */
  finding: boolean;
  /** The first-person subject holds a view or a will ("we believe", "I urge", "we must"). */
  firstStance: boolean;
  rhetorical: boolean;
  loaded: string | null;
  /** The only loaded word is a weak cue ("merely"): opinion, but not sure enough to build a round on. */
  weak: boolean;
  /** The only loaded word is a legal or factual finding ("illegally"). */
  factual: boolean;
  speculation: string | null;
  /** A day or month named in the sentence (quoted or not). */
  day: string | null;
  /** A span or moment counted back from now ("since last year", "over the past two weeks"): when an act took place, to check. */
  recent: string | null;
  /** "We will keep the community updated", "I can announce: …": a first-person subject telling news of its own work. */
  newsPromise: boolean;
  /** The writer speaks as such: "I"/"we", a question, an exclamation ("What a farce."), outside quotes. */
  voice: boolean;
  /** A named actor and a past event ("NATO withdrew from the treaty"): checkable, whatever the passage around it. */
  event: boolean;
  /** ownVoice() of this scan. */
  own: number;
  /**
   * The writer takes a stance without an evaluative word: a duty or advice ("One must not
   * forget", "should be shamed") or a comment adverb opening the sentence ("Naturally, …").
   * News uses these too ("Applicants must register"), so they count only in an opinion piece.
   */
  stance: string | null;
  /** The only judging word is a superlative rank with the count that makes it ("the most victimized with over 100,000 complaints"). */
  measuredRank: boolean;
  /** The stance is "should" in the sentence's main clause after a subject of its own: a recommendation (see recommendsAt). */
  recommends: boolean;
  /** A speaker's courtesy or hand-over ("Thank you, good afternoon, everyone.", "You may begin, sir."): no view, whatever surrounds it. */
  courtesy: boolean;
  /** That recommendation is a duty ("The federal government must do more…"); several in one piece are a report of rules. */
  duty: boolean;
  /** A duty that a procedure's word, a number, a purpose or a deadline makes a rule reported (see dutyIsRule). */
  dutyRule: boolean;
  /**
   * Advice in the writer's own voice: an imperative ("Clean your refrigerator", "Do not eat…") or
   * "should" in the main clause ("Businesses should follow…"). A prescription, so an opinion.
   */
  advice: string | null;
  /**
   * A body named as the subject voices its own stance in the present ("The United States welcomes the verdict", "The
   * agency is encouraged by…", "The Council extends its deepest sympathy…"): its statement's view, an opinion.
   */
  bodyStance: string | null;
  /** The only judgement is an inference ("That indicates…"): opinion, but not sure enough to build a round on. */
  inferred: boolean;
  /**
   * The only judgement is a word of size or weight that news uses too ("massive", "a blow to"): the
   * writer's opinion only with a second cue of their own, or in a passage that has their voice.
   */
  mild: boolean;
  /**
   * The only judgement is a degree adverb on what someone did ("They simply refused", "merely voted against it"), not
   * on what a thing is ("The fee is merely a tax"): a speaker's stress that news and remarks use in plain accounts, the
   * writer's view only with a second cue of their own or in a passage that has their voice (see verdict).
   */
  degreeOnAct: boolean;
  /**
   * The only cue of the writer's voice is one evaluative word set on a thing in passing ("marked by
   * dubious claims"), not said of the subject ("the claims were dubious") nor made a superlative nor graded ("an already dire"):
   * in a sentence full of checkable detail it colours a report rather than makes it a view (see denseReport).
   */
  passing: boolean;
  /** The judgement is set right before a noun of what a source says ("a dire warning", "the alarming report"). */
  describesSpeech: boolean;
  /**
   * The sentence's only sign of a view is one evaluative word of the lexicon, and it is not what the
   * sentence says of its subject ("The plan was reckless", "is a reckless gamble"): it colours a thing
   * the sentence mentions, in a side phrase or in a report of an act ("Based on … and incredible work
   * with partners, we identified a wallet", "Many children have had their lives upended by the storm").
   * No first person, question, guess, duty, advice, superlative or second judging word backs it up.
   * Opinion by the word, but not sure enough to build a round on (see verdict).
   */
  lone: boolean;
  /**
   * A lone judging word (see lone) in a side part of the sentence (see sidePosition): a relative clause, a participle
   * clause or a phrase set off by commas, an opening phrase ("a family who recounted their harrowing escape", "Days
   * after the tragic accident, the minister said…"). In a passage without the writer's voice it colours a report, and
   * the sentence is read by its main clause (see verdict).
   */
  aside: boolean;
  /**
   * The only judgement stands in an opening clause that concedes a point ("While the rain is welcome news, the river is
   * still rising"; see concededEnd): granted in passing, it does not make the main claim a view (see verdict).
   */
  conceded: boolean;
  /**
   * Its only evaluative words are the content of a charge or allegation ("settled allegations that
   * the practices were unfair"): the accuser's words, so no opinion; but whose claim the sentence
   * carries is not plain, so a reporting verdict is not sure enough to build a round on.
   */
  alleged: boolean;
  /**
   * The sentence reports a share of a surveyed group answering ("57% of girls said they felt “persistently sad”"): a
   * quotation in the answer is the survey's wording, not someone's words the sentence carries (see shareSubject).
   */
  surveyed: boolean;
  /**
   * The main clause is a passive with its agent, a progressive or an existential "there is" ("These plans have been
   * endorsed by both parties", "Floods are creating deadly conditions", "There was outreach to victims"): it tells what
   * was done by whom, is happening or exists, not what the writer makes of it, so the voice of the passage around it does not make it a view
   * (see verdict).
   */
  account: boolean;
  /** A source that cannot judge (data, a study) shows a thing named after the verb (see sourceShowsThing): a judging word there is the writer's. */
  framed: boolean;
}

type View = SentenceView;

/**
 * The word at k is in capitals ("WHO", "AS") in a sentence that is not: an acronym, whatever the
 * word it spells means in lower case. (In a run of capitals, "THE COURT ORDERED", any word is.)
 */
function acronymAt(words: readonly { text: string }[], k: number): boolean {
  const caps = (w: { text: string } | undefined): boolean => w !== undefined && /^\p{Lu}{2,}$/u.test(w.text.replace(/^\(|\)$/g, ''));
  return caps(words[k]) && !caps(words[k - 1]) && !caps(words[k + 1]);
}

/** "who", "which" at k: a relative pronoun, not the acronym "WHO" (the World Health Organization). */
function relativeAt(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  return lang.relativePronouns.has(tokens[k]?.norm ?? '') && !acronymAt(tokens, k);
}

function seqAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[at + k]?.norm !== words[k]) return false;
  return true;
}

/** The subject of a contraction with "be" ("it's" → "it", "I'm" → "i"). */
function contractedSubject(w: string): string {
  return w.split(/['’]/)[0] ?? '';
}

/** How many words of "be" and its auxiliaries an impersonal passive may run between "it" and its verb ("it had been said"). */
const IMPERSONAL_AUXILIARIES = 3;

/**
 * "It is widely reported that…", "it had been announced that…", "It's believed the…": "it", a form of "be" (after "has" or
 * "had" too), at most one adverb and a verb of saying or belief (LangPack.impersonalVerbs) before the claim: a claim credited
 * to no one in particular. The words as found, lower case, or null.
 */
function impersonalPassive(lang: LangPack, text: string, tokens: readonly Token[]): string | null {
  const verbs = lang.impersonalVerbs;
  if (!verbs) return null;
  for (let k = 0; k < tokens.length - 2; k++) {
    const w = (tokens[k] as Token).norm;
    // ("it's": the form of "be" is joined on.)
    const joined = (lang.copulaContractions?.has(w) ?? false) && lang.functionWords.it.has(contractedSubject(w));
    if (!joined && !lang.functionWords.it.has(w)) continue;
    let j = k + 1;
    let be = joined;
    while (j <= k + IMPERSONAL_AUXILIARIES && j < tokens.length) {
      const x = (tokens[j] as Token).norm;
      if (!lang.beForms.has(x) && !lang.perfectAuxiliaries.has(x)) break;
      be ||= lang.beForms.has(x);
      j++;
    }
    if (!be) continue;
    if (lang.isAdverbForm(tokens[j]?.norm ?? '')) j++;
    // ("at the time it was announced in 2019": after a noun, with a place or a time after the verb, "it" is the thing announced,
    // not a claim's dummy subject; "In addition, it was noted in the audit the…" opens its clause after a comma.)
    const next = tokens[j + 1]?.norm;
    const prev = tokens[k - 1];
    const afterNoun = prev !== undefined && LOWER_WORD.test(prev.text) && !lang.stopwords.has(prev.norm) && !SEPARATOR.test(text.slice(prev.end, (tokens[k] as Token).start));
    if (verbs.has(tokens[j]?.norm ?? '') && next !== undefined && !(afterNoun && lang.namePrepositions.has(next)))
      return tokens
        .slice(k, j + 1)
        .map((t) => t.norm)
        .join(' ');
  }
  return null;
}

const phraseIndex = new WeakMap<readonly (readonly string[])[], Map<string, (readonly string[])[]>>();
/** The first phrase of `list` in the tokens, passing over any that `skip` turns down where it stands. */
export function findPhrase(tokens: readonly Token[], list: readonly (readonly string[])[], skip?: (phrase: readonly string[], at: number) => boolean): string | null {
  let byFirst = phraseIndex.get(list);
  if (!byFirst) {
    byFirst = new Map();
    for (const ph of list) {
      const k = ph[0] as string;
      byFirst.set(k, [...(byFirst.get(k) ?? []), ph]);
    }
    phraseIndex.set(list, byFirst);
  }
  for (let i = 0; i < tokens.length; i++) {
    const cands = byFirst.get((tokens[i] as Token).norm);
    if (cands) for (const ph of cands) if (seqAt(tokens, i, ph) && !(skip?.(ph, i) ?? false)) return ph.join(' ');
  }
  return null;
}

/**
 * "reached yet another new record high": a counting phrase (see LangPack.countingPhrases) whose noun, within three words,
 * is a measured record or change tallies it; "yet another setback" judges.
 */
function countsMeasure(lang: LangPack, tokens: readonly Token[], phrase: readonly string[], at: number): boolean {
  if (!(lang.countingPhrases?.some((ph) => ph.join(' ') === phrase.join(' ')) ?? false)) return false;
  const after = at + phrase.length;
  return tokens.slice(after, after + 3).some((t) => lang.measuredNouns?.has(t.norm) ?? false);
}

/** A listed judging phrase among the tokens, not one that only tallies a measure (see countsMeasure). */
function judgingPhrase(lang: LangPack, tokens: readonly Token[]): string | null {
  return findPhrase(tokens, lang.loadedPhrases, (ph, at) => countsMeasure(lang, tokens, ph, at) || postureAt(lang, tokens, ph, at) || askedBy(lang, tokens, ph, at));
}

/**
 * "Grassley is raising questions about how the FBI gathers…", "She raised doubts about…": a person (a name or "he", "she",
 * "they") as the subject of raising questions or doubts does an act the sentence reports; "The delay raises questions about…"
 * is the writer weighing what a thing means.
 */
function askedBy(lang: LangPack, tokens: readonly Token[], phrase: readonly string[], at: number): boolean {
  // (In a title every word is capitalised, "Dinner with Extremists Raises Questions…": no subject is told by its capital.)
  if (!(lang.askingVerbs?.has(phrase[0] ?? '') ?? false) || !LOWER_WORD.test(tokens[at]?.text ?? '')) return false;
  let b = at - 1;
  if (lang.beForms.has(tokens[b]?.norm ?? '') || lang.auxiliaries.has(tokens[b]?.norm ?? '') || lang.isAdverbForm(tokens[b]?.norm ?? '')) b--;
  const subject = tokens[b];
  if (!subject) return false;
  return lang.pronouns.has(subject.norm) || (CAPITAL_FIRST.test(subject.text) && !lang.notNames.has(subject.text) && !lang.grammaticalArticles.has(subject.norm));
}

/**
 * "The mill stands with its back to the river": "with" and a possessive after it, a posture, not solidarity. So too "the
 * officials standing with me": the -ing form after a noun, with a person's pronoun, says who stands beside the speaker.
 */
function postureAt(lang: LangPack, tokens: readonly Token[], phrase: readonly string[], at: number): boolean {
  if (!lang.functionWords.with.has(phrase[phrase.length - 1] ?? '')) return false;
  const after = tokens[at + phrase.length]?.norm ?? '';
  if (lang.possessivePronouns?.has(after) ?? false) return true;
  const before = tokens[at - 1]?.norm ?? '';
  return (
    lang.isProgressiveForm(phrase[0] ?? '') &&
    (lang.objectPronouns?.has(after) ?? false) &&
    before !== '' &&
    !lang.beForms.has(before) &&
    !lang.auxiliaries.has(before) &&
    !lang.stopwords.has(before)
  );
}

// scan runs once per sentence and quoted span: its helpers that need no state of one call are
// functions here, not closures made (and, under tsx, named) on every call.

/** People states only the living can be in (see LangPack.peopleStates): a count in one is a toll of people. */
export const TOLL_STATES: ReadonlySet<string> = new Set(['killed', 'injured']);

/** A token inside one of the quoted spans. */
function inSpans(here: readonly { start: number; end: number }[], t: Token): boolean {
  return here.length > 0 && here.some((q) => q.start <= t.start && q.end >= t.end);
}

/**
 * A past event narrated within three words after the first-person subject at k, or the role the speaker held; or a body's act
 * done as it speaks, "We are issuing this notice", "we now recall…" (a verb of such acts right
 * after the subject, past only a form of "be" or an adverb).
 */
function narratesAt(lang: LangPack, outside: readonly Token[], k: number): boolean {
  if (selfRoleAt(lang, outside, k) || selfIntroducedAt(lang, outside, k) || pastFeelingActAt(lang, outside, k) || existentialHaveAt(lang, outside, k)) return true;
  // "I was the member on scene", "We were the first crew there": a past "be" and a definite article, the role the speaker
  // held then, a fact ("I was a fool to…" classifies, and may judge).
  if ((lang.pastRoleLinks?.has(outside[k + 1]?.norm ?? '') ?? false) && (lang.roleDeterminers?.has(outside[k + 2]?.norm ?? '') ?? false)) return true;
  let linked = true;
  // ("we're", "I'm": the form of "be" is in the subject. "…if I were acting alone": a condition, not an act under way.)
  let be = lang.beContractions?.has((outside[k] as Token).norm) ?? false;
  const supposed = lang.adviceConditions?.has(outside[k - 1]?.norm ?? '') ?? false;
  // ("We will give workers a better deal": after "will" an act is a promise; only the running of a briefing stays an act.)
  let promised = false;
  for (let j = k + 1; j <= Math.min(outside.length - 1, k + 3); j++) {
    // ("We are pleased to see that…", "we are glad that…": a feeling the speaker professes about what happened is a view; "we
    // are pleased to announce…" frames the news it gives, and goes on below.)
    if (be && feltAbout(lang, outside, j)) return false;
    // ("We welcome Japan’s continued transparency": a verb of view right after the subject holds the clause; a participle in
    // its object, "continued", narrates nothing.)
    if (linked && !be && (lang.stanceVerbs?.has((outside[j] as Token).norm) ?? false)) return false;
    if (pastEventAt(lang, outside, j)) return true;
    // ("We are in close communication with the authorities", "my staff and I have been in contact with…": the speaker's work.)
    if (be && (lang.contactPhrases ?? []).some((ph) => seqAt(outside, j, ph))) return true;
    // ("We are here today to announce the charges": what the speaker is there to do is an act of theirs.)
    if (be && (lang.presenceLinks ?? []).some((ph) => seqAt(outside, j, ph) && (lang.ownActVerbs?.has(outside[j + ph.length]?.norm ?? '') ?? false))) return true;
    const w = (outside[j] as Token).norm;
    if (linked && !promised && (lang.ownActVerbs?.has(w) ?? false) && !actForStance(lang, outside, j)) return true;
    if (linked && (lang.procedureVerbs?.has(w) ?? false)) return true;
    if (linked && be && !supposed && progressiveActAt(lang, outside, j)) return true;
    be ||= lang.beForms.has(w);
    promised ||= lang.futureLinks?.has(w) ?? false;
    linked &&= lang.beForms.has(w) || lang.isAdverbForm(w) || (lang.ownActLinks?.has(w) ?? false) || (lang.futureLinks?.has(w) ?? false);
  }
  return false;
}

/**
 * A feeling at j (see LangPack.feelingJudgements) followed by "that", or by "to" and a verb of learning ("pleased to see", "glad
 * to learn"; not "pleased to partner", "honored to be joined"): what the speaker feels about a thing.
 */
function feltAbout(lang: LangPack, outside: readonly Token[], j: number): boolean {
  if (!(lang.feelingJudgements?.has(outside[j]?.norm ?? '') ?? false)) return false;
  const next = outside[j + 1]?.norm ?? '';
  if (lang.functionWords.that.has(next)) return true;
  return lang.functionWords.to.has(next) && (lang.learningVerbs?.has(outside[j + 2]?.norm ?? '') ?? false);
}

/**
 * "We are closely working with the government", "we're seeing impacts from the storm", "I am joining you from the site": after
 * a first-person subject and a form of "be", a verb in -ing of what the speaker is doing as they speak, an account of their
 * work. Not a verb of view, will or speech ("we are urging", "I am hoping", "we are calling on"), nor a wish or a plan
 * ("we are praying for them", "we're counting on donors", "we're going to do everything": see LangPack.progressiveWishes),
 * nor an act done to voice a stance ("I am writing to urge…").
 */
function progressiveActAt(lang: LangPack, outside: readonly Token[], j: number): boolean {
  const t = outside[j] as Token;
  if (!LOWER_WORD.test(t.text) || !lang.isProgressiveForm(t.norm) || t.norm.length < 6) return false;
  const viewOrSpeech = (w: string): boolean => viewOrSpeechVerb(lang, w);
  if (viewOrSpeech(t.norm) || (lang.basesOfProgressive?.(t.norm) ?? []).some(viewOrSpeech)) return false;
  return !(lang.progressiveWishes?.has(t.norm) ?? false) && !actForStance(lang, outside, j);
}

/** "writing to urge", "issuing this to call for": the act at j is done to voice a view or a will, "to" and such a verb right after it. */
function actForStance(lang: LangPack, outside: readonly Token[], j: number): boolean {
  return lang.functionWords.to.has(outside[j + 1]?.norm ?? '') && viewOrSpeechVerb(lang, outside[j + 2]?.norm ?? '');
}

/** A verb of view, will or speech ("urge", "believe", "said"). */
function viewOrSpeechVerb(lang: LangPack, w: string): boolean {
  return (lang.stanceVerbs?.has(w) ?? false) || lang.attributionVerbs.has(w);
}

/**
 * "We have families who lost everything", "we have 40 crews that…": the first-person subject at k, "have" and, within a
 * few words and with no article first, a relative clause on what they have: "there are", told by a speaker of their
 * place, a fact ("We have a duty to…", "We have a plan that…" name what the speaker holds, and may judge).
 */
function existentialHaveAt(lang: LangPack, outside: readonly Token[], k: number): boolean {
  if (!(lang.existentialHave?.has(outside[k + 1]?.norm ?? '') ?? false)) return false;
  const next = outside[k + 2]?.norm ?? '';
  if (lang.grammaticalArticles.has(next) || lang.determiners.has(next)) return false;
  for (let j = k + 3; j <= k + 5 && j < outside.length; j++) if (relativeAt(lang, outside, j)) return true;
  return false;
}

/**
 * "Silva had 51%, and the election board said…": the verb at k opens a second main clause of its own, after a comma and
 * "and" or "but" and a short subject (a few words, none of them a verb or a subordinator), not set before a noun.
 */
function ownSubjectClauseAt(lang: LangPack, text: string, outside: readonly Token[], k: number): boolean {
  // ("…, and the original outlined area was upgraded": a participle set before a noun whose verb follows it.)
  const after = outside[k + 2]?.norm ?? '';
  if (lang.beForms.has(after) || lang.auxiliaries.has(after)) return false;
  for (let c = k - 2; c >= Math.max(1, k - 6); c--) {
    const w = (outside[c] as Token).norm;
    if (lang.coordinators.has(w)) return /,\s*$/.test(text.slice((outside[c - 1] as Token).end, (outside[c] as Token).start));
    if (
      lang.beForms.has(w) ||
      lang.auxiliaries.has(w) ||
      lang.modals.has(w) ||
      lang.subordinators.has(w) ||
      relativeAt(lang, outside, c) ||
      HAS_COMMA.test(text.slice((outside[c] as Token).end, (outside[c + 1] as Token).start))
    )
      return false;
  }
  return false;
}

/**
 * "I am myself a proud native Ohioan", "We are both veterans": the first-person subject at k, a form of "be" and, within
 * a few words, a noun of who the speaker is by birth, home, family or service (see LangPack.selfRoleNouns): a fact of the
 * speaker's life, told as a biography is, not a view.
 */
function selfRoleAt(lang: LangPack, outside: readonly Token[], k: number): boolean {
  if (!lang.selfRoleNouns || !lang.beForms.has(outside[k + 1]?.norm ?? '')) return false;
  let j = k + 2;
  while (j < k + 5 && (lang.selfRoleLinks?.has(outside[j]?.norm ?? '') ?? false)) j++;
  // (At most one describing word before the role: "a proud native", not a clause.)
  // ("I am the assistant director in charge of…": an office the speaker holds is such a fact too.)
  const role = (w: string): boolean => (lang.selfRoleNouns?.has(w) ?? false) || (lang.bodyOfficeTitles?.has(w) ?? false);
  return role(outside[j]?.norm ?? '') || role(outside[j + 1]?.norm ?? '');
}

/**
 * "I'm Tom Bossert.", "I am Debbie Hersman, Chairman of the…", "I'm the Assistant to the President for…": a speaker opening
 * with who they are, a name of two capitalised words or a capitalised office after "the", right after "I am" or "I'm". The
 * speaker's name and post, to check, not a view. (Only "I", present, and at the start: "We are America" is a slogan.)
 */
function selfIntroducedAt(lang: LangPack, outside: readonly Token[], k: number): boolean {
  if (k !== 0) return false;
  const first = outside[0] as Token;
  const contracted = (lang.beContractions?.has(first.norm) ?? false) && lang.firstPersonSubjects.has(contractedSubject(first.norm));
  const j = contracted ? 1 : lang.functionWords.I.has(first.text) && (lang.presentFirstBe?.has(outside[1]?.norm ?? '') ?? false) ? 2 : -1;
  if (j < 0) return false;
  const capital = (t: Token | undefined): boolean => t !== undefined && CAPITAL_FIRST.test(t.text) && !lang.functionWords.I.has(t.text);
  return (capital(outside[j]) && capital(outside[j + 1])) || (lang.functionWords.the.has(outside[j]?.norm ?? '') && capital(outside[j + 1]));
}

/**
 * "I was proud to join…", "we were honored to host…": the first-person subject at k, a past "be", a feeling the speaker
 * professes (see LangPack.feelingJudgements) and "to" with a verb: a past act of the speaker, told with what it felt
 * like, a fact to check ("I am proud of the plan" is a view of the present).
 */
function pastFeelingActAt(lang: LangPack, outside: readonly Token[], k: number): boolean {
  return (
    (lang.pastRoleLinks?.has(outside[k + 1]?.norm ?? '') ?? false) &&
    (lang.feelingJudgements?.has(outside[k + 2]?.norm ?? '') ?? false) &&
    lang.functionWords.to.has(outside[k + 3]?.norm ?? '') &&
    LOWER_WORD.test(outside[k + 4]?.text ?? '')
  );
}

/** A possessive pronoun that is also a noun ("mine") stands as the pronoun at k: after "of" or a form of "be", or first before a verb. */
function pronounMineAt(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1]?.norm;
  if (prev === undefined) {
    const next = tokens[k + 1]?.norm ?? '';
    return auxiliaryOrModal(lang, next);
  }
  return lang.functionWords.of.has(prev) || lang.beForms.has(prev);
}

/** A form of "be", an auxiliary or a modal: the finite verb of a clause ("was", "has", "will"). */
function auxiliaryOrModal(lang: LangPack, w: string): boolean {
  return lang.beForms.has(w) || lang.auxiliaries.has(w) || lang.modals.has(w);
}

/** Only spaces between the tokens at a and b (no comma, no quotation mark). */
function touching(text: string, outside: readonly Token[], a: number, b: number): boolean {
  return /^\s+$/.test(text.slice((outside[a] as Token).end, (outside[b] as Token).start));
}

/**
 * A judging adverb in -ly ("overly", "grossly") at k with the plain word it grades after it: where the run ends.
 * It grades a word only where an adjective stands ("is grossly unfair", "a confusingly worded", "how tremendously
 * grateful", "and overly broad"); "Kansans surely know" is a sentence adverb and a verb.
 */
function gradedEnd(lang: LangPack, text: string, outside: readonly Token[], k: number): number {
  const next = outside[k + 1];
  const prev = outside[k - 1]?.norm ?? '';
  const place = lang.beForms.has(prev) || lang.nounDeterminers.has(prev) || (lang.pairJoiners?.has(prev) ?? false) || (lang.gradedAfter?.has(prev) ?? false);
  const grades =
    place &&
    lang.isAdverbForm((outside[k] as Token).norm) &&
    !stanceAdverb(lang, outside[k] as Token) &&
    next !== undefined &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(next.text) &&
    !lang.stopwords.has(next.norm);
  return grades && touching(text, outside, k, k + 1) ? k + 1 : k;
}

/**
 * The judging words shown to the player, from the loaded word at k: "vague and overly broad", not
 * "vague"; "grossly unfair", not "grossly". A judging adverb takes the word it grades, and "and" or
 * "or" a second judging word right after it.
 */
function judgingRun(lang: LangPack, text: string, outside: readonly Token[], k: number, judges: (t: Token, k: number) => boolean): string {
  let end = gradedEnd(lang, text, outside, k);
  const joiner = outside[end + 1];
  const second = outside[end + 2];
  if (joiner && second && lang.pairJoiners?.has(joiner.norm) && touching(text, outside, end, end + 1) && touching(text, outside, end + 1, end + 2) && judges(second, end + 2))
    end = gradedEnd(lang, text, outside, end + 2);
  return text.slice((outside[k] as Token).start, (outside[end] as Token).end).replace(/\s+/g, ' ');
}

/** A sentence adverb of the writer's attitude ("hopefully"): it judges, but a later judging word is the cue shown. */
function stanceAdverb(lang: LangPack, t: Token): boolean {
  return lang.stanceAdverbs?.has(t.norm) ?? false;
}

/** A word of size or weight ("massive", "tremendous"): mild. */
function mildWord(lang: LangPack, t: Token, tokens?: readonly Token[]): boolean {
  if (lang.mildLoaded?.has(t.norm) ?? false) return true;
  return tokens !== undefined && stockAidAt(lang, tokens, tokens.indexOf(t));
}

/**
 * "vital supplies", "vital humanitarian assistance", "vital defense funding": a word of weight set before a noun of aid
 * (a word between at most) is the stock phrase of an aid release, mild; "a vital role in the verdict" still weighs a cause.
 */
function stockAidAt(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  if (k < 0 || !(lang.weightJudgements?.has((tokens[k] as Token).norm) ?? false)) return false;
  for (let j = k + 1; j <= Math.min(tokens.length - 1, k + 2); j++) {
    const t = tokens[j] as Token;
    if (lang.aidNouns?.has(t.norm) ?? false) return true;
    if (!LOWER_WORD.test(t.text.replace(/-/g, '')) || lang.stopwords.has(t.norm)) return false;
  }
  return false;
}

/** Mild where it stands: not said of its subject as the sentence's point (see predicative). */
function mildAt(lang: LangPack, outside: readonly Token[], at: number): boolean {
  return at >= 0 && !predicative(lang, outside, at);
}

/** Where a listed mild phrase starts among the tokens outside quotes (-1: not a mild phrase, or not there). */
function mildPhraseAt(lang: LangPack, outside: readonly Token[], listedPhrase: string | null): number {
  const phrase = lang.mildPhrases?.find((ph) => ph.join(' ') === listedPhrase);
  return phrase ? outside.findIndex((_, k) => seqAt(outside, k, phrase)) : -1;
}

/**
 * A hedge from `from` to `to` that asserts no guess of the writer's: it hedges an estimate of a figure, a count
 * ("perhaps even more injured", "possibly thousands") or a count's trend ("are likely to increase", "will likely
 * continue to climb"), the uncertainty a report of figures carries; or it stands in a question the sentence only
 * mentions, after "how" or "whether" in the same clause ("to see how it might redirect…", "whether the levy may
 * rise"), which asks and does not claim.
 */
function unasserted(lang: LangPack, text: string, tokens: readonly Token[], from: number, to: number): boolean {
  if (from < 0) return false;
  for (let j = to + 1; j <= Math.min(tokens.length - 1, to + 4); j++) {
    const w = (tokens[j] as Token).norm;
    if (lang.trendVerbs?.has(w) ?? false) return true;
    if ((lang.thresholdVerbs?.has(w) ?? false) && levelAfter(lang, tokens, j)) return true;
    if (countWord(lang, w) || (lang.roughCounts?.has(w) ?? false)) return true;
    // "more injured", "more cases", "more than 100": more of a count (not "more dangerous").
    const next = tokens[j + 1]?.norm ?? '';
    if ((lang.moreWords?.has(w) ?? false) && ((lang.comparisonWords?.has(next) ?? false) || lang.functionWords.of.has(next) || /(?:ed|s)$/.test(next))) return true;
    if (!(lang.estimateLinks?.has(w) ?? false)) break;
  }
  // (Up to five words back: "how and where the levy might…" joins a second question word before the subject.)
  for (let b = from - 1; b >= Math.max(1, from - 5); b--) {
    const t = tokens[b] as Token;
    if (CLAUSE_MARK.test(text.slice(t.end, (tokens[b + 1] as Token).start))) return false;
    if (lang.questionWords?.has(t.norm) ?? false) return true;
  }
  return false;
}

/** A past participle: a regular "-ed" form or a listed irregular one ("affected", "taken"). */
function participleWord(lang: LangPack, w: string): boolean {
  return PARTICIPLE_ED.test(w) || lang.pastParticiples.has(w);
}

const PARTICIPLE_ED = /^\p{Ll}{2,}ed$/u;

/**
 * A hedge from `from` to `to` on a state already reached: a participle of what was done or suffered after the hedge and
 * a form of "be" or "have" around it ("Crops are all likely affected", "Roads have likely been cut", "Activity appears to
 * have picked up"). It qualifies an assessment of what has happened, which a report gives as such; a guess at what will
 * happen ("is likely to worsen", "will likely be lower") is the writer's.
 */
function hedgedState(lang: LangPack, tokens: readonly Token[], from: number, to: number, passiveOnly = false): boolean {
  if (from < 0) return false;
  const filler = (k: number): boolean => lang.stateHedgeFillers?.has(tokens[k]?.norm ?? '') ?? false;
  const skip = (k: number): number => {
    while (filler(k)) k++;
    return k;
  };
  // "been damaged", "been partially damaged": "been" only with a participle after it ("have reportedly been talks" is no state).
  const suffered = (k: number): boolean => {
    let m = skip(k + 1);
    if (VIEW_ADVERB.test(tokens[m]?.norm ?? '')) m++;
    // ("has reportedly been identified as Jon Roe": who someone is, a claim passed on, no state reached.)
    return lang.functionWords.been.has(tokens[k]?.norm ?? '') && participleWord(lang, tokens[m]?.norm ?? '') && !(lang.identifyingParticiples?.has(tokens[m]?.norm ?? '') ?? false);
  };
  const j = skip(to + 1);
  const next = tokens[j]?.norm ?? '';
  // "appears to have picked up": the perfect after the hedge.
  if (lang.perfectAuxiliaries.has(next)) {
    const m = skip(j + 1);
    return suffered(m) || (!passiveOnly && participleWord(lang, tokens[m]?.norm ?? ''));
  }
  // "are all likely affected", "have likely been impacted": "be" or "have" before the hedge (or in it, "is likely").
  let b = from - 1;
  while (b >= 0 && filler(b)) b--;
  const before = [tokens[b], ...tokens.slice(from, to + 1)];
  if (suffered(j)) return before.some((t) => t !== undefined && lang.perfectAuxiliaries.has(t.norm));
  return before.some((t) => t !== undefined && lang.beForms.has(t.norm)) && participleWord(lang, next);
}

/** A figure, a rough count or a record within four words after the verb at j: the level it crosses ("pass 400 ppm", "reach a record"). */
function levelAfter(lang: LangPack, tokens: readonly Token[], j: number): boolean {
  return tokens
    .slice(j + 1, j + 5)
    .some((t) => DIGIT_FIRST.test(t.text) || countWord(lang, t.norm) || (lang.roughCounts?.has(t.norm) ?? false) || (lang.measuredNouns?.has(t.norm) ?? false));
}

/**
 * "the Sun's outer atmosphere, called the corona": a verb of naming right after a comma, a bracket or a dash, with no
 * subject of its own, is a participle that names the thing before it, not someone calling it so (nor an inverted tag).
 */
function namingAt(lang: LangPack, text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  // (Not "…, the conference's host, called on nations to…", "…, called for a ceasefire": a call made, after an aside.)
  const calling = lang.namingNotBefore?.has(tokens[k + 1]?.norm ?? '') ?? false;
  if ((lang.namingParticiples?.has(t.norm) ?? false) && !calling && k > 0 && /[,(–—]\s*$/.test(text.slice((tokens[k - 1] as Token).end, t.start))) return true;
  // ("dockworkers (commonly called longshoremen)", "a campaign called Operation ProtecTor", "a type of kidney failure called
  // hemolytic uremic syndrome": after an adverb of naming, or after a thing that "a"/"an" opens a few plain words back, the
  // participle gives that thing its name; a speaker's subject is not opened by "a" in the reports these come from.)
  if (
    (lang.namingParticiples?.has(t.norm) ?? false) &&
    !calling &&
    k > 1 &&
    (lang.namingAdverbs?.has((tokens[k - 1] as Token).norm) || indefiniteThingBefore(lang, text, tokens, k))
  )
    return true;
  // ("Previously declared as the UN "safe area," 8,372 … were executed": a participle opening the sentence, before "as",
  // gives the place its status; it credits no one with the claim the main clause makes.)
  if (lang.isRegularPast(t.norm) && lang.functionWords.as.has(tokens[k + 1]?.norm ?? '') && tokens.slice(0, k).every((x) => lang.isAdverbForm(x.norm))) return true;
  // "created what volcanologists call an umbrella cloud": a clause that gives a thing its name reports no one's claim.
  if (!(lang.namingClauseVerbs?.has(t.norm) ?? false)) return false;
  for (let b = k - 1; b >= Math.max(0, k - NAMING_REACH); b--) if (lang.namingClauseOpeners?.has((tokens[b] as Token).norm)) return true;
  return false;
}

/** A plain lower-case noun phrase right before k that "a"/"an" opens within five words, with no comma or name between ("a type of kidney failure"). */
function indefiniteThingBefore(lang: LangPack, text: string, tokens: readonly Token[], k: number): boolean {
  const noun = (tokens[k - 1] as Token).norm;
  if (lang.personTitles.has(noun) || (lang.speakerGroups?.has(noun) ?? false)) return false;
  for (let b = k - 1; b >= Math.max(0, k - 5); b--) {
    const w = tokens[b] as Token;
    if (HAS_COMMA.test(text.slice(w.end, (tokens[b + 1] as Token).start))) return false;
    // (Not the sentence's subject, "A spokesman called the decision…": the article follows a word of the sentence, not its start or a comma.)
    if (b < k - 1 && lang.indefiniteArticles.has(w.norm))
      return b > 0 && LOWER_WORD.test((tokens[b - 1] as Token).text) && !HAS_COMMA.test(text.slice((tokens[b - 1] as Token).end, w.start));
    if (!LOWER_WORD.test(w.text) || (lang.stopwords.has(w.norm) && !lang.functionWords.of.has(w.norm))) return false;
  }
  return false;
}

/**
 * "Other images released on Monday reveal a field of stars", "The new photos show…": the verb at k has a picture or a
 * recording for its subject, a few words before it with no clause, comma or person between; the picture depicts what
 * it shows, and no one's claim is credited. (A speaker later in the sentence, "a video shows the mayor saying…", still is.)
 */
function pictureSubjectAt(lang: LangPack, text: string, tokens: readonly Token[], k: number): boolean {
  for (let b = k - 1; b >= Math.max(0, k - PICTURE_REACH); b--) {
    const t = tokens[b] as Token;
    if (CLAUSE_MARK.test(text.slice(t.end, (tokens[b + 1] as Token).start))) return false;
    if (lang.pictureNouns?.has(t.norm) ?? false) return true;
    if (lang.subordinators.has(t.norm) || lang.relativePronouns.has(t.norm) || lang.clauseSubjects.has(t.norm) || lang.personTitles.has(t.norm)) return false;
  }
  return false;
}

/** How many words before its verb a picture may stand as its subject ("images released by the agency yesterday reveal"). */
const PICTURE_REACH = 6;

/**
 * A courtesy opens the sentence ("Thank you for…", "I want to welcome…"), or follows only words that order the remarks
 * ("First – I would be remiss not to mention…", "Finally, I want to thank…").
 */
export function courtesyAt(lang: LangPack, given: readonly Token[], openers = lang.courtesyOpeners): boolean {
  // ("I do want to take a moment…", "we really want to thank…": a word of emphasis after the speaker changes no formula.)
  const emphasis = lang.speakerEmphasis;
  const tokens = emphasis ? given.filter((t, k) => !(emphasis.has(t.norm) && lang.firstPersonSubjects.has(given[k - 1]?.norm ?? ''))) : given;
  for (let k = 0; k <= COURTESY_LEAD_IN; k++) {
    if (openers?.some((ph) => seqAt(tokens, k, ph)) ?? false) return true;
    // ("We welcome Chairman Tae-hwan Cho of…": a guest greeted by name or title; "We welcome the verdict" is a stance.)
    if (lang.firstPersonSubjects.has(tokens[k]?.norm ?? '') && (lang.greetingVerbs?.has(tokens[k + 1]?.norm ?? '') ?? false) && CAPITAL_FIRST.test(tokens[k + 2]?.text ?? ''))
      // ("We welcome Japan’s continued transparency": a name's possessive opens the thing welcomed, a stance, not a guest.)
      return !lang.grammaticalArticles.has(tokens[k + 2]?.norm ?? '') && !POSSESSIVE_END.test(tokens[k + 2]?.norm ?? '');
    if (!(lang.courtesyLeadIns?.has(tokens[k]?.norm ?? '') ?? false)) return false;
  }
  return false;
}

/**
 * "Dr Roe will read a statement and then we will open the floor to questions.": a briefing's order of business, wherever it
 * stands in the sentence; its "we" runs the briefing, it holds no view. So is a floor's or a question time's business opening
 * the sentence ("I ask unanimous consent that…", "My question is to the Prime Minister.").
 */
function proceduralAt(lang: LangPack, tokens: readonly Token[]): boolean {
  const phrases = lang.briefingProcedure ?? [];
  for (let k = 0; k < tokens.length; k++) if (phrases.some((ph) => seqAt(tokens, k, ph))) return true;
  const opens = (ph: readonly string[]): boolean => seqAt(tokens, 0, ph);
  return (lang.floorProcedureOpeners ?? []).some(opens) || (lang.questionTimeOpeners ?? []).some(opens);
}

/** "Anne Roe: Thank you, good afternoon, everyone.": a transcript's speaker label, then a courtesy. */
function labelledCourtesy(lang: LangPack, text: string): boolean {
  const label = TRANSCRIPT_LABEL.exec(text);
  return label !== null && courtesyAt(lang, tokenize(text.slice(label[0].length)));
}

/** A name of up to four words and a colon opening a transcript's line: "Anne Roe:", "Dr. Roe:", "Operator:". */
const TRANSCRIPT_LABEL = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}:\s+/u;

/** The most words that may order the remarks or address the guest before a courtesy ("First of all,", "Well, Mr. Prime Minister,"). */
const COURTESY_LEAD_IN = 4;

/** How many words of its noun phrase may follow the "our" that opens a subject ("Our foreign partners conducted…"). */
const OWN_SUBJECT_REACH = 3;

/** How many words before its verb the opener of a naming clause may stand ("what many marine scientists call"). */
const NAMING_REACH = 4;

/** "in May", "May 5": the month, not a guess. */
function isMonth(lang: LangPack, v: View, t: Token): boolean {
  if (!lang.months.has(t.norm)) return false;
  const k = v.tokens.indexOf(t);
  return (k > 0 && CAPITAL_FIRST.test(t.text)) || DIGIT_FIRST.test(v.tokens[k + 1]?.text ?? '') || DIGIT_FIRST.test(v.tokens[k - 1]?.text ?? '');
}

/** What may close a sentence after its last word: quotation marks, a bracket, spaces, full stops. */
const CLOSING_MARK = /["'”»’)\s.]/;

/**
 * The last character of the text before a run of such marks at its end ('' if there is none):
 * `text.replace(/[…]+$/, '').slice(-1)` read backwards, without trying the pattern at every space.
 */
function lastCharBefore(text: string, mark: RegExp): string {
  let i = text.length - 1;
  while (i >= 0 && mark.test(text[i] as string)) i--;
  return i >= 0 ? (text[i] as string) : '';
}

/** Words that may stand between the participle of a held view and its "by": "widely", "generally", "long". */
const VIEW_ADVERB = /^\p{Ll}+ly$/u;

/**
 * A view held by a group, in the passive: a form of "be" ("is", "has been", "are widely"), a
 * participle of holding a view ("accepted", "seen", "regarded"), "by", and a group named in the
 * plural ("experts", "most economists"). The writer reports whose view it is: the claim is
 * attributed, to that group. "The bridge was built by engineers" names no view: "built" is not listed.
 */
function heldViewAt(lang: LangPack, outside: readonly Token[]): Token | null {
  const participles = lang.heldViewParticiples;
  const holders = lang.viewHolders;
  if (!participles || !holders) return null;
  for (let k = 1; k < outside.length - 2; k++) {
    const t = outside[k] as Token;
    if (!participles.has(t.norm)) continue;
    let b = k - 1;
    while (b > 0 && VIEW_ADVERB.test(outside[b]?.norm ?? '') && k - b <= 2) b--;
    if (!lang.beForms.has(outside[b]?.norm ?? '')) continue;
    let j = k + 1;
    if (VIEW_ADVERB.test(outside[j]?.norm ?? '')) j++;
    const by = outside[j];
    if (!by || !lang.functionWords.by.has(by.norm)) continue;
    j++;
    if (lang.viewHolderQuantifiers.has(outside[j]?.norm ?? '')) j++;
    const holder = outside[j];
    if (holder && holders.has(holder.norm)) return { ...t, text: `${t.text} ${by.norm}` };
  }
  return null;
}

/**
 * A view held, named by its owner's possessive, with its content in a clause: "CDC's assessment is that…", "USSPACECOM's
 * initial assessment is that…", "It is my understanding that…", or opening the sentence before a comma ("In CBO's
 * projections, …"). The writer reports whose view it is: the claim is attributed. ("The assessment is that…" names no owner.)
 */
function stanceNounAt(lang: LangPack, v: View, outside: readonly Token[]): Token | null {
  const nouns = lang.stanceNouns;
  if (!nouns) return null;
  const possessive = (k: number): boolean => {
    const t = outside[k];
    return (
      t !== undefined &&
      ((lang.possessivePronouns?.has(t.norm) ?? false) || POSSESSIVE_END.test(t.norm) || /^['’]s?$/.test(v.text.slice(t.end, outside[k + 1]?.start ?? t.end).trim()))
    );
  };
  // "In CBO's projections, outlays rise…", "In IOM's view, this is the best way…": the owner's view or reckoning opens the
  // sentence and the claim follows the comma. (Not "In my view, …", the writer's own; nor "In its opinion, the Court held…",
  // a court's opinion being the document it acts in. "In this report, …" has no possessive.)
  if (lang.functionWords.in.has(outside[0]?.norm ?? '')) {
    for (let k = 2; k <= 4 && k < outside.length - 1; k++) {
      const t = outside[k] as Token;
      if (!(lang.reckoningNouns?.has(t.norm) ?? false)) continue;
      if (possessive(k - 1) && !lang.firstPerson.has(outside[k - 1]?.norm ?? '') && v.text.slice(t.end, (outside[k + 1] as Token).start).includes(','))
        return { ...t, start: (outside[0] as Token).start, text: v.text.slice((outside[0] as Token).start, t.end) };
      break;
    }
  }
  for (let k = 1; k < outside.length - 2; k++) {
    const t = outside[k] as Token;
    if (!nouns.has(t.norm)) continue;
    // "…'s assessment is that", "…'s initial assessment was that": the owner before, at most two words of description between.
    let b = k - 1;
    while (b > 0 && k - b <= 2 && LOWER_WORD.test(outside[b]?.text ?? '') && !lang.stopwords.has(outside[b]?.norm ?? '') && !possessive(b)) b--;
    const be = outside[k + 1];
    const that = outside[k + 2];
    if (possessive(b) && be && lang.beForms.has(be.norm) && that && lang.functionWords.that.has(that.norm)) return { ...t, text: `${t.text} ${be.text} ${that.text}` };
    // "It is my understanding that…": the view after "it is" and a possessive.
    if (possessive(k - 1) && lang.functionWords.that.has(be?.norm ?? '') && lang.beForms.has(outside[k - 2]?.norm ?? '') && lang.functionWords.it.has(outside[k - 3]?.norm ?? ''))
      return { ...t, text: `${t.text} ${be?.text ?? ''}` };
  }
  return null;
}

function scan(lang: LangPack, v: View, here: readonly { start: number; end: number }[]): Scan {
  const outside = here.length > 0 ? v.tokens.filter((t) => !inSpans(here, t)) : v.tokens;
  const quoted = v.tokens.length - outside.length;
  // (Quoted words that are someone's, not a title or a label in quotation marks: "the “Findings on the Worst Forms of Child Labor.”")
  const quotesWords = quoted >= 2 && quotesWordsOf(lang, v, here);
  const text = v.text;
  // Whether the word at k is a verb of saying or of a source's finding: asked of the last words twice (tag, then claim).
  const speechVerbs: (boolean | undefined)[] = [];
  const speechVerbAt = (k: number): boolean => (speechVerbs[k] ??= isAttributionVerb(lang, outside, k, text) || isSourceVerb(lang, outside, k, text));

  // A trailing tag (", he said.") makes the words before it speech even without quotation marks.
  let trailingTag: string | null = null;
  let invertedAt: Token | null = null;
  const n = outside.length;
  // ", he said." / ", Butler said." / "» he told reporters.": subject, verb, a few words, end.
  for (let k = Math.max(1, n - 13); k < n; k++) {
    const t = outside[k] as Token;
    // "…, investigators found.", "…, two networks report.": a verb of finding or reporting that ends the sentence after its subject.
    const atEnd = k === n - 1 && lang.tagEndVerbs.has(t.text);
    // "…, reports the Courier.", "…, writes Jane Roe.": verbs too often nouns to list as speech, but not in a tag with the verb first.
    if ((lang.invertedTagVerbs?.has(t.norm) ?? false) && invertedTag(lang, text, outside, k, true)) {
      trailingTag = t.text;
      invertedAt = t;
      continue;
    }
    if (!atEnd && !speechVerbAt(k)) continue;
    if (pluralNounAt(lang, text, outside, k) || namingAt(lang, text, outside, k)) continue;
    // "…, said the director of the agency.": the verb first, then its speaker, to the end.
    if (invertedTag(lang, text, outside, k)) {
      trailingTag = t.text;
      continue;
    }
    if (n - k > 10) continue;
    // "…, he said." ends within a few words; "…, Garland said during a press conference announcing it." runs on in a phrase.
    if (n - k > 5 && !lang.tagTails.has(outside[k + 1]?.norm ?? '')) continue;
    // ", the company insists it did nothing wrong": a clause follows, so the verb is the sentence's own.
    if (lang.clauseSubjects.has(outside[k + 1]?.norm ?? '')) continue;
    const before = text.slice(v.start, t.start);
    // (The comma of "100,000" does not open a tag: only one followed by a space does.)
    const cut = Math.max(before.search(/,\s(?:[^,]|,(?=\S))*$/), before.lastIndexOf('”'), before.lastIndexOf('»'), before.lastIndexOf('"'));
    if (cut < 0) continue;
    const subject = before
      .slice(cut + 1)
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    const first = (subject[0] ?? '').toLowerCase();
    // ("…, the latest figures released on Friday by the ministry show.": a long subject that opens with a document or data.)
    const source = subject.slice(0, 3).some((w) => lang.sourceNouns.has(w.toLowerCase()));
    if (
      subject.length >= 1 &&
      !(
        lang.clauseBreaks.has(first) &&
        !acronymAt(
          subject.map((text) => ({ text })),
          0,
        )
      ) &&
      (subject.length <= 4 || namedSpeaker(lang, subject) || source || groupOfName(lang, subject))
    )
      trailingTag = t.text;
  }

  // "The people of Yemen deserve our support, he said, but more than that…": a tag set between commas mid-sentence
  // makes the words on both sides the speaker's, as a trailing one does those before it.
  if (trailingTag === null) {
    for (let k = 3; k < n - 2 && trailingTag === null; k++) if (medialTag(lang, text, outside, k)) trailingTag = (outside[k] as Token).text;
  }

  let attribution: string | null = null;
  let attributionMain = false;
  let attributionAt = -1;
  const breakAt = mainClauseEnd(lang, v);
  const openingEnd = openingClauseEnd(lang, v);
  // Where a surveyed group's answer starts (see shareSubject): its words ("feeling so sad") are the answer, not the writer's judgement.
  let answerFrom = -1;
  for (let k = 0; k < outside.length; k++) {
    const t = outside[k] as Token;
    if (!speechVerbAt(k)) continue;
    if (pluralNounAt(lang, v.text, outside, k)) continue;
    // ("a Blizzard warning with over 24 hours lead time": an -ing form after an article and a name is a noun.)
    if (lang.isProgressiveForm(t.norm) && CAPITAL_FIRST.test(outside[k - 1]?.text ?? '') && lang.grammaticalArticles.has(outside[k - 2]?.norm ?? '')) continue;
    // "announced a deal", "asked for a higher sentence": the act is reported, no claim is carried.
    // ("is responding to the outbreak", "asking for help": the -ing form of a listed act verb is that act.)
    // ("claimed to be able to…", "claims to have found…": a claim of a state or a deed in an infinitive of "be" or "have" is still a claim.)
    if (!quotesWords && actVerb(lang, t.norm) && !clauseAfter(lang, v.text, outside, k) && !claimInfinitive(lang, outside, k) && !verdictAsAfter(lang, v.text, outside, k))
      continue;
    if (namingAt(lang, v.text, outside, k)) continue;
    if (pictureSubjectAt(lang, v.text, outside, k)) continue;
    // "state public health partners", "States, D.C., and territories will use…": a word far more often a noun is a
    // verb of saying only in lower case with the claim after it ("The rule states that…", "the law states the fee must…").
    // ("the federal authorities and states over its breach": joined by "and" to a plural noun, it is a plural noun too.)
    if (
      (lang.clauseOnlyVerbs?.has(t.norm) ?? false) &&
      (!LOWER_FIRST.test(t.text) || !clauseAfter(lang, v.text, outside, k) || pluralPairAt(lang, outside, k) || relativeAfterObject(lang, outside, k))
    )
      continue;
    // "Two percent of volunteers reported a headache": a counted group reporting a thing is a finding of a study.
    if (quoted < 2 && lang.experienceVerbs.has(t.norm) && countedSubject(lang, v.text, outside, k) && !clauseAfter(lang, v.text, outside, k)) continue;
    // "42 percent of students reported feeling…", "3 in 5 girls said they felt…": a share of a surveyed group answering is the
    // survey's finding, reported; the group is not a source whose claim the sentence carries.
    if (shareSubject(lang, v.text, outside, k)) {
      answerFrom = answerFrom < 0 ? t.start : answerFrom;
      continue;
    }
    if (attribution === null) attributionAt = t.start;
    attribution = attribution ?? t.text;
    // "after the Germans announced a deal": a speech act inside a time or reason clause is an event reported.
    // "…, but noted this will be the last": a second verb of the same subject is in the main clause too.
    // ("…, but has warned that…": an auxiliary may stand between the coordinator and the verb.)
    let c = k - 1;
    while (c > 0 && k - c <= 2 && lang.auxiliaries.has(outside[c]?.norm ?? '')) c--;
    // ("Mission leaders established contact and said the orbiter was safe": "and" joins a second verb of the subject with no
    // comma; a bare stem after it may be a modal's, "which will prioritize the needs and describe how…".)
    const coordinated =
      ((lang.coordinators.has(outside[c]?.norm ?? '') &&
        (/,\s*$/.test(v.text.slice(outside[c - 1]?.end ?? 0, outside[c]?.start ?? 0)) ||
          ((lang.pairJoiners?.has(outside[c]?.norm ?? '') ?? false) && (/(?:s|ed)$/.test(t.norm) || (lang.verbOnlySpeech?.has(t.norm) ?? false))))) ||
        ownSubjectClauseAt(lang, v.text, outside, k)) &&
      clauseAfter(lang, v.text, outside, k);
    let subordinate = false;
    // (A time clause before the comma, "until June, but warned", is not this verb's.)
    // ("After the interview, Manchin reiterated…": a comma after the subordinate clause closes it; the verb is the main clause's.)
    if (!coordinated)
      for (let b = Math.max(0, k - 4); b < k; b++)
        if (lang.subordinators.has((outside[b] as Token).norm) && !HAS_COMMA.test(v.text.slice((outside[b] as Token).end, t.start))) subordinate = true;
    // "Despite what critics have said, …": the whole opening clause, up to its comma, is subordinate.
    if (t.start < openingEnd) subordinate = true;
    // "everyone who testified": the verb of a relative clause describes someone, it does not report them.
    // ("the World Health Organization (WHO) said": an acronym, not the pronoun.)
    if (relativeAt(lang, outside, k - 1)) subordinate = true;
    // "the hike that Powell had suggested", "a ruling that found…": a relative clause on a noun describes a thing.
    if (relativeThat(lang, v.text, outside, k)) subordinate = true;
    // ("…rejected the estimates, saying the video shows…": the participle that ends the main clause speaks for its subject.)
    const tagging = t.start === breakAt && lang.isProgressiveForm(t.norm);
    // ("It took 100 years, but scientists say they have proved…": a coordinate clause after the comma, with its own subject
    // of a few plain words and a verb of saying proper, is a main clause too; "…, and the original outlined area was…" is no
    // such clause.)
    const coordinateClause =
      !coordinated && !subordinate && (lang.sayingVerbs?.has(t.norm) ?? false) && ownSubjectAfterCoordinator(lang, v.text, outside, k) && clauseAfter(lang, v.text, outside, k);
    if ((t.start < breakAt || tagging || coordinated || coordinateClause) && !subordinate) attributionMain = true;
  }
  // "The data tell a distressing story", "Results of the survey show a disturbing trend": a source that cannot judge (data, a
  // study) shows a thing, named right after the verb: a judging word on that thing is the writer's framing, not the source's claim.
  const showsAt = attribution !== null && attributionMain ? outside.findIndex((x) => x.start === attributionAt) : -1;
  const framed = showsAt > 0 && sourceShowsThing(lang, v.text, outside, showsAt);
  if (attribution === null && invertedAt !== null) {
    attribution = invertedAt.text;
    attributionAt = invertedAt.start;
    attributionMain = true;
  }
  // "at a press conference", "in a statement": a channel carries a claim only with the words quoted.
  const phrase = findPhrase(outside, lang.attributionPhrases) ?? (quoted >= 2 ? findPhrase(outside, lang.channelPhrases) : null);
  if (phrase) {
    attribution = attribution ?? phrase;
    attributionMain = true;
  }
  // "Two quarters of decline have long been accepted by economists to signal…": a group's view, in the passive.
  const held = attribution === null ? (heldViewAt(lang, outside) ?? stanceNounAt(lang, v, outside)) : null;
  if (held) {
    attribution = held.text;
    attributionAt = held.start;
    attributionMain = true;
  }

  let firstPerson: string | null = null;
  let address: string | null = null;
  // "If you received a grant, you can apply…": the reader addressed with what applies to them is
  // practical information, not the writer's voice.
  const practical = outside.some((t) => lang.practicalAddress.has(t.norm));
  // "On March 3, we discovered…", "We have notified the police": a writer (or an organisation in
  // its own notice) narrating what it did reports an event; "we believe", "I love" voice a view.
  const subjects: number[] = [];
  // (A sentence set in title case capitalises every word: a capital there marks no name.)
  let capitals = -1;
  const titleCase = (): boolean => {
    if (capitals < 0) capitals = v.tokens.filter((x) => CAPITAL_FIRST.test(x.text)).length;
    return capitals >= v.tokens.length / 2;
  };
  // ("Already, we're seeing impacts": a subject with its "be" joined to it counts where it tells an act under way.)
  for (let k = 0; k < outside.length; k++) {
    const w = (outside[k] as Token).norm;
    // ("…the report, what we call Disease Outbreak News": naming a thing is no view of it; nor is "As we told you, …".)
    if (k > 0 && (lang.plainFirstPersonClauses ?? []).some((ph) => seqAt(outside, k - 1, ph))) continue;
    if (lang.firstPersonSubjects.has(w) || ((lang.beContractions?.has(w) ?? false) && narratesAt(lang, outside, k))) subjects.push(k);
  }
  // "Our foreign partners conducted searches…", "Our teams are assisting with…": a subject the speaker's "our" opens, telling
  // what it did or is doing, narrates as "we" would (its noun is taken as the subject, a few words on).
  if (outside[0] === v.tokens[0] && lang.functionWords.our.has(outside[0]?.norm ?? '')) {
    for (let h = 1; h <= OWN_SUBJECT_REACH && h < outside.length; h++) {
      const w = (outside[h] as Token).norm;
      if (!LOWER_WORD.test((outside[h] as Token).text) || lang.stopwords.has(w)) break;
      if (narratesAt(lang, outside, h)) {
        subjects.push(h);
        break;
      }
    }
  }
  const narrative = subjects.length > 0 && subjects.every((k) => narratesAt(lang, outside, k));
  // "Philips provided an update on products of our portfolio", "His statement was released to you this
  // morning": with no "I"/"we" as a subject, an "our" or a "you" in a sentence that narrates a named
  // party's past act belongs to the organisation or audience the text is for, not to a view.
  // (Worked out only when a first person is met, once.)
  let eventful: boolean | undefined;
  // "Thank you for joining us today.": a speaker's courtesy, not the writer's view.
  // (Worked out once: the scan's own courtesy flag below reads them too.)
  const opensCourteously = courtesyAt(lang, v.tokens);
  const procedural = proceduralAt(lang, v.tokens);
  const courtesy = (outside[0] === v.tokens[0] && opensCourteously) || procedural;
  for (let k = 0; k < outside.length; k++) {
    const t = outside[k] as Token;
    if (courtesy) break;
    // ("…, I mean, why are you here?": a filler set off by commas says nothing of the speaker; the question does.)
    if ((lang.firstPersonFillers ?? []).some((ph) => seqAt(outside, k, ph) && /^\s*,/.test(text.slice((outside[k + ph.length - 1] as Token).end)))) continue;
    // "its distance from our planet", "our solar system": everyone's, as science writing puts it, not the writer's voice.
    if (lang.functionWords.our.has(t.norm) && (lang.sharedByAll?.has(outside[k + 1]?.norm ?? '') ?? false)) continue;
    // ("Teams from the agency and our partners were on the ground": a body's name for those on its side.)
    if (lang.functionWords.our.has(t.norm) && (lang.ownSideNouns?.has(outside[k + 1]?.norm ?? '') ?? false)) continue;
    if (
      (lang.firstPerson.has(t.norm) || lang.firstPersonUpper.has(t.text) || lang.directAddress.has(t.norm)) &&
      (narrative || (subjects.length === 0 && (eventful ??= narratesEvent(lang, v.tokens))))
    )
      continue;
    // "He warned that we are at risk": a first person in the clause a speech verb reports is the speaker's.
    if (attributionMain && attribution !== null && t.start > attributionAt) continue;
    // ("the mine", "a gold mine", "mine workers": a word also a noun is the pronoun only after "of" or "be", "a friend of mine", "the
    // choice is mine", or opening the sentence before a verb, "Mine is…"; see nounLikeFirstPerson.)
    if ((lang.nounLikeFirstPerson?.has(t.norm) ?? false) && !pronounMineAt(lang, outside, k)) continue;
    // ("the Restore Our Parks Act", "Make My Day Law": a capitalised pronoun between capitalised words is part of a name.)
    if (inName(v, t, titleCase) && !lang.functionWords.I.has(t.text) && CAPITAL_FIRST.test(outside[k - 1]?.text ?? '') && CAPITAL_FIRST.test(outside[k + 1]?.text ?? '')) continue;
    // "Working Group I", "World War I": a numeral in a name, not the writer.
    if (lang.functionWords.I.has(t.text) && (romanInName(lang, v.tokens, t) || roadNumberAt(text, t))) continue;
    // ("let us know if…", "our helpline": only "I" and "we" as subjects still voice a view there.)
    if (practical && (lang.directAddress.has(t.norm) || (lang.firstPerson.has(t.norm) && !lang.firstPersonSubjects.has(t.norm)))) continue;
    // ("It shocks you.": a generic "you" addresses the reader, a voice too, but not the first person;
    // a first person later in the sentence is the one shown.)
    if (lang.directAddress.has(t.norm)) {
      address ??= t.text;
      continue;
    }
    if (lang.firstPersonUpper.has(t.text) || (lang.firstPerson.has(t.norm) && !(lang.functionWords.us.has(t.norm) && !lang.functionWords.us.has(t.text)))) {
      firstPerson = t.text;
      break;
    }
  }
  // ("Let's make this a year of hope.", "Let us come together": an exhortation of the first person plural voices the speaker's
  // will, even where the sentence reads as an event otherwise; see firstStance.)
  let exhortation = findPhrase(outside, lang.exhortations ?? []);
  // ("Please let us know if the form does not load.": a request for word back, practical information, not a will.)
  if (exhortation !== null) {
    const at = outside.findIndex((_, k) => seqAt(outside, k, (exhortation as string).split(' ')));
    if (lang.exhortationRequests?.has(outside[at + exhortation.split(' ').length]?.norm ?? '') ?? false) exhortation = null;
  }
  // ("May the grief that we feel move us to…": a wish opening the sentence, not the month, which a number, a verb or nothing
  // follows: "May 3 was…", "May was the wettest month".)
  const wishWord = outside[0];
  const second = outside[1];
  if (
    exhortation === null &&
    wishWord !== undefined &&
    wishWord === v.tokens[0] &&
    (lang.optatives?.has(wishWord.norm) ?? false) &&
    CAPITAL_FIRST.test(wishWord.text) &&
    second !== undefined &&
    (lang.grammaticalArticles.has(second.norm) || lang.determiners.has(second.norm) || lang.pronouns.has(second.text) || CAPITAL_FIRST.test(second.text)) &&
    !lang.months.has(second.norm) &&
    !lang.beForms.has(second.norm) &&
    !lang.auxiliaries.has(second.norm) &&
    // (Taught by its first person, "move us to…": a wish with none, "May God bless the families", names no cue to show.)
    firstPerson !== null
  )
    exhortation = wishWord.text;
  if (exhortation !== null && firstPerson === null && !(attributionMain && attribution !== null))
    firstPerson = outside.find((t) => t.norm === exhortation.split(' ')[0])?.text ?? exhortation;
  const secondPerson = firstPerson === null && address !== null;
  firstPerson ??= address;
  const lastChar = lastCharBefore(v.sentence, CLOSING_MARK);
  // (A question inside a quotation is the speaker's: "“Is the bank worried?” she asked.")
  const asked = v.text.lastIndexOf('?', v.end);
  // ("Remember last year when the council promised a pool?": a question that calls up a past event asks nothing.)
  const recalls = outside[0] === v.tokens[0] && (lang.memoryOpeners?.has(v.tokens[0]?.norm ?? '') ?? false);
  const rhetorical = (lastChar === '?' || QUESTION_END.test(v.sentence.trim())) && !here.some((q) => q.start <= asked && q.end > asked) && !recalls;
  // Evaluative words; words that are a legal or factual finding ("illegally") only count outside headlines (see verdict);
  // sarcasm ("so-called") judges too. A word in quotation marks is someone else's, never the writer's judging word:
  // "charges of “extremism”" quotes a charge's name, "a small “moonlet”" a term (the writer's own words around it may judge).
  // (A factual word inside a charge, "accused of using a fake note", is the charge's.)
  // (So is an evaluative word inside an allegation's content: "settled allegations that its practices were unfair".)
  let alleged = false;
  const judges = (t: Token, k: number): boolean => {
    // "posts on Truth Social", "his so-called Autumn Statement": a word of a name, or a label set before one, names a thing.
    if (inName(v, t, titleCase) || (lang.sarcasmWords.has(t.norm) && labelsName(lang, v, t))) return false;
    if (answerFrom >= 0 && t.start > answerFrom) return false;
    const factualWord = lang.factualLoaded.has(t.norm);
    // "The court ruled the scheme unlawful": the court's finding, reported.
    if (factualWord && afterRuling(lang, outside, k)) return false;
    // "imposed illegal restrictions", "pumping illegal levels of gas": a legal word on the noun it classes names the conduct.
    if (factualWord && classesNoun(lang, v.text, outside, k)) return false;
    if (isLoaded(lang, outside, k) || factualWord) {
      if (!(factualWord && afterCharge(lang, outside, k)) && !inAllegation(lang, v.text, outside, k)) return true;
      alleged = true;
      return false;
    }
    return lang.sarcasmWords.has(t.norm);
  };
  // A word of size or weight ("massive", "tremendous") is mild: a stronger judgement later in the sentence is the one shown.
  const firstLoaded = outside.find(judges);
  // ("The IAP is a tremendous organization that … enforce laws effectively and justly": said of the subject as the sentence's
  // point, the mild word is the judgement shown.)
  const loadedToken =
    firstLoaded && ((mildWord(lang, firstLoaded, outside) && mildAt(lang, outside, outside.indexOf(firstLoaded))) || stanceAdverb(lang, firstLoaded))
      ? (outside.find((t, k) => !mildWord(lang, t, outside) && !stanceAdverb(lang, t) && judges(t, k)) ?? firstLoaded)
      : firstLoaded;
  const opener = lang.opinionOpeners.find((ph) => outside[0] === v.tokens[0] && seqAt(v.tokens, 0, ph) && !openerIsName(lang, v, ph.length)) ?? spokenOpener(lang, v, outside);
  const listedPhrase =
    loadedToken || opener
      ? null
      : (judgingPhrase(lang, outside) ??
        pressedNeedOf(lang, outside) ??
        verdictOf(lang, v, outside) ??
        riskLevelOf(lang, outside) ??
        valueNounOf(lang, v, outside) ??
        weighedCostOf(lang, v.text, outside));
  const impersonal = loadedToken || opener || listedPhrase ? null : impersonalOf(lang, outside);
  const inference = loadedToken || opener || listedPhrase || impersonal ? null : (inferenceOf(lang, v, outside) ?? showcaseOf(lang, v, outside));
  const loadedPhrase = loadedToken ? null : opener ? opener.join(' ') : (listedPhrase ?? impersonal ?? inference);
  // The evidence shown to the player: "most entertaining", not "most".
  // ("vague and overly broad", "grossly unfair": a judging adverb with the word it grades, and a second judging word joined by "and".)
  const loadedWord = !loadedToken
    ? undefined
    : lang.superlatives.has(loadedToken.norm)
      ? `${loadedToken.text} ${outside[outside.indexOf(loadedToken) + 1]?.text ?? ''}`.trim()
      : judgingRun(lang, text, outside, outside.indexOf(loadedToken), judges);
  let loaded = loadedWord ?? loadedPhrase;
  let factual = loadedToken !== undefined && lang.factualLoaded.has(loadedToken.norm);
  // "it is illegal to sell…", "it is unlawful for anyone to…": the legal word states a rule.
  const at = loadedToken ? outside.indexOf(loadedToken) : -1;
  const rule =
    factual &&
    at >= 2 &&
    lang.functionWords.it.has(outside[at - 2]?.norm ?? '') &&
    lang.beForms.has(outside[at - 1]?.norm ?? '') &&
    (lang.ruleAfter?.has(outside[at + 1]?.norm ?? '') ?? false);
  // "fined for illegally charging fees", "criminals who illegally evade checks", "submitted misleading data": the legal word
  // qualifies an act or a thing in what the sentence reports, a finding told; said of the subject, "Rigging prices is not
  // only illegal…", or naming it, "The unlawful toll has cost…", it is the writer's verdict.
  const finding = factual && !rule && !saidOfAt(lang, outside, at) && !outside.slice(0, at).every((t) => lang.nounDeterminers.has(t.norm));
  let loadedAt = loadedToken ? loadedToken.start : loadedPhrase ? (outside.find((t) => t.norm === loadedPhrase.split(' ')[0])?.start ?? -1) : -1;
  // "merely", "simply": a weak cue, used only when nothing stronger judges, and not where it
  // qualifies how someone presented a thing ("presented the risk as merely hypothetical").
  // A legal or factual word ("illegally", "fake") may be a finding the writer reports: weak too.
  let weak = factual && loaded === loadedWord;
  // (Only when the judgement shown is that word or phrase; an inference is not mild.)
  // ("The ruling is a major setback": said of its subject as the sentence's point, the word judges in full.)
  const mild =
    (loadedToken !== undefined && loaded === loadedWord && mildWord(lang, loadedToken, outside) && mildAt(lang, outside, outside.indexOf(loadedToken))) ||
    (loadedToken === undefined && listedPhrase !== null && loaded === listedPhrase && mildAt(lang, outside, mildPhraseAt(lang, outside, listedPhrase)));
  // "a tax on ALL of us", "even MORE money": a word of quantity or degree shouted in capitals alone is the writer's stress.
  const shouted = loaded === null ? outside.find((t) => (lang.shoutedWords?.has(t.norm) ?? false) && acronymAt(v.tokens, v.tokens.indexOf(t))) : undefined;
  if (shouted) {
    loaded = shouted.text;
    loadedAt = shouted.start;
  }
  let degreeOnAct = false;
  if (loaded === null) {
    const degree = outside.find((t, k) => lang.degreeWords.has(t.norm) && !lang.formalAfterLoaded.has(outside[k + 1]?.norm ?? '') && !framedAt(lang, outside, k));
    if (degree) {
      loaded = degree.text;
      loadedAt = degree.start;
      weak = true;
      const k = outside.indexOf(degree);
      degreeOnAct = !lang.beForms.has(outside[k - 1]?.norm ?? '');
    }
  }
  // "in May", "May 5": the month, not a guess. ("may" itself grants as often as it guesses: a rule's
  // "The board may refuse…", a guidance's "Some members may also qualify…"; see permissionModals.)
  // ("These figures are likely to increase", "how it might redirect the asteroid": a hedge on a figure's estimate, or inside
  // a question the sentence only mentions, is no guess the writer makes; see unasserted.)
  const guessPhrase = findPhrase(outside, lang.speculationPhrases);
  const phraseAt = guessPhrase ? outside.findIndex((_, k) => seqAt(outside, k, guessPhrase.split(' '))) : -1;
  const speculation =
    (guessPhrase !== null &&
    !unasserted(lang, v.text, outside, phraseAt, phraseAt + guessPhrase.split(' ').length - 1) &&
    !hedgedState(lang, outside, phraseAt, phraseAt + guessPhrase.split(' ').length - 1)
      ? guessPhrase
      : null) ??
    outside.find(
      (t, k) =>
        lang.speculationWords.has(t.norm) &&
        !isMonth(lang, v, t) &&
        !(lang.permissionModals?.has(t.norm) ?? false) &&
        !compared(lang, outside, k) &&
        !unasserted(lang, v.text, outside, k, k) &&
        !hedgedState(lang, outside, k, k),
    )?.text ??
    guessOf(lang, v, outside);
  // "did not respond to a request for comment": a reporting verb that reports no claim.
  if (attribution !== null && s_noClaim(lang, outside) && quoted < 2) {
    attribution = null;
    attributionMain = false;
  }
  // "reportedly", "is said to": a claim attributed to no one in particular.
  const hedged = findPhrase(outside, lang.hedgedAttribution) ?? impersonalPassive(lang, v.text, outside);
  // ("after an earthquake that reportedly left hundreds dead", "the asteroid that was estimated to strike…": a hedge
  // inside a relative clause qualifies a detail of a noun; the sentence's own claim is still the writer's report.)
  const hedgeAt = hedged ? outside.findIndex((_, k) => seqAt(outside, k, hedged.split(' '))) : -1;
  const hedgedDetail =
    hedgeAt > 1 &&
    (relativeAt(lang, outside, hedgeAt - 1) || (lang.functionWords.that.has(outside[hedgeAt - 1]?.norm ?? '') && !lang.attributionVerbs.has(outside[hedgeAt - 2]?.norm ?? '')));
  // ("Over 20 injuries were reported to have occurred", "about 100 deaths have reportedly occurred": a count of
  // incidents reported, with no source named, is the tally of reports, as "have been reported" is.)
  let b = hedgeAt - 1;
  while (b > 0 && (lang.auxiliaries.has(outside[b]?.norm ?? '') || lang.beForms.has(outside[b]?.norm ?? ''))) b--;
  // ("there have reportedly been only three deaths": the same tally, said of what there has been.)
  const thereCounted =
    lang.functionWords.there.has(outside[b]?.norm ?? '') &&
    lang.beForms.has(outside[hedgeAt + 1]?.norm ?? '') &&
    outside.slice(hedgeAt + 2, hedgeAt + 5).some((t) => DIGIT_FIRST.test(t.text) || countWord(lang, t.norm));
  // ("A total of 150 structures are estimated to have been buried": a count estimated, with no source named, is the same tally.)
  // (The counted noun is the hedge's own subject, right before it: "Over ten years, it's estimated that…" hedges a clause.)
  const subjectJoined = b >= 0 && b + 1 < outside.length && !SEPARATOR.test(v.text.slice((outside[b] as Token).end, (outside[b + 1] as Token).start));
  const tallyHedge = hedged !== null && (hedged.includes(lang.reportStem) || (lang.estimateStem !== undefined && hedged.includes(lang.estimateStem) && subjectJoined));
  const reportsCounted = tallyHedge && hedgeAt > 0 && (countedNounBefore(lang, outside, b + 1) || thereCounted);
  // ("Many more homes are estimated to have been damaged": an assessment of a state reached, reported; see hedgedState.)
  // (Not a toll of people, "52 people were reportedly killed", "30 were reportedly wounded": a casualty count passed on, not an assessment.)
  const casualty = hedgeAt >= 0 && outside.slice(hedgeAt + 1, hedgeAt + 4).some((t) => TOLL_STATES.has(lang.peopleStates.get(t.norm) ?? ''));
  const assessedState =
    hedged !== null &&
    !casualty &&
    hedged.split(' ').some((w) => lang.assessmentHedges?.has(w) ?? false) &&
    hedgedState(lang, outside, hedgeAt, hedgeAt + hedged.split(' ').length - 1, true);
  if (hedged && attribution === null && !hedgedDetail && !reportsCounted && !assessedState) {
    attribution = hedged;
    attributionMain = true;
    attributionAt = outside.find((t) => t.norm === hedged.split(' ')[0])?.start ?? -1;
  }
  // A weak cue in a sentence that credits someone is part of what they said.
  if (weak && (attribution !== null || trailingTag !== null)) {
    loaded = null;
    loadedAt = -1;
    weak = false;
    factual = false;
  }
  // One lexicon word alone, not said of the subject: a second judging word, a listed phrase, a judging
  // "it is…", a superlative or an exclamation backs it up, or makes the judgement the sentence's point.
  let lone = false;
  if (
    loadedToken !== undefined &&
    loaded === loadedWord &&
    !factual &&
    !weak &&
    at >= 0 &&
    !predicativeOfSubject(lang, outside, at) &&
    !lang.superlatives.has(outside[at - 1]?.norm ?? '')
  ) {
    const wasAlleged = alleged;
    lone =
      !outside.some((t, k) => k !== at && judges(t, k)) &&
      judgingPhrase(lang, outside) === null &&
      impersonalOf(lang, outside) === null &&
      lastCharBefore(v.sentence, CLOSING_MARK) !== '!';
    alleged = wasAlleged;
  }
  const day = v.tokens.find((t) => lang.dayNames.has(t.norm) || isMonth(lang, v, t))?.text ?? null;
  // ("Since last year, we have been pursuing an inquiry": the time counts only for a first-person subject that acts;
  // "we’ve been pursuing", "we're reviewing" carry their auxiliary in the subject.)
  const acting =
    firstPerson !== null && outside.some((t, k) => (lang.firstPersonSubjects.has(t.norm) || (lang.firstPersonContractions?.has(t.norm) ?? false)) && actAfter(lang, outside, k));
  const recent = acting ? recentOf(lang, v.tokens) : null;
  // (The last use of the memo: nothing is kept.)
  const event = narrative || (eventful ?? narratesEvent(lang, v.tokens));
  const voice = firstPerson !== null || rhetorical || opener !== undefined;
  // "We believe…", "I urge…", "we must…": a first-person subject with a verb of view or will.
  const firstStance = firstPerson !== null && (subjects.some((k) => stanceAfter(lang, outside, k, text)) || exhortation !== null);
  // "We will keep the community updated", "Today, I can announce: …": news the speaker tells after a modal (toldAfterModal).
  // "I want to take a few minutes to share…" ("I do want to…", "I also want to…": a little word may come first).
  const floorUse = outside.some(
    (t, k) => lang.firstPersonSubjects.has(t.norm) && (floorUseAt(lang, outside, k + 1) || (lang.stopwords.has(outside[k + 1]?.norm ?? '') && floorUseAt(lang, outside, k + 2))),
  );
  // (And work going on, told in the present, "The search goes on, and we continue working to dewater the lower levels", or what
  // the text itself does, "In today's post, we look at…".)
  const newsPromise =
    floorUse ||
    (firstPerson !== null &&
      (subjects.some(
        (k) =>
          (lang.modals.has(outside[k + 1]?.norm ?? '') && toldAfterModal(lang, outside, text, k + 1)) || ongoingWorkAt(lang, outside, k + 1) || presentingAt(lang, outside, k + 1),
      ) ||
        // ("I'll now turn the call over…": the modal inside the subject's contraction.)
        outside.some((t, k) => (lang.modalContractions?.has(t.norm) ?? false) && toldAfterModal(lang, outside, text, k))));
  const appositive = loadedToken !== undefined && appositiveAt(lang, text, outside, at);
  // "Seniors were the most victimized with over 100,000 complaints": a rank given with the count that makes it is measured.
  const measuredRank =
    loadedToken !== undefined &&
    loaded === loadedWord &&
    lang.superlatives.has(outside[at - 1]?.norm ?? '') &&
    (lang.rankMeasures?.has(outside[at + 1]?.norm ?? '') ?? false) &&
    outside.slice(at + 2, at + 5).some((t) => /\d/.test(t.text));
  const stance = attribution === null && trailingTag === null ? stanceOf(lang, v, outside) : null;
  const recommended = stance !== null ? recommendsAt(lang, outside) : null;
  const recommends = recommended === 'advice' || recommended === 'duty';
  const duty = recommended === 'duty';
  const dutyRule = recommended === 'rule';
  const advice = attribution === null && trailingTag === null && quoted < 2 ? adviceOf(lang, v, outside) : null;
  const bodyStance = trailingTag === null && quoted < 2 && outside[0] === v.tokens[0] ? bodyStanceOf(lang, outside) : null;
  const s = {
    courtesy: opensCourteously || labelledCourtesy(lang, v.text) || procedural,
    quoted,
    quotesWords,
    opensQuoted: v.tokens.length > 0 && outside[0] !== v.tokens[0],
    attribution,
    attributionAt,
    attributionMain,
    handsOver:
      attribution !== null &&
      COLON_END.test(v.sentence) &&
      (lang.handOverVerbs?.has(attribution.toLowerCase()) ?? false) &&
      v.tokens.filter((t) => t.start > attributionAt).length <= LEAD_IN_TAIL,
    loadedAt,
    trailingTag,
    firstPerson,
    secondPerson,
    firstStance,
    rhetorical,
    loaded,
    weak,
    factual,
    rule,
    finding,
    speculation,
    day,
    recent,
    newsPromise,
    event,
    voice,
    own: 0,
    stance,
    recommends,
    duty,
    dutyRule,
    advice,
    bodyStance,
    inferred: inference !== null && loaded === inference,
    mild: mild && loaded !== null,
    degreeOnAct: degreeOnAct && weak && loaded !== null,
    passing:
      loadedToken !== undefined &&
      loaded === loadedWord &&
      !predicative(lang, outside, at) &&
      !lang.superlatives.has(outside[at - 1]?.norm ?? '') &&
      !lang.superlatives.has(loadedToken.norm) &&
      !(lang.gradingWords?.has(outside[at - 1]?.norm ?? '') ?? false) &&
      afterVerb(lang, outside, at) &&
      !appositive &&
      firstPerson === null &&
      !rhetorical &&
      speculation === null,
    describesSpeech: loadedToken !== undefined && loaded === loadedWord && speechNoun(lang, outside[at + 1]?.norm ?? ''),
    alleged: alleged && loaded === null,
    surveyed: answerFrom >= 0 && here.every((q) => q.start > answerFrom),
    framed,
    measuredRank,
    // (A verdict set after a dash, "- an egregious violation", is the sentence's point, however long the account before it.)
    lone: lone && !appositive && loaded !== null && firstPerson === null && !rhetorical && speculation === null && stance === null && advice === null && opener === undefined,
    aside: false,
    account: accountAt(lang, outside),
    // (Only a stock phrase or a word of size, "welcome news", "immense pressure": a strong word, "Although the plan is a
    // shameful waste, …", still voices the writer wherever it stands.)
    conceded: (loadedToken === undefined || mild) && conceded(lang, v, outside, loaded === null ? -1 : loadedAt, judges),
  };
  s.own = ownVoice(s);
  s.aside = s.lone && sidePosition(lang, text, outside, at);
  return s;
}

/**
 * Where an opening clause that concedes a point ends, at its comma ("While the rain is welcome news, …", "And although
 * …, …"); the sentence's start if it opens otherwise.
 */
function concededEnd(lang: LangPack, v: View): number {
  let k = 0;
  if (lang.coordinators.has(v.tokens[0]?.norm ?? '')) k = 1;
  const first = v.tokens[k];
  if (!first || !(lang.concessives?.has(first.norm) ?? false)) return v.start;
  const comma = v.text.indexOf(',', first.end);
  return comma >= 0 && comma < v.end ? comma : v.start;
}

/**
 * The judgement at `loadedAt` stands in an opening concessive clause (see concededEnd), and nothing after that clause
 * judges: no judging word, no listed phrase, no exclamation.
 */
function conceded(lang: LangPack, v: View, outside: readonly Token[], loadedAt: number, judges: (t: Token, k: number) => boolean): boolean {
  if (loadedAt < 0) return false;
  const end = concededEnd(lang, v);
  if (loadedAt >= end) return false;
  const from = outside.findIndex((t) => t.start > end);
  if (from < 0) return false;
  const rest = outside.slice(from);
  return !rest.some((t, k) => judges(t, from + k)) && judgingPhrase(lang, rest) === null && lastCharBefore(v.sentence, CLOSING_MARK) !== '!';
}

/**
 * The word at k sits in a part of the sentence that describes something on the way to its claim: a relative clause
 * ("a family who recounted their harrowing escape"), a participle clause set off by a comma ("…, pausing between
 * triumphant declarations"), a phrase set off by commas that opens with a preposition ("…, in the form of a confusingly
 * worded amendment, …"), or an opening phrase before the first comma ("Days after the tragic accident, …"; "Based on
 * our inquiry, and incredible work with partners, we…").
 */
function sidePosition(lang: LangPack, text: string, tokens: readonly Token[], k: number): boolean {
  const breakBefore = (j: number): boolean => j > 0 && /[,;:—–(]/.test(text.slice((tokens[j - 1] as Token).end, (tokens[j] as Token).start));
  let b = k;
  while (b > 0 && !breakBefore(b)) b--;
  for (let j = b; j < k; j++) if (relativeAt(lang, tokens, j)) return true;
  // (", and incredible work with partners,": a part joined to the phrase before it belongs to that phrase.)
  while (b > 0 && lang.coordinators.has((tokens[b] as Token).norm)) {
    b--;
    while (b > 0 && !breakBefore(b)) b--;
  }
  let e = k + 1;
  while (e < tokens.length && !breakBefore(e)) e++;
  const closed = e < tokens.length && commaBetween(text, (tokens[e - 1] as Token).end, (tokens[e] as Token).start);
  const head = tokens[b] as Token;
  if (b > 0) {
    const gapBefore = text.slice((tokens[b - 1] as Token).end, head.start);
    // ("CO2 – the most important greenhouse gas – reached…": a phrase between two dashes is set aside from the claim.)
    if (DASH_GAP.test(gapBefore) && e < tokens.length && DASH_GAP.test(text.slice((tokens[e - 1] as Token).end, (tokens[e] as Token).start))) return true;
    const opened = commaBetween(text, (tokens[b - 1] as Token).end, head.start);
    // ("…voted for the Act, legislation that will enact the most significant reforms": a noun set after a comma with a
    // clause of its own on it describes what the claim names.)
    if (opened && appositiveClauseAt(lang, tokens, b, k)) return true;
    if (opened && /\p{Ll}{3,}ing$/u.test(head.text)) return true;
    return opened && closed && lang.namePrepositions.has(head.norm);
  }
  // The opening phrase: a preposition, a subordinator or a participle first ("After", "Based on", "Days after").
  const opener = (t: Token | undefined): boolean => t !== undefined && (lang.namePrepositions.has(t.norm) || lang.openingSubordinators.has(t.norm));
  return closed && (opener(head) || opener(tokens[1]) || /^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(head.text));
}

/** A dash between two words: "CO2 – the gas –", "CO2—the gas—". */
const DASH_GAP = /^\s*[—–]\s*$|^\s+-\s+$/u;

/**
 * "legislation that will enact…", "a measure which…": from b, one or two lowercase words (a noun and what describes it)
 * and then "that" or a relative pronoun before k; the phrase is a noun with a clause on it, not a clause of the sentence's own.
 */
function appositiveClauseAt(lang: LangPack, tokens: readonly Token[], b: number, k: number): boolean {
  for (let j = b + 1; j <= Math.min(k - 1, b + 2); j++) {
    const w = tokens[j] as Token;
    if (!(lang.functionWords.that.has(w.norm) || relativeAt(lang, tokens, j))) continue;
    return tokens.slice(b, j).every((t) => LOWER_WORD.test(t.text) && !lang.stopwords.has(t.norm) && !lang.isAdverbForm(t.norm));
  }
  return false;
}

/**
 * The first "be" of the main clause (none in a relative or "that" clause before it) is the auxiliary of a passive with
 * its agent ("by …") or of a progressive, or follows an existential "there" (see Scan.account).
 */
function accountAt(lang: LangPack, tokens: readonly Token[]): boolean {
  for (let j = 1; j < tokens.length; j++) {
    if (!lang.beForms.has((tokens[j] as Token).norm)) continue;
    const prev = (tokens[j - 1] as Token).norm;
    if (relativeAt(lang, tokens, j - 1) || lang.functionWords.that.has(prev)) continue;
    const next = tokens[j + 1]?.norm ?? '';
    // (A passive counts with its agent named, "have been endorsed by both parties": "can be trusted", "the talking is done"
    // say what a thing is worth or has come to.)
    const agent = participleWord(lang, next) && tokens.slice(j + 2).some((t) => lang.functionWords.by.has(t.norm));
    return lang.functionWords.there.has(prev) || lang.isProgressiveForm(next) || agent;
  }
  return false;
}

/**
 * "has assessed the risk of dengue as high": a thing and "as" with a plain word of how it stands after the verb at k, before
 * any comma, is a verdict the subject gives, not an act. ("announced the plan as part of…", "as well as": no verdict.)
 */
function verdictAsAfter(lang: LangPack, text: string, tokens: readonly Token[], k: number): boolean {
  for (let j = k + 2; j < Math.min(tokens.length - 1, k + 9); j++) {
    if (CLAUSE_MARK.test(text.slice((tokens[j - 1] as Token).end, (tokens[j] as Token).start))) return false;
    if (!lang.functionWords.as.has((tokens[j] as Token).norm)) continue;
    const next = tokens[j + 1] as Token;
    return LOWER_WORD.test(next.text) && !lang.stopwords.has(next.norm) && !(lang.asNotVerdict?.has(next.norm) ?? false) && !lang.stopwords.has((tokens[j - 1] as Token).norm);
  }
  return false;
}

/** A speech verb that reports an act when its object is a thing (see LangPack.actVerbs), in any of its forms: "responding" as "responded". */
function actVerb(lang: LangPack, w: string): boolean {
  if (lang.actVerbs.has(w)) return true;
  if (!lang.isProgressiveForm(w)) return false;
  const stem = w.slice(0, -3);
  return lang.actVerbs.has(`${stem}ed`) || lang.actVerbs.has(`${stem}s`) || lang.actVerbs.has(`${stem}es`);
}

/**
 * A verb stands before the word at k ("was failing… marked by dubious claims", "launched its brutal
 * invasion"): the word is past the subject, in what the sentence reports, not on the thing it is about
 * ("The dubious plan will cost…").
 */
function afterVerb(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  for (let j = 0; j < k; j++) {
    const w = (tokens[j] as Token).norm;
    if (lang.auxiliaries.has(w) || lang.modals.has(w) || lang.beForms.has(w) || pastEventAt(lang, tokens, j)) return true;
  }
  return false;
}

/**
 * "…for dumping waste into the bay - an egregious violation of our laws": the judging word at k opens a noun phrase set
 * after a dash or a colon, past only an article, to the sentence's end: a comment on all that went before, not a word on a
 * thing in passing.
 */
function appositiveAt(lang: LangPack, text: string, tokens: readonly Token[], k: number): boolean {
  const from = lang.grammaticalArticles.has(tokens[k - 1]?.norm ?? '') ? k - 1 : k;
  const prev = tokens[from - 1];
  // (Not an aside closed by a second dash, "methane – the most important gas – reached…": the claim goes on after it.)
  return prev !== undefined && /[-–—:]\s*$/.test(text.slice(prev.end, (tokens[from] as Token).start)) && !/\s[-–—]\s/.test(text.slice((tokens[k] as Token).end));
}

/** A noun of what a source says or gives: "warning", "report", "study", "data". */
function speechNoun(lang: LangPack, w: string): boolean {
  return (lang.speechNouns?.has(w) ?? false) || lang.sourceNouns.has(w) || (lang.statementNouns?.has(w) ?? false);
}

/**
 * "is a major setback", "was truly massive": the word at k is said of the subject by a form of
 * "be", past only articles, -ly adverbs and links ("among the most"); "is causing tremendous hardship" is not.
 */
function predicative(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  for (let b = k - 1; b >= Math.max(0, k - 5); b--) {
    const w = (tokens[b] as Token).norm;
    if (lang.beForms.has(w)) return true;
    if (!lang.grammaticalArticles.has(w) && !lang.isAdverbForm(w) && !(lang.predicativeLinks?.has(w) ?? false)) return false;
  }
  return false;
}

/** A form of "be" within the three words before k ("is not only illegal", "It's plainly unlawful"): the word is said of a subject. */
function saidOfAt(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  for (let b = k - 1; b >= Math.max(0, k - 3); b--) {
    const w = (tokens[b] as Token).norm;
    if (lang.beForms.has(w) || (lang.copulaContractions?.has(w) ?? false)) return true;
  }
  return false;
}

/**
 * The word at k is said by "be" of the sentence's own subject (see predicative), not of a noun in a
 * relative clause ("These benchmarks, which are enormously significant…, are the basis for…").
 */
function predicativeOfSubject(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  if (!predicative(lang, tokens, k)) return false;
  let b = k - 1;
  while (b > 0 && !lang.beForms.has((tokens[b] as Token).norm)) b--;
  return !relativeAt(lang, tokens, b - 1);
}

/**
 * "twice as likely to", "more likely than boys": a rate set against another is a measured
 * comparison, not a guess (the word before "likely" is one of the language's comparers).
 */
function compared(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  return (lang.likelihoodComparers?.has(tokens[k - 1]?.norm ?? '') ?? false) && (lang.likelihoodWords?.has((tokens[k] as Token).norm) ?? false);
}

/**
 * "That indicates…", "This supports the claim…": the writer draws a conclusion from what came
 * before, with no one credited for it. ("That means…" explains a step and is left alone.)
 */
function inferenceOf(lang: LangPack, v: View, outside: readonly Token[]): string | null {
  const [a, b, c] = v.tokens;
  if (!a || !b || outside[0] !== a || outside[1] !== b || !(lang.inferenceAnaphors ?? lang.anaphors).has(a.norm)) return null;
  // ("This Highlights report compares…": a capitalised word is a title, not a verb.)
  if (CAPITAL_FIRST.test(b.text)) return null;
  if (lang.inferenceVerbs.has(b.norm)) return `${a.text} ${b.text}`;
  // "That would suggest…", "This may indicate…": the same conclusion, hedged.
  if (c && outside[2] === c && lang.modals.has(b.norm) && lang.inferenceVerbs.has(c.norm)) return `${a.text} ${b.text} ${c.text}`;
  return null;
}

/**
 * "The agreement illustrates the steps the bank has taken", "This incident highlights the importance of testing",
 * "Such missions exemplify the spirit of exploration": a thing's main clause says, in the present, what it stands for
 * or brings out (LangPack.showcaseVerbs). Said of a thing, not by a person, a document or data (which find and show,
 * and are credited), it is the writer's reading of what the thing means.
 */
function showcaseOf(lang: LangPack, v: View, outside: readonly Token[]): string | null {
  const verbs = lang.showcaseVerbs;
  if (!verbs || outside[0] !== v.tokens[0]) return null;
  const first = outside[0];
  // The subject opens with a determiner ("The surge…", "This incident…") or an owner ("the agency's missions").
  if (!first || !(lang.nounDeterminers.has(first.norm) || (POSSESSIVE_END.test(first.text) && LOWER_FIRST.test(outside[1]?.text ?? '')))) return null;
  for (let k = 1; k < outside.length; k++) {
    const t = outside[k] as Token;
    if (lang.subordinators.has(t.norm) || lang.functionWords.that.has(t.norm) || relativeAt(lang, outside, k) || lang.beForms.has(t.norm)) return null;
    // (A person, a group of speakers or a source as the subject credits what it brings out: "the minister highlights…".)
    if (lang.sourceNouns.has(t.norm) || lang.personTitles.has(t.norm) || (lang.speakerGroups?.has(t.norm) ?? false) || lang.firstPerson.has(t.norm)) return null;
    if (!verbs.has(t.norm) || !LOWER_FIRST.test(t.text)) continue;
    const prev = outside[k - 1] as Token;
    // ("The highlights of the regatta": a noun after its determiner. "…underscores that the quay is ready": a clause
    // stressed is what a speaker says, credited to them, whoever they are.)
    if (lang.nounDeterminers.has(prev.norm) || lang.functionWords.that.has(outside[k + 1]?.norm ?? '')) return null;
    return CLAUSE_MARK.test(v.text.slice(prev.end, t.start)) ? null : t.text;
  }
  return null;
}

/**
 * "It is important that…", "it is therefore essential to…", "It was clear that…": a judgement of need
 * or weight said of an anticipatory "it", with a clause after it, that no one in the sentence is
 * credited with: the writer's (or the publishing body's) own advice or view.
 */
function impersonalOf(lang: LangPack, outside: readonly Token[]): string | null {
  const adjectives = lang.impersonalJudgements;
  if (!adjectives) return null;
  for (let k = 0; k + 2 < outside.length; k++) {
    // ("It’s important that…": the "it" and its "be" in one contracted word.)
    const contracted = lang.anticipatoryContractions?.has((outside[k] as Token).norm) ?? false;
    if (!contracted && (!lang.functionWords.it.has((outside[k] as Token).norm) || !lang.beForms.has(outside[k + 1]?.norm ?? ''))) continue;
    const from = contracted ? k + 1 : k + 2;
    let j = from;
    while (j < from + 2 && (lang.isAdverbForm(outside[j]?.norm ?? '') || lang.impersonalLinks?.has(outside[j]?.norm ?? ''))) j++;
    const adj = outside[j];
    const next = outside[j + 1]?.norm ?? '';
    // ("It is worth noting that…": "worth" takes an -ing form.)
    // ("It is important to note that…", "worth noting that…": a formula that points, not a judgement.)
    if (lang.pointingVerbs?.has(outside[j + 2]?.norm ?? '') || (lang.functionWords.worth.has(adj?.norm ?? '') && lang.pointingVerbs?.has(next))) return null;
    const clause =
      lang.functionWords.that.has(next) ||
      lang.functionWords.to.has(next) ||
      lang.functionWords.for.has(next) ||
      (lang.functionWords.worth.has(adj?.norm ?? '') && lang.isProgressiveForm(next));
    if (adj && adjectives.has(adj.norm) && clause)
      return `${outside
        .slice(k, from)
        .map((t) => t.text)
        .join(' ')} ${adj.text}`;
  }
  // "This work is essential to prevent…", "Sustained funding is critical to ending…": an adjective of
  // need said of the sentence's own subject, with what it is needed for, judges that thing's weight.
  // ("is necessary for the bill to pass", "is important to note": adjectives of a condition or a formula, not listed.)
  const weighty = lang.weightJudgements ?? new Set<string>();
  for (let k = 1; k + 2 < outside.length; k++) {
    if (!lang.beForms.has((outside[k] as Token).norm) && !(lang.linkingVerbs?.has((outside[k] as Token).norm) ?? false)) continue;
    // "…will begin its survey, which is critical to planning the next flight": said in a relative clause, the weight is
    // set on a thing the sentence mentions, in passing; the sentence's claim is its main clause (the plan, the fact).
    if (relativeAt(lang, outside, k - 1)) continue;
    let j = k + 1;
    while (j < k + 3 && (lang.isAdverbForm(outside[j]?.norm ?? '') || lang.impersonalLinks?.has(outside[j]?.norm ?? ''))) j++;
    const adj = outside[j];
    const next = outside[j + 1]?.norm ?? '';
    if (adj && weighty.has(adj.norm) && (lang.functionWords.to.has(next) || lang.functionWords.for.has(next)))
      return `${(outside[k] as Token).text} ${adj.text} ${outside[j + 1]?.text ?? ''}`.trim();
    // "The agency is proud to…", "The administration is committed to…": a feeling or a resolve the subject professes is its stance.
    // ("We are pleased to announce…", "I was proud to join…": in the first person, a release's formula or a speaker's act, left to the first-person rules.)
    // ("UNHCR is saddened to report that…", "The agency is pleased to announce…": the feeling frames a report; what follows
    // is the body's account, credited to it.)
    const saying = (outside[j + 2]?.norm ?? '') !== '' && lang.functionWords.to.has(next) && attributionStem(lang, (outside[j + 2] as Token).norm);
    if (
      adj &&
      !saying &&
      (lang.feelingJudgements?.has(adj.norm) ?? false) &&
      (lang.functionWords.to.has(next) || lang.functionWords.that.has(next) || lang.functionWords.of.has(next)) &&
      !lang.firstPersonSubjects.has(outside[k - 1]?.norm ?? '') &&
      !sharedFirstSubject(lang, outside, k)
    )
      return `${(outside[k] as Token).text} ${adj.text} ${outside[j + 1]?.text ?? ''}`.trim();
  }
  return null;
}

/**
 * "I am a native of the town and was honored to serve it": the verb at k joined by "and" or "but" to a clause whose
 * subject is the first person, so it shares that subject (left to the first-person rules, as "I was honored to…" is).
 */
function sharedFirstSubject(lang: LangPack, outside: readonly Token[], k: number): boolean {
  return lang.coordinators.has(outside[k - 1]?.norm ?? '') && outside.slice(0, k - 1).some((t) => lang.firstPersonSubjects.has(t.norm));
}

/** "Repairs are urgently needed", "the cut that is urgently needed": a pressed need said by "be" of a thing (see LangPack.pressedNeeds). */
function pressedNeedOf(lang: LangPack, outside: readonly Token[]): string | null {
  const needs = lang.pressedNeeds;
  if (!needs) return null;
  for (let k = 1; k < outside.length; k++) {
    if (!lang.beForms.has((outside[k - 1] as Token).norm)) continue;
    const need = needs.find((ph) => seqAt(outside, k, ph));
    if (need) return need.join(' ');
  }
  return null;
}

/**
 * "Well, the bill is…", "Look, nobody…": a word of talk opening the sentence before a comma, the writer speaking to the
 * reader (not "Well over 100 people…"); see LangPack.spokenOpeners.
 */
function spokenOpener(lang: LangPack, v: View, outside: readonly Token[]): readonly string[] | undefined {
  const first = v.tokens[0];
  if (!first || outside[0] !== first || !(lang.spokenOpeners?.has(first.norm) ?? false)) return undefined;
  if (!/^\s*,/.test(v.text.slice(first.end))) return undefined;
  // ("Well, folks, Kamala and I have just received a briefing": the speaker telling what they did; the opener is only talk.)
  // ("Well, Mr. Prime Minister, welcome to the White House.": so is a courtesy after it.)
  return narratesOwnAct(lang, outside) || courtesyAt(lang, v.tokens) ? undefined : [first.norm];
}

/** A first-person subject with a perfect or past verb right after it ("I have just…", "we met…"): the speaker's own act, told. */
function narratesOwnAct(lang: LangPack, outside: readonly Token[]): boolean {
  return outside.some((t, k) => {
    if (k > 8 || !lang.firstPersonSubjects.has(t.norm)) return false;
    const next = outside[k + 1]?.norm ?? '';
    return lang.perfectAuxiliaries.has(next) || lang.isRegularPast(next) || (lang.irregularSpeechPast?.has(next) ?? false);
  });
}

/**
 * The first "be" (or "remains") of the main clause, at k: no subordinator, relative or "that" before it, so what it says
 * of its subject is the sentence's own claim ("Vaping is…", not "Officials ensure that cots are…").
 */
function mainLinkAt(lang: LangPack, outside: readonly Token[]): number {
  for (let k = 1; k < outside.length; k++) {
    const w = (outside[k] as Token).norm;
    if (lang.subordinators.has(w) || lang.functionWords.that.has(w) || relativeAt(lang, outside, k)) return -1;
    if (lang.beForms.has(w) || (lang.linkingVerbs?.has(w) ?? false)) return k;
  }
  return -1;
}

/**
 * "Vaping in any form is unsafe.", "The senator was wrong, as he has been…": a verdict adjective said by the main
 * clause's "be" of its subject, ending the clause: the writer's verdict on the thing (see LangPack.verdictAdjectives).
 */
function verdictOf(lang: LangPack, v: View, outside: readonly Token[]): string | null {
  const verdicts = lang.verdictAdjectives;
  if (!verdicts) return null;
  const k = mainLinkAt(lang, outside);
  // ("Early reports were wrong": a source's account found wrong is a correction of fact, not a verdict on a thing.)
  if (k < 0 || outside.slice(0, k).some((t) => lang.sourceNouns.has(t.norm))) return null;
  let j = k + 1;
  if (lang.isAdverbForm(outside[j]?.norm ?? '')) j++;
  const adj = outside[j];
  if (!adj || !verdicts.has(adj.norm)) return null;
  const next = outside[j + 1];
  // (The clause ends with the word: "is unsafe." or "is unsafe, and…"; "is unsafe for infants under…" qualifies it.)
  if (next && !/^\s*[,;:.!—–]/.test(v.text.slice(adj.end, next.start))) return null;
  return `${(outside[k] as Token).text} ${adj.text}`;
}

/**
 * "These crimes exacted great costs", "raises serious concerns about…": a size set on a cost or a worry that no figure
 * measures is the writer's weighing of it (see LangPack.unmeasuredSizes); "substantial damage", "a $5 million cost", "costs of
 * $5 million" describe or count.
 */
function weighedCostOf(lang: LangPack, text: string, outside: readonly Token[]): string | null {
  const sizes = lang.unmeasuredSizes;
  const weights = lang.unmeasuredWeights;
  if (!sizes || !weights) return null;
  for (let k = 0; k + 1 < outside.length; k++) {
    const size = outside[k] as Token;
    const noun = outside[k + 1] as Token;
    if (!sizes.has(size.norm) || !LOWER_FIRST.test(size.text) || !weights.has(noun.norm)) continue;
    if (!/^\s+$/.test(text.slice(size.end, noun.start))) continue;
    if (outside.slice(k + 2, k + 5).some((t) => HAS_DIGIT.test(t.text) || lang.numberWords.has(t.norm))) continue;
    return `${size.text} ${noun.text}`;
  }
  return null;
}

/**
 * "The bill represents a rare opportunity to…", "The launch was a breakthrough for…": a noun of worth said by the main
 * clause's link of its subject, after "a"/"an" and at most three words that qualify it, is the writer's valuation of the
 * thing, though a figure sits beside it (see LangPack.valueNouns). The evidence runs from the article to the noun.
 */
function valueNounOf(lang: LangPack, v: View, outside: readonly Token[]): string | null {
  const nouns = lang.valueNouns;
  if (!nouns) return null;
  const k = valueLinkAt(lang, outside);
  if (k < 0) return null;
  const det = outside[k + 1];
  if (!det || !lang.indefiniteArticles.has(det.norm)) return null;
  for (let j = k + 2; j <= k + 5 && j < outside.length; j++) {
    const t = outside[j] as Token;
    // (Only lower-case words qualify it: "a NASA success", "a 2-1 win" name or count the thing.)
    if (!LOWER_FIRST.test(t.text)) return null;
    if (nouns.has(t.norm)) return v.text.slice(det.start, t.end);
    if (CLAUSE_OR_QUOTE_MARK.test(v.text.slice((outside[j - 1] as Token).end, t.start))) return null;
  }
  return null;
}

/** The main clause's "be", "remains" or a verb that equates its subject with a thing ("represents", "marks"), as mainLinkAt. */
function valueLinkAt(lang: LangPack, outside: readonly Token[]): number {
  for (let k = 1; k < outside.length; k++) {
    const w = (outside[k] as Token).norm;
    if (lang.subordinators.has(w) || lang.functionWords.that.has(w) || relativeAt(lang, outside, k)) return -1;
    if (lang.beForms.has(w) || (lang.linkingVerbs?.has(w) ?? false) || (lang.equatingVerbs?.has(w) ?? false)) return k;
  }
  return -1;
}

/**
 * "The risk to the public remains low": the level of a risk said of the main clause's subject, with no one credited,
 * is the publisher's own assessment, a judgement (see LangPack.riskNouns).
 */
function riskLevelOf(lang: LangPack, outside: readonly Token[]): string | null {
  const nouns = lang.riskNouns;
  const levels = lang.riskLevels;
  if (!nouns || !levels) return null;
  const k = mainLinkAt(lang, outside);
  if (k < 0 || !outside.slice(0, Math.min(k, 3)).some((t) => nouns.has(t.norm))) return null;
  let j = k + 1;
  if (lang.isAdverbForm(outside[j]?.norm ?? '')) j++;
  const level = outside[j];
  return level && levels.has(level.norm) ? `${(outside[k] as Token).text} ${level.text}` : null;
}

/**
 * "This could open up…", "This sentiment could embed…": an anaphor (and maybe its noun) opening the
 * sentence, then a modal of a guess: the writer guessing at what follows from what came before.
 */
function guessOf(lang: LangPack, v: View, outside: readonly Token[]): string | null {
  const [a] = v.tokens;
  if (!a || outside[0] !== a || !lang.anaphors.has(a.norm)) return null;
  for (let k = 1; k <= 2; k++) {
    const m = v.tokens[k];
    if (!m || outside[k] !== m) return null;
    if (lang.guessModals.has(m.norm))
      return lang.functionWords.not.has(v.tokens[k + 1]?.norm ?? '') || pointedAt(lang, v.tokens, k + 1)
        ? null
        : `${a.text} ${v.tokens
            .slice(1, k + 1)
            .map((t) => t.text)
            .join(' ')}`;
    if (!LOWER_WORD.test(m.text) || lang.stopwords.has(m.norm)) return null;
  }
  return null;
}

/** "…should be noted that", "…could be mentioned": a passive of a pointing verb after a modal only points at what follows. */
function pointedAt(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  const w = tokens[k + 1]?.norm ?? '';
  return lang.beForms.has(tokens[k]?.norm ?? '') && (lang.pointingVerbs?.has(w.replace(/e?d$/, '')) === true || lang.pointingVerbs?.has(w.replace(/d$/, '')) === true);
}

/** "I-695", "I-95": an "I" joined by a hyphen to a number is a road's name, not the writer. */
function roadNumberAt(text: string, t: Token): boolean {
  return /^[-‐‑–]\d/.test(text.slice(t.end, t.end + 2));
}

/**
 * "Working Group I report", "Phase I trial": an "I" right after a capitalised word inside the
 * sentence (or a label such as "phase") is a Roman numeral in a name, not the writer speaking.
 */
function romanInName(lang: LangPack, tokens: readonly Token[], t: Token): boolean {
  const k = tokens.indexOf(t);
  const prev = tokens[k - 1];
  if (!prev || !CAPITAL_FIRST.test(prev.text) || t.start - prev.end > 1) return false;
  if (lang.dayNames.has(prev.norm) || lang.months.has(prev.norm) || lang.stopwords.has(prev.norm)) return false;
  return k > 1 || lang.labelsBefore.has(prev.norm);
}

/**
 * A stance with no evaluative word: an obligation modal outside quotes ("must", "should"), or
 * an -ly adverb and a comma opening the sentence ("Naturally, …"), which comments on what
 * follows, unless it only orders events ("Currently,", "Additionally,").
 */
function stanceOf(lang: LangPack, v: View, outside: readonly Token[]): string | null {
  const modal = outside.find((t) => lang.obligationModals.has(t.norm));
  if (modal) return modal.text;
  const first = v.tokens[0];
  if (first && outside[0] === first && OPENING_ADVERB.test(first.text) && !lang.sequenceAdverbs.has(first.norm) && /^\s*,/.test(v.text.slice(first.end))) return first.text;
  return null;
}

/**
 * "U.S. public health agencies should prepare to…", "HUD and FEMA don't work together… and should do so": "should" in the
 * main clause, after a subject of its own, tells a named party what to do: the writer's recommendation, in a news piece as
 * in an opinion one. Not a condition or a question embedded before it ("Should the court decide…", "whether a UME should
 * be declared", "the way it should."), nor "It should be noted…" (it only points), nor "This should ensure…" (a guess).
 * "must" the same way ("The federal government must do more…": 'duty'), unless what follows makes it a rule reported ("must
 * now be voted on", "must get at least 270 votes": 'rule'; see dutyIsRule).
 */
function recommendsAt(lang: LangPack, outside: readonly Token[]): 'advice' | 'duty' | 'rule' | null {
  const k = outside.findIndex((t) => (lang.adviceModals?.has(t.norm) ?? false) || (lang.dutyModals?.has(t.norm) ?? false));
  if (k < 1 || lang.anaphors.has(outside[k - 1]?.norm ?? '')) return null;
  const duty = lang.dutyModals?.has((outside[k] as Token).norm) ?? false;
  if (duty && dutyIsRule(lang, outside, k)) return 'rule';
  const embedded = (t: Token): boolean =>
    (lang.adviceConditions?.has(t.norm) ?? false) || lang.functionWords.that.has(t.norm) || lang.relativePronouns.has(t.norm) || lang.openingSubordinators.has(t.norm);
  if (outside.slice(0, k).some(embedded) || pointedAt(lang, outside, k + 1)) return null;
  if (!LOWER_WORD.test(outside[k + 1]?.text ?? '') || deadlineAfter(lang, outside, k)) return null;
  return duty ? 'duty' : 'advice';
}

/** A duty at k that a procedure's word, a number, a purpose or a deadline after it makes a rule reported (see LangPack.dutyModals). */
function dutyIsRule(lang: LangPack, outside: readonly Token[], k: number): boolean {
  if (lang.dutyProcedureWords?.has(outside[k + 1]?.norm ?? '') ?? false) return true;
  // "must get at least 270 of the 538 electoral votes": a duty measured in numbers is a rule's threshold.
  if (outside.slice(k + 1).some((t) => HAS_DIGIT.test(t.text) && !YEAR_WORD.test(t.text))) return true;
  const pairs = lang.dutyRulePairs ?? [];
  for (let j = k + 1; j + 1 < outside.length; j++) {
    const a = (outside[j] as Token).norm;
    const b = (outside[j + 1] as Token).norm;
    if (pairs.some(([x, y]) => x === a && y === b)) return true;
  }
  return false;
}

/**
 * "Smaller clubs should register with the league by May", "…by the end of the season": a time by which a thing is to be
 * done, after the modal at k, makes it a rule reported, not a recommendation.
 */
function deadlineAfter(lang: LangPack, outside: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < outside.length; j++) {
    if (!(lang.deadlineMarkers?.has((outside[j] as Token).norm) ?? false)) continue;
    for (const t of outside.slice(j + 1, j + 4)) {
      if (lang.months.has(t.norm) || lang.dayNames.has(t.norm) || /^\d{4}$/.test(t.norm) || (lang.deadlineEnds?.has(t.norm) ?? false)) return true;
    }
  }
  return false;
}

/** A word that may be a sentence's own verb: a form of "be", an auxiliary, a modal, "do", a past form. */
function finiteLike(lang: LangPack, w: string): boolean {
  return auxiliaryOrModal(lang, w) || lang.doForms.has(w) || lang.pastForms.has(w) || (w.length > 4 && w.endsWith('ed'));
}

/**
 * "Its intervention needs to be coordinated", "More food needs to be brought in", "And that needs to change": a thing said
 * to need doing, in the passive or with a verb of change, with no one credited, is the writer's call for it. The subject is
 * a pronoun or a noun after its determiner ("immediate priority needs to be submitted" is a plural noun and its purpose).
 */
function needsDoingOf(lang: LangPack, outside: readonly Token[]): string | null {
  for (let k = 1; k + 2 < outside.length; k++) {
    const t = outside[k] as Token;
    if (!(lang.needVerbs?.has(t.norm) ?? false) || !lang.functionWords.to.has(outside[k + 1]?.norm ?? '')) continue;
    const after = outside[k + 2] as Token;
    const done = (lang.functionWords.be.has(after.norm) && participleWord(lang, outside[k + 3]?.norm ?? '')) || (lang.changeVerbs?.has(after.norm) ?? false);
    const prev = outside[k - 1] as Token;
    const det = outside[k - 2]?.norm ?? '';
    const subject =
      lang.anaphors.has(prev.norm) || (LOWER_WORD.test(prev.text) && !lang.stopwords.has(prev.norm) && (lang.nounDeterminers.has(det) || (lang.moreWords?.has(det) ?? false)));
    if (done && subject) return `${t.text} ${(outside[k + 1] as Token).text} ${after.text}`;
  }
  return null;
}

/**
 * Advice to the reader: an imperative opening the sentence ("Clean your refrigerator…", "Throw
 * them away…", "Do not eat…": a verb of advice and then a determiner, a pronoun, "not" or a gerund,
 * so not "Clean energy rose" nor "Call centers closed"), or an advice modal in the main clause of a
 * sentence about people in general ("People at risk should avoid…", "Consumers should stop…"; not
 * "whether it should", "if…should", nor "should an asteroid…").
 */
function adviceOf(lang: LangPack, v: View, outside: readonly Token[]): string | null {
  // ("And don't forget the volunteers.": an order may open after a capitalised "And" or "But".)
  // ("Clinicians: Please report any…": a label naming whom the order is for, and its colon, may open it too.)
  const addressed = v.tokens.length > 3 && CAPITAL_FIRST.test(v.tokens[0]?.text ?? '') && /^:\s/.test(v.text.slice(v.tokens[0]?.end ?? 0, v.tokens[1]?.start ?? 0));
  const lead = v.tokens.length > 3 && CAPITAL_FIRST.test(v.tokens[0]?.text ?? '') && (lang.coordinators.has(v.tokens[0]?.norm ?? '') || addressed) ? 1 : 0;
  const first = v.tokens[lead];
  const second = v.tokens[lead + 1];
  // ("Please report any case…": a word of asking before a verb makes the order polite, and still an order.)
  if (first && second && outside[lead] === first && (lang.adviceMarkers?.has(first.norm) ?? false) && LOWER_WORD.test(second.text)) return first.text;
  if (first && second && outside[lead] === first && (lead === 1 || CAPITAL_FIRST.test(first.text)) && v.tokens.length >= 3 + lead) {
    const negated = (lang.adviceNegations?.has(first.norm) ?? false) && (lang.functionWords.not.has(second.norm) || lang.adviceVerbs?.has(second.norm));
    const object =
      lang.grammaticalArticles.has(second.norm) || lang.determiners.has(second.norm) || (lang.adviceObjects?.has(second.norm) ?? false) || lang.isProgressiveForm(second.norm);
    // "Contact tracing is ongoing", "Follow up surveys are possible": a verb of the sentence's own right after
    // the first two or three words makes them its subject, a noun phrase, not an order.
    const finite = (j: number): boolean => auxiliaryOrModal(lang, v.tokens[j + lead]?.norm ?? '');
    const subject =
      finite(2) ||
      (finite(3) &&
        !relativeAt(lang, v.tokens, 2 + lead) &&
        !lang.functionWords.that.has(v.tokens[2 + lead]?.norm ?? '') &&
        !HAS_COMMA.test(v.text.slice(second.end, v.tokens[3 + lead]?.start ?? second.end)));
    // ("Use caution on the roads!", "Stay safe!": an exclamation opening with a verb of advice is an order, whatever follows the verb.)
    // ("Use of the roads fell by half!": a verb's form followed by "of" is a noun.)
    const exclaimed = /!["”’»)]*\s*$/u.test(v.sentence) && !lang.functionWords.of.has(second.norm);
    // ("Avoid contact with bats…", "Defer non-essential travel to…", "Monitor U.S. Embassy Kampala's messaging.": a
    // full sentence opening with a verb of advice and with no verb of its own after it is an order, whatever its object.
    // "Clean energy rose 5%." has one; a headline, without its stop, is left to the rule above.)
    // (Verbs inside a clause about the object do not count, "…from people who are symptomatic", "Use caution when entering
    // the burned area"; nor a participle after its article, "the burned area".)
    const afterVerb = outside.slice(lead + 1);
    const clause = afterVerb.findIndex((t) => lang.relativePronouns.has(t.norm) || lang.subordinators.has(t.norm));
    const ownPart = clause < 0 ? afterVerb : afterVerb.slice(0, clause);
    const verbless =
      /[.:]["”’»)]*\s*$/u.test(v.sentence) &&
      !lang.functionWords.of.has(second.norm) &&
      outside.length >= 4 &&
      ownPart.every((t, j) => !finiteLike(lang, t.norm) || (j > 0 && lang.grammaticalArticles.has((ownPart[j - 1] as Token).norm) && lang.isRegularPast(t.norm)));
    // ("Do not sell…": the negation is the order's word too; "Do" alone would name the opposite.)
    if (negated) return v.text.slice(first.start, second.end);
    if (!subject && (lang.adviceVerbs?.has(first.norm) ?? false) && (object || exclaimed || verbless)) return first.text;
  }
  // ("If you reside in these districts, obey the instructions…": an order after the condition it applies to.)
  if (first && outside[0] === first && (lang.adviceConditions?.has(first.norm) ?? false)) {
    const comma = outside.findIndex((t, k) => k > 1 && HAS_COMMA.test(v.text.slice((outside[k - 1] as Token).end, t.start)));
    const verb = outside[comma];
    const after = outside[comma + 1];
    if (
      comma > 0 &&
      verb &&
      after &&
      LOWER_WORD.test(verb.text) &&
      (lang.adviceVerbs?.has(verb.norm) ?? false) &&
      (lang.grammaticalArticles.has(after.norm) || lang.determiners.has(after.norm) || (lang.adviceObjects?.has(after.norm) ?? false))
    )
      return verb.text;
  }
  const needed = needsDoingOf(lang, outside);
  if (needed !== null) return needed;
  // ("Smaller clubs should register by May" in a report of rules is a requirement reported: the modal
  // advises only when it tells people in general what to do.)
  // ("To prevent infection, all residents should…": the people addressed are the modal's own subject, right before it,
  // after an opening clause or a quantifier.)
  const addressedAt = (k: number): boolean => lang.adviceAddressees?.has(outside[k - 1]?.norm ?? '') ?? false;
  if (!first || !((lang.adviceAddressees?.has(first.norm) ?? false) || outside.some((t, k) => k > 0 && (lang.adviceModals?.has(t.norm) ?? false) && addressedAt(k)))) return null;
  for (let k = 1; k < outside.length; k++) {
    const t = outside[k] as Token;
    if (!(lang.adviceModals?.has(t.norm) ?? false)) continue;
    const next = outside[k + 1];
    if (!next || lang.grammaticalArticles.has(next.norm) || lang.determiners.has(next.norm)) return null;
    for (let b = Math.max(0, k - 8); b < k; b++) if (lang.adviceConditions?.has((outside[b] as Token).norm)) return null;
    return t.text;
  }
  return null;
}

/**
 * Whether the verb at k carries a clause (a claim) rather than a thing: "announced that…",
 * "announced it was…", "announced his administration will…" carry one; "announced a plan to
 * cut fees" and "asked for a retrial" name an act. Looks up to the next comma.
 */
function clauseAfter(lang: LangPack, text: string, tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!next) return false;
  // "announced it was…": a pronoun subject; "his", "this" may be the determiner of a thing ("this past August").
  if (lang.clauseSubjects.has(next.norm) && !lang.determiners.has(next.norm)) return true;
  // "claims, without evidence, that…": an aside between commas right after the verb is skipped.
  let aside = /^[^\p{L}\p{N}]*,/u.test(text.slice((tokens[k] as Token).end, next.start));
  // ("announced on August 21, 2024, that…": the date the verb is dated by, its commas included, comes before the claim.)
  let dated = true;
  for (let j = k + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (j > k + 1 && CLAUSE_MARK.test(text.slice((tokens[j - 1] as Token).end, t.start))) {
      if (dated && j > k + 2) continue;
      if (!aside) return false;
      aside = false;
      continue;
    }
    dated &&= lang.functionWords.on.has(t.norm) || lang.functionWords.in.has(t.norm) || lang.months.has(t.norm) || lang.dayNames.has(t.norm) || DIGIT_FIRST.test(t.text);
    if (aside) continue;
    // "asked the lawyers to file arguments that…", "announced plans to build…": a request or a plan, an act.
    if (j > k + 1 && lang.functionWords.to.has(t.norm)) return false;
    // ("jobs in May": a capitalised "May" is the month.)
    if (lang.functionWords.that.has(t.norm) || ((lang.modals.has(t.norm) || lang.auxiliaries.has(t.norm)) && LOWER_FIRST.test(t.text))) return true;
  }
  return false;
}

/**
 * "examining flight data recorders found in the wreckage", "the first case diagnosed and reported in the Region", "ahead of a
 * winter storm forecast.": a participle right after a plain noun that a form of "be", an auxiliary, an -ing form or a
 * preposition before its phrase makes an object, with a preposition, "and", a comma or the end after it, qualifies the noun;
 * no one speaks. (A subject's verb, "Officials in the city said in a statement…", has no such word before its phrase.)
 */
function objectParticipleAt(lang: LangPack, text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (!lang.isRegularPast(t.norm) && !(lang.speechParticiples?.has(t.norm) ?? false)) return false;
  // ("the first case diagnosed and reported in…": a pair of participles qualifies the noun together.)
  const paired = (lang.pairJoiners?.has(tokens[k - 1]?.norm ?? '') ?? false) && lang.isRegularPast(tokens[k - 2]?.norm ?? '');
  let at = paired ? k - 2 : k;
  // ("the brand most commonly reported.": a manner and its degree may stand between the noun and the participle.)
  if (text.slice((tokens[at - 1] as Token | undefined)?.end ?? 0, (tokens[at] as Token).start) === ' ' && lang.isAdverbForm(tokens[at - 1]?.norm ?? '')) {
    at--;
    if (lang.superlatives?.has(tokens[at - 1]?.norm ?? '')) at--;
  }
  const noun = tokens[at - 1];
  if (!noun || !LOWER_WORD.test(noun.text) || lang.stopwords.has(noun.norm) || lang.isRegularPast(noun.norm) || lang.isAdverbForm(noun.norm)) return false;
  if (text.slice(noun.end, (tokens[at] as Token).start) !== ' ') return false;
  const next = tokens[k + 1];
  const after = text.slice(t.end, next?.start ?? text.length);
  // (At the end only if no quoted words follow: "…fraud that the attorney on the case called “not just criminal”".)
  const closes =
    next === undefined
      ? !HAS_LETTER.test(after)
      : /^\s*[,.;:)]/.test(after) ||
        (after === ' ' &&
          (lang.namePrepositions.has(next.norm) || lang.pairJoiners?.has(next.norm) === true) &&
          !lang.functionWords.to.has(next.norm) &&
          !lang.functionWords.by.has(next.norm));
  // (A claim after it makes it the verb of saying: "Crews working in the area reported on Monday that roads were closed.")
  if (!closes || clauseAfter(lang, text, tokens, k)) return false;
  // Back over the noun's phrase (plain words, an article, a determiner) to the word that governs it.
  let b = at - 2;
  while (b >= 0 && at - b <= 6) {
    const w = tokens[b] as Token;
    if (text.slice(w.end, (tokens[b + 1] as Token).start) !== ' ') return false;
    if (
      lang.grammaticalArticles.has(w.norm) ||
      lang.determiners.has(w.norm) ||
      (lang.ordinalWords?.has(w.norm) ?? false) ||
      (LOWER_WORD.test(w.text) && !lang.stopwords.has(w.norm) && !lang.isProgressiveForm(w.norm))
    ) {
      b--;
      continue;
    }
    break;
  }
  // ("This is also the first case reported…": a word of time or degree may stand after the governing word.)
  while (b > 0 && (lang.progressiveFillers?.has((tokens[b] as Token).norm) ?? false)) b--;
  const gov = tokens[b];
  if (!gov) return false;
  if (!lang.beForms.has(gov.norm) && !lang.auxiliaries.has(gov.norm) && !lang.isProgressiveForm(gov.norm) && !lang.namePrepositions.has(gov.norm)) return false;
  // The sentence's own verb stands before the phrase ("declared an emergency in advance of a storm forecast"); with none, the
  // phrase may be in the subject and the participle its verb ("Scientists in the lab announced…").
  for (let j = b; j >= 0; j--) {
    const w = (tokens[j] as Token).norm;
    if (auxiliaryOrModal(lang, w) || (j < b && (lang.isProgressiveForm(w) || lang.isRegularPast(w)))) return true;
  }
  return false;
}

/**
 * "explained to the officials that…", "confirmed to VOA that…": after the verb at k, "to" and an addressee of one to four
 * words (plain words an article may open, ending on a name, a pronoun, an office or a group that speaks; no verb), then
 * "that" and its claim.
 */
function addresseeThenClaim(lang: LangPack, text: string, tokens: readonly Token[], k: number): boolean {
  for (let j = k + 2; j <= Math.min(tokens.length - 2, k + 6); j++) {
    const w = tokens[j] as Token;
    if (CLAUSE_MARK.test(text.slice((tokens[j - 1] as Token).end, w.start))) return false;
    if (lang.functionWords.that.has(w.norm)) {
      // (A person or a body is told: "agreed to the terms that the court set" agrees to a thing.)
      const last = tokens[j - 1] as Token;
      return j > k + 2 && (CAPITAL_FIRST.test(last.text) || lang.pronouns.has(last.norm) || lang.personTitles.has(last.norm) || speakingGroup(lang, last.norm));
    }
    const plain = LETTER_WORD.test(w.text) && (CAPITAL_FIRST.test(w.text) || !lang.stopwords.has(w.norm) || lang.grammaticalArticles.has(w.norm) || lang.pronouns.has(w.norm));
    if (!plain || lang.auxiliaries.has(w.norm) || lang.modals.has(w.norm) || lang.isRegularPast(w.norm)) return false;
  }
  return false;
}

/**
 * An object opened by an article right after the verb, then "that" before any modal or auxiliary: the "that" opens a
 * relative clause of the object ("concludes a criminal matter that dates back to 2018"), not the verb's claim ("the law
 * states the fee must be paid" has its claim's modal first).
 */
function relativeAfterObject(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  if (!lang.grammaticalArticles.has(tokens[k + 1]?.norm ?? '')) return false;
  for (let j = k + 2; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (lang.functionWords.that.has(t.norm)) return true;
    if (lang.modals.has(t.norm) || lang.auxiliaries.has(t.norm)) return false;
  }
  return false;
}

/** A past in -ed, not a word that only ends so ("need", "speed", "bed"). */
function pastInEd(lang: LangPack, w: string): boolean {
  return lang.isRegularPast(w) && !lang.notPastInEd.has(w) && (!w.endsWith('eed') || lang.pastInEed.has(w));
}

/** A verb in the past at k, as an event: "retained", "lost", "has not given"; not "the stalled talks" or "will be finished". */
function pastEventAt(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (CAPITAL_FIRST.test(t.text)) return false;
  // ("has pre-positioned", "that I co-led": a verb with a prefix of its own is that verb; other hyphened words are left out below.)
  const w = unprefixed(lang, t.norm);
  const participle = lang.pastParticiples.has(w);
  const regular = w.length >= 5 && pastInEd(lang, w) && !w.includes('-');
  if (!participle && !regular && !lang.pastForms.has(w)) return false;
  let j = k - 1;
  while (j >= 0 && (lang.adverbsBeforePast.has((tokens[j] as Token).norm) || lang.isAdverbForm((tokens[j] as Token).norm))) j--;
  const prev = tokens[j];
  if (!prev) return false;
  if (participle) return lang.auxiliaries.has(prev.norm);
  if (lang.notBeforePast.has(prev.norm) || DIGIT_FIRST.test(prev.text)) return false;
  for (let b = Math.max(0, k - 3); b < k; b++) if (lang.modals.has((tokens[b] as Token).norm)) return false;
  return true;
}

/** "pre-positioned" -> "positioned", "co-led" -> "led": a word after one of the language's verb prefixes and a hyphen. */
function unprefixed(lang: LangPack, w: string): string {
  const cut = w.indexOf('-');
  return cut > 0 && (lang.verbPrefixes?.has(w.slice(0, cut)) ?? false) ? w.slice(cut + 1) : w;
}

/**
 * "we have been pursuing", "we opened", "I have interviewed": after a first-person subject (and any
 * auxiliaries, "be" forms and -ly adverbs), a verb in -ing or -ed that is no verb of view or speech.
 * Not "we have been proud", "I wonder", "we believed".
 */
function actAfter(lang: LangPack, outside: readonly Token[], k: number): boolean {
  for (let j = k + 1; j <= Math.min(outside.length - 1, k + 4); j++) {
    const w = (outside[j] as Token).norm;
    if (lang.auxiliaries.has(w) || lang.beForms.has(w) || lang.isAdverbForm(w)) continue;
    if (!/(?:ing|ed)$/.test(w) && !lang.pastForms.has(w)) return false;
    const stem = w.replace(/(?:ing|ed)$/, '');
    return !lang.attributionVerbs.has(w) && !(lang.stanceVerbs?.has(w) ?? false) && !(lang.stanceVerbs?.has(stem) ?? false) && !(lang.stanceVerbs?.has(`${stem}e`) ?? false);
  }
  return false;
}

/** "since last year", "last week", "over the past two months": a word counting back from now, then (a word or two on) a unit of time. */
function recentOf(lang: LangPack, tokens: readonly Token[]): string | null {
  for (let k = 0; k < tokens.length - 1; k++) {
    if (!(lang.recentOpeners?.has((tokens[k] as Token).norm) ?? false)) continue;
    for (let j = k + 1; j <= Math.min(tokens.length - 1, k + 3); j++)
      if (lang.timeUnits.has((tokens[j] as Token).norm)) return `${(tokens[k] as Token).text} … ${(tokens[j] as Token).text}`;
  }
  return null;
}

function narratesEvent(lang: LangPack, tokens: readonly Token[]): boolean {
  const named = tokens.some((t, k) => CAPITAL_FIRST.test(t.text) && !lang.notNames.has(t.text) && (k > 0 || !lang.stopwords.has(t.norm)));
  if (!named) return false;
  for (let k = 1; k < tokens.length; k++) if (pastEventAt(lang, tokens, k) || lang.habitualWords.has((tokens[k] as Token).norm) || plannedAt(lang, tokens, k)) return true;
  return false;
}

/**
 * "The United States welcomes…", "The FAA is encouraged by…", "The Council extends its deepest sympathy…": the sentence
 * opens with a body's name (capitals, "The" and the little words of a name; no person's title, so "The Secretary-General is
 * deeply saddened" stays a speaker reported) and goes on with a verb of its stance in the present (see
 * LangPack.bodyStanceVerbs), a feeling it professes after "is" (bodyFeelings) or "extends its… sympathy" (sympathyNouns).
 * A document ("The resolution condemns…") has no capital name and is left to the account.
 */
function bodyStanceOf(lang: LangPack, outside: readonly Token[]): string | null {
  let k = lang.functionWords.the.has(outside[0]?.norm ?? '') ? 1 : 0;
  const from = k;
  while (k < outside.length && (CAPITAL_FIRST.test((outside[k] as Token).text) || (k > from && lang.outletNameConnectors.has((outside[k] as Token).norm)))) {
    const w = (outside[k] as Token).norm;
    // (Nor a pronoun: "We are pleased to partner…" is a first person's formula, read as such elsewhere.)
    if (lang.personTitles.has(w) || lang.personTitles.has(w.split('-')[0] as string) || (k === from && lang.stopwords.has(w))) return null;
    k++;
  }
  if (k === from || !CAPITAL_FIRST.test((outside[k - 1] as Token).text)) return null;
  const verb = outside[k];
  if (!verb || !LOWER_WORD.test(verb.text)) return null;
  if (lang.bodyStanceVerbs?.has(verb.norm) ?? false) return verb.text;
  const next = outside[k + 1]?.norm ?? '';
  if (lang.beForms.has(verb.norm) && (lang.bodyFeelings?.has(next) ?? false)) return `${verb.text} ${outside[k + 1]?.text ?? ''}`;
  if (lang.extendVerbs?.has(verb.norm) && outside.slice(k + 1, k + 5).some((t) => lang.sympathyNouns?.has(t.norm) ?? false)) return verb.text;
  return null;
}

/**
 * "Engineers will perform more tests", "The agency will publish its findings": "will" and a plain verb of an act (not "be",
 * "have" or a verb of view) is a plan of the named party, an event to check, not the writer's view.
 */
function plannedAt(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  if (!(lang.planMarkers?.has((tokens[k] as Token).norm) ?? false)) return false;
  const next = tokens[k + 1];
  if (!next || !LOWER_WORD.test(next.text)) return false;
  const w = next.norm;
  return !lang.beForms.has(w) && !lang.auxiliaries.has(w) && !lang.modals.has(w) && !(lang.stanceVerbs?.has(w) ?? false) && !lang.stopwords.has(w) && !lang.isAdverbForm(w);
}

/**
 * An evaluative word at k: one of the lexicon ("dire"), also as part of a compound
 * ("often-lawless"), but not in a formal term ("extraordinary session"); or an -ing adjective
 * of a verb of feeling made a superlative ("one of the most entertaining"): it grades how the
 * writer felt, where "the most damaging" grades a measure.
 */
function isLoaded(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1]?.norm ?? '';
  if (lang.loadedWords.has(t.norm)) {
    const verbBefore = lang.verbUseOf.get(t.norm);
    if (verbBefore && k > 0 && (verbBefore.has(tokens[k - 1]?.norm ?? '') || lang.verbUseAfter.has(next))) return false;
    // ("did not clearly explain", "articulated very clearly": after "not" or "very", how a thing was done, not how sure the writer is.)
    if ((lang.mannerAdverbs?.has(t.norm) ?? false) && k > 0 && (lang.mannerMarkers?.has(tokens[k - 1]?.norm ?? '') ?? false)) return false;
    return !lang.formalAfterLoaded.has(next);
  }
  // ("clearly-defined chains of transmission": an adverb joined to a participle tells how, as a manner adverb does.)
  if (t.norm.includes('-') && t.norm.split('-').some((part) => lang.loadedWords.has(part))) {
    const [first, second] = t.norm.split('-');
    return !((lang.mannerAdverbs?.has(first ?? '') ?? false) && lang.isRegularPast(second ?? ''));
  }
  // "shrewdly", "recklessly", "terribly", "tragically": the adverb of an evaluative adjective judges as the adjective does.
  if (adverbOfLoaded(lang, t.norm)) return true;
  // ("the most important tool", "one of the most significant scandals": a rank by weight or worth is the writer's to give,
  // unlike "the most recent" or "the most common".)
  if (lang.superlatives.has(t.norm) && lang.functionWords.the.has(tokens[k - 1]?.norm ?? '') && (lang.rankedJudgements?.has(next) ?? false)) return true;
  return lang.superlatives.has(t.norm) && lang.functionWords.the.has(tokens[k - 1]?.norm ?? '') && lang.isProgressiveForm(next) && lang.feelingVerbs.has(next.slice(0, -3));
}

function adverbOfLoaded(lang: LangPack, w: string): boolean {
  if (w.length < 6 || !lang.isAdverbForm(w)) return false;
  const stem = w.slice(0, -2);
  const stems = [stem, `${stem}e`];
  if (stem.endsWith('al')) stems.push(stem.slice(0, -2));
  if (stem.endsWith('i')) stems.push(`${stem.slice(0, -1)}y`);
  if (w.endsWith('bly')) stems.push(`${w.slice(0, -1)}e`);
  return stems.some((x) => lang.loadedWords.has(x));
}

/**
 * A capitalised word inside the sentence (not its first word) in a sentence that is not set in
 * title case: part of a name ("Truth Social", "the Grand Hotel"), whatever the word means alone.
 */
function inName(v: View, t: Token, titleCase: () => boolean): boolean {
  return t !== v.tokens[0] && CAPITAL_FIRST.test(t.text) && !titleCase();
}

/** The word after `t` (past a closing quotation mark) opens a name: "so-called Autumn Statement", "'fixer' Michael Cohen". */
function labelsName(lang: LangPack, v: View, t: Token): boolean {
  const next = v.tokens[v.tokens.indexOf(t) + 1];
  // ("the so-called “Clean Water Act”": a name in quotation marks after the label is the name it gives, too.)
  const gap = next === undefined ? '' : v.text.slice(t.end, next.start);
  return next !== undefined && !lang.functionWords.I.has(next.text) && CAPITAL_FIRST.test(next.text) && (QUOTE_CLOSE_GAP.test(gap) || QUOTE_OPEN_GAP.test(gap));
}

/** A space and an opening quotation mark between a label and the name it gives. */
const QUOTE_OPEN_GAP = /^\s+["“‘«]$/u;

/** The most words a short name defined in a bracket has ("the “3.0 liter partial settlement”"). */
const DEFINED_TERM_WORDS = 5;

/** The text before a quotation opens a bracket ("(the “"), and the text after it closes the bracket ("”)"). */
function definedInBracket(lang: LangPack, before: string, after: string): boolean {
  const open = /\(\s*(?:(\p{L}+)\s+)?["“‘«]\s*$/u.exec(before);
  if (!open || (open[1] !== undefined && !lang.grammaticalArticles.has(open[1].toLowerCase()))) return false;
  return /^\s*["”’»]\s*\)/u.test(after);
}

/**
 * "the images reveal “cosmic cliffs,” glittering…", "a “deep field” of a cluster": a quotation of two or three plain words,
 * no little word, none of them judging or an -ly adverb, is a nickname or a term set off by its marks, not someone's words
 * (a judging word in quotation marks, "the “reckless gamble”", or a phrase, "“within days”", still quotes someone).
 */
function nicknameQuoted(lang: LangPack, tokens: readonly Token[], at: number, n: number): boolean {
  if (n > NICKNAME_WORDS) return false;
  for (let k = at; k < at + n; k++) {
    const t = tokens[k] as Token;
    if (!LETTER_WORD.test(t.text) || lang.stopwords.has(t.norm) || lang.isAdverbForm(t.norm) || isLoaded(lang, tokens, k) || lang.firstPerson.has(t.norm)) return false;
  }
  return true;
}

/** The most words a nickname in quotation marks has ("cosmic cliffs", "red alert zone"). */
const NICKNAME_WORDS = 3;

/** Whether a quotation of two words or more in the sentence is words someone said (see Scan.quotesWords). */
function quotesWordsOf(lang: LangPack, v: View, here: readonly { start: number; end: number }[]): boolean {
  for (const q of here) {
    const at = v.tokens.findIndex((t) => t.start >= q.start && t.end <= q.end);
    if (at < 0) continue;
    let n = 0;
    let lower = false;
    for (let k = at; k < v.tokens.length && (v.tokens[k] as Token).end <= q.end; k++, n++) if (LOWER_FIRST.test((v.tokens[k] as Token).text)) lower = true;
    if (n < 2 || !lower) continue;
    if (v.tokens.slice(Math.max(0, at - 3), at).some((t) => lang.namingWords.has(t.norm))) continue;
    // ("issued a “red alert” warning": set between an article and its noun, the quotation labels a thing.)
    const after = v.tokens[at + n];
    const last = v.tokens[at + n - 1] as Token;
    if (lang.nounDeterminers.has(v.tokens[at - 1]?.norm ?? '') && after && LOWER_FIRST.test(after.text) && QUOTE_CLOSE_GAP.test(v.text.slice(last.end, after.start))) continue;
    // ("… (the “small engine settlement”)": a quotation that is the whole of a bracket, after an article or none, defines
    // the short name the text will use; it quotes no one.)
    if (n <= DEFINED_TERM_WORDS && definedInBracket(lang, v.text.slice(0, (v.tokens[at] as Token).start), v.text.slice(last.end))) continue;
    const inner = v.tokens.slice(at, at + n);
    if (nicknameQuoted(lang, v.tokens, at, n)) continue;
    // ("the “Internet for All” initiative", "“Tobacco Use among Students — United States, 2022”": capitals but for little
    // words and numbers, the quotation is a title.)
    if (CAPITAL_FIRST.test((inner[0] as Token).text) && inner.every((t) => CAPITAL_FIRST.test(t.text) || DIGIT_FIRST.test(t.text) || lang.stopwords.has(t.norm))) continue;
    // ("“sell by” dates", "the bank’s “flat cost paradigm”", "a convenient “customer experience”": a quotation
    // set before its noun, or after a possessive or an article and an adjective, names a thing, it quotes no one.)
    const next = after && QUOTE_CLOSE_GAP.test(v.text.slice(last.end, after.start)) && LOWER_WORD.test(after.text) ? after.norm : '';
    if (next !== '' && !lang.stopwords.has(next) && !lang.clauseSubjects.has(next) && !lang.attributionVerbs.has(next) && !lang.beForms.has(next)) continue;
    const prev = v.tokens[at - 1];
    if (prev && (POSSESSIVE_END.test(prev.text) || (lang.nounDeterminers.has(v.tokens[at - 2]?.norm ?? '') && LOWER_WORD.test(prev.text) && !lang.stopwords.has(prev.norm))))
      continue;
    return true;
  }
  return false;
}

/** "Crypto Council for Innovation CEO Jane Roe": a long subject that is a name with its title. */
/** The word at k follows "and"/"or" after a plain plural noun ("authorities and states"): a noun of the same list. */
function pluralPairAt(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  const joiner = tokens[k - 1];
  const before = tokens[k - 2];
  return joiner !== undefined && before !== undefined && (lang.pairJoiners?.has(joiner.norm) ?? false) && PLAIN_PLURAL.test(before.text) && !lang.stopwords.has(before.norm);
}

/** A plural of people who speak for what they know or hold (see viewHolders, speakerGroups): "experts", "officials". */
function speakingGroup(lang: LangPack, w: string): boolean {
  return (lang.viewHolders?.has(w) ?? false) || (lang.speakerGroups?.has(w) ?? false);
}

/**
 * "scientists from the U.S. National Oceanic and Atmospheric Administration (NOAA)", "officials at the Health Ministry":
 * a group that speaks (see viewHolders, speakerGroups) and the body it belongs to, named: a speaker, however long the name.
 */
function groupOfName(lang: LangPack, words: readonly string[]): boolean {
  const bare = (w: string | undefined): string => (w ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
  const at = lang.grammaticalArticles.has(bare(words[0])) ? 1 : 0;
  const group = bare(words[at]);
  if (!speakingGroup(lang, group)) return false;
  if (!lang.namePrepositions.has(bare(words[at + 1]))) return false;
  const name = words.slice(at + 2).filter((w) => !lang.grammaticalArticles.has(bare(w)));
  return name.length >= 1 && name.length <= 10 && name.every((w) => /^[\p{Lu}(]/u.test(w) || lang.nameConnectors.has(w.toLowerCase()));
}

function namedSpeaker(lang: LangPack, words: readonly string[]): boolean {
  if (words.length > 8) return false;
  let capitals = 0;
  for (const w of words) {
    if (CAPITAL_FIRST.test(w)) capitals++;
    else if (!lang.nameConnectors.has(w.toLowerCase())) return false;
  }
  return capitals >= words.length / 2;
}

/**
 * "figures showed", "the ministry also recorded", "court papers show": a verb that attributes
 * only when a source of claims (a document, data, an official body) is its subject, a few
 * words before it.
 * (Data or a document that shows a checkable fact stays attributed, not the writer's reporting: the
 * dev hand keys mark "the data / the study / the report show(s) / found…" attributed 32 times
 * and reporting 7 (18 and 7 in the texts present here), and a judgement in what is shown, "the survey shows that … distress", attributed too.
 * Its own publisher's findings are left to ownSource.)
 */
function isSourceVerb(lang: LangPack, tokens: readonly Token[], k: number, text?: string): boolean {
  const t = tokens[k] as Token;
  if (!lang.sourceVerbs.has(t.norm) || CAPITAL_FIRST.test(t.text)) return false;
  // ("examining flight data recorders found in the wreckage": a participle qualifying an object, not the data's finding.)
  if (text !== undefined && objectParticipleAt(lang, text, tokens, k)) return false;
  const prev = tokens[k - 1]?.norm ?? '';
  // "scores at five percentiles to show the progress", "no information to show that…": an infinitive of purpose or
  // of a noun is no source's finding ("the data continue to show", "seem to indicate" still are).
  if (lang.functionWords.to.has(prev) && !(lang.phaseVerbs?.has(tokens[k - 2]?.norm ?? '') ?? false) && !(lang.raisingVerbs?.has(tokens[k - 2]?.norm ?? '') ?? false)) return false;
  // "a new record €715 million", "on record": a bare stem after an article, a preposition or a
  // word that marks a noun is that noun; "named storms", "listed companies": a participle before a
  // plain plural qualifies it.
  const bodyVerb = lang.bodyVerbs.has(t.norm);
  if (bodyVerb && !INFLECTED.test(t.norm) && (lang.notBeforeAttribution.has(prev) || lang.stopwords.has(prev) || (lang.nounMarkers?.has(prev) ?? false))) return false;
  if (bodyVerb && lang.isRegularPast(t.norm) && plainPlural(lang, tokens[k + 1])) return false;
  // "Goldwein finds that it could cost more": a finding with its content, whoever found it.
  // ("the jury found there were 34 such records": the same, with "that" left out before a clause.)
  if ((lang.functionWords.that.has(tokens[k + 1]?.norm ?? '') || (lang.findingClauseSubjects?.has(tokens[k + 1]?.norm ?? '') ?? false)) && lang.findingVerbs.has(t.norm))
    return true;
  if (lang.findingVerbs.has(t.norm) && text !== undefined && placeBeforeThat(lang, tokens, k + 1, text) > 0) return true;
  // ("Forecasts … can be found on the dashboard": a participle after a form of "be" is a passive, no source's finding; "the data
  // are showing…" still is one.)
  if (lang.beForms.has(prev) && !lang.isProgressiveForm(t.norm)) return false;
  for (let b = k - 1; b >= Math.max(0, k - 4); b--) {
    const w = (tokens[b] as Token).norm;
    // "analyses", "theses": the plural of a source noun in -is.
    if (lang.sourceNouns.has(w) || (w.endsWith('es') && lang.sourceNouns.has(`${w.slice(0, -2)}is`)) || (lang.bodyNouns.has(w) && lang.bodyVerbs.has(t.norm))) return true;
    // "An independent panel found the club had…", "A hearing in May found in favour of…": a body's finding.
    if ((lang.findingBodies?.has(w) ?? false) && lang.findingVerbs.has(t.norm) && (text === undefined || findingAfter(lang, text, tokens, k))) return true;
    if (lang.subordinators.has(w) || (lang.clauseBreaks.has(w) && !acronymAt(tokens, b))) return false;
  }
  return openingSource(lang, tokens, k, text);
}

/**
 * "Analysis of data obtained over the past two weeks by the team shows…": a sentence that opens
 * with a source noun, its verb further on than a few words, with no comma or new clause between.
 */
function openingSource(lang: LangPack, tokens: readonly Token[], k: number, text?: string): boolean {
  if (text === undefined || k < 5) return false;
  const head = tokens.slice(0, 3).findIndex((w) => lang.sourceNouns.has(w.norm));
  if (head < 0 || lang.bodyVerbs.has((tokens[k] as Token).norm)) return false;
  // (An acronym in brackets may stand in the subject: "…Redirection Test (DART) investigation team shows".)
  if (CLAUSE_MARK.test(text.slice((tokens[head] as Token).end, (tokens[k] as Token).start))) return false;
  for (let b = head + 1; b < k; b++) {
    const w = (tokens[b] as Token).norm;
    if (lang.subordinators.has(w) || lang.clauseBreaks.has(w) || lang.relativePronouns.has(w) || lang.sourceVerbs.has(w) || lang.attributionVerbs.has(w)) return false;
  }
  return true;
}

/** What a body found follows its verb: a clause ("found the club had…") or a side ruled for ("found in favour of…"). */
function findingAfter(lang: LangPack, text: string, tokens: readonly Token[], k: number): boolean {
  return (
    (lang.functionWords.in.has(tokens[k + 1]?.norm ?? '') && (lang.favourWords?.has(tokens[k + 2]?.norm ?? '') ?? false)) ||
    clauseAfter(lang, text, tokens, k) ||
    findingClauseAfter(lang, text, tokens, k)
  );
}

/**
 * "found OceanGate failed to investigate…", "found a lack of codes to be a major cause": what a body found, with no "that"
 * and no auxiliary: a name and its verb in the past, or the thing found and "to be" (or "to have") said of it, before any
 * comma. ("found the wreck", "found him guilty" find a thing or give a verdict.)
 */
function findingClauseAfter(lang: LangPack, text: string, tokens: readonly Token[], k: number): boolean {
  const first = tokens[k + 1];
  if (first && CAPITAL_FIRST.test(first.text) && lang.isRegularPast(tokens[k + 2]?.norm ?? '') && text.slice(first.end, (tokens[k + 2] as Token).start) === ' ') return true;
  for (let j = k + 2; j < Math.min(tokens.length - 1, k + 10); j++) {
    if (CLAUSE_MARK.test(text.slice((tokens[j - 1] as Token).end, (tokens[j] as Token).start))) return false;
    if (lang.functionWords.to.has((tokens[j] as Token).norm)) return toBeOrHaveAt(lang, tokens, j);
  }
  return false;
}

/**
 * ", said the agency's director." / "» added Jane Roe.": a speech verb right after a comma or a
 * closing quotation mark, then the speaker (a name, or "the"/"a" and a title) to the end.
 */
function invertedTag(lang: LangPack, text: string, tokens: readonly Token[], k: number, listed = false): boolean {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!prev || !next || tokens.length - k > 12 || !(listed || lang.attributionVerbs.has(t.norm)) || !(/ed$|s$/.test(t.norm) || lang.invertedTagIrregulars.has(t.norm)))
    return false;
  if (!/[,”"»]\s*$/.test(text.slice(prev.end, t.start))) return false;
  if (!lang.grammaticalArticles.has(next.norm) && !CAPITAL_FIRST.test(next.text) && !describedName(lang, tokens, k + 1)) return false;
  // The speaker runs to the end of the sentence: no second verb of speech or clause after it.
  for (let j = k + 1; j < tokens.length; j++) if (lang.attributionVerbs.has((tokens[j] as Token).norm) || lang.functionWords.that.has((tokens[j] as Token).norm)) return false;
  return true;
}

/**
 * "Oh Byung-Hwan is the father…": a one-word opener run straight into a capitalised word (no comma, not "I") is the first
 * word of a name, not a cry.
 */
function openerIsName(lang: LangPack, v: View, length: number): boolean {
  const word = v.tokens[0] as Token;
  const next = v.tokens[1];
  return length === 1 && next !== undefined && v.text.slice(word.end, next.start) === ' ' && CAPITAL_FIRST.test(next.text) && !lang.firstPerson.has(next.norm);
}

/**
 * ", he said, " / ", the minister added, ": a speech verb at k with a comma (or a semicolon) right after it, and before it, back to the
 * comma that opens the tag, only its speaker (a pronoun, a name, or an article and a title of up to four words).
 */
function medialTag(lang: LangPack, text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  // (A past or an -s form in lower case: "Borno, Adamawa, and Yobe States, forcing…", "Mexico state, Mexico" are places.)
  if (!lang.attributionVerbs.has(t.norm) || !LOWER_WORD.test(t.text) || !(/ed$|s$/.test(t.norm) || lang.invertedTagIrregulars.has(t.norm))) return false;
  // (Or a semicolon: "…yesterday alone, he added; yet, that remains…".)
  if (!/^[,;]\s/.test(text.slice(t.end, t.end + 2))) return false;
  let b = k - 1;
  while (b >= 0 && k - b <= 4 && !/,\s*$/.test(text.slice(tokens[b - 1]?.end ?? 0, (tokens[b] as Token).start))) b--;
  if (b < 2 || k - b > 4) return false;
  const speaker = tokens.slice(b, k);
  const first = speaker[0] as Token;
  if (speaker.length === 1 && lang.pronouns.has(first.norm)) return true;
  // ("…, forecasts show, with nearly all…", "…, officials say, …": a bare plural of a source or of a group that speaks.)
  if (speaker.length === 1 && (lang.sourceNouns.has(first.norm) || speakingGroup(lang, first.norm))) return true;
  if (lang.grammaticalArticles.has(first.norm)) return speaker.slice(1).every((w) => LOWER_WORD.test(w.text) && !lang.stopwords.has(w.norm)) && speaker.length >= 2;
  return namedSpeaker(
    lang,
    speaker.map((w) => w.text),
  );
}

/**
 * "…, reports independent outlet Kovalsk.", "…, writes veteran columnist Jo Roe.": from j to the end, a few lower-case
 * words that describe a speaker (no little words: "…, reports from the border" is no speaker), then the speaker's name.
 */
function describedName(lang: LangPack, tokens: readonly Token[], j: number): boolean {
  let b = j;
  while (b < tokens.length && b - j < 3 && !CAPITAL_FIRST.test((tokens[b] as Token).text) && !lang.stopwords.has((tokens[b] as Token).norm)) b++;
  if (b === j || b >= tokens.length || tokens.length - b > 4) return false;
  return tokens.slice(b).every((t) => CAPITAL_FIRST.test(t.text));
}

/**
 * "the number of jobs added far exceeded…", "the share of aid pledged rose…": the past form at k follows "of" and a plain
 * noun, and a past verb (after at most one word of degree) follows it: k qualifies the noun, the later verb is the
 * sentence's ("A group of doctors added that…" still speaks).
 */
function participleInSubject(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  const noun = tokens[k - 1];
  if (k < 2 || !noun || !LOWER_WORD.test(noun.text) || lang.stopwords.has(noun.norm) || !lang.functionWords.of.has((tokens[k - 2] as Token).norm)) return false;
  let j = k + 1;
  const w = tokens[j]?.norm ?? '';
  if (lang.isAdverbForm(w) || (lang.degreeBeforeVerb?.has(w) ?? false)) j++;
  const verb = tokens[j];
  return verb !== undefined && LOWER_WORD.test(verb.text) && lang.isRegularPast(verb.norm);
}

/**
 * ", but scientists say…", ", and officials believe…": a coordinator after a comma, then a subject of one to three plain
 * words (no verb, no comma), right before the verb at k.
 */
function ownSubjectAfterCoordinator(lang: LangPack, text: string, tokens: readonly Token[], k: number): boolean {
  for (let c = k - 2; c >= Math.max(1, k - 4); c--) {
    const t = tokens[c] as Token;
    if (!lang.coordinators.has(t.norm)) continue;
    if (!/,\s*$/.test(text.slice((tokens[c - 1] as Token).end, t.start))) return false;
    const subject = tokens.slice(c + 1, k);
    return subject.every(
      (w, i) =>
        !HAS_COMMA.test(text.slice(w.end, (tokens[c + 2 + i] as Token).start)) &&
        !lang.auxiliaries.has(w.norm) &&
        !lang.modals.has(w.norm) &&
        !lang.beForms.has(w.norm) &&
        !lang.attributionVerbs.has(w.norm) &&
        !lang.functionWords.that.has(w.norm),
    );
  }
  return false;
}

/** A count or a share opens the subject of the verb at k ("Two percent of volunteers", "12 patients"). */
function countedSubject(lang: LangPack, text: string, tokens: readonly Token[], k: number): boolean {
  // (Within the verb's own clause: "With just 12 days remaining, IOM reports 4,901 migrants dead" counts days, not IOM.)
  let from = Math.max(0, k - 5);
  for (let b = k - 1; b >= from; b--) if (CLAUSE_MARK.test(text.slice((tokens[b] as Token).end, (tokens[b + 1] as Token).start))) from = b + 1;
  for (let b = from; b < k; b++) {
    const t = tokens[b] as Token;
    // ("39 countries have reported local transmission": bodies that report to an agency are its sources, not a study's subjects;
    // lang.voterWords lists such bodies, the countries, states and members that also cast votes.)
    if (DIGIT_FIRST.test(t.text) || lang.numberWords.has(t.norm)) return !(lang.voterWords?.has(tokens[b + 1]?.norm ?? '') ?? false);
  }
  return false;
}

/**
 * The subject of the verb at k is a share of a group: "42 percent of high school students", "Almost 3 in 5 girls (57%)",
 * "two out of three voters": a percentage, or a count "in"/"out of" a count, a few words before the verb with no comma,
 * "that" or second verb between (not "The board, which holds 40% of the shares, said…").
 */
function shareSubject(lang: LangPack, text: string, tokens: readonly Token[], k: number): boolean {
  const words = lang.surveyShareWords;
  if (!words) return false;
  for (let b = k - 1; b >= Math.max(0, k - 8); b--) {
    const t = tokens[b] as Token;
    if (CLAUSE_MARK.test(text.slice(t.end, (tokens[b + 1] as Token).start)) || lang.functionWords.that.has(t.norm) || lang.relativePronouns.has(t.norm)) return false;
    if (b < k - 1 && (lang.attributionVerbs.has(t.norm) || lang.beForms.has(t.norm) || lang.auxiliaries.has(t.norm))) return false;
    if (words.has(t.norm) && b > 0 && countWord(lang, (tokens[b - 1] as Token).norm)) return true;
    // ("3 in 5", "two out of three")
    if (countWord(lang, t.norm) && b >= 2) {
      const link = (tokens[b - 1] as Token).norm;
      const linked = lang.functionWords.in.has(link) ? b - 2 : lang.functionWords.of.has(link) && lang.functionWords.out.has(tokens[b - 2]?.norm ?? '') ? b - 3 : -1;
      if (linked >= 0 && countWord(lang, (tokens[linked] as Token).norm)) return true;
    }
  }
  return false;
}

/**
 * The verb at k has a source of records for its subject ("the data", "Results from the survey", "A new report"), a few words
 * before it with no comma, clause or person between, and a thing right after it, an article opening its noun: "show a
 * disturbing trend", "tell a grim story" (not "show that…", nor "the data, officials said, show…").
 */
function sourceShowsThing(lang: LangPack, text: string, tokens: readonly Token[], k: number): boolean {
  if (!lang.grammaticalArticles.has(tokens[k + 1]?.norm ?? '') || clauseAfter(lang, text, tokens, k)) return false;
  for (let b = k - 1; b >= Math.max(0, k - 6); b--) {
    const t = tokens[b] as Token;
    if (CLAUSE_MARK.test(text.slice(t.end, (tokens[b + 1] as Token).start)) || lang.clauseSubjects.has(t.norm) || lang.personTitles.has(t.norm)) return false;
    if (lang.sourceNouns.has(t.norm)) return true;
  }
  return false;
}

/**
 * A word right before the noun it classes, with no "be" before it ("illegal restrictions", "their unlawful fees"): an
 * attribute of the thing named, not a verdict said of a subject ("the levy is illegal").
 */
function classesNoun(lang: LangPack, text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  if (/ly$/.test(t.norm) || !next || !LOWER_WORD.test(next.text) || lang.stopwords.has(next.norm) || /ly$/.test(next.norm)) return false;
  if (SEPARATOR.test(text.slice(t.end, next.start))) return false;
  // ("The unlawful charges have cost drivers dearly": the noun phrase the sentence opens with is what it is built to say
  // something about; the word there still judges.)
  const opening = tokens.slice(0, k).every((x) => lang.stopwords.has(x.norm));
  return !opening && !lang.beForms.has(tokens[k - 1]?.norm ?? '');
}

/**
 * A word of a charge ("accused", "charged") before k: what follows is what the charge says. So is the noun right after k
 * when the charge's participle follows it ("the illegal activity charged today", "the unlawful conduct alleged").
 */
function afterCharge(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  for (let b = 0; b < k; b++) if (lang.chargeWords.has((tokens[b] as Token).norm)) return true;
  const noun = tokens[k + 1];
  const participle = tokens[k + 2]?.norm ?? '';
  return noun !== undefined && LOWER_WORD.test(noun.text) && !lang.stopwords.has(noun.norm) && lang.chargeWords.has(participle) && lang.isRegularPast(participle);
}

/**
 * Whether the verb at k is in a relative clause opened by "that" after a noun, within a few
 * words and no punctuation: "the hike that Powell had suggested", "a ruling that found". After a
 * verb ("said that"), a form of "be" ("is that") or a word that takes a clause ("so that",
 * "clear that"), "that" opens the claim itself.
 */
function relativeThat(lang: LangPack, text: string, tokens: readonly Token[], k: number): boolean {
  for (let b = k - 1; b >= Math.max(1, k - 7); b--) {
    const t = tokens[b] as Token;
    if (CLAUSE_OR_QUOTE_MARK.test(text.slice(t.end, (tokens[b + 1] as Token).start))) return false;
    if (!lang.functionWords.that.has(t.norm)) {
      if (isAttributionVerb(lang, tokens, b, text)) return false;
      continue;
    }
    const head = tokens[b - 1] as Token;
    if (CLAUSE_OR_QUOTE_MARK.test(text.slice(head.end, t.start))) return false;
    const w = head.norm;
    return !(lang.attributionVerbs.has(w) || lang.sourceVerbs.has(w) || lang.beForms.has(w) || lang.thatClauseHeads.has(w) || /(?:ed|ly)$/.test(w));
  }
  return false;
}

/** A verb of ruling or finding ("ruled", "found") before k: a legal word after it is the finding. */
function afterRuling(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  for (let b = 0; b < k; b++) if (lang.rulingWords.has((tokens[b] as Token).norm)) return true;
  return false;
}

/**
 * Whether the word at k is in the content of a charge or allegation: after its noun with the
 * content opening right after it ("allegations that…", "complaints of…", "the complaint says…"),
 * or after a verb of accusing and the word that opens the charge ("accused the firm of…",
 * "alleged that…"), in the same stretch of clause (no comma, colon or dash between). A finding
 * ("convicted of fraud") is not an allegation.
 */
function inAllegation(lang: LangPack, text: string, tokens: readonly Token[], k: number): boolean {
  let link = false;
  for (let b = k - 1; b >= 0; b--) {
    const t = tokens[b] as Token;
    if (/[,;:—–()]/.test(text.slice(t.end, (tokens[b + 1] as Token).start))) return false;
    const next = tokens[b + 1] as Token;
    if (lang.allegationNouns.has(t.norm) && next !== tokens[k] && (lang.allegationLinks.has(next.norm) || isAttributionVerb(lang, tokens, b + 1))) return true;
    if (lang.accusingVerbs.has(t.norm) && link) return true;
    if (lang.allegationLinks.has(t.norm)) link = true;
  }
  return false;
}

/** "presented the risk as merely hypothetical": the degree word at k follows "as" after a verb of presenting. */
function framedAt(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  for (let a = k - 1; a >= Math.max(0, k - 2); a--) {
    if (!lang.functionWords.as.has((tokens[a] as Token).norm)) continue;
    for (let b = a - 1; b >= Math.max(0, a - 8); b--) if (lang.framingVerbs.has((tokens[b] as Token).norm)) return true;
  }
  return false;
}

/** Whether the token after a verb opens an object or a claim: "that", a determiner, an article, a pronoun, a name, a number or a plain plural. */
function objectAfter(lang: LangPack, next: Token | undefined): boolean {
  if (next === undefined) return false;
  return (
    lang.functionWords.that.has(next.norm) ||
    lang.determiners.has(next.norm) ||
    lang.grammaticalArticles.has(next.norm) ||
    lang.clauseSubjects.has(next.norm) ||
    CAPITAL_FIRST.test(next.text) ||
    DIGIT_FIRST.test(next.text) ||
    plainPlural(lang, next)
  );
}

/**
 * "gulf restoration projects as designated", "pet projects like…", "through calls, chats", "a tsunami warning shortly after",
 * "the fastest-growing state since 2010", "answered that call": a speech form that is mostly a noun (nounFirstSpeechForms),
 * after a word that opens or qualifies a noun, is that noun unless an object opens right after it ("CBO projects a deficit",
 * "the agency reports 12 deaths"), a claim or a call follows ("…call on members to…"), or it ends the sentence after a plain
 * word (", the ministry estimates.": a tag).
 */
function nounFirstAt(lang: LangPack, text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  if (!(lang.nounFirstSpeechForms?.has(t.norm) ?? false) || !prev || SEPARATOR.test(text.slice(prev.end, t.start))) return false;
  const opener =
    lang.nounDeterminers.has(prev.norm) ||
    lang.determiners.has(prev.norm) ||
    lang.functionWords.that.has(prev.norm) ||
    DIGIT_FIRST.test(prev.text) ||
    lang.numberWords.has(prev.norm);
  // ("the fastest-growing state": a hyphened word qualifies as a plain one does.)
  // ("the five Gulf states announced": so does a name after a count, as a plain word would; not "The Government estimates…",
  // where the name is the subject.)
  const before = tokens[k - 2];
  // (Not a year closing an opening phrase: "With 12 days remaining in 2016, IOM reports 4,901…".)
  const named =
    CAPITAL_FIRST.test(prev.text) &&
    before !== undefined &&
    (DIGIT_FIRST.test(before.text) || lang.numberWords.has(before.norm)) &&
    !SEPARATOR.test(text.slice(before.end, prev.start));
  const plain = (/^\p{Ll}+(?:-\p{Ll}+)*$/u.test(prev.text) && !lang.stopwords.has(prev.norm) && !lang.isAdverbForm(prev.norm)) || named;
  if (!opener && !plain) return false;
  const after = tokens[k + 1];
  // ("under an excessive heat warning.": a form in -ing that ends the sentence after a plain word is the noun; ", the
  // ministry estimates." stays a verb.)
  if (after === undefined) return opener || (plain && t.norm.endsWith('ing'));
  const joined = !/[,;:—–()]/.test(text.slice(t.end, after.start));
  // ("One state will gain two seats": a verb is not followed by a modal or an auxiliary; a noun, its subject, is.)
  if (joined && (lang.modals.has(after.norm) || lang.auxiliaries.has(after.norm))) return true;
  // ("sends a loud and clear warning to companies": a form an indefinite article opens, past plain words and "and", is
  // the noun, whatever follows.)
  if (plain && indefiniteOpens(lang, tokens, k)) return true;
  const object =
    lang.determiners.has(after.norm) ||
    lang.grammaticalArticles.has(after.norm) ||
    lang.clauseSubjects.has(after.norm) ||
    DIGIT_FIRST.test(after.text) ||
    lang.numberWords.has(after.norm) ||
    (lang.namingNotBefore?.has(after.norm) ?? false) ||
    lang.functionWords.to.has(after.norm);
  if (joined && object) return false;
  // ("the fastest-growing state since the 2010 Census was Utah": after a word that an article opens, only "that" right after
  // makes it a verb, "the agency estimates that…"; a verb further on is the noun's own sentence's.)
  const phrase = opener || named || lang.nounDeterminers.has(tokens[k - 2]?.norm ?? '');
  // ("The minister claims, without evidence, that…": an aside between commas right after it still lets a claim follow.)
  return phrase && joined ? !lang.functionWords.that.has(after.norm) : !clauseAfter(lang, text, tokens, k);
}

/** "a loud and clear warning": "a"/"an" before k, past one to four plain words or "and" (no comma between). */
function indefiniteOpens(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  for (let b = k - 1; b >= Math.max(0, k - 5); b--) {
    const w = tokens[b] as Token;
    if (lang.indefiniteArticles.has(w.norm)) return b < k - 1;
    if (!LOWER_WORD.test(w.text) || (lang.stopwords.has(w.norm) && !(lang.pairJoiners?.has(w.norm) ?? false))) return false;
  }
  return false;
}

/**
 * "including names, genders and birthdays", "their claims", "such as notes": a speech or source
 * verb in -s that is a plural noun here, after a determiner or a word that opens a list, or
 * between the commas of a list of things. (Only -s forms: "paused, smiled and said" lists verbs.)
 */
function pluralNounAt(lang: LangPack, text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (!t.norm.endsWith('s') || t.norm.endsWith('ss')) return false;
  const prev = tokens[k - 1];
  if (!prev) return false;
  if (lang.nounDeterminers.has(prev.norm) || lang.listIntroducers.has(prev.norm)) return true;
  const after = tokens[k + 1];
  const joined = after !== undefined && !/[,;:—–()]/.test(text.slice(t.end, after.start));
  // "their claims would be processed": a verb is not followed by a modal or an auxiliary; a plural subject is.
  if (joined && (lang.modals.has(after.norm) || lang.auxiliaries.has(after.norm))) return true;
  // "estimates of $3bn" (but "warns of a risk").
  if (joined && lang.functionWords.of.has(after.norm) && !lang.verbsBeforeOf.has(t.norm)) return true;
  // "missed analyst estimates", "vs. Street estimates": the object of a comparison.
  if (lang.objectMarkers.has(prev.norm) || lang.objectMarkers.has(tokens[k - 2]?.norm ?? '')) return true;
  // "To produce the incidence and prevalence estimates in this report, we…": the object of an infinitive, its phrase
  // opened by an article a few words back with no comma between.
  for (let b = k - 1; b >= Math.max(2, k - 6) && !SEPARATOR.test(text.slice((tokens[b] as Token).end, (tokens[b + 1] as Token).start)); b--) {
    const w = tokens[b] as Token;
    if (lang.grammaticalArticles.has(w.norm))
      return lang.functionWords.to.has(tokens[b - 2]?.norm ?? '') && LOWER_WORD.test(tokens[b - 1]?.text ?? '') && !lang.stopwords.has(tokens[b - 1]?.norm ?? '');
    if (lang.stopwords.has(w.norm) && !lang.pairJoiners?.has(w.norm)) break;
  }
  // "four states", "two claims": a count before it (not across a comma: "the toll is 40, says the mayor").
  if ((DIGIT_FIRST.test(prev.text) || lang.numberWords.has(prev.norm)) && !SEPARATOR.test(text.slice(prev.end, t.start))) return true;
  // "approved by member states", "in media reports": a noun before it, right after a preposition, is a compound's first word.
  const prev2 = tokens[k - 2];
  if (prev2 && lang.namePrepositions.has(prev2.norm) && LOWER_FIRST.test(prev.text) && !lang.stopwords.has(prev.norm) && !HAS_COMMA.test(text.slice(prev2.end, t.start)))
    return true;
  const next = tokens[k + 1];
  const commaBefore = HAS_COMMA.test(text.slice(prev.end, t.start));
  const commaAfter = next !== undefined && HAS_COMMA.test(text.slice(t.end, next.start));
  // "…, names, genders": a comma on each side; "…, names and genders": a comma, then the list goes on.
  return commaBefore && (commaAfter || ((lang.pairJoiners?.has(next?.norm ?? '') ?? false) && tokens[k + 2] !== undefined && !lang.clauseSubjects.has(tokens[k + 2]?.norm ?? '')));
}

function s_noClaim(lang: LangPack, tokens: readonly Token[]): boolean {
  return findPhrase(tokens, lang.noClaimPhrases) !== null;
}

/** A verb of saying in a form the lexicon lists it by, or bare ("report" as "reports"/"reported", "announce" as "announced"). */
export function attributionStem(lang: LangPack, w: string): boolean {
  return lang.attributionVerbs.has(w) || lang.attributionVerbs.has(`${w}s`) || lang.attributionVerbs.has(`${w}ed`) || lang.attributionVerbs.has(`${w}d`);
}

/** A bare stem ("call", "report"), not a past ("said") nor an -s or -ing form. */
function bareStem(lang: LangPack, w: string): boolean {
  return !INFLECTED.test(w) && !(lang.irregularSpeechPast?.has(w) ?? false);
}

/**
 * A verb that reports speech here: not "United States", not "to describe", "is said",
 * "after accusing", "the repeated rounds", and not a guess ("would say").
 */
function isAttributionVerb(lang: LangPack, tokens: readonly Token[], k: number, text?: string): boolean {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1]?.norm ?? '';
  // "Adding salt to the wound is…": an -ing form opening the sentence is its subject, unless a claim follows ("Adding that…").
  if (k === 0 && lang.isProgressiveForm(t.norm) && !lang.functionWords.that.has(tokens[1]?.norm ?? '')) return false;
  // "Reported cases rose", "Asked about the fee, he shrugged": a participle opening the sentence has no subject to speak.
  if (k === 0 && lang.isRegularPast(t.norm)) return false;
  // ("Estimates of the toll have varied", "Claims of fraud spread": an -s form opening the sentence has no subject before it, so is a plural noun.)
  if (k === 0 && /[^s]s$/.test(t.norm)) return false;
  // A bare stem ("call", "report"), not a past ("said") nor an -s or -ing form: often a noun or an adjective.
  // "Call your doctor…": a bare stem opening the sentence is an imperative; no one is quoted.
  if (k === 0 && bareStem(lang, t.norm)) return false;
  // ("are warning", "is saying": the -ing form after "be" is a progressive, whether or not the list has that form.)
  // ("USDA is now reporting that…", "is also warning": a word of time or degree may stand between "be" and the -ing form.)
  const afterBe = lang.beForms.has(prev) || ((lang.progressiveFillers?.has(prev) ?? false) && lang.beForms.has(tokens[k - 2]?.norm ?? ''));
  const progressive = afterBe && (lang.attributionVerbs.has(t.norm) ? lang.isProgressiveForm(t.norm) : progressiveOf(lang, t.norm));
  // "Do not eat recalled deli products", "is recalling 7 million pounds": a recall is an act unless a
  // claim follows ("recalled that…", "recalled how…", "recalled it was…"; "recalling these strollers"
  // takes a thing: "these" is its determiner, not a clause's subject).
  // (Every word of every sentence comes here: the recall's tests wait until the word is a verb of recalling.)
  if (lang.recallVerbs?.has(t.norm) && tokens[k + 1]) {
    const afterRecall = tokens[k + 1]?.norm ?? '';
    const recallObject =
      lang.determiners.has(afterRecall) &&
      LETTER_WORD.test(tokens[k + 2]?.text ?? '') &&
      !lang.auxiliaries.has(tokens[k + 2]?.norm ?? '') &&
      !lang.beForms.has(tokens[k + 2]?.norm ?? '') &&
      !lang.modals.has(tokens[k + 2]?.norm ?? '');
    if ((!lang.clauseSubjects.has(afterRecall) || recallObject) && !(lang.recallClauses?.has(afterRecall) ?? false)) return false;
  }
  // ("The ministry continues to report rising infections", "Media sources continue to report that…": a body that keeps
  // reporting speaks, as "reports" would; "report" alone is most often the noun.)
  // (Not "continued to report to work", nor a request, "Please continue to report any symptoms", nor an errand, "went to
  // report the theft".)
  if (
    t.norm === 'report' &&
    k >= 3 &&
    lang.functionWords.to.has(prev) &&
    (lang.continuingVerbs?.has(tokens[k - 2]?.norm ?? '') ?? false) &&
    !lang.functionWords.to.has(tokens[k + 1]?.norm ?? '') &&
    !tokens.slice(0, k - 2).some((x) => lang.adviceMarkers?.has(x.norm) ?? false)
  )
    return true;
  // "Shelter in place if told to do so", "residents were asked to leave": an instruction given, not words reported.
  if ((lang.instructionVerbs?.has(t.norm) ?? false) && lang.functionWords.to.has(tokens[k + 1]?.norm ?? '')) return false;
  if (!lang.attributionVerbs.has(t.norm) && !progressive)
    return (
      withClaimAt(lang, tokens, k, text) ||
      thatClaimAt(lang, tokens, k, text) ||
      expectationAt(lang, tokens, k) ||
      countClaimAt(lang, tokens, k, text) ||
      tallySetAt(lang, tokens, k)
    );
  if (text !== undefined && nounFirstAt(lang, text, tokens, k)) return false;
  if (k > 0 && CAPITAL_FIRST.test(t.text)) return false;
  if (progressive) return true;
  // ("The top three crime types reported by victims were…", "ballot papers reported by each count": a past participle with its
  // agent after a plain plural is a passive qualifying that noun; the sentence's own verb comes later.)
  if (k > 0 && lang.isRegularPast(t.norm) && lang.functionWords.by.has(tokens[k + 1]?.norm ?? '') && plainPlural(lang, tokens[k - 1])) return false;
  const stem = bareStem(lang, t.norm);
  // "The FBI has labeled the group a top threat", "Police labeled him…": a verb of calling as often a participle of the
  // thing's label ("jars labeled with a red cap") speaks only after its subject (a name, a pronoun) or a perfect's "has".
  if ((lang.subjectOnlyVerbs?.has(t.norm) ?? false) && !(CAPITAL_FIRST.test(tokens[k - 1]?.text ?? '') || lang.clauseSubjects.has(prev) || lang.perfectAuxiliaries.has(prev)))
    return false;
  const prev2 = tokens[k - 2]?.norm ?? '';
  // "141 states voted", "the 193 member states", "the member states which abstained": a plural
  // after a count (and a plain word), after a word that makes it a compound, or before "which", is a noun.
  // "states’ partisan leanings": a plural's possessive is a noun.
  if (text !== undefined && S_LAST.test(t.norm) && /^['’]/.test(text.slice(t.end, t.end + 1))) return false;
  // "forthcoming pledges from the two states", "claims from rivals": an -s form with "from" after it is a plural noun and its source.
  if (S_LAST.test(t.norm) && k > 0 && (lang.afterPluralNoun?.has(tokens[k + 1]?.norm ?? '') ?? false)) return false;
  // ("The toll is 40, says the mayor": a comma between them parts the count from the verb.)
  const parted = text !== undefined && k > 0 && SEPARATOR.test(text.slice((tokens[k - 1] as Token).end, t.start));
  if (S_LAST.test(t.norm) && k > 0 && !parted) {
    const plain = LOWER_WORD.test(tokens[k - 1]?.text ?? '');
    if (countWord(lang, prev) || (plain && countWord(lang, prev2)) || (plain && (lang.pluralNounModifiers?.has(prev) ?? false))) return false;
    if (relativeAt(lang, tokens, k + 1) && !lang.functionWords.that.has(tokens[k + 1]?.norm ?? '')) return false;
  }
  // "The toll is “grim,” said…": a quotation closed with a comma between parts "is" from the verb.
  // ("…in May, said the clerk.", "…than it was, said the clerk.": a comma between them parts a little word or a month from the verb too.)
  const adjacent = text === undefined || !TAG_GAP.test(text.slice(tokens[k - 1]?.end ?? 0, t.start));
  if (adjacent && (lang.modalsBeforeAttribution.has(prev) || lang.modalsBeforeAttribution.has(prev2))) return false;
  // "may publish or reveal the names": the second of two verbs under one modal is as hypothetical as the first.
  if (adjacent && lang.pairJoiners?.has(prev) && lang.modalsBeforeAttribution.has(tokens[k - 3]?.norm ?? '')) return false;
  // ("proceeded to accuse", "went on to say": the speech is still reported, after a verb of going on.)
  // ("The decision to publicly attribute this incident…": an adverb may split the infinitive; "went on to publicly say" still speaks.)
  const toAt = lang.functionWords.to.has(prev) ? k - 1 : lang.isAdverbForm(prev) && lang.functionWords.to.has(prev2) ? k - 2 : -1;
  const phase =
    toAt >= 0 &&
    ((lang.phaseVerbs?.has(tokens[toAt - 1]?.norm ?? '') ?? false) ||
      (lang.functionWords.on.has(tokens[toAt - 1]?.norm ?? '') && (lang.phaseVerbs?.has(tokens[toAt - 2]?.norm ?? '') ?? false)));
  if (adjacent && lang.notBeforeAttribution.has(prev) && !phase) return false;
  if (toAt >= 0 && toAt === k - 2 && !phase) return false;
  // ("…a full refund as described in the recall notice", "as noted above": a participle after "as" points to a text; not
  // "as reported in the Times", whose report is credited, nor "by" naming who spoke, nor "As described in the report, …"
  // opening the sentence, which credits the report with the claim after it.)
  if (
    lang.isRegularPast(t.norm) &&
    lang.functionWords.as.has(prev) &&
    !(lang.reportCueWords?.has(t.norm) ?? false) &&
    tokens[k + 1] !== undefined &&
    !lang.functionWords.by.has(tokens[k + 1]?.norm ?? '') &&
    ((k > 1 && lang.namePrepositions.has(tokens[k + 1]?.norm ?? '')) || (lang.pointingWords?.has(tokens[k + 1]?.norm ?? '') ?? false))
  )
    return false;
  // ("aid delivery is not directly threatened", "was widely criticised": a form of "be" with "not" or -ly adverbs between is still a passive.)
  // ("Hundreds are already confirmed dead": so are the words of a state still holding, lang stateFillers; not "also", "were also
  // confirmed by the agency".)
  if (lang.isRegularPast(t.norm) && k > 1) {
    let b = k - 1;
    while (
      b > 0 &&
      (lang.isAdverbForm((tokens[b] as Token).norm) || lang.functionWords.not.has((tokens[b] as Token).norm) || (lang.stateFillers?.has((tokens[b] as Token).norm) ?? false))
    )
      b--;
    if (b < k - 1 && lang.beForms.has((tokens[b] as Token).norm)) return false;
  }
  // "keep the public informed", "remain informed throughout": a participle that ends its phrase after a verb of a state
  // kept is that state; no one's words are reported.
  if (lang.isRegularPast(t.norm) && !objectAfter(lang, tokens[k + 1])) {
    for (let b = k - 1; b >= Math.max(0, k - 3); b--) if (lang.stateKeepingVerbs?.has((tokens[b] as Token).norm) ?? false) return false;
  }
  // "the settlement noted above", "the figures cited below", "refugees reported dead in the blasts": a participle after a plain
  // word, right before a word pointing elsewhere in the text or a state of people ("dead", "missing"), qualifies that word's
  // noun; no one's words are reported.
  if (lang.isRegularPast(t.norm) && LOWER_WORD.test(tokens[k - 1]?.text ?? '') && !lang.stopwords.has(prev)) {
    const next = tokens[k + 1]?.norm ?? '';
    if ((lang.textPointers?.has(next) ?? false) || lang.peopleStates.has(next)) return false;
  }
  // "The number of jobs added far exceeded…": a participle after "of" and its noun, with the sentence's own verb after it, is in the subject.
  if (lang.isRegularPast(t.norm) && participleInSubject(lang, tokens, k)) return false;
  // "a part called the Flight Control Unit (FCU)", "a drug called Zenora, which…": a name given, not words reported.
  if (text !== undefined && lang.namingWords.has(t.norm) && namesOnly(lang, text, tokens, k)) return false;
  // "design features blamed for the crashes": the participle of a passive; the blame is not this sentence's claim.
  if (lang.functionWords.for.has(tokens[k + 1]?.norm ?? '') && lang.judgedFor.has(t.norm)) return false;
  // "to violate state and federal laws": a bare stem paired by "and"/"or" with the next word is an adjective or a noun.
  if (stem && lang.pairJoiners?.has(tokens[k + 1]?.norm ?? '')) return false;
  // "the first state to vote", "each state": a bare stem after a word that marks a noun is that noun;
  // "another conservative breadbasket state, Indiana,": so is one ending a phrase at a comma after a plain word.
  if (stem && k > 0 && (lang.nounMarkers?.has(prev) ?? false)) return false;
  if (
    stem &&
    k > 1 &&
    text !== undefined &&
    /^\s*,/.test(text.slice(t.end)) &&
    LOWER_WORD.test(tokens[k - 1]?.text ?? '') &&
    !lang.clauseSubjects.has(prev) &&
    !lang.stopwords.has(prev)
  )
    return false;
  // "working with state partners": a bare stem before a plain plural is a noun qualifying it.
  // (Not a stem that is never a noun: "CDC and FDA recommend clinicians stop using…".)
  if (stem && k > 0 && plainPlural(lang, tokens[k + 1]) && !(lang.verbOnlyStems?.has(t.norm) ?? false)) return false;
  // "…, state media reported.", "Russian state television reported": a bare stem right before the noun
  // that a speech verb a word or two later has for its subject qualifies that noun; the later verb is the one that reports.
  if (stem && text !== undefined && qualifiesSpeaker(lang, text, tokens, k)) return false;
  // "the final say on the plan", "your home state", "the latest forecast information": a bare stem after a
  // determiner and a singular word is a noun (not "the officials say", "the police say", "the data show").
  if (stem && k > 1 && singularAfterDeterminer(lang, tokens, k)) return false;
  // "to reflect updated population estimates and other factors": an -s form with nothing to carry
  // (the end, or "and"/"or") right after a plain word, with no comma or quote opening a tag a few words
  // before it (", the company's chief executive says."), nor "the"/"a" before that word, is a plural noun.
  if (
    text !== undefined &&
    S_LAST.test(t.norm) &&
    k >= 2 &&
    (k === tokens.length - 1 || lang.pairJoiners?.has(tokens[k + 1]?.norm ?? '')) &&
    LOWER_WORD.test(tokens[k - 1]?.text ?? '') &&
    !/[,”"»]/.test(text.slice((tokens[Math.max(0, k - 6)] as Token).start, t.start)) &&
    !lang.grammaticalArticles.has(prev2)
  )
    return false;
  // "hosted a press call": a bare stem after "a" and a noun is that noun's compound, not a verb.
  // ("…, a spokesman said.": "said" is a past, not a stem.)
  if (stem && lang.indefiniteArticles.has(prev2)) return false;
  // "Pfizer's claim", "the minister's warning": a noun after a possessive, not a verb.
  // ("Macy's says it will…", "the company's said": a form that is never a noun, after a name spelled as a possessive or "'s" for "has", is that name's verb.)
  if (POSSESSIVE_END.test(prev) && !(lang.verbOnlySpeech?.has(t.norm) ?? false)) return false;
  // "pleaded guilty", "called off": an act in court or on the field, not words reported.
  for (const ph of lang.notSpeechPhrases) if (ph[0] === t.norm && seqAt(tokens, k, ph)) return false;
  // "All told, the office has collected…": an idiom that ends on the verb sums up; no one is telling.
  for (const ph of lang.notSpeechEndings ?? []) if (ph[ph.length - 1] === t.norm && seqAt(tokens, k - ph.length + 1, ph)) return false;
  // "I said", "we can believe": the writer's own voice, not a source's.
  // ("we have highlighted", "I had warned": the same after an auxiliary.)
  if (lang.firstPersonSubjects.has(prev) || (lang.firstPersonSubjects.has(prev2) && (lang.modals.has(prev) || lang.auxiliaries.has(prev)))) return false;
  // "examining flight data recorders found in the wreckage": a participle qualifying an object.
  if (text !== undefined && objectParticipleAt(lang, text, tokens, k)) return false;
  // "648 out of 650 seats declared": a participle after a counted noun, not someone speaking.
  // (Not a subject after a date or a year and its comma: "On June 22, 2018, PHAC reported that…", "Reflecting on 2024, he stated…".)
  if (
    lang.isRegularPast(t.norm) &&
    DIGIT_FIRST.test(tokens[k - 2]?.text ?? '') &&
    !(text !== undefined && k > 1 && HAS_COMMA.test(text.slice((tokens[k - 2] as Token).end, (tokens[k - 1] as Token).start))) &&
    // (Nor a source dated by its year: "Other 2021 data revealed that…".)
    !(YEAR_WORD.test(tokens[k - 2]?.text ?? '') && lang.sourceNouns.has(tokens[k - 1]?.norm ?? ''))
  )
    return false;
  // "the 62 confirmed cases reported since May have…", "all new confirmed cases reported within the week were…":
  // a participle right after a counted plural (a number or "all" before it, past plain words) qualifies that
  // noun, unless a claim or a source follows ("that", "by").
  // (The sentence's own verb comes later, "have been", before any "that": "Three witnesses reported on Friday that…" still credits them.)
  // (", noted the spokesperson": a comma before it opens a tag.)
  if (
    lang.isRegularPast(t.norm) &&
    !parted &&
    countedNounBefore(lang, tokens, k) &&
    !lang.functionWords.that.has(tokens[k + 1]?.norm ?? '') &&
    !lang.functionWords.by.has(tokens[k + 1]?.norm ?? '') &&
    !lang.functionWords.to.has(tokens[k + 1]?.norm ?? '') &&
    !lang.clauseSubjects.has(tokens[k + 1]?.norm ?? '')
  ) {
    for (let j = k + 2; j < tokens.length; j++) {
      const w = (tokens[j] as Token).norm;
      if (lang.functionWords.that.has(w)) break;
      if (lang.auxiliaries.has(w) || lang.beForms.has(w)) return false;
    }
    // ("Dengue is the virus with the highest number of cases reported in the region": or the sentence's verb came before.)
    for (let j = 0; j < k - 2; j++) if (lang.beForms.has((tokens[j] as Token).norm) || lang.auxiliaries.has((tokens[j] as Token).norm)) return false;
  }
  // "all the instances outlined by the prosecutor", "the plan described by officials": a participle with its agent
  // ("by") right after a plain noun that an article or a determiner opens qualifies that noun, as a relative clause
  // would; whose account the noun was is not this sentence's claim.
  if (
    lang.isRegularPast(t.norm) &&
    k > 1 &&
    lang.functionWords.by.has(tokens[k + 1]?.norm ?? '') &&
    LOWER_WORD.test(tokens[k - 1]?.text ?? '') &&
    !lang.stopwords.has(prev) &&
    (lang.grammaticalArticles.has(prev2) || lang.determiners.has(prev2))
  )
    return false;
  // "100,306 predicted deaths", "5,000 reported cases": a participle qualifying a count.
  // (Not after a comma: "Zeid, who served there from 1994 to 1996, noted that…" ends an aside on the number.)
  if (lang.isRegularPast(t.norm) && DIGIT_FIRST.test(tokens[k - 1]?.text ?? '') && !(text !== undefined && HAS_COMMA.test(text.slice((tokens[k - 1] as Token).end, t.start))))
    return false;
  // "its first confirmed case", "the reported figure", "to make informed choices": a participle before its noun is an adjective.
  if (
    lang.isRegularPast(t.norm) &&
    lang.beforeParticiple.has(prev) &&
    tokens[k + 1] !== undefined &&
    !lang.clauseSubjects.has(tokens[k + 1]?.norm ?? '') &&
    !lang.functionWords.to.has(tokens[k + 1]?.norm ?? '')
  )
    return false;
  // "the youngest reported victim", "However, repeated evacuation orders continue…": after a superlative, or opening a clause
  // after a comma near the sentence's start, a participle before a plain word qualifies that word's noun; it reports no one.
  // ("Previously reported gaps of 1,000 tents have been met": after an -ly adverb that opens the sentence, too.)
  // ("However, forecast seasonal rains will continue…": a participle with no -ed, "forecast", "found", "shown", as well.)
  if (
    (lang.isRegularPast(t.norm) || (lang.speechParticiples?.has(t.norm) ?? false)) &&
    LOWER_WORD.test(tokens[k + 1]?.text ?? '') &&
    !lang.stopwords.has(tokens[k + 1]?.norm ?? '')
  ) {
    if (lang.isSuperlativeForm?.(prev) ?? false) return false;
    if (k === 1 && lang.isAdverbForm(prev)) return false;
    if (k > 0 && k <= 3 && text !== undefined && /,\s*$/.test(text.slice((tokens[k - 1] as Token).end, t.start))) return false;
  }
  // "no confirmed cases", "the recently confirmed cases", "the 62 initially confirmed cases": after "no", or
  // after an -ly adverb that itself follows an article or a count, the participle qualifies the noun after it.
  if (
    lang.isRegularPast(t.norm) &&
    tokens[k + 1] !== undefined &&
    !lang.clauseSubjects.has(tokens[k + 1]?.norm ?? '') &&
    !lang.functionWords.to.has(tokens[k + 1]?.norm ?? '') &&
    !lang.functionWords.that.has(tokens[k + 1]?.norm ?? '')
  ) {
    if (lang.functionWords.no.has(prev)) return false;
    if (lang.isAdverbForm(prev) && (lang.beforeParticiple.has(prev2) || countWord(lang, prev2))) return false;
  }
  // "where the bank maintained no operations": a verb of keeping with its object right after, not speech.
  if (lang.keepingVerbs?.has(t.norm) && lang.objectOpeners?.has(tokens[k + 1]?.norm ?? '')) return false;
  // "agreed to preserve", "refused to": an action, not speech.
  // ("explained to the officials that…", "confirmed to reporters that…": "to" an addressee, then the claim, still speaks.)
  if (
    lang.functionWords.to.has(tokens[k + 1]?.norm ?? '') &&
    lang.isRegularPast(t.norm) &&
    !lang.speechBeforeTo.has(t.norm) &&
    !(text !== undefined && addresseeThenClaim(lang, text, tokens, k))
  )
    return false;
  return true;
}

/**
 * "The toll rose to 676, with the agency reporting that hopes are fading": in an absolute clause
 * opened by "with", the -ing form of a speech verb (one whose past the lexicon lists) carrying a
 * "that" clause credits the claim to the clause's subject, whether or not the -ing form is listed.
 */
function withClaimAt(lang: LangPack, tokens: readonly Token[], k: number, text?: string): boolean {
  const t = tokens[k] as Token;
  if (!lang.isProgressiveForm(t.norm) || !lang.functionWords.that.has(tokens[k + 1]?.norm ?? '') || CAPITAL_FIRST.test(t.text)) return false;
  const stem = t.norm.slice(0, -3);
  if (!lang.attributionVerbs.has(`${stem}ed`) && !lang.attributionVerbs.has(`${stem}s`) && !lang.attributionVerbs.has(`${stem}es`)) return false;
  // (No comma inside: "met with a splash page, explaining that…" describes the page, it credits no one.)
  for (let b = k - 2; b >= Math.max(0, k - 6); b--)
    if (lang.functionWords.with.has((tokens[b] as Token).norm)) return text === undefined || !/[,;:(]/.test(text.slice((tokens[b] as Token).end, t.start));
  return false;
}

/** A plain plural right before k, with a number or "all" one to three plain words before it: "62 confirmed cases". */
function countedNounBefore(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  if (!plainPlural(lang, tokens[k - 1])) return false;
  for (let b = k - 2; b >= Math.max(0, k - 4); b--) {
    const w = tokens[b] as Token;
    if (countWord(lang, w.norm) || lang.functionWords.all.has(w.norm)) return true;
    // ("the total number of dengue cases reported until July": a tally's noun counts them as well as a number.)
    if (lang.functionWords.of.has(w.norm) && (lang.tallyNouns?.has(tokens[b - 1]?.norm ?? '') ?? false)) return true;
    if (!LOWER_WORD.test(w.text) || lang.clauseSubjects.has(w.norm)) return false;
  }
  return false;
}

/** A plain lower-case plural ("partners", "storms"; not "its", "this"), the noun a word before it qualifies. */
/**
 * "state media reported", "state television reported on Sunday", "state news agency Tass reported": the bare
 * stem at k is followed, with nothing between, by one to three words and then a speech verb in the past
 * or in -s, so those words are that verb's subject and the stem qualifies them. (Not after a pronoun:
 * "they claim officials said" is a verb's own clause.)
 */
function qualifiesSpeaker(lang: LangPack, text: string, tokens: readonly Token[], k: number): boolean {
  if (lang.clauseSubjects.has(tokens[k - 1]?.norm ?? '')) return false;
  for (let j = k + 1; j <= Math.min(tokens.length - 1, k + 4); j++) {
    const w = tokens[j] as Token;
    if (/\S/.test(text.slice((tokens[j - 1] as Token).end, w.start))) return false;
    const verb = lang.attributionVerbs.has(w.norm) || lang.sourceVerbs.has(w.norm);
    if (j >= k + 2 && verb && LOWER_FIRST.test(w.text) && (/(?:[^s]s|ed)$/.test(w.norm) || (lang.irregularSpeechPast?.has(w.norm) ?? false))) return true;
    if (!LETTER_WORD.test(w.text) || lang.stopwords.has(w.norm) || lang.clauseSubjects.has(w.norm) || verb) return false;
  }
  return false;
}

/** "the final say", "your home state": a determiner, then a singular word (not a plural, nor "police", "data"), then the stem at k. */
function singularAfterDeterminer(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1] as Token;
  if (!lang.nounDeterminers.has(tokens[k - 2]?.norm ?? '') || !LOWER_WORD.test(prev.text) || S_LAST.test(prev.norm)) return false;
  // ("Economists at the bank expect…", "experts from the university warn…": the singular ends the place of a group that
  // speaks, and that group is the verb's subject. Not any plural: "residents of the town say" lost on the dev keys.)
  const group = tokens[k - 4];
  const named = group !== undefined && speakingGroup(lang, group.norm);
  if (named && lang.namePrepositions.has(tokens[k - 3]?.norm ?? '')) return false;
  return !lang.stopwords.has(prev.norm) && !lang.invariantPlurals.has(prev.norm) && !lang.sourceNouns.has(prev.norm) && !lang.numberWords.has(prev.norm);
}

function plainPlural(lang: LangPack, t: Token | undefined): boolean {
  return t !== undefined && PLAIN_PLURAL.test(t.text) && !lang.clauseSubjects.has(t.norm);
}

/** Digits or a number word ("141", "forty-one", "five"): a count before a noun. */
function countWord(lang: LangPack, w: string): boolean {
  return NUMERAL.test(w) || (w.length > 0 && w.split('-').every((part) => lang.numberWords.has(part)));
}

/**
 * "The OCC determined that the bank failed…", "It hopes that the crash will…", "They note that…",
 * "engineers are hoping that…": a verb that reports a claim only with "that" and the claim right
 * after it, and a subject right before it (a pronoun, a name, a plural, "the court"), not "high
 * hopes that", "their hopes that" nor "a note that".
 */
function thatClaimAt(lang: LangPack, tokens: readonly Token[], k: number, text?: string): boolean {
  const t = tokens[k] as Token;
  // ("The Space Force has identified that…": the subject stands before a perfect's "has"; "Health partners also note that…":
  // before a word of emphasis.)
  const skip = k >= 2 && (lang.perfectAuxiliaries.has(tokens[k - 1]?.norm ?? '') || (lang.speakerEmphasis?.has(tokens[k - 1]?.norm ?? '') ?? false));
  const before = skip ? tokens[k - 2] : tokens[k - 1];
  // ("The agency reports this morning that…", "assessed on Friday that…": a time may stand before "that".)
  let j = k + 1;
  while (j <= k + 3 && (claimTimeWord(lang, tokens[j]?.norm ?? '') || (lang.functionWords.on.has(tokens[j]?.norm ?? '') && lang.dayNames.has(tokens[j + 1]?.norm ?? '')))) j++;
  // (A present form derived from a listed past, "maintains", "questions", may be a plural noun: "the key questions that
  // remain"; it speaks only after a pronoun, a name or, bare, a plural: "Everton maintains that", "Scientists emphasize that".)
  const derived = !(lang.thatClaimVerbs?.has(t.norm) ?? false);
  // ("National authorities indicated in meetings with UN officials that…": where it was said may stand there too, see
  // placeBeforeThat. Every word of every sentence comes here: the place is looked for only after a place preposition and a
  // verb that can claim.)
  if (!lang.functionWords.that.has(tokens[j]?.norm ?? '') && text !== undefined && lang.placePrepositions.has(tokens[j]?.norm ?? '') && (!derived || presentOfSpeech(lang, t.norm)))
    j = placeBeforeThat(lang, tokens, j, text) || j;
  // (Every word of every sentence comes here: the cheap test of "that" goes first.)
  if (!lang.functionWords.that.has(tokens[j]?.norm ?? '') || (derived && !presentOfSpeech(lang, t.norm)) || !before || CAPITAL_FIRST.test(t.text)) return false;
  const prev = before.norm;
  // ("are hoping that", "is concerned that": after a form of "be".)
  if (lang.isProgressiveForm(t.norm) || (lang.isRegularPast(t.norm) && lang.beForms.has(prev))) return lang.beForms.has(prev);
  if (lang.clauseSubjects.has(prev) && !lang.determiners.has(prev) && !lang.functionWords.that.has(prev)) return true;
  if (CAPITAL_FIRST.test(before.text)) return true;
  // ("Harold Daggett, the union's president, maintains that…": an office closing an aside names the speaker before it.)
  if (!skip && text !== undefined && lang.personTitles.has(prev) && HAS_COMMA.test(text.slice(before.end, t.start))) return true;
  if (!LOWER_WORD.test(before.text) || lang.stopwords.has(prev)) return false;
  // ("engineers hope…", "the court determined…": a plural subject, or a noun after an article before a past.)
  // ("the agency anticipates that…" too, but not "the high hopes that…": a form that is also a plural noun needs more.)
  // ("the state health department reports that…": plain words may stand between the article and the noun.)
  const afterArticle = !derived && nounPhraseBefore(lang, tokens, k) && (lang.isRegularPast(t.norm) || !(lang.nounLikeClaimVerbs?.has(t.norm) ?? false));
  if ((/[^s]s$/.test(prev) && !t.norm.endsWith('s')) || afterArticle) return true;
  return placedPluralAt(lang, tokens, k, j);
}

/**
 * "Humanitarians on the ground report that…", "Officials in the region report that…": a plural, its place and a bare stem at k
 * before the "that" at j: the plural is the subject, the singular before the verb ends its place ("the region report that…"
 * alone is a document). A clause follows "that", not a verb: "the final report that was released", "the report that emerged
 * was thin" are the document's relative clauses.
 */
function placedPluralAt(lang: LangPack, tokens: readonly Token[], k: number, j: number): boolean {
  const subject = tokens[k - 4]?.norm ?? '';
  if (
    (tokens[k] as Token).norm.endsWith('s') ||
    !lang.nounDeterminers.has(tokens[k - 2]?.norm ?? '') ||
    !lang.namePrepositions.has(tokens[k - 3]?.norm ?? '') ||
    !PLURAL_WORD.test(subject) ||
    lang.stopwords.has(subject)
  )
    return false;
  const after = tokens[j + 1]?.norm ?? '';
  return after !== '' && !auxiliaryOrModal(lang, after) && !(lang.isRegularPast(after) && auxiliaryOrModal(lang, tokens[j + 2]?.norm ?? ''));
}

/** A word of letters ending in a plural's "s" (not "-ss"): "humanitarians", "officials". */
const PLURAL_WORD = /^\p{L}+[^s]s$/u;

/** Most words of a phrase of place between a verb of claiming and its "that" ("in meetings with UN officials"). */
const PLACE_PHRASE_WORDS = 6;

/**
 * The "that" after a phrase of place at j ("indicated in meetings with UN officials that…"): a place preposition and a few
 * plain words, with no mark or verb of their own, and a clause after it; 0 when there is none.
 */
function placeBeforeThat(lang: LangPack, tokens: readonly Token[], j: number, text: string): number {
  if (!lang.placePrepositions.has(tokens[j]?.norm ?? '')) return 0;
  for (let m = j + 1; m <= j + PLACE_PHRASE_WORDS && m < tokens.length; m++) {
    const w = tokens[m] as Token;
    if (CLAUSE_OR_QUOTE_MARK.test(text.slice((tokens[m - 1] as Token).end, w.start)) || finiteLike(lang, w.norm)) return 0;
    // (Not a relative clause of the place, "found in the building that was damaged": its verb comes right after "that".)
    if (lang.functionWords.that.has(w.norm)) return finiteLike(lang, tokens[m + 1]?.norm ?? '') ? 0 : m;
  }
  return 0;
}

/** A time standing between a verb of claiming and its "that": "this morning", "Friday". */
function claimTimeWord(lang: LangPack, w: string): boolean {
  return (lang.claimTimeWords?.has(w) ?? false) || lang.dayNames.has(w);
}

/** "claimed to be", "claims to have": a verb of claiming (claimInfinitiveVerbs) with "to" and "be" or "have" right after it. */
function claimInfinitive(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  return (lang.claimInfinitiveVerbs?.has((tokens[k] as Token).norm) ?? false) && toBeOrHaveAt(lang, tokens, k + 1);
}

/** "to be", "to have" at j: an infinitive that says what a thing is or has done, a claim's rather than an aim's. */
function toBeOrHaveAt(lang: LangPack, tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1]?.norm ?? '';
  return lang.functionWords.to.has(tokens[j]?.norm ?? '') && (lang.functionWords.be.has(next) || lang.functionWords.have.has(next));
}

/**
 * "maintains", "discloses", "emphasize": a present form (in -s, or bare) of a verb of saying whose past the lexicon lists
 * ("maintained", "disclosed", "emphasized"), not one of its acts ("announces a plan"). With "that" after it (see thatClaimAt)
 * it reports a claim as its past does.
 */
function presentOfSpeech(lang: LangPack, w: string): boolean {
  if (w.length < 4 || /(?:ed|ing)$/.test(w) || actVerb(lang, w)) return false;
  const bare = w.endsWith('es') && lang.attributionVerbs.has(`${w.slice(0, -2)}ed`) ? w.slice(0, -2) : w.endsWith('s') ? w.slice(0, -1) : w;
  return lang.attributionVerbs.has(`${bare}ed`) || lang.attributionVerbs.has(`${bare}d`);
}

/**
 * "The State Health Department reports 259 cases", "The county (BCPH) reports as of May 2 there are…": a verb
 * that is as often a noun ("media reports") reports a tally when a name stands right before it and a count,
 * or the date the count stands at ("as of"), right after it: the figure is the named body's. So does a clause with no
 * "that" ("The fund reports a unit … has been destroyed"); a plain "report" speaks only after a plural ("Monitors report…").
 */
function countClaimAt(lang: LangPack, tokens: readonly Token[], k: number, text?: string): boolean {
  const t = tokens[k] as Token;
  // (Every word of every sentence comes here: the test of the verb goes first.)
  if (!(lang.countClaimVerbs?.has(t.norm) ?? false)) return false;
  // ("The Centers for Disease Control and Prevention now reports 380 cases": a word of time may stand between.)
  const filler = k >= 2 && (lang.stateFillers?.has(tokens[k - 1]?.norm ?? '') ?? false);
  const before = tokens[filler ? k - 2 : k - 1];
  // ("Meanwhile, it reports 10 containers… were destroyed", "UNICEF reports 10 deaths": a name or a pronoun for one.)
  // (At the sentence's start a capital says nothing of a name, "Early reports 2 days ago…": only an acronym does there.)
  // ("Monitors report many households have…": a plural opening the sentence agrees with the plain verb.)
  const named =
    k >= 2 ? CAPITAL_FIRST.test(before?.text ?? '') : /^\p{Lu}{2,}$/u.test(before?.text ?? '') || (k === 1 && !S_LAST.test(t.norm) && /^\p{Lu}\p{Ll}+s$/u.test(before?.text ?? ''));
  // ("The ministry reports 40 deaths": a plain noun after an article names the body too.)
  const subject = named || (lang.findingClauseSubjects?.has(before?.norm ?? '') ?? false) || lang.functionWords.it.has(before?.norm ?? '') || nounPhraseBefore(lang, tokens, k);
  if (!before || CAPITAL_FIRST.test(t.text) || !subject || k < 1) return false;
  // ("This report is…", "The next report will be issued…": a plain "report" after a singular word is the noun.)
  if (!S_LAST.test(t.norm) && (!S_LAST.test(before.norm) || lang.stopwords.has(before.norm))) return false;
  // ("reports nearly 6,000 cases", "reports at least 40 deaths": the count's bound comes first.)
  const bound = lang.qualifiers.find((q) => seqAt(tokens, k + 1, q.words))?.words.length ?? 0;
  const next = tokens[k + 1 + bound]?.norm ?? '';
  if (countWord(lang, next) || (bound === 0 && lang.functionWords.as.has(next) && lang.functionWords.of.has(tokens[k + 2]?.norm ?? ''))) return true;
  // ("The children's fund reports a unit … has been destroyed", "Pearson reports studies have shown…": a clause with no "that".)
  return text !== undefined && bound === 0 && clauseAfter(lang, text, tokens, k);
}

/**
 * "Local officials put the death toll at 40", "The ministry has placed the number of dead at more than 2,000": a verb of
 * setting, a tally noun within a few words, "at" and a count: whoever sets the tally is its source, as one who "said" it.
 * ("set a record at the Games", "put the plan at risk": no tally noun, or no count after "at".)
 */
function tallySetAt(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (!(lang.tallySetVerbs?.has(t.norm) ?? false) || CAPITAL_FIRST.test(t.text) || k < 1) return false;
  let noun = false;
  for (let j = k + 1; j <= Math.min(tokens.length - 2, k + 6); j++) {
    const w = (tokens[j] as Token).norm;
    if (lang.tallyNouns?.has(w)) noun = true;
    if (!(lang.tallyAt?.has(w) ?? false)) continue;
    if (!noun) return false;
    for (let c = j + 1; c <= Math.min(tokens.length - 1, j + 4); c++) if (countWord(lang, (tokens[c] as Token).norm) || /^\p{Sc}?\d/u.test((tokens[c] as Token).text)) return true;
    return false;
  }
  return false;
}

/** An article, then one to four plain lower-case words up to k: "the agency", "the state health department". */
function nounPhraseBefore(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  for (let b = k - 1; b >= Math.max(0, k - 5); b--) {
    const w = tokens[b] as Token;
    if (lang.grammaticalArticles.has(w.norm)) return b < k - 1;
    if (lang.stopwords.has(w.norm) || !LOWER_WORD.test(w.text)) return false;
  }
  return false;
}

/**
 * "Economists polled by the agency had expected a rate of 10.7%", "The bank expected the rate to
 * reach 3%": an expectation credited to its holders, after a perfect "had"/"has" or right after a
 * subject that can hold one (a name, a plural noun). Not "than expected", "as expected", "what
 * analysts had expected" (a comparison the writer makes), nor "hoped to win" (an aim).
 */
function expectationAt(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  if (!lang.expectationVerbs?.has(t.norm) || k < 1 || !prev || CAPITAL_FIRST.test(t.text) || lang.functionWords.to.has(tokens[k + 1]?.norm ?? '')) return false;
  for (let b = Math.max(0, k - 4); b < k; b++) if (lang.expectationComparisons?.has((tokens[b] as Token).norm)) return false;
  const perfect = lang.perfectAuxiliaries.has(prev.norm);
  // ("the bank expected": a noun after an article; not "the widely expected rise", an adjective.)
  const noun = LOWER_WORD.test(prev.text) && !lang.stopwords.has(prev.norm) && !lang.isAdverbForm(prev.norm);
  const holder = k > 1 && (CAPITAL_FIRST.test(prev.text) || (noun && (prev.norm.endsWith('s') || articleBefore(lang, tokens, k - 1))));
  return perfect || holder;
}

/** "the bank", "the central bank": an article one or two plain words before k, so the word at k is a noun. */
function articleBefore(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  for (let b = k - 1; b >= Math.max(0, k - 2); b--) {
    const w = tokens[b] as Token;
    if (lang.grammaticalArticles.has(w.norm)) return true;
    if (lang.stopwords.has(w.norm) || !LOWER_WORD.test(w.text)) return false;
  }
  return false;
}

/**
 * After the verb at k, only a name (capitalised words, "the" allowed first) up to a stop: a
 * bracket or punctuation, the end, or a word that opens a clause or a phrase ("which", "in").
 * "called the Senate vote a farce" goes on with a lower-case word: a judgement reported.
 */
function namesOnly(lang: LangPack, text: string, tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  if (lang.functionWords.the.has(tokens[j]?.norm ?? '')) j++;
  const first = j;
  // ("a galaxy cluster called SMACS 0723", "a jet named Falcon 9": a number after the name's words is its designation, still the name.)
  while (
    tokens[j] &&
    (CAPITAL_FIRST.test((tokens[j] as Token).text) || (j > first && DIGIT_FIRST.test((tokens[j] as Token).text))) &&
    !/[,;:()—–.]/.test(text.slice((tokens[j - 1] as Token).end, (tokens[j] as Token).start))
  )
    j++;
  if (j === first) return false;
  const next = tokens[j];
  if (!next) return true;
  return (
    /[,;:()—–.]/.test(text.slice((tokens[j - 1] as Token).end, next.start)) ||
    relativeAt(lang, tokens, j) ||
    lang.functionWords.that.has(next.norm) ||
    lang.namePrepositions.has(next.norm) ||
    (lang.afterNameWords?.has(next.norm) ?? false)
  );
}

/** A verb of view or will within three words after the first-person subject at k ("we strongly believe"). */
function stanceAfter(lang: LangPack, outside: readonly Token[], k: number, text: string): boolean {
  for (let j = k + 1; j <= k + 3 && j < outside.length; j++) {
    const w = (outside[j] as Token).norm;
    if (floorUseAt(lang, outside, j) || presentingAt(lang, outside, j)) return false;
    // ("We are pleased to see that…": a feeling professed about what happened.)
    if (feltAbout(lang, outside, j)) return true;
    if (lang.modals.has(w) && toldAfterModal(lang, outside, text, j)) return false;
    if (lang.attributionVerbs.has(w) || lang.modals.has(w) || lang.obligationModals.has(w)) return true;
    if ((lang.stanceVerbs?.has(w) ?? false) && !ownActivityAt(lang, outside, j)) return true;
    // ("We estimate notifications will continue…": the subject's own verb, of no view or will, ends the search; a modal of
    // the clause it governs is not the writer's. Little words and adverbs, "we also", "we now", are passed over.)
    if (!lang.stopwords.has(w) && !lang.isAdverbForm(w) && LOWER_WORD.test((outside[j] as Token).text)) return false;
  }
  return false;
}

/**
 * After the modal at m, news the speaker tells rather than a will: a promise of news of its own work ("We will keep the
 * community updated", "we will provide updates"), or a verb of saying, maybe after an adverb, then a colon or "that" ("Today,
 * I can announce: Takata has agreed…", "I can also report that two flights landed…"; not "What I can say is that…").
 */
function toldAfterModal(lang: LangPack, outside: readonly Token[], text: string, m: number): boolean {
  // ("I will first provide an update…", "I'll now turn the call over to…": a word of order or time may come first.)
  const seq = lang.sequenceWords?.has(outside[m + 1]?.norm ?? '') ? 1 : 0;
  // ("I would like to inform all parties that…": a polite will, then a verb of saying, its hearers and "that".)
  const polite = lang.politeWills?.find((ph) => seqAt(outside, m + 1 + seq, ph))?.length ?? 0;
  const after = outside[m + 1]?.norm ?? '';
  const passed = seq === 1 || (polite === 0 && !announcesAt(lang, outside, m + 1) && (lang.isAdverbForm(after) || lang.stopwords.has(after)));
  if (updatePromiseAt(lang, outside, m + 1) || (passed && updatePromiseAt(lang, outside, m + 2))) return true;
  const at = m + 1 + seq + (polite || (passed && seq === 0 ? 1 : 0));
  // "I'll now turn the call over to Dr Roe", "I would now like to turn the conference over to…": the speaker hands the
  // floor on, as a briefing's host does.
  if (handoverAt(lang, outside, at)) return true;
  // "we will have by phone the Head of the Office…", "we will hear from the Coordinator…": the briefing's next guest.
  if (guestAt(lang, outside, m + 1 + seq) || guestAt(lang, outside, at)) return true;
  // "I will deliver the following remarks.", "I'll talk about the budget, then about the economy…", "I will brief the press
  // about…": what the speaker will speak about next, in order.
  if (agendaAt(lang, outside, m + 1 + seq) || agendaAt(lang, outside, at)) return true;
  const thatAt = outside.slice(at + 1, at + (polite ? 4 : 2)).findIndex((t) => lang.functionWords.that.has(t.norm));
  const told = /^\s*:/.test(text.slice((outside[at] as Token | undefined)?.end ?? 0)) || thatAt >= 0;
  return told && announcesAt(lang, outside, at);
}

/**
 * At k, a verb of the speaker's own speaking (LangPack.agendaVerbs), with what it is about named as remarks or an audience
 * ("deliver the following remarks", "brief the press") or set in an order ("First, I'll talk about…, then…").
 */
function agendaAt(lang: LangPack, outside: readonly Token[], k: number): boolean {
  if (!(lang.agendaVerbs?.has(outside[k]?.norm ?? '') ?? false)) return false;
  const after = outside.slice(k + 1, k + 5);
  return after.some((t) => lang.agendaNouns?.has(t.norm) ?? false) || outside.some((t) => (lang.sequenceWords?.has(t.norm) ?? false) && t.norm !== 'now');
}

/** "have by phone", "have with us", "hear from": at k, a verb of receiving a guest, and within a few words how the guest joins. */
function guestAt(lang: LangPack, outside: readonly Token[], k: number): boolean {
  const ways = lang.briefingGuests?.get(outside[k]?.norm ?? '');
  if (!ways) return false;
  for (let j = k + 1; j <= k + 3; j++) if (ways.some((ph) => seqAt(outside, j, ph))) return true;
  return false;
}

/** "turn the call over to", "hand it over to": a verb of handing on at k, then within three words the phrase that ends it. */
function handoverAt(lang: LangPack, outside: readonly Token[], k: number): boolean {
  const h = lang.floorHandover;
  if (!h || !h.verbs.has(outside[k]?.norm ?? '')) return false;
  // ("I would now like to offer the floor to the Secretary…": or the floor itself, offered or given.)
  for (let j = k + 1; j <= k + 4; j++) if (seqAt(outside, j, h.tail) || (h.floor !== undefined && seqAt(outside, j, h.floor))) return true;
  return false;
}

/**
 * "we continue to work with the rescue teams", "we continue working to dewater…": the present of going on (no modal before
 * it) at k, then an act ("to" and a verb, or a verb in -ing): the speaker's work as it stands, told. (A view or a will
 * after it, "we continue to believe", is no act.)
 */
function ongoingWorkAt(lang: LangPack, outside: readonly Token[], k: number): boolean {
  return (lang.ongoingVerbs?.has(outside[k]?.norm ?? '') ?? false) && ownActivityAt(lang, outside, k);
}

/**
 * "I want to take a few minutes to share…", "I would like to take this opportunity to…": at j (after a modal, maybe), a wish
 * to take time or the occasion, the speaker's use of the floor: the running order of a speech, told, not a view.
 */
function floorUseAt(lang: LangPack, outside: readonly Token[], j: number): boolean {
  const k = lang.modals.has(outside[j]?.norm ?? '') ? j + 1 : j;
  const wish = lang.politeWills?.find((ph) => seqAt(outside, k, ph));
  return wish !== undefined && (lang.floorTakings?.some((ph) => seqAt(outside, k + wish.length, ph)) ?? false);
}

/**
 * "In today's post, we look at this breach…", "In this report we examine how…": at j, what the text itself does (see
 * LangPack.presentingPhrases), the text named before it ("We look at the damage with horror" names none: a look, felt).
 */
function presentingAt(lang: LangPack, outside: readonly Token[], j: number): boolean {
  return (lang.presentingPhrases?.some((ph) => seqAt(outside, j, ph)) ?? false) && outside.slice(0, j).some((t) => lang.textNouns?.has(t.norm) ?? false);
}

/** "can announce", "will say": a verb of saying at k, in lower case and no negation. */
function announcesAt(lang: LangPack, outside: readonly Token[], k: number): boolean {
  const t = outside[k];
  return t !== undefined && LOWER_WORD.test(t.text) && attributionStem(lang, t.norm) && !lang.negations.has(t.norm);
}

/** "keep the community updated", "provide further updates": the verb at k promises news of the speaker's own work. */
function updatePromiseAt(lang: LangPack, outside: readonly Token[], k: number): boolean {
  const words = outside.slice(k, k + 5).map((t) => t.norm);
  return words.some((w) => lang.newsPromiseWords?.has(w) ?? false) && (lang.ownActVerbs?.has(words[0] ?? '') === true || (lang.keepVerbs?.has(words[0] ?? '') ?? false));
}

/**
 * "We also continue to respond to needs…", "we still need $66 million to help…": a body's "we" that goes on doing a thing
 * or names what it lacks in figures reports its own work, as "we have reached 138,000 people" does; "we continue to stand
 * with", "we need to act now" still voice a will.
 */
function ownActivityAt(lang: LangPack, outside: readonly Token[], j: number): boolean {
  const w = (outside[j] as Token).norm;
  const next = outside[j + 1];
  // (Going on with an act: the verb after "to" is not itself one of view or will, "continue to support", "continue to call for".)
  // ("continue working to…", "continue pumping…": the act in -ing.)
  if ((lang.phaseVerbs?.has(w) ?? false) && next !== undefined && (lang.functionWords.to.has(next.norm) || lang.isProgressiveForm(next.norm))) {
    const act = lang.functionWords.to.has(next.norm) ? outside[j + 2] : next;
    const forms = act ? [act.norm, ...(lang.basesOfProgressive?.(act.norm) ?? [])] : [];
    return act !== undefined && LOWER_WORD.test(act.text) && !forms.some((w) => (lang.stanceVerbs?.has(w) ?? false) || lang.attributionVerbs.has(w));
  }
  // (A need counted: a sum or a number right after the verb, "need $66 million", "needs 200 more tents".)
  if (lang.needVerbs?.has(w) ?? false) return outside.slice(j + 1, j + 3).some((t) => HAS_DIGIT.test(t.text) || lang.numberWords.has(t.norm));
  return false;
}

/** Where a sentence that opens with a subordinate clause ("Despite what…, ") reaches its first comma; else its start. */
function openingClauseEnd(lang: LangPack, v: View): number {
  const first = v.tokens[0];
  if (!first || !lang.openingSubordinators.has(first.norm)) return v.start;
  const comma = v.text.indexOf(',', first.end);
  return comma >= 0 && comma < v.end ? comma : v.start;
}

/** "is reporting", "were claiming": the -ing form of a speech verb ("reporting" alone is often a noun; the caller checks the "be" before it). */
function progressiveOf(lang: LangPack, w: string): boolean {
  if (!lang.isProgressiveForm(w)) return false;
  const stem = w.slice(0, -3);
  return lang.attributionVerbs.has(`${stem}ed`) || lang.attributionVerbs.has(`${stem}s`) || lang.attributionVerbs.has(`${stem}es`);
}

/** Every word before k is part of a name ("the", "of" and capitalised words): the sentence opens with names. */
function namesUpTo(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  for (let b = 0; b < k; b++) if (!CAPITAL_FIRST.test((tokens[b] as Token).text) && !lang.nameConnectors.has((tokens[b] as Token).norm)) return false;
  return true;
}

/** Where the main clause ends: the first comma followed by a subordinating or coordinating word. */
function mainClauseEnd(lang: LangPack, v: View): number {
  const { tokens, text } = v;
  for (let k = 3; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const comma = commaBetween(text, (tokens[k - 1] as Token).end, t.start);
    // "The agency, which tracks prices, projects…": a relative clause between commas describes the
    // subject, and the main clause goes on with its verb after the second comma.
    if (comma && relativeAt(lang, tokens, k)) {
      let j = k + 1;
      while (j < tokens.length && !commaBetween(text, (tokens[j - 1] as Token).end, (tokens[j] as Token).start)) j++;
      const verb = tokens[j];
      if (verb && LOWER_FIRST.test(verb.text) && (lang.attributionVerbs.has(verb.norm) || lang.sourceVerbs.has(verb.norm))) {
        k = j;
        continue;
      }
    }
    // "The WHO, the Red Cross, and the UN say…": the last item of a list of names that opens the sentence, not a new clause.
    if (comma && lang.pairJoiners?.has(t.norm) && namesUpTo(lang, tokens, k)) continue;
    if (comma && lang.clauseBreaks.has(t.norm) && !acronymAt(tokens, k)) return t.start;
    if (lang.contrastSubordinators.has(t.norm) || (lang.functionWords.as.has(t.norm) && lang.functionWords.it.has(tokens[k + 1]?.norm ?? ''))) return t.start;
  }
  return v.end;
}

/** A comma in text[from, to), the gap between two tokens: looked for without cutting the gap out (every word of every sentence). */
function commaBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 44) return true;
  return false;
}

/**
 * The scan of one sentence of `p`, shared by every sentence with the same text and the same
 * quoted spans (offsets relative to the sentence).
 */
/** A quote reaching into the sentence. (A function here, not a closure made for every sentence.) */
function overlaps(q: Quote, s: { start: number; end: number }): boolean {
  return q.end > s.start && q.start < s.end;
}

/** The sentence as its own text, offsets from its start. */
function ownView(s: { text: string }, info: { tokens: Token[] }): View {
  return { text: s.text, start: 0, end: s.text.length, sentence: s.text, tokens: info.tokens };
}

function scanOf(lang: LangPack, p: PreparedArticle, ps: PreparedSentence, quotes: readonly Quote[]): Scan {
  const s = ps.sentence;
  const info = ps.info;
  if (s.end - s.start === s.text.length) {
    let key = '';
    for (const q of quotes) if (overlaps(q, s)) key += `${q.start - s.start},${q.end - s.start};`;
    if (key === '') return (info.scan ??= scan(lang, ownView(s, info), [])) as Scan;
    const memo = (info.scans ??= new Map()) as Map<string, Scan>;
    let found = memo.get(key);
    if (!found) {
      found = scan(
        lang,
        ownView(s, info),
        quotes.filter((q) => overlaps(q, s)).map((q) => ({ start: q.start - s.start, end: q.end - s.start })),
      );
      memo.set(key, found);
    }
    return found;
  }
  // Offsets that do not match the text: work in the article itself, as given.
  const tokens = info.tokens.map((t) => ({ text: t.text, norm: t.norm, start: t.start + s.start, end: t.end + s.start }));
  return scan(
    lang,
    { text: p.article.text, start: s.start, end: s.end, sentence: s.text, tokens },
    quotes.filter((q) => overlaps(q, s)),
  );
}

/**
 * An embedded post: text credited after it, "— Jane Roe (@janeroe) May 2, 2024", is the poster's
 * words, not the writer's. The sentence with the credit and the first-person sentences just
 * before it are read as if a ", she said" followed them (so their "I" does not voice the piece).
 */
function embeddedPosts(lang: LangPack, p: PreparedArticle, scans: Scan[]): void {
  for (let i = 0; i < scans.length; i++) {
    const credit = lang.postCredit.exec((p.sentences[i] as PreparedSentence).sentence.text);
    if (!credit) continue;
    const asPost = (k: number): void => {
      const sc = scans[k] as Scan;
      scans[k] = { ...sc, trailingTag: credit[0].trim(), voice: false };
    };
    asPost(i);
    // (The credit cut off the post's words after their stop, "…84.7%. — Jane Roe (@janeroe) …": the sentence
    // it followed on its line is the post's, whoever speaks in it.)
    const prev = p.sentences[i - 1];
    const here = (p.sentences[i] as PreparedSentence).sentence;
    if (credit.index === 0 && prev && !p.article.text.slice(prev.sentence.end, here.start).includes('\n')) asPost(i - 1);
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const sc = scans[k] as Scan;
      // (Its "I" or "we" telling an act, "We are keeping my promise…", is the poster's too.)
      if (!firstPersonIn(lang, (p.sentences[k] as PreparedSentence).info.tokens) || sc.attribution !== null) break;
      asPost(k);
    }
  }
}

/**
 * "My question is to the Prime Minister. … Prime Minister, will you join with me in welcoming…?", "To ask the Scottish
 * Government how…": in the record of a question time, a question is put to someone who answers it, not asked for effect.
 */
function questionsPut(lang: LangPack, p: PreparedArticle, scans: Scan[]): void {
  const marked = p.sentences.some((ps) => (lang.questionTimeOpeners ?? []).some((ph) => seqAt(ps.info.tokens, 0, ph)));
  if (!marked) return;
  scans.forEach((sc, i) => {
    if (sc.rhetorical) scans[i] = { ...sc, rhetorical: false, own: ownVoice({ ...sc, rhetorical: false }) };
  });
}

/**
 * "the 2015 outbreak", "its 2023 report": a year between a determiner and a noun names which event it is; it is no detail
 * of the sentence anyone could check.
 */
function namingYear(lang: LangPack, f: Figure): boolean {
  if (f.kind !== 'year') return false;
  const at = f.sentence.indexOf(f.text);
  if (at < 0) return false;
  const before = /([\p{L}'’]+)\s+$/u.exec(f.sentence.slice(0, at))?.[1]?.toLowerCase() ?? '';
  return (lang.yearModifierDeterminers?.has(before) ?? false) && /^\s+\p{Ll}/u.test(f.sentence.slice(at + f.text.length));
}

/** Fewest duties in one piece that make it a report of rules ("clubs must publish…", "players must also be told…"). */
const RULES_REPORT_DUTIES = 3;

/** A piece that states several duties reports a code's rules: none of them is the writer's recommendation. */
function rulesReported(scans: Scan[]): void {
  if (scans.filter((sc) => sc.duty || sc.dutyRule).length < RULES_REPORT_DUTIES) return;
  for (let k = 0; k < scans.length; k++) {
    const sc = scans[k] as Scan;
    if (sc.duty) scans[k] = { ...sc, recommends: false, duty: false };
  }
}

/** Sentences of one article; `quotes` and `figures` are that article's own. */
export function classifySentences(lang: LangPack, p: PreparedArticle, quotes: readonly Quote[], figures: readonly Figure[], out: SentenceFinding[] = []): SentenceFinding[] {
  const count = p.sentences.length;
  const scans = p.sentences.map((ps) => scanOf(lang, p, ps, quotes));
  embeddedPosts(lang, p, scans);
  questionsPut(lang, p, scans);
  rulesReported(scans);
  // The first figure (not a clock time) of each sentence is a detail anyone can check; a count, a sum or a share before a year
  // or a day ("seven world records", not the "2008" of "the 2008 Summer Olympic Games").
  const figureText = new Map<string, string>();
  const dated = new Set<string>();
  for (const f of figures) {
    if (f.kind === 'time' || namingYear(lang, f)) continue;
    const when = f.kind === 'year' || f.kind === 'date';
    if (!figureText.has(f.sentenceId) || (dated.has(f.sentenceId) && !when)) {
      figureText.set(f.sentenceId, f.text);
      if (when) dated.add(f.sentenceId);
      else dated.delete(f.sentenceId);
    }
  }
  const checkable = p.sentences.map((ps, i) => figureText.get(ps.sentence.id) ?? (scans[i] as Scan).day);
  const details = denseReport(p, scans, figures);
  for (let i = 0; i < count; i++) {
    const sc = scans[i] as Scan;
    // "The measure was failing by a 60-40 margin late Tuesday after a campaign marked by dubious claims":
    // a word in passing in a sentence of figures and times is a mild judgement (see Scan.mild), the writer's
    // view only in a passage that has their voice.
    if (details[i] && sc.passing && !sc.mild && sc.stance === null && sc.advice === null) scans[i] = { ...sc, mild: true, own: ownVoice({ ...sc, mild: true }) };
  }
  const aside = p.sentences.map((ps) => ps.debris || ps.heading);
  // Share of author-voice sentences around each sentence: first the ones with strong cues,
  // then (a second pass) also the ones that context alone made opinion, so a rant's quieter
  // sentences are read as part of it.
  // Loaded words inside someone's attributed claim are theirs: they do not make the passage the author's.
  const strongVoice = scans.map((sc, k) => sc.own >= 2 && kindOf(sc, p.sentences[k] as PreparedSentence, checkable[k] as string | null, 0) === 'opinion');
  const first = densityOf(strongVoice, aside);
  const firstPass = p.sentences.map((ps, i) => kindOf(scans[i] as Scan, ps, checkable[i] as string | null, first[i] as number) === 'opinion');
  const second = densityOf(firstPass, aside);
  // Context lends the author's voice only to a piece that has one: somewhere the writer says
  // "I" or "we", asks the reader or exclaims, outside quotes. A news report with a few evaluative words
  // is still a report, and its plain sentences stay plain.
  let body = 0;
  let stances = 0;
  let strong = 0;
  for (let k = 0; k < count; k++) {
    if (aside[k]) continue;
    body++;
    const sc = scans[k] as Scan;
    if (firstPass[k] === true && sc.own >= 2) strong++;
    if ((firstPass[k] === true && sc.own >= 2) || sc.stance !== null) stances++;
  }
  // An opinion piece: a quarter of its sentences take a stance (at least four), so its plain
  // sentences are read in the writer's voice throughout, not only near the loudest ones. A
  // report of new rules is full of "must" and "should" too: a piece also judges in its own
  // words, in at least two sentences.
  const piece = stances >= 4 && stances >= 0.3 * body && strong >= 2;
  const voiced = piece || scans.some((sc, k) => !aside[k] && sc.voice && firstPass[k] === true);
  const own = outletNames(lang, p.article.outlet.en ?? '');
  let previous: SentenceFinding | null = null;
  // "The agency announced the following:" and the bullets under it: the items are the agency's words.
  let listSource = false;
  // The sentence before was an item of that list, or went on from one on its line.
  let inItem: boolean = false;
  // "He issued this statement:" ending its paragraph, and the paragraph below: the speaker's words,
  // "I" and "we" included, though no quotation mark or ", he said" marks them (see statementBlock).
  let statement = false;
  // That statement was given with no quotation marks around it, and the page opened with it.
  let unquoted = false;
  // The capitalised words of the line that introduced the statement ("Security", "Council", "President"…).
  let statementNames: ReadonlySet<string> = new Set();
  const firstBody = aside.indexOf(false);
  // The sentence before goes on in the voice of a speaker whose quoted words were credited (see quotedSpeaker).
  let speaker = false;
  // The sentence before went on reporting a speaker in backshifted tenses (see continuesSpeech).
  let reportedRun = false;
  // A summary of remarks told in reported speech throughout (see remarksSummary).
  const summary = remarksSummary(lang, p, scans, aside);
  // A speaker of that summary has been named and no heading has come since.
  let summaryRun = false;
  // A transcript set into a report: two lines or more open with a speaker's label ("OM:", "Senator Jane Roe:"), see turnOf.
  const labels = p.sentences.map((_, k) => speakerLabelAt(p, k));
  // (A page that opens with the turns, under nothing but its titles and page furniture, is the transcript itself, a briefing
  // or a broadcast: each speaker talks in their own voice there, read sentence by sentence as a speech page is. Turns set into
  // a report after a sentence of its own, "The police released a transcript of the call…", are words it quotes.)
  const firstTurn = labels.indexOf(true);
  const opensWithTurns = firstTurn >= 0 && p.sentences.slice(0, firstTurn).every((q, k) => aside[k] || !SENTENCE_END.test(q.sentence.text));
  const transcript = labels.filter(Boolean).length >= 2 && !opensWithTurns;
  for (let i = 0; i < count; i++) {
    const near = voiced ? Math.max(first[i] as number, (second[i] as number) >= 0.5 ? (second[i] as number) : 0) : 0;
    const d = piece ? Math.max(near, PIECE_DENSITY) : near;
    const ps = p.sentences[i] as PreparedSentence;
    let found = decide(scans[i] as Scan, ps, p.article.id, checkable[i] as string | null, d, Math.max(d, first[i] as number));
    // "She said the plan was flawed. It would cost jobs…": a sentence in the backshifted "would"
    // of reported speech, right after someone's words were reported, goes on reporting them.
    const prevScan = i > 0 ? (scans[i - 1] as Scan) : null;
    // ("…said that more than 400 people had lost their lives. On 16 August, the Government had requested support. The mission
    // would be composed of seven people…": a run of such sentences goes on reporting the same speaker, within its paragraph.)
    const credited = (prevScan?.attribution !== null && prevScan?.attributionMain === true) || (reportedRun && !paragraphBreak(p, i));
    reportedRun = false;
    // (In a summary the speaker goes on until a heading, whatever one sentence of theirs says: "…had received worrying reports".)
    if (ps.heading) summaryRun = false;
    const told = summaryRun && pastAccount(lang, scans[i] as Scan, ps);
    if (found.kind === 'reporting' && ((previous?.kind === 'attributed' && credited && continuesSpeech(lang, scans[i] as Scan, ps)) || told)) {
      found = { ...found, kind: 'attributed', confidence: CONFIDENCE[CONF_060] as number };
      reportedRun = true;
    }
    // '"We will rebuild," the mayor said. We have done it before.': a first-person sentence with no source of its own,
    // right after someone's quoted words were credited in the same paragraph, goes on in that speaker's voice.
    // (Only one read as a report: one that judges or guesses in its own words, "It seems to me this is nothing more than…",
    // may be the writer answering the quotation.)
    const sc = scans[i] as Scan;
    // (An "I" or "we" telling what was done counts too: scan takes it for an event, not a view, but the words are still the speaker's.)
    const ownWords = firstPersonIn(lang, ps.info.tokens) && sc.attribution === null && sc.trailingTag === null && sc.quoted < 2 && !ps.heading && !ps.debris;
    speaker = ownWords && i > 0 && !paragraphBreak(p, i) && previous?.kind === 'attributed' && (speaker || (prevScan !== null && quotedSpeaker(prevScan)));
    if (speaker && found.kind === 'reporting') found = { ...found, kind: 'attributed', confidence: CONFIDENCE[CONF_060] as number };
    // "Provisional data from the Agency's statistics centre indicate…" in that agency's own release:
    // the publisher states its own findings, in its own voice (a quoted official stays attributed).
    if (found.kind === 'attributed' && ownSource(lang, own, scans[i] as Scan, ps)) found = { ...found, kind: 'reporting', confidence: CONFIDENCE[CONF_060] as number };
    // ("…ask the agency to answer a number of questions, including: / 2. You could have appealed. Why did you not do so?": a
    // numbered item is an item too, and the sentences after it on its line are the item's.)
    const bullet = BULLET.test(ps.sentence.text) || (listSource && NUMBERED_ITEM.test(ps.sentence.text));
    const itemGoesOn: boolean = listSource && inItem && i > 0 && !paragraphBreak(p, i);
    inItem = bullet || itemGoesOn;
    // (A short fragment, "• 10-1 vote", is a label of an act, not a claim.)
    // (Its "you", the body the list is put to, is no first person of the writer's.)
    if (listSource && inItem && ps.words >= 5 && found.kind !== 'attributed' && ((scans[i] as Scan).firstPerson === null || (scans[i] as Scan).secondPerson))
      found = { ...found, kind: 'attributed', confidence: CONFIDENCE[CONF_060] as number };
    // ("The board's order finds:", "The review found:": a finding put before its list is the source's too.)
    // ("…ask the agency to respond to these questions:": the questions are theirs.)
    if (!inItem) listSource = speechBeforeColon(lang, ps, lang.findingVerbs) || speechBeforeColon(lang, ps, lang.questionVerbs);
    if (i > 0 && paragraphBreak(p, i)) {
      const sc = scans[i] as Scan;
      const leadIn = p.sentences[i - 1] as PreparedSentence;
      const introduced = introducesStatement(lang, leadIn);
      const quoted = OPENS_QUOTE.test(ps.sentence.text.trim());
      // (A statement may run on over paragraphs: one that goes on in the first person, with no source of its own, is still the speaker's.
      // A page that opens with "The Secretary released the following statement:" and gives it with no quotation marks is that
      // statement, on to the next heading, unless a paragraph credits someone else or opens a quotation.)
      // ("Under the settlement, the company has agreed to:" introduces a list of terms, not a statement given out whole.)
      // (Only on a page that opens with the lead-in, a statement given out whole: a report that quotes "this statement:" after
      // its own opening goes back to its own words.)
      // (Or anywhere, when the lead-in promises the statement whole: "This statement is in the name of all five, and it reads as
      // follows:".)
      if (introduced) unquoted = (i - 1 <= firstBody || promisesWhole(lang, leadIn)) && namesStatement(lang, leadIn) && !quoted;
      if (introduced) statementNames = namesIn(leadIn.info.tokens, leadIn.info.tokens.length);
      const ownSourceless = sc.attribution === null && sc.trailingTag === null;
      // ("The following Security Council press statement was issued…:" over paragraphs that open "The members of the Security
      // Council condemned…": a statement given out whole that names its own authors as they speak is still theirs.)
      const byAuthors =
        unquoted && !quoted && sc.attribution !== null && sc.attributionMain && sharedNames(namesIn(ps.info.tokens, tokenAt(ps, sc.attributionAt)), statementNames) >= 2;
      // (Its "I" or "we" telling what the speaker does, "We write to you about…", is the speaker's still.)
      // ("Following are the Secretary-General's remarks at the pledging event, in Geneva today:" opening the page: the page is
      // the speech, read in its speaker's own voice as an op-ed is, sentence by sentence; not a statement quoted whole.)
      const speechPage = introduced && i - 1 <= firstBody && speechText(lang, leadIn);
      statement = !speechPage && (introduced || (statement && ((ownSourceless && (firstPersonIn(lang, ps.info.tokens) || (unquoted && !quoted))) || byAuthors)));
    }
    if (ps.heading && !ps.caption) unquoted = false;
    if (statement && !ps.heading && !ps.debris && found.kind !== 'attributed') found = { ...found, kind: 'attributed', confidence: CONFIDENCE[CONF_075] as number };
    // "OM: … I wanna let you know, I'm in Orlando and I did the shootings.": in a transcript, the words after a speaker's
    // label on its line are that speaker's, "I" and "we" included.
    if (transcript && !ps.heading && !ps.debris && found.kind !== 'attributed' && turnOf(p, labels, i))
      found = { ...found, kind: 'attributed', confidence: CONFIDENCE[CONF_060] as number };
    if (summary && found.kind === 'attributed' && sc.attribution !== null && sc.attributionMain) summaryRun = true;
    out.push(found);
    previous = ps.debris || ps.heading ? previous : found;
  }
  return out;
}

/**
 * Sentences dominated by checkable reporting: a measured figure (a count, share, sum or span in
 * digits, not a bare year) and at least one more detail, another such figure or a day, date or time.
 */
function denseReport(p: PreparedArticle, scans: readonly Scan[], figures: readonly Figure[]): boolean[] {
  const measured = new Map<string, number>();
  const timed = new Set<string>();
  for (const f of figures) {
    if (!HAS_DIGIT.test(f.text) || f.kind === 'year') continue;
    if (f.kind === 'time' || f.kind === 'date') timed.add(f.sentenceId);
    else measured.set(f.sentenceId, (measured.get(f.sentenceId) ?? 0) + 1);
  }
  return p.sentences.map((ps, i) => {
    const n = measured.get(ps.sentence.id) ?? 0;
    return n > 0 && n + (timed.has(ps.sentence.id) || (scans[i] as Scan).day !== null ? 1 : 0) >= 2;
  });
}

/** Per language pack: a run of capitalised words with the pack's little words of a body's name between them ("Bureau of Labor Statistics"). */
const outletNameRun = perLang((lang) => {
  const little = [...lang.outletNameConnectors].map(escapeRegExp).join('|');
  return new RegExp(`\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:${little})\\s+)*\\p{Lu}[\\p{L}'’-]+)+`, 'gu');
});

/**
 * The names a publisher goes by, from its outlet line: its acronyms ("IPCC") and its runs of
 * capitalised words ("Bureau of Labor Statistics"), or its one word ("Axios").
 */
function outletNames(lang: LangPack, outlet: string): RegExp[] {
  const names = new Set<string>();
  // (Not the start of a web address: "HIV.gov" names a site, not a body a sentence could cite as "HIV".)
  for (const m of outlet.matchAll(/\b\p{Lu}{3,}\b(?!\.\p{Ll})/gu)) names.add(m[0]);
  for (const m of outlet.matchAll(outletNameRun(lang))) names.add(m[0]);
  const whole = outlet.split(/[(,]/)[0]?.trim() ?? '';
  if (/^\p{Lu}[\p{L}-]{3,}$/u.test(whole)) names.add(whole);
  return [...names].map((n) => new RegExp(`(?<!\\p{L})${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u'));
}

/**
 * An attributed sentence whose source is its own publisher, named in it, with no one quoted and
 * no person (a title, "he", "she") in it: the publisher stating its own findings.
 */
function ownSource(lang: LangPack, names: readonly RegExp[], s: Scan, ps: PreparedSentence): boolean {
  if (names.length === 0 || s.quoted >= 2) return false;
  // ("NOAA cautions that…", "…, NASA stated.": a verb of saying sets the body up as a speaker whose claim is reported, in its
  // own release too; its acts, its findings and its figures, "announced", "data show", are its own account.)
  // ("Purdue, the drug many say began the crisis, agreed to plead guilty": a second speech verb, the act, may be the sentence's own.)
  const credit = (s.trailingTag ?? s.attribution ?? '').toLowerCase();
  // (A capitalised word is part of a name, not a second verb: "the United States".)
  const speech = ps.info.tokens.filter((t) => lang.attributionVerbs.has(t.norm) && !CAPITAL_FIRST.test(t.text)).length;
  if (speech <= 1 && (lang.sayingVerbs?.has(credit) ?? false)) return false;
  // ("…, according to UNICEF.", "According to NASA, the capsule…": the release cites the body as its source by name, as a
  // report cites anyone; its own account would not name where it comes from.)
  if (lang.citingPhrases?.has(credit) ?? false) return false;
  const text = ps.sentence.text;
  // ("(Agency) —", "Agency, CITY –": a dateline or a credit names the publisher, not a source.)
  const named = (n: RegExp): boolean => {
    const m = n.exec(text);
    return m !== null && !(m.index <= 1 && text[m.index - 1] === '(') && !/^\)?(?:,\s*[\p{Lu}\s.,]{2,30})?\s*[—–-]{1,2}\s/u.test(text.slice(m.index + m[0].length));
  };
  if (!names.some(named)) return false;
  // ("The Secretary-General underscores that…", "the Director-General": a title joined to its rank is a person's title too.)
  return !ps.info.tokens.some((t) => lang.personTitles.has(t.norm) || lang.personTitles.has(t.norm.split('-')[0] as string));
}

/** A list item: a bullet mark opens the sentence. */
const BULLET = /^\s*[•·▪‣◦●*]\s/u;
/** A numbered item of a list: "2. You could have…", "3) The agency…". */
const NUMBERED_ITEM = /^\s*\d{1,2}[.)]\s+\S/u;

/**
 * A sentence ending in a colon with a speech verb (or one of `nouns`) after its first word, in
 * lower case: "The committee announced the following actions:", "The statement said:".
 */
function speechBeforeColon(lang: LangPack, ps: PreparedSentence, nouns?: ReadonlySet<string>): boolean {
  if (!COLON_END.test(ps.sentence.text)) return false;
  const tokens = ps.info.tokens;
  const text = ps.sentence.text;
  // ("Other partners’ pledges include:", "Their pledges are:": after a possessive the word is a noun, the list its things;
  // "makes these claims:" still introduces the claims.)
  const noun = (k: number): boolean => {
    const prev = tokens[k - 1] as Token;
    return (lang.possessivePronouns?.has(prev.norm) ?? false) || /['’]s?\s*$/.test(text.slice(prev.start, (tokens[k] as Token).start)) || POSSESSIVE_END.test(prev.norm);
  };
  return tokens.some((t, k) => k > 0 && LOWER_FIRST.test(t.text) && ((lang.attributionVerbs.has(t.norm) && !noun(k)) || (nouns?.has(t.norm) ?? false)));
}

/** A sentence's closing punctuation, which a title line lacks. */
const SENTENCE_END = /[.!?]["”»’)]?\s*$/u;

/** A speaker's label cut off the line it opens: initials or a word in capitals ("OM:", "Q:"), or a name of two to four words. */
const SPEAKER_LABEL = /^(?:\p{Lu}{1,4}|\p{Lu}[\p{Lu}.'’-]+(?:\s\p{Lu}[\p{Lu}.'’-]+){1,3}|\p{Lu}[\p{Ll}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3}):$/u;

/** Whether sentence k is a speaker's label at the start of its line, with the speaker's words after it on that line. */
function speakerLabelAt(p: PreparedArticle, k: number): boolean {
  const ps = p.sentences[k] as PreparedSentence;
  return (
    (ps.heading || ps.debris) &&
    SPEAKER_LABEL.test(ps.sentence.text.trim()) &&
    (ps.sentence.start === 0 || p.article.text[ps.sentence.start - 1] === '\n') &&
    k + 1 < p.sentences.length &&
    !paragraphBreak(p, k + 1)
  );
}

/** Whether sentence i stands on a line opened by a speaker's label (`labels`, see speakerLabelAt). */
function turnOf(p: PreparedArticle, labels: readonly boolean[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (labels[k]) return true;
    if (paragraphBreak(p, k + 1)) return false;
  }
  return false;
}

/** Whether a new paragraph (a line break) opens before sentence i of `p`. */
function paragraphBreak(p: PreparedArticle, i: number): boolean {
  const prev = (p.sentences[i - 1] as PreparedSentence).sentence;
  const cur = (p.sentences[i] as PreparedSentence).sentence;
  return cur.start >= prev.end && p.article.text.slice(prev.end, cur.start).includes('\n');
}

/**
 * "Ahead of his address, he issued this statement:", "She said in a statement:": a sentence that
 * ends in a colon and names a speech verb or a statement introduces the words below it.
 */
function introducesStatement(lang: LangPack, ps: PreparedSentence): boolean {
  if (!ps.debris && (statementTitle(lang, ps) || speakerLeadIn(lang, ps))) return true;
  // (A lead-in run together with the page's dateline, "Washington (Wire.News) The Secretary released the following
  // statement:", may be taken for a heading; a long one that names a statement still introduces it.)
  return (!ps.heading || (ps.words >= LONG_LEAD_IN && namesStatement(lang, ps))) && !ps.debris && speechBeforeColon(lang, ps, lang.statementNouns);
}

/**
 * "Murphy continued:", "The governor added:": a short line of a speaker and a verb of saying, ending in a colon, over the
 * paragraph of their words that follows (a block quotation, set with no quotation marks).
 */
function speakerLeadIn(lang: LangPack, ps: PreparedSentence): boolean {
  const tokens = ps.info.tokens;
  const verb = tokens[tokens.length - 1];
  if (!verb || tokens.length < 2 || tokens.length > LEAD_IN_WORDS || !COLON_END.test(ps.sentence.text) || !CAPITAL_FIRST.test((tokens[0] as Token).text)) return false;
  return LOWER_WORD.test(verb.text) && ((lang.speakerLeadVerbs?.has(verb.norm) ?? false) || lang.attributionVerbs.has(verb.norm));
}

/** Most words of a speaker's lead-in line ("The governor of the state added:"). */
const LEAD_IN_WORDS = 6;

/** Fewest words of a lead-in to a statement that the page's layout took for a heading. */
const LONG_LEAD_IN = 8;

/**
 * "Statement of the Chair on the recall:", "Remarks by the Director:": a line that opens with a
 * statement noun and who gives it, and ends in a colon, is a heading over that person's words.
 */
function statementTitle(lang: LangPack, ps: PreparedSentence): boolean {
  const [a, b] = ps.info.tokens;
  return (
    a !== undefined &&
    b !== undefined &&
    COLON_END.test(ps.sentence.text) &&
    CAPITAL_FIRST.test(a.text) &&
    (lang.statementNouns?.has(a.norm) ?? false) &&
    (lang.statementBy?.has(b.norm) ?? false)
  );
}

/** "…and it reads as follows:": the lead-in promises the whole text after it. */
function promisesWhole(lang: LangPack, ps: PreparedSentence): boolean {
  return (lang.wholeTextMarkers ?? []).some((ph) => ps.info.tokens.some((_, k) => seqAt(ps.info.tokens, k, ph)));
}

/** "…released the following statement:": the lead-in names what follows as a statement, remarks, a letter. */
function namesStatement(lang: LangPack, ps: PreparedSentence): boolean {
  return ps.info.tokens.some((t) => lang.statementNouns?.has(t.norm) ?? false);
}

/** The lead-in names a speech's text ("remarks") and no statement, letter or message beside it. */
function speechText(lang: LangPack, ps: PreparedSentence): boolean {
  const nouns = ps.info.tokens.filter((t) => lang.statementNouns?.has(t.norm) ?? false);
  return nouns.length > 0 && nouns.every((t) => lang.speechTextNouns?.has(t.norm) ?? false);
}

/** "I", "we", "our" as the speaker's own words: not "US" (the country), the "I" of a name ("World War I"), nor "the mine". */
function firstPersonIn(lang: LangPack, tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, k) =>
      (lang.firstPerson.has(t.norm) || lang.firstPersonUpper.has(t.text)) &&
      !((lang.nounLikeFirstPerson?.has(t.norm) ?? false) && !pronounMineAt(lang, tokens, k)) &&
      !(lang.functionWords.us.has(t.norm) && !lang.functionWords.us.has(t.text)) &&
      !(lang.functionWords.I.has(t.text) && romanInName(lang, tokens, t)),
  );
}

/** Someone's words quoted and credited to them: by a tag (", she said") or a verb of saying in the main clause. */
function quotedSpeaker(s: Scan): boolean {
  return s.quoted >= 2 && s.quotesWords && (s.trailingTag !== null || (s.attribution !== null && s.attributionMain));
}

/** No voice or source of its own, and a backshifted modal ("would") in its main clause. */
function continuesSpeech(lang: LangPack, s: Scan, ps: PreparedSentence): boolean {
  if (s.attribution !== null || s.trailingTag !== null || s.quoted >= 2 || s.own > 0 || ps.heading || ps.debris) return false;
  const tokens = ps.info.tokens;
  for (let k = 0; k < Math.min(tokens.length, 6); k++) if (lang.backshiftModals.has((tokens[k] as Token).norm)) return true;
  // ("On 16 August, the Government and the Coordinator had requested international support…": the past perfect of reported
  // speech, after a time and a subject of a few words.)
  for (let k = 1; k < Math.min(tokens.length - 1, 14); k++)
    if ((lang.backshiftPerfect?.has((tokens[k] as Token).norm) ?? false) && lang.isRegularPast((tokens[k + 1] as Token).norm)) return true;
  return false;
}

/**
 * A briefing's summary ("Jane Roe, for the agency, said that the agency continued to work… Civilians had been arriving…
 * ¶ The agency was putting in place measures…"): a speaker's words are told in backshifted tenses, paragraph after
 * paragraph, with no quotation marks, so every past-tense sentence after the speaker is named is still the speaker's. Known
 * by a speaker told without quotes and by many sentences in the tenses only reported speech uses ("had grown", "was now",
 * "could be"); a news report tells its own events in the plain past and quotes its sources.
 */
function remarksSummary(lang: LangPack, p: PreparedArticle, scans: readonly Scan[], aside: readonly boolean[]): boolean {
  let body = 0;
  let told = 0;
  let quotedLines = 0;
  let voiced = 0;
  // The body sentences that name no speaker: only they are searched for the tenses, and only if some sentence names one.
  const untold: number[] = [];
  scans.forEach((sc, k) => {
    const ps = p.sentences[k] as PreparedSentence;
    if (aside[k] || ps.heading || ps.debris) return;
    body++;
    if (sc.quoted >= 2) quotedLines++;
    // (Its speakers are "he", "she" and the agency: a speech or a statement says "I" and "we".)
    if (sc.firstPerson !== null) voiced++;
    // ("Jane Roe said…", not "CBO estimates…": a body's own projections say "would" and "could" too.)
    if (sc.attribution !== null && sc.attributionMain && sc.quoted < 2 && lang.personSpeechVerbs.has(sc.attribution.toLowerCase())) told++;
    else untold.push(k);
  });
  if (quotedLines > SUMMARY_SHARE * body || voiced > VOICED_SHARE * body) return false;
  // ("Jane Roe, for the World Food Agency, said that…" opening its paragraph: a briefing's summary names its speakers so, and
  // tells their words in the plain past too, "The index averaged 159.3 points in March. The increase reflected…".)
  if (p.sentences.some((ps, k) => !aside[k] && (k === 0 || paragraphBreak(p, k)) && (lang.spokespersonIntro?.test(ps.sentence.text) ?? false))) return true;
  if (told === 0) return false;
  const shifted = untold.filter(
    (k) => continuesSpeech(lang, scans[k] as Scan, p.sentences[k] as PreparedSentence) || inReportedTense(lang, p.sentences[k] as PreparedSentence),
  ).length;
  // (More sentences go on in those tenses than name a speaker: a news report names its sources sentence by sentence.)
  return shifted > told && shifted >= 3 && shifted >= SUMMARY_SHARE * body;
}

/** The least share of a summary's sentences in the tenses of reported speech (see remarksSummary). */
const SUMMARY_SHARE = 0.2;

/** The most share of a summary's sentences that say "I" or "we" outside quotes (see remarksSummary). */
const VOICED_SHARE = 0.1;

/**
 * The tenses only reported speech uses, anywhere in a sentence's first words: a past perfect ("had also provided", "had been no
 * investment"), a modal in the past ("would be used", "could be much higher"), or a past tense told of the present ("was now
 * at risk", "right now was", "was continuing").
 */
function inReportedTense(lang: LangPack, ps: PreparedSentence): boolean {
  const tokens = ps.info.tokens;
  const end = Math.min(tokens.length - 1, 24);
  const pastAfter = (k: number): boolean => {
    let j = k + 1;
    while (j < end && (lang.adverbsBeforePast.has((tokens[j] as Token).norm) || lang.isAdverbForm((tokens[j] as Token).norm))) j++;
    const w = (tokens[j] as Token | undefined)?.norm ?? '';
    return lang.isRegularPast(w) || lang.pastParticiples.has(w) || lang.functionWords.been.has(w);
  };
  for (let k = 1; k < end; k++) {
    const w = (tokens[k] as Token).norm;
    if (lang.backshiftModals.has(w) || lang.pastModals.has(w)) return true;
    if ((lang.backshiftPerfect?.has(w) ?? false) && pastAfter(k)) return true;
    if (!lang.captionVerb.pastBe.has(w) || (lang.backshiftPerfect?.has(w) ?? false)) continue;
    const next = (tokens[k + 1] as Token).norm;
    if (lang.nowWords.has(next) || lang.nowWords.has((tokens[k - 1] as Token).norm) || lang.isProgressiveForm(next)) return true;
  }
  return false;
}

/**
 * A sentence whose first verb is in the past, with no voice or source of its own ("Dengue was spread by the Aedes
 * mosquito.", "It was identifying and referring people…"): in a summary of remarks, still the speaker's account.
 */
function pastAccount(lang: LangPack, s: Scan, ps: PreparedSentence): boolean {
  if ((s.attribution !== null && s.attributionMain) || s.trailingTag !== null || s.quoted >= 2 || s.firstPerson !== null || ps.heading || ps.debris) return false;
  for (const [k, t] of ps.info.tokens.entries()) {
    const w = t.norm;
    if (lang.captionVerb.pastBe.has(w) || lang.pastForms.has(w) || lang.pastDoForms.has(w) || lang.backshiftModals.has(w) || lang.pastModals.has(w)) return true;
    // ("That represented a perfect storm": a past in -ed after its subject; the first word may be a participle, "Reported cases…".)
    if (k > 0 && pastInEd(lang, w)) return true;
    if (lang.auxiliaries.has(w) || lang.modals.has(w) || lang.doForms.has(w)) return false;
  }
  return false;
}

/** The least share of the writer's voice around every sentence of an opinion piece. */
const PIECE_DENSITY = 0.3;

/**
 * The least share of the writer's voice around a sentence with no cue of its own for context alone to make it a view.
 * Not PIECE_DENSITY: a speech or a column tells plain facts too ("The hall opens at nine.", "Goods are scarce."), and a
 * reader takes one for the speaker's view only amid a passage that mostly judges, not wherever a piece has a voice.
 */
const CONTEXT_DENSITY = 0.5;

/** The least number of words of a sentence in which one judging word in passing only colours the account (see verdict). */
const LONG_ACCOUNT = 20;

/** The least share of the writer's voice around a sentence whose only judgement is a mild word (see Scan.mild). */
const MILD_DENSITY = 0.2;

/** How strongly the sentence speaks in the author's own voice, from cues outside quotes. */
function ownVoice(s: Scan): number {
  let v = 0;
  if (s.firstPerson) v += 2;
  if (s.rhetorical) v += 2;
  if (s.loaded) v += s.weak || s.mild ? 1 : 2;
  if (s.speculation && !s.attribution) v += 1;
  return v;
}

/** The kind of a sentence, and how sure: the part of decide() the first pass needs. */
/**
 * Share of author-voice sentences around each sentence (five either side; asides, debris and headings, left out).
 * Each sentence's own verdict is worked out once, not once per neighbour.
 */
function densityOf(opinion: readonly boolean[], aside: readonly boolean[]): Float64Array {
  const count = opinion.length;
  const d = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    let n = 0;
    let hits = 0;
    for (let k = Math.max(0, i - 5); k <= Math.min(count - 1, i + 5); k++) {
      if (k === i || aside[k]) continue;
      n++;
      if (opinion[k]) hits++;
    }
    d[i] = n ? hits / n : 0;
  }
  return d;
}

function kindOf(s: Scan, ps: PreparedSentence, checkable: string | null, density: number): OpinionKind {
  const v = verdict(s, ps, checkable, density);
  return v & 1 ? (v & 2 ? 'opinion' : 'attributed') : 'reporting';
}

/**
 * Bit 0: not reporting; bit 1: opinion (else attributed); the rest picks the confidence:
 * see decide(). `judgedNear`: the share of the writer's voice around the sentence, whether or not the piece has a voice of
 * its own (a hedge is a guess of the writer's only amid their judgements).
 */
function verdict(scanned: Scan, ps: PreparedSentence, checkable: string | null, density: number, judgedNear = density): number {
  // A headline saying someone acted "illegally" reports a finding, not the author's view.
  // ("Among the guests was a couple who recounted their harrowing escape": a lone judging word in a side part of the
  // sentence, in a passage without the writer's voice, colours a report; it is no view, but the reading is not sure
  // enough to build a round on.)
  // ("While the rain is welcome news, the river is still rising": a judgement granted in a concessive clause is no view.)
  // ("From launch to splashdown on the 11th, crews and the cameras on board captured stunning images of the capsule and the
  // Earth behind it": one judging word in the object of a verb of what was done, in a long sentence of account and in a
  // passage without the writer's voice, colours the report of the act; in a short sentence, "The rescuers made a harrowing
  // climb", it is the point, and "It is a stunning reversal" says it of the subject.)
  const colour = scanned.lone && scanned.passing && ps.words >= LONG_ACCOUNT;
  const faded = ((scanned.aside || colour) && scanned.own === 2 && density < MILD_DENSITY) || scanned.conceded;
  const t =
    (scanned.factual && (ps.heading || ps.debris)) || faded
      ? { ...scanned, loaded: null, factual: false, weak: false, mild: false, own: scanned.own - (scanned.weak || scanned.mild ? 1 : 2) }
      : scanned;
  // "We now know of approximately 100 infant deaths…", "I am authorizing our thirteenth drawdown…": a
  // body's or an official's own account of facts, in the first person, with a detail to check and
  // nothing that judges, guesses, advises or asks, is a report, not a view.
  const factualFirst =
    t.firstPerson !== null &&
    !t.firstStance &&
    !t.rhetorical &&
    t.loaded === null &&
    t.speculation === null &&
    t.stance === null &&
    t.advice === null &&
    (checkable !== null || t.recent !== null || t.newsPromise);
  const s = factualFirst ? { ...t, firstPerson: null, own: t.own - 2 } : t;
  // "It is illegal to sell the recalled sleepers": a rule stated with a legal word alone is no view
  // (unlike "the levy is plainly illegal", the writer's verdict on a thing).
  const plainOtherwise = s.firstPerson === null && !s.rhetorical && s.speculation === null;
  const factualOnly = ((s.rule || s.finding) && s.factual && s.weak && s.loaded !== null && s.own === 1 && plainOtherwise) || (s.measuredRank && s.own <= 2 && plainOtherwise);
  // A hedge alone ("is likely to take several weeks", "appears to be over", "may be higher today") outside a passage in the
  // writer's voice is how sure a report is, not a view: an agency's estimate is still its report.
  const hedgeOnly = s.speculation !== null && s.attribution === null && s.own === 1 && s.loaded === null && s.firstPerson === null && !s.rhetorical && judgedNear < MILD_DENSITY;
  const own = factualOnly || hedgeOnly ? 0 : s.own;
  const quotedText = s.quoted >= 2;
  // (A title in quotation marks set after the sentence's own words is no one's words: "This year’s theme is “Universal Social
  // Protection to End Child Labor.”")
  const mostlyQuoted = s.quoted >= Math.max(3, 0.6 * ps.words) && (s.quotesWords || s.opensQuoted);
  // ("They plan to file "within days."": words in quotation marks are someone's, though no verb names who spoke.)
  const unnamed = quotedText && s.attribution === null && s.quotesWords && !s.surveyed;
  const attributed = mostlyQuoted || s.trailingTag !== null || (s.attribution !== null && s.attributionMain) || (quotedText && s.quoted >= 3 && s.attribution !== null) || unnamed;
  // Loaded words outweigh a reporting verb unless the words are plainly someone else's.
  const plainlyQuoted = mostlyQuoted || s.trailingTag !== null || (quotedText && s.quoted >= 3 && s.attribution !== null);
  // Loaded words after "X said" are X's claim, paraphrased; before it, they are the author's frame.
  // ("The alarming report called…": a judgement of the speech a source gives is part of what is credited to it.)
  const loadedIsReported = s.attribution !== null && s.attributionMain && !s.framed && (s.loadedAt > s.attributionAt || s.describesSpeech);
  // Before a trailing ", he said" the words are the speaker's, first person included.
  const authorOutside = (s.trailingTag === null && (s.firstPerson !== null || s.rhetorical)) || (s.loaded !== null && !plainlyQuoted && !loadedIsReported);
  // "Scottish Secretary Alister Jack said:", "…, said of the report:": a line that only hands over to the words below it
  // claims nothing itself; it reports who speaks next (the words below are theirs, see introducesStatement).
  // (Only a plain verb of saying: "… applauds the ruling:" judges as it hands over.)
  if (attributed && !authorOutside && s.handsOver && s.quoted < 2) return CONF_060 << 2;
  if (attributed && !authorOutside) return 1 | ((mostlyQuoted || s.trailingTag || (quotedText && s.attribution) ? CONF_090 : unnamed ? CONF_060 : CONF_075) << 2);
  const mildOnly = (s.mild || s.degreeOnAct) && own < 2 && density < MILD_DENSITY;
  // (A judging word in a sentence that also gives a detail to check, with no "I" or "we" of the writer's, is as often a report
  // with a flourish, "the shocking news that 34 million air bags…": on the dev keys such opinions were right 103 times in 190,
  // against 201 in 266 without a detail. Not sure enough to build a round on.)
  const flourish = checkable !== null && s.firstPerson === null;
  if (own >= 1 && !mildOnly) return 3 | ((own >= 3 ? CONF_090 : own >= 2 && !s.inferred && !s.lone && !flourish ? CONF_080 : CONF_060) << 2);
  // "Do not eat recalled products.", "Businesses should follow…": advice in the writer's voice. (On the dev keys, sentences
  // read as opinion on advice alone were opinions 55 times in 57: sure enough to build a round on.)
  if (s.advice !== null && !ps.heading && !ps.debris) return 3 | (CONF_085 << 2);
  // "The United States welcomes the verdict.": a body's own stance, in its statement.
  if (s.bodyStance !== null && !ps.heading && !ps.debris) return 3 | (CONF_060 << 2);
  // "One must not forget…", "Naturally, this will…": a stance, in a piece that has a voice.
  if (s.stance !== null && (density >= PIECE_DENSITY || s.recommends)) return 3 | (CONF_060 << 2);
  // ("The plans were endorsed by both parties", "There was outreach to victims" amid a passage that judges: an account of
  // what was done by whom, is happening or exists is still a report; see Scan.account.)
  if (!s.account && !s.newsPromise && !s.courtesy && !checkable && !s.event && density >= CONTEXT_DENSITY && !(ps.heading && ps.words > 4)) return 3 | (CONF_055 << 2);
  // (A report that keeps a judging word, "marked by dubious claims", is not sure enough to build a round on.)
  return (checkable && s.attribution === null && density < 0.2 && !s.alleged && s.loaded === null && !faded ? CONF_085 : CONF_060) << 2;
}

/** The capitalised words among a sentence's first `end` tokens, after its first (which any sentence capitalises). */
function namesIn(tokens: readonly Token[], end: number): Set<string> {
  const out = new Set<string>();
  for (let k = 1; k < Math.min(end, tokens.length); k++) if (CAPITAL_FIRST.test((tokens[k] as Token).text)) out.add((tokens[k] as Token).norm);
  return out;
}

/** How many words two sets share. */
function sharedNames(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/** The index of the token of a sentence that starts at or after a character offset (its length if none does). */
function tokenAt(ps: PreparedSentence, at: number): number {
  const k = ps.info.tokens.findIndex((t) => t.start >= at);
  return k < 0 ? ps.info.tokens.length : k;
}

/** The most words after the verb of a line that only hands over to the words below it ("said of the report:", "said in a statement:"). */
const LEAD_IN_TAIL = 4;

const CONF_090 = 0;
const CONF_075 = 1;
const CONF_080 = 2;
const CONF_060 = 3;
const CONF_055 = 4;
const CONF_085 = 5;
const CONFIDENCE = [0.9, 0.75, 0.8, 0.6, 0.55, 0.85];

/** A cue shown with its evidence, when there is one. (A function here, not a closure made for every sentence.) */
function addCue(cues: Cue[], evidence: Partial<Record<Cue, string>>, cue: Cue, why: string | null | boolean): void {
  if (!why) return;
  cues.push(cue);
  evidence[cue] = typeof why === 'string' ? why : '';
}

function decide(s: Scan, ps: PreparedSentence, articleId: string, checkable: string | null, density: number, judgedNear = density): SentenceFinding {
  const cues: Cue[] = [];
  const evidence: Partial<Record<Cue, string>> = {};
  const quotedText = s.quoted >= 2;
  addCue(cues, evidence, 'quotation-marks', quotedText && '"…"');
  addCue(cues, evidence, 'attribution-verb', s.attribution);
  addCue(cues, evidence, 'first-person', !s.secondPerson && s.firstPerson);
  addCue(cues, evidence, 'rhetorical-question', s.rhetorical && '?');
  addCue(cues, evidence, 'loaded-words', s.loaded);
  addCue(cues, evidence, 'speculation', !s.attribution && s.speculation);
  addCue(cues, evidence, 'checkable-detail', checkable);
  addCue(cues, evidence, 'advice', s.advice);

  const v = verdict(s, ps, checkable, density, judgedNear);
  const kind: OpinionKind = v & 1 ? (v & 2 ? 'opinion' : 'attributed') : 'reporting';
  const id = ps.sentence.id;
  const cut = id.lastIndexOf('.');
  return {
    // The article id is the sentence id up to its last dot.
    article: cut === articleId.length && id.startsWith(articleId) ? articleId : id.slice(0, cut),
    sentenceId: id,
    text: ps.sentence.text,
    kind,
    cues,
    evidence,
    confidence: CONFIDENCE[v >> 2] as number,
    furniture: ps.debris || ps.heading,
  };
}
