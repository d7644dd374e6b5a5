import type { Article } from '../../article';
import type { AuthoredRound } from '../../levelSchema';
import { roundProblems } from '../../levelValidate';
import { pickText } from '../../localText';
import { analyze } from '../index';
import type { Findings } from '../types';
import { LANGUAGES } from '../explain';

export interface Outlets {
  en: string;
  es: string;
}

/** A list item's bullet is the page's layout, not the writer's words: a round shows the item without it ("• In June…" → "In June…"). */
export function withoutBullet(text: string): string {
  return text.replace(/^[•▪◦●‣∙·]\s+/u, '');
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
