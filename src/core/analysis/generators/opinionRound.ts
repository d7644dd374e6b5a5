import type { Article } from '../../article';
import { CUES, type Cue, type OpinionKind, type OpinionRound } from '../../levelSchema';
import { shuffled, type Rng } from '../../rng';
import { opinionExplanation } from '../explain';
import type { Findings, SentenceFinding } from '../types';
import { markUsed, usesAny } from '../roundSentences';
import { outletOf, passesChecks, wordCount } from './common';

/** The cue that gives each kind away, strongest first. */
const CUE_ORDER: Record<OpinionKind, Cue[]> = {
  opinion: ['first-person', 'rhetorical-question', 'loaded-words', 'speculation'],
  attributed: ['attribution-verb', 'quotation-marks'],
  reporting: ['checkable-detail'],
};

/** How sure the classifier must be, per kind, before a player is told its answer is right. */
const MIN_CONFIDENCE: Record<OpinionKind, number> = { opinion: 0.8, attributed: 0.9, reporting: 0.85 };

export function opinionRounds(
  findings: Findings,
  articles: readonly Article[],
  count: number,
  rng: Rng,
  idFor: (n: number) => string,
  used: Set<string> = new Set(),
): OpinionRound[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const seen = new Set<string>();
  const pools: Record<OpinionKind, SentenceFinding[]> = { opinion: [], attributed: [], reporting: [] };
  for (const s of findings.sentences) {
    const words = wordCount(s.text);
    if (s.furniture || words < 6 || words > 50 || !/[.!?]["”»]?$/.test(s.text) || !/^["“«]?\p{Lu}/u.test(s.text)) continue;
    if (s.confidence < MIN_CONFIDENCE[s.kind]) continue;
    if (!CUE_ORDER[s.kind].some((c) => s.cues.includes(c))) continue;
    // An opinion round must not hinge on a sentence that also reads as reporting of someone's words.
    if (s.kind !== 'attributed' && (s.cues.includes('quotation-marks') || s.cues.includes('attribution-verb'))) continue;
    // The passage is shown alone: a sentence from the middle of a quotation (a mark opened or closed
    // in another sentence) shows neither its speaker nor its marks, so the player cannot see the cue.
    if (!quotesBalanced(s.text)) continue;
    if (CUE_ORDER[s.kind].find((c) => s.cues.includes(c)) === 'quotation-marks' && !/["“«]/.test(s.text)) continue;
    const key = s.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    pools[s.kind].push(s);
  }
  const order = shuffled(['opinion', 'attributed', 'reporting'] as OpinionKind[], rng);
  const queues = Object.fromEntries(order.map((k) => [k, shuffled(pools[k], rng)])) as Record<OpinionKind, SentenceFinding[]>;
  const out: OpinionRound[] = [];
  for (let turn = 0; out.length < count && order.some((k) => queues[k].length > 0); turn++) {
    const kind = order[turn % order.length] as OpinionKind;
    const s = queues[kind].shift();
    if (!s) continue;
    const cue = CUE_ORDER[kind].find((c) => s.cues.includes(c)) as Cue;
    const distractorCues = shuffled(
      CUES.filter((c) => c !== cue && !s.cues.includes(c)),
      rng,
    ).slice(0, 3);
    const article = byId.get(s.article);
    if (!article || distractorCues.length < 2) continue;
    const round: OpinionRound = {
      id: idFor(out.length + 1),
      type: 'opinion-or-reporting',
      article: s.article,
      passage: s.text,
      answer: kind,
      cue,
      cueOptions: shuffled([cue, ...distractorCues], rng),
      explanation: opinionExplanation(kind, cue, s.evidence[cue], outletOf(article)),
      evidence: [{ article: s.article, quote: s.text }],
      confidence: s.confidence,
    };
    if (usesAny(round, used) || !passesChecks(round, articles)) continue;
    markUsed(round, used);
    out.push(round);
  }
  return out;
}

/** Every quotation the passage opens it also closes, and the other way round. */
function quotesBalanced(text: string): boolean {
  const count = (re: RegExp): number => (text.match(re) ?? []).length;
  return count(/“/g) === count(/”/g) && count(/«/g) === count(/»/g) && count(/"/g) % 2 === 0;
}
