import { findAllQuotes, type Article } from '../../article';
import type { WhoSaidItRound } from '../../levelSchema';
import { shuffled, type Rng } from '../../rng';
import { whoSaidItExplanation } from '../explain';
import type { Findings } from '../types';
import { outletOf, passesChecks, wordCount } from './common';

const MIN_WORDS = 8;
const MAX_WORDS = 45;

/**
 * "Who said it?": a distinctive sentence, every article that carries it as answers, and
 * distractors that write about the same things, so the player has to read, not guess the topic.
 */
export function whoSaidItRounds(findings: Findings, articles: readonly Article[], count: number, rng: Rng, idFor: (n: number) => string): WhoSaidItRound[] {
  if (articles.length < 3) return [];
  const byId = new Map(articles.map((a) => [a.id, a]));
  const vocab = new Map(articles.map((a) => [a.id, new Set(a.text.toLowerCase().match(/\p{L}{5,}/gu) ?? [])]));
  const seen = new Set<string>();
  const candidates = findings.sentences.filter((s) => {
    const words = wordCount(s.text);
    if (s.furniture || words < MIN_WORDS || words > MAX_WORDS) return false;
    // Whole, well-formed sentences only: no fragments cut by a broken quote or abbreviation.
    if (!/^["“«]?\p{Lu}/u.test(s.text) || !/[.!?]["”»]?$/.test(s.text) || /\bMr\.$/.test(s.text)) return false;
    const key = s.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const scored = candidates.map((s) => {
    const carriers = articles.filter((a) => findAllQuotes(a.text, s.text).length > 0).map((a) => a.id);
    const words = new Set(s.text.toLowerCase().match(/\p{L}{5,}/gu) ?? []);
    // Fair distractors: articles that share this sentence's longer words without carrying it.
    const others = articles
      .filter((a) => !carriers.includes(a.id))
      .map((a) => ({ id: a.id, overlap: [...words].filter((w) => vocab.get(a.id)?.has(w)).length }))
      .sort((x, y) => y.overlap - x.overlap || x.id.localeCompare(y.id));
    const interest = (s.cues.length > 0 ? 1 : 0) + (s.cues.includes('quotation-marks') ? 1 : 0) + (s.cues.includes('checkable-detail') ? 1 : 0);
    const fairness = others.slice(0, 3).reduce((sum, o) => sum + Math.min(o.overlap, 4), 0);
    return { s, carriers, others, score: interest * 2 + fairness };
  });
  const usable = scored.filter((c) => c.carriers.length >= 1 && c.carriers.length <= 3 && c.carriers.length + c.others.length >= 3);
  usable.sort((a, b) => b.score - a.score || a.s.sentenceId.localeCompare(b.s.sentenceId));
  const pool = shuffled(usable.slice(0, Math.max(count * 4, 12)), rng);

  const out: WhoSaidItRound[] = [];
  const usedArticles = new Map<string, number>();
  // Spread answers across articles: first pass takes at most one round per answer article.
  for (const pass of [1, Infinity]) {
    for (const c of pool) {
      if (out.length >= count) break;
      if (out.some((r) => r.quote === c.s.text)) continue;
      const main = c.carriers[0] as string;
      if ((usedArticles.get(main) ?? 0) >= pass) continue;
      const optionCount = Math.min(4, c.carriers.length + c.others.length);
      const distractors = c.others.slice(0, optionCount - c.carriers.length).map((o) => o.id);
      const options = shuffled([...c.carriers, ...distractors], rng);
      const answers = c.carriers.slice();
      const copied = findings.copies.some((p) => answers.every((a) => p.carriers.some((x) => x.article === a && x.start <= articleStart(byId.get(a), c.s.text) && x.end >= articleStart(byId.get(a), c.s.text))));
      const round: WhoSaidItRound = {
        id: idFor(out.length + 1),
        type: 'who-said-it',
        quote: c.s.text,
        options,
        answers,
        explanation: whoSaidItExplanation(answers.map((a) => outletOf(byId.get(a) as Article)), answers.length > 1 && copied),
        evidence: answers.map((a) => ({ article: a, quote: c.s.text })),
      };
      if (!passesChecks(round, articles)) continue;
      out.push(round);
      usedArticles.set(main, (usedArticles.get(main) ?? 0) + 1);
    }
  }
  return out;
}

function articleStart(article: Article | undefined, text: string): number {
  return article ? (findAllQuotes(article.text, text)[0]?.start ?? -1) : -1;
}
