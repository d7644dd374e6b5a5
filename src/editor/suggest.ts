import { createArticle, type Article } from '../core/article';
import { isEditorRound, type AuthoredRound, type RoundType } from './draft';
import { hasText, type Draft, type DraftArticle } from './draft';
import { callWorker, type CallWorker, type WorkerReply } from '../app/workerCall';
import { engineWorker, type EngineRequest } from '../app/engineRequests';

/** Articles longer than this are kept in the level but not analysed: the page must stay responsive. */
export const ANALYSIS_MAX_CHARS = 200_000;
/** Warn from this size on: a news article is rarely longer. */
export const LARGE_ARTICLE_CHARS = 100_000;

/** How many of each type to propose: more than a level needs, so the teacher can choose. */
export const SUGGEST_COUNTS: Record<RoundType, number> = {
  'who-said-it': 5,
  'opinion-or-reporting': 5,
  'conflicting-figures': 4,
};

export type Readiness = { ok: true; articles: DraftArticle[]; skipped: DraftArticle[] } | { ok: false; reasons: ReadinessReason[] };

export type ReadinessReason = { kind: 'needTwo'; count: number } | { kind: 'noOutlet'; index: number } | { kind: 'tooLargeToAnalyse'; index: number };

/** Whether rounds can be suggested yet, and if not, every reason why. */
export function readiness(draft: Draft): Readiness {
  const reasons: ReadinessReason[] = [];
  const withText = draft.articles.filter(hasText);
  draft.articles.forEach((a, index) => {
    if (hasText(a) && a.outlet.trim() === '') reasons.push({ kind: 'noOutlet', index });
  });
  const analysable = withText.filter((a) => a.text.length <= ANALYSIS_MAX_CHARS);
  const skipped = withText.filter((a) => a.text.length > ANALYSIS_MAX_CHARS);
  if (analysable.length < 2) {
    reasons.unshift({ kind: 'needTwo', count: analysable.length });
    draft.articles.forEach((a, index) => {
      if (hasText(a) && a.text.length > ANALYSIS_MAX_CHARS) reasons.push({ kind: 'tooLargeToAnalyse', index });
    });
  }
  return reasons.length ? { ok: false, reasons } : { ok: true, articles: analysable, skipped };
}

/** Draft articles as the analysis engine reads them: ids are the draft keys. */
export function engineArticles(articles: readonly DraftArticle[]): Article[] {
  return articles.map((a) => createArticle({ id: a.key, outlet: { en: a.outlet.trim(), es: a.outlet.trim() }, byline: a.byline, date: a.date, sourceKind: 'unknown' }, a.text));
}

export interface Suggestions {
  rounds: AuthoredRound[];
  counts: Record<RoundType, number>;
}

/** The engine's round generator, as `../core/generate` exports it. */
type GenerateRounds = typeof import('../core/generate').generateRounds;

/** Proposals of all three types, worked out here and now (in the analysis worker, or in Node). */
export function suggestWith(generateRounds: GenerateRounds, articles: readonly DraftArticle[], seed: number): Suggestions {
  const engine = engineArticles(articles);
  const types: RoundType[] = ['who-said-it', 'opinion-or-reporting', 'conflicting-figures'];
  const rounds: AuthoredRound[] = [];
  const counts = { 'who-said-it': 0, 'opinion-or-reporting': 0, 'conflicting-figures': 0 } as Record<RoundType, number>;
  types.forEach((type, index) => {
    const made = generateRounds({ type, count: SUGGEST_COUNTS[type], seed, index }, engine);
    const editable = made.filter(isEditorRound);
    counts[type] = editable.length;
    rounds.push(...editable);
  });
  return { rounds, counts };
}

/** How long the engine may take before the editor stops it and says so (a slow phone, a long article). */
export const SUGGEST_LIMIT_MS = 60_000;

/** The engine ran past its time limit and was stopped; the draft is as it was. */
export { WorkerTimeout as SuggestTimeout } from '../app/workerCall';

/** What the analysis worker answers: the suggestions, or what went wrong. */
export type SuggestReply = WorkerReply<Suggestions>;
/** What the analysis worker is asked. */
export type SuggestRequest = Extract<EngineRequest, { kind: 'suggest' }>;

/** The part of a Worker this needs (tests pass a stand-in). */
export type SuggestWorker = CallWorker<SuggestRequest, SuggestReply>;

const analysisWorker = (): SuggestWorker => engineWorker() as SuggestWorker;

/**
 * Proposals of all three types from the engine (loaded on first use: players never download it).
 * In the browser the engine runs in a worker: the page answers the teacher meanwhile, and an
 * analysis that runs past `limitMs` (a text the engine handles badly) is stopped and reported,
 * instead of freezing the editor with the teacher's work in it.
 */
export async function suggestRounds(
  articles: readonly DraftArticle[],
  seed: number,
  { limitMs = SUGGEST_LIMIT_MS, makeWorker = typeof Worker === 'function' ? analysisWorker : undefined }: { limitMs?: number; makeWorker?: () => SuggestWorker } = {},
): Promise<Suggestions> {
  if (!makeWorker) return suggestWith((await import('../core/generate')).generateRounds, articles, seed);
  return callWorker(makeWorker, { kind: 'suggest', articles: articles.map((a) => ({ ...a })), seed }, limitMs);
}
