import { analyze } from '../core/analysis';
import { KIND_CLASSES, type KindInput } from './kindsModel';
import { tokenize } from '../core/analysis/text';
import type { OpinionKind, SentenceFinding } from '../core/analysis/types';
import { CORPUS_DIR, loadSplit, type Split } from './corpus';
import { findSentence } from './qualityScore';

/**
 * The labelled sentences of a corpus split, each with what the engine's rules made of it: the
 * data the sentence-kind model is trained on (trainKinds.ts) and measured with (kindsLoco.ts).
 * A key sentence the engine does not find as a sentence has no input: it counts as wrong for
 * every method, as in `npm run quality`.
 */

export interface LabelledSentence {
  cluster: string;
  article: string;
  text: string;
  label: number;
  /** null: the engine has no such sentence. */
  input: KindInput | null;
}

/** What the model reads of an engine sentence. */
export type SentenceReading = Pick<SentenceFinding, 'article' | 'text' | 'kind' | 'cues' | 'confidence' | 'furniture'>;

/** The model's input for each engine sentence of one article, in article order. */
export function kindInputs<S extends SentenceReading>(sentences: readonly S[]): Map<S, KindInput> {
  const body = sentences.filter((s) => !s.furniture);
  const articleOpinion = body.length ? body.filter((s) => s.kind === 'opinion').length / body.length : 0;
  return new Map(
    sentences.map((s, index) => [
      s,
      {
        text: s.text,
        tokens: tokenize(s.text),
        index,
        count: sentences.length,
        rule: { kind: s.kind, cues: s.cues, confidence: s.confidence, furniture: s.furniture, articleOpinion },
      },
    ]),
  );
}

/**
 * `readings`: another engine's sentences for a cluster (kindsLoco --untuned: the engine as it was
 * before the cluster was labelled); by default today's engine reads it.
 */
export function labelledSentences(split: Split, root = CORPUS_DIR, readings?: (cluster: string) => readonly SentenceReading[] | undefined): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  for (const cluster of loadSplit(root, split)) {
    if (!cluster.key || cluster.articles.length === 0) continue;
    const findings = { sentences: readings?.(cluster.id) ?? analyze(cluster.articles).sentences };
    const inputs = new Map<SentenceReading, KindInput>();
    for (const a of cluster.articles) for (const [s, inp] of kindInputs(findings.sentences.filter((s) => s.article === a.id))) inputs.set(s, inp);
    for (const k of cluster.key.sentences ?? []) {
      const label = KIND_CLASSES.indexOf(k.kind as OpinionKind);
      if (label < 0) continue;
      const s = findSentence(findings, k.article, k.text);
      out.push({ cluster: cluster.id, article: k.article, text: k.text, label, input: s ? (inputs.get(s) ?? null) : null });
    }
  }
  return out;
}
