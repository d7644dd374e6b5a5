import type { Article } from '../../article';
import type { AuthoredRound } from '../../levelSchema';
import { validateLevel } from '../../levelValidate';
import { pickText } from '../../localText';
import { analyze } from '../index';
import type { Findings } from '../types';
import { LANGUAGES } from '../explain';

export interface Outlets {
  en: string;
  es: string;
}

export function outletOf(article: Article): Outlets {
  return { en: pickText(article.outlet, 'en'), es: pickText(article.outlet, 'es') };
}

/**
 * The same articles are analysed once however many generate entries a level has: the level
 * validator calls the generator per entry with a fresh array of the same articles.
 */
let cache: { key: string; findings: Findings } | null = null;

export function findingsFor(articles: readonly Article[]): Findings {
  const key = articles.map((a) => `${a.id}:${a.text.length}:${a.text.slice(0, 40)}`).join('|');
  if (cache?.key === key) return cache.findings;
  const findings = analyze(articles);
  cache = { key, findings };
  return findings;
}

/** A generated round must pass the same checks as an authored one, or it is not produced. */
export function passesChecks(round: AuthoredRound, articles: readonly Article[]): boolean {
  const library = new Map(articles.map((a) => [a.id, a]));
  const result = validateLevel(
    {
      format: 1,
      id: 'self-check',
      title: { en: 'x', es: 'x' },
      description: { en: 'x', es: 'x' },
      languages: [...LANGUAGES],
      seed: 0,
      articles: articles.map((a) => a.id),
      rounds: [round],
    },
    library,
  );
  return result.ok;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
