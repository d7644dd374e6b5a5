import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../core/analysis';
import { loadNodeLibrary, ROOT } from './nodeLibrary';
import { scoreCopies, scoreFigureGroups, scoreSentenceKinds, ratio, type KeyGroup, type KeyPassage, type KeySentence } from './qualityScore';

/**
 * The five seed articles against their hand-labelled key (test/fixtures/seed-key): a regression
 * set, not the measure (the engine was tuned on them). The seed key lists figure groups only,
 * so figures it does not mention are ignored when judging a group's purity.
 */
export const SEED_KEY_DIR = join(ROOT, 'test', 'fixtures', 'seed-key');

export function seedQuality(dir = SEED_KEY_DIR) {
  const load = <T>(file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
  const groups = load<{ groups: KeyGroup[] }>('figureGroups.json').groups;
  const passages = load<{ passages: KeyPassage[] }>('copies.json').passages;
  const labelled = load<{ sentences: KeySentence[] }>('sentences.json').sentences;
  // The library also holds the articles of later levels: the seed set is the five the key labels.
  const seedIds = new Set([...groups.flatMap((g) => g.members), ...passages.flatMap((p) => p.carriers), ...labelled].map((x) => x.article));
  const articles = [...loadNodeLibrary().library.values()].filter((a) => seedIds.has(a.id));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const findings = analyze(articles);
  const figureGroups = scoreFigureGroups(findings, byId, { groups, complete: false });
  const copies = scoreCopies(findings, byId, passages);
  const sentences = scoreSentenceKinds(findings, labelled);
  const perKind = Object.fromEntries(
    Object.keys(sentences.confusion).map((k) => {
      const row = (j: string): Record<string, number> => sentences.confusion[j] ?? {};
      const kinds = Object.keys(sentences.confusion);
      const tp = row(k)[k] ?? 0;
      const predicted = kinds.reduce((sum, j) => sum + (row(j)[k] ?? 0), 0);
      const actual = kinds.reduce((sum, j) => sum + (row(k)[j] ?? 0), 0);
      return [k, { precision: predicted ? tp / predicted : 1, recall: actual ? tp / actual : 1 }];
    }),
  );
  return { copies, figureGroups, sentences, sentenceAccuracy: ratio(sentences.kinds), perKind };
}
