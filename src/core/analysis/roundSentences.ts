import type { AuthoredRound } from '../levelSchema';
import { normalizeText } from './text';

/**
 * The sentences a round is built on, compared as normalised text: what it quotes and the
 * evidence it highlights. Two rounds of one level on the same sentence ask the player the same
 * thing twice (or give the answer to one away in the other), so a generator skips a sentence
 * that another round of the level already uses.
 */
export function roundSentences(round: AuthoredRound): string[] {
  const texts: string[] = round.evidence.map((e) => e.quote);
  if (round.type === 'who-said-it') texts.push(round.quote);
  else if (round.type === 'opinion-or-reporting') texts.push(round.passage);
  else if (round.type === 'conflicting-figures') for (const f of round.figures) texts.push(f.quote);
  return [...new Set(texts.map(normalizeText).filter(Boolean))];
}

/** Whether a round uses a sentence in `used` (see roundSentences). */
export function usesAny(round: AuthoredRound, used: ReadonlySet<string>): boolean {
  return used.size > 0 && roundSentences(round).some((s) => used.has(s));
}

/** Records a round's sentences in `used`: no later round of the level is built on them. */
export function markUsed(round: AuthoredRound, used: Set<string>): void {
  for (const s of roundSentences(round)) used.add(s);
}
