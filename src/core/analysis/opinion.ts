import type { LangPack } from './lang';
import type { PreparedArticle, PreparedSentence } from './prep';
import type { Token } from './text';
import type { Cue, Figure, OpinionKind, Quote, SentenceFinding } from './types';

/**
 * Reporting, attributed claim or the author's own opinion, per sentence, with the cues that
 * decide it. Quoted words belong to the speaker, so cues are looked for outside quotes; and
 * a sentence with no cue of its own takes the voice of the passage around it, as a reader does
 * (a bare "Right." in a blog rant is sarcasm, in a news report it would be a heading).
 */

interface Scan {
  ps: PreparedSentence;
  outside: Token[];
  quoted: number;
  attribution: string | null;
  attributionAt: number;
  attributionMain: boolean;
  loadedAt: number;
  trailingTag: string | null;
  firstPerson: string | null;
  rhetorical: boolean;
  loaded: string | null;
  speculation: string | null;
  checkable: string | null;
}

function seqAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[at + k]?.norm !== words[k]) return false;
  return true;
}

const phraseIndex = new WeakMap<readonly (readonly string[])[], Map<string, (readonly string[])[]>>();
function findPhrase(tokens: readonly Token[], list: readonly (readonly string[])[]): string | null {
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
    if (cands) for (const ph of cands) if (seqAt(tokens, i, ph)) return ph.join(' ');
  }
  return null;
}

function scan(lang: LangPack, p: PreparedArticle, ps: PreparedSentence, quotes: readonly Quote[], figures: readonly Figure[]): Scan {
  const here = quotes.filter((q) => q.end > ps.sentence.start && q.start < ps.sentence.end);
  const inQuote = (t: Token): boolean => here.length > 0 && here.some((q) => q.start <= t.start && q.end >= t.end);
  const outside = ps.tokens.filter((t) => !inQuote(t));
  const quoted = ps.tokens.length - outside.length;
  const text = p.article.text;

  // A trailing tag (", he said.") makes the words before it speech even without quotation marks.
  let trailingTag: string | null = null;
  const n = outside.length;
  // ", he said." / ", Butler said." / "» he told reporters.": subject, verb, a few words, end.
  for (let k = Math.max(1, n - 6); k < n; k++) {
    const t = outside[k] as Token;
    if (!isAttributionVerb(lang, outside, k)) continue;
    const before = text.slice(ps.sentence.start, t.start);
    const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf('”'), before.lastIndexOf('»'), before.lastIndexOf('"'));
    if (cut < 0) continue;
    const subject = before.slice(cut + 1).trim().split(/\s+/).filter(Boolean);
    const first = (subject[0] ?? '').toLowerCase();
    if (subject.length >= 1 && subject.length <= 4 && !lang.clauseBreaks.has(first) && n - k <= 5) trailingTag = t.text;
  }

  let attribution: string | null = null;
  let attributionMain = false;
  let attributionAt = -1;
  const breakAt = mainClauseEnd(lang, ps, text);
  for (let k = 0; k < outside.length; k++) {
    const t = outside[k] as Token;
    if (!isAttributionVerb(lang, outside, k)) continue;
    if (attribution === null) attributionAt = t.start;
    attribution = attribution ?? t.text;
    if (t.start < breakAt) attributionMain = true;
  }
  const phrase = findPhrase(outside, lang.attributionPhrases);
  if (phrase) {
    attribution = attribution ?? phrase;
    attributionMain = true;
  }

  let firstPerson: string | null = null;
  for (const t of outside) {
    if (lang.firstPersonUpper.has(t.text) || lang.directAddress.has(t.norm) || (lang.firstPerson.has(t.norm) && !(t.norm === 'us' && t.text !== 'us'))) {
      firstPerson = t.text;
      break;
    }
  }
  const lastChar = ps.sentence.text.replace(/["'”»’)\s.]+$/, '').slice(-1);
  const rhetorical = lastChar === '?' || /\?["”»]?$/.test(ps.sentence.text.trim());
  const loadedToken = outside.find((t) => lang.loadedWords.has(t.norm));
  const loadedPhrase = loadedToken ? null : findPhrase(outside, lang.loadedPhrases);
  const loaded = loadedToken?.text ?? loadedPhrase;
  const loadedAt = loadedToken ? loadedToken.start : loadedPhrase ? (outside.find((t) => t.norm === loadedPhrase.split(' ')[0])?.start ?? -1) : -1;
  const speculation = findPhrase(outside, lang.speculationPhrases) ?? outside.find((t) => lang.speculationWords.has(t.norm))?.text ?? null;
  const fig = figures.find((f) => f.sentenceId === ps.sentence.id && f.kind !== 'time');
  const day = ps.tokens.find((t) => lang.dayNames.has(t.norm) || lang.months.has(t.norm));
  const checkable = fig?.text ?? day?.text ?? null;
  return { ps, outside, quoted, attribution, attributionAt, attributionMain, loadedAt, trailingTag, firstPerson, rhetorical, loaded, speculation, checkable };
}

/**
 * A verb that reports speech here: not "United States", not "to describe", "is said",
 * "after accusing", "the repeated rounds", and not a guess ("would say").
 */
function isAttributionVerb(lang: LangPack, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (!lang.attributionVerbs.has(t.norm) || (k > 0 && /^\p{Lu}/u.test(t.text))) return false;
  const prev = tokens[k - 1]?.norm ?? '';
  const prev2 = tokens[k - 2]?.norm ?? '';
  if (lang.modalsBeforeAttribution.has(prev) || lang.modalsBeforeAttribution.has(prev2)) return false;
  if (lang.notBeforeAttribution.has(prev)) return false;
  if (prev === 'i' || prev === 'we') return false;
  // "agreed to preserve", "refused to": an action, not speech.
  if (tokens[k + 1]?.norm === 'to' && /ed$/.test(t.norm) && t.norm !== 'urged' && t.norm !== 'asked') return false;
  return true;
}

/** Where the main clause ends: the first comma followed by a subordinating or coordinating word. */
function mainClauseEnd(lang: LangPack, ps: PreparedSentence, text: string): number {
  const tokens = ps.tokens;
  for (let k = 3; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const gap = text.slice((tokens[k - 1] as Token).end, t.start);
    if (/,/.test(gap) && lang.clauseBreaks.has(t.norm)) return t.start;
    if (t.norm === 'although' || t.norm === 'while' || t.norm === 'as' && tokens[k + 1]?.norm === 'it') return t.start;
  }
  return ps.sentence.end;
}

/** Sentences of one article; `quotes` and `figures` are that article's own. */
export function classifySentences(lang: LangPack, p: PreparedArticle, quotes: readonly Quote[], figures: readonly Figure[]): SentenceFinding[] {
  const scans = p.sentences.map((ps) => scan(lang, p, ps, quotes, figures));
  const own = scans.map((s) => ownVoice(s));
  // Share of author-voice sentences around each sentence: first the ones with strong cues,
  // then (a second pass) also the ones that context alone made opinion, so a rant's quieter
  // sentences are read as part of it.
  const densityOf = (isOpinion: (k: number) => boolean): number[] =>
    scans.map((_, i) => {
      let n = 0;
      let hits = 0;
      for (let k = Math.max(0, i - 5); k <= Math.min(scans.length - 1, i + 5); k++) {
        const sk = scans[k] as Scan;
        if (k === i || sk.ps.debris || sk.ps.heading) continue;
        n++;
        if (isOpinion(k)) hits++;
      }
      return n ? hits / n : 0;
    });
  const first = densityOf((k) => (own[k] as number) >= 2);
  const firstPass = scans.map((s, i) => decide(s, own[i] as number, first[i] as number).kind === 'opinion');
  const second = densityOf((k) => firstPass[k] === true);
  const density = first.map((d, i) => Math.max(d, (second[i] as number) >= 0.5 ? (second[i] as number) : 0));
  return scans.map((s, i) => decide(s, own[i] as number, density[i] as number));
}

/** How strongly the sentence speaks in the author's own voice, from cues outside quotes. */
function ownVoice(s: Scan): number {
  let v = 0;
  if (s.firstPerson) v += 2;
  if (s.rhetorical) v += 2;
  if (s.loaded) v += 2;
  if (s.speculation && !s.attribution) v += 1;
  return v;
}

function decide(s: Scan, own: number, density: number): SentenceFinding {
  const cues: Cue[] = [];
  const evidence: Partial<Record<Cue, string>> = {};
  const add = (cue: Cue, why: string | null | boolean): void => {
    if (!why) return;
    cues.push(cue);
    evidence[cue] = typeof why === 'string' ? why : '';
  };
  const quotedText = s.quoted >= 2;
  add('quotation-marks', quotedText && '"…"');
  add('attribution-verb', s.attribution);
  add('first-person', s.firstPerson);
  add('rhetorical-question', s.rhetorical && '?');
  add('loaded-words', s.loaded);
  add('speculation', !s.attribution && s.speculation);
  add('checkable-detail', s.checkable);

  const mostlyQuoted = s.quoted >= Math.max(3, 0.6 * s.ps.tokens.length);
  const attributed = mostlyQuoted || s.trailingTag !== null || (s.attribution !== null && s.attributionMain) || (quotedText && s.quoted >= 3 && s.attribution !== null);
  // Loaded words outweigh a reporting verb unless the words are plainly someone else's.
  const plainlyQuoted = mostlyQuoted || s.trailingTag !== null || (quotedText && s.quoted >= 3 && s.attribution !== null);
  // Loaded words after "X said" are X's claim, paraphrased; before it, they are the author's frame.
  const loadedIsReported = s.attribution !== null && s.attributionMain && s.loadedAt > s.attributionAt;
  // Before a trailing ", he said" the words are the speaker's, first person included.
  const authorOutside = (s.trailingTag === null && (s.firstPerson !== null || s.rhetorical)) || (s.loaded !== null && !plainlyQuoted && !loadedIsReported);
  let kind: OpinionKind;
  let confidence: number;
  if (attributed && !authorOutside) {
    kind = 'attributed';
    confidence = mostlyQuoted || s.trailingTag || (quotedText && s.attribution) ? 0.9 : 0.75;
  } else if (own >= 1) {
    kind = 'opinion';
    confidence = own >= 3 ? 0.9 : own >= 2 ? 0.8 : 0.6;
  } else if (!s.checkable && density >= 0.3 && !(s.ps.heading && s.ps.tokens.length > 4)) {
    kind = 'opinion';
    confidence = 0.55;
  } else {
    kind = 'reporting';
    confidence = s.checkable && s.attribution === null && density < 0.2 ? 0.85 : 0.6;
  }
  return {
    article: s.ps.sentence.id.slice(0, s.ps.sentence.id.lastIndexOf('.')),
    sentenceId: s.ps.sentence.id,
    text: s.ps.sentence.text,
    kind,
    cues,
    evidence,
    confidence,
    furniture: s.ps.debris || s.ps.heading,
  };
}
