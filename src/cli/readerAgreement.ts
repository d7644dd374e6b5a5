import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findSentence, SENTENCE_KINDS, type KeySentence, type Ratio } from './qualityScore';

/**
 * How far two people agree on sentence kinds: the key's labeller and a second reader who labelled
 * the same articles blind (`second-reader.json` beside `key.json`: [{article, text, kind}]). An
 * engine target means little above what two careful readers reach, so the quality command prints
 * this next to the engine's score.
 */

export interface SecondReading {
  article: string;
  text: string;
  kind: string;
}

export interface Agreement {
  /** Key sentences the second reader also labelled. */
  compared: number;
  agreed: number;
  /** Key sentences the second reader did not label (cut differently or left out). */
  unmatched: number;
  /** Cohen's kappa: agreement beyond what the two readers' label frequencies give by chance. */
  kappa: number;
}

const normal = (text: string): string => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

/** A sentence's place, whatever its quote marks and spacing: its article and its text. */
const placeOf = (s: { article: string; text: string }): string => `${s.article}\u0000${normal(s.text)}`;

/** The second reader's kind for each sentence they labelled, by place. */
const kindsByPlace = (second: readonly SecondReading[]): Map<string, string> => new Map(second.map((s) => [placeOf(s), s.kind]));

export function agreement(key: readonly KeySentence[], second: readonly SecondReading[]): Agreement {
  const byPlace = kindsByPlace(second);
  const pairs: [string, string][] = [];
  let unmatched = 0;
  for (const s of key) {
    const other = byPlace.get(placeOf(s));
    if (other === undefined) unmatched++;
    else pairs.push([s.kind, other]);
  }
  return { ...kappaOf(pairs), unmatched };
}

function kappaOf(pairs: readonly [string, string][]): Omit<Agreement, 'unmatched'> {
  const n = pairs.length;
  const agreed = pairs.filter(([a, b]) => a === b).length;
  if (n === 0) return { compared: 0, agreed: 0, kappa: Number.NaN };
  const observed = agreed / n;
  const share = (side: 0 | 1, kind: string) => pairs.filter((p) => p[side] === kind).length / n;
  const chance = SENTENCE_KINDS.reduce((sum, kind) => sum + share(0, kind) * share(1, kind), 0);
  return { compared: n, agreed, kappa: chance === 1 ? 1 : (observed - chance) / (1 - chance) };
}

/** A cluster's second reading, or null when it has none. */
export function secondReadingOf(dir: string): SecondReading[] | null {
  const path = join(dir, 'second-reader.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as SecondReading[]) : null;
}

/**
 * The engine's kinds on the key sentences both readers labelled alike. Where two careful readers
 * differ the label is partly convention; this is the engine's score with that part taken out, so a
 * gap between it and the plain score says how much of the engine's miss is convention.
 */
export function engineOnConsensus(
  findings: { sentences: readonly { article: string; text: string; kind: string }[] },
  key: readonly KeySentence[],
  second: readonly SecondReading[],
): Ratio {
  const byPlace = kindsByPlace(second);
  let right = 0;
  let total = 0;
  for (const k of key) {
    if (byPlace.get(placeOf(k)) !== k.kind) continue;
    total++;
    if (findSentence(findings, k.article, k.text)?.kind === k.kind) right++;
  }
  return { right, total };
}

/** The two readers' agreement over every cluster of a split that has a second reading. */
export function splitAgreement(clusters: readonly { dir: string; key: { sentences?: readonly KeySentence[] } | null }[]): Agreement | null {
  const key: KeySentence[] = [];
  const second: SecondReading[] = [];
  let found = false;
  for (const c of clusters) {
    const reading = c.key ? secondReadingOf(c.dir) : null;
    if (!c.key || !reading) continue;
    found = true;
    key.push(...(c.key.sentences ?? []));
    second.push(...reading);
  }
  return found ? agreement(key, second) : null;
}
