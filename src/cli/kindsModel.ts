import { fnv1a } from '../core/hash';
import type { Token } from '../core/analysis/text';
import type { Cue, OpinionKind } from '../core/analysis/types';

/**
 * A small learned reading of sentence kinds: multinomial logistic regression over hashed features
 * of a sentence (its words outside quotation marks, its shape) and, optionally, of what the rules
 * in core/analysis/opinion.ts concluded about it (their kind, the cues that fired, how sure they
 * were, how much of the article they read as opinion).
 *
 * Why it exists: the rules were written cluster by cluster and carry over to unseen articles only
 * partly; kindsLoco.ts measures, leave-one-cluster-out, whether a model fitted to all labelled
 * sentences at once would read unseen clusters better. Why it lives in src/cli and not in the
 * engine: on the dev split it did not clearly do so (`kinds:loco -- --untuned`, 2026-12-02: the
 * rules' carry-over 0.78, the best model variant 0.79, better on 11 clusters and worse on 3,
 * short of the 0.80+ that would pay for a model in the engine), so the engine keeps the rules
 * alone. The features are language-neutral (whatever the tokeniser gives); a trained model would
 * belong to one language.
 */

export const KIND_CLASSES: readonly OpinionKind[] = ['reporting', 'attributed', 'opinion'];

/** What the features of one sentence are read from. */
export interface KindInput {
  text: string;
  tokens: readonly Token[];
  /** Position of the sentence among its article's sentences. */
  index: number;
  count: number;
  /** The rules' reading, for models that use it. */
  rule?: {
    kind: OpinionKind;
    cues: readonly Cue[];
    confidence: number;
    furniture: boolean;
    /** Share of the article's body sentences the rules read as opinion (an opinion piece is full of them). */
    articleOpinion: number;
  };
}

export type FeatureSet = 'lexical' | 'lexical+rules';

// Opening and closing quotation marks of the common styles; straight quotes toggle.
const OPEN = new Set(['“', '«', '„', '‘', '‹', '「', '『']);
const CLOSE = new Set(['”', '»', '’', '›', '」', '』']);

/**
 * Which characters of `text` are inside quotation marks. Straight double quotes toggle; a curly
 * single ’ closes only after an opening ‘ (it is also an apostrophe).
 */
export function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let depth = 0;
  let straight = false;
  let single = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') {
      straight = !straight;
      continue;
    }
    if (ch === '‘') single++;
    else if (ch === '’' && single > 0) single--;
    else if (OPEN.has(ch) && ch !== '‘') depth++;
    else if (CLOSE.has(ch) && ch !== '’' && depth > 0) depth--;
    if (depth > 0 || straight || single > 0) mask[i] = 1;
  }
  return mask;
}

const bin = (x: number, edges: readonly number[]): number => {
  let b = 0;
  while (b < edges.length && x >= (edges[b] as number)) b++;
  return b;
};

/** Digits read as one shape ("2,500" and "17" are both a number). */
const shapeOf = (norm: string): string => (/^\d/.test(norm) ? '#' : norm);

/** The named features of one sentence (before hashing): readable, for tests and for pruning. */
export function kindFeatureNames(input: KindInput, set: FeatureSet): string[] {
  const { text, tokens } = input;
  const mask = quotedMask(text);
  const out: string[] = ['bias'];
  const outside: string[] = [];
  let quotedTokens = 0;
  for (const t of tokens) {
    if (mask[t.start] === 1) quotedTokens++;
    else outside.push(shapeOf(t.norm));
  }
  for (const w of new Set(outside)) out.push(`w:${w}`);
  for (let k = 0; k + 1 < outside.length; k++) out.push(`b:${outside[k]} ${outside[k + 1]}`);
  out.push(`first:${outside[0] ?? ''}`);
  // The end of a sentence holds its tag (", he said."); its start, its opener ("However,").
  out.push(`last:${outside[outside.length - 1] ?? ''}`);
  if (outside.length >= 2) out.push(`last2:${outside[outside.length - 2]} ${outside[outside.length - 1]}`);
  const share = tokens.length ? quotedTokens / tokens.length : 0;
  out.push(`quoted:${bin(share, [0.01, 0.3, 0.6, 0.9])}`);
  out.push(`len:${bin(tokens.length, [6, 12, 20, 30, 45])}`);
  const trimmed = text.trim();
  if (/^["“«„‘]/.test(trimmed)) out.push('opens-quote');
  if (/\?["”»’]?$/.test(trimmed)) out.push('ends-?');
  if (/!["”»’]?$/.test(trimmed)) out.push('ends-!');
  if (/:$/.test(trimmed)) out.push('ends-:');
  if (/\d/.test(text)) out.push('digit');
  out.push(`pos:${input.index === 0 ? 'first' : bin(input.index / Math.max(1, input.count), [0.25, 0.5, 0.75])}`);
  if (set === 'lexical+rules' && input.rule) {
    const r = input.rule;
    out.push(`r:${r.kind}`, `r:${r.kind}:conf${bin(r.confidence, [0.6, 0.75, 0.85])}`);
    for (const c of r.cues) out.push(`c:${c}`, `c:${c}:${r.kind}`);
    if (r.furniture) out.push('furniture');
    out.push(`art-opinion:${bin(r.articleOpinion, [0.05, 0.15, 0.3])}`, `art-opinion:${bin(r.articleOpinion, [0.05, 0.15, 0.3])}:${r.kind}`);
  }
  return out;
}

/** Hashed feature indices (distinct) in [0, dims). */
export function hashFeatures(names: readonly string[], dims: number): number[] {
  const idx = new Set<number>();
  for (const n of names) idx.add(fnv1a(n) % dims);
  return [...idx].sort((a, b) => a - b);
}

export interface Sample {
  x: readonly number[];
  y: number;
}

export interface TrainOptions {
  dims: number;
  classes: number;
  /** L2 penalty per sample. */
  l2: number;
  iterations: number;
  rate: number;
}

export const DEFAULT_TRAIN: Omit<TrainOptions, 'dims'> = { classes: 3, l2: 0.01, iterations: 200, rate: 0.5 };

/**
 * Softmax regression by full-batch gradient descent with AdaGrad steps: deterministic (no random
 * order, no random start), so the same samples always give the same weights. Weights are laid
 * out feature-major: w[f * classes + c].
 */
export function trainSoftmax(samples: readonly Sample[], o: TrainOptions): Float64Array {
  const C = o.classes;
  const w = new Float64Array(o.dims * C);
  const g = new Float64Array(o.dims * C);
  const acc = new Float64Array(o.dims * C);
  const p = new Float64Array(C);
  const n = Math.max(1, samples.length);
  for (let it = 0; it < o.iterations; it++) {
    g.fill(0);
    for (const s of samples) {
      scoresInto(w, s.x, C, p);
      softmaxInPlace(p);
      p[s.y] = (p[s.y] as number) - 1;
      for (const f of s.x) for (let c = 0; c < C; c++) g[f * C + c] = (g[f * C + c] as number) + (p[c] as number) / n;
    }
    for (let i = 0; i < w.length; i++) {
      const grad = (g[i] as number) + o.l2 * (w[i] as number);
      if (grad === 0) continue;
      acc[i] = (acc[i] as number) + grad * grad;
      w[i] = (w[i] as number) - (o.rate * grad) / Math.sqrt(acc[i] as number);
    }
  }
  return w;
}

function scoresInto(w: ArrayLike<number>, x: readonly number[], C: number, out: Float64Array): void {
  out.fill(0);
  for (const f of x) for (let c = 0; c < C; c++) out[c] = (out[c] as number) + (w[f * C + c] as number);
}

function softmaxInPlace(p: Float64Array): void {
  let max = -Infinity;
  for (const v of p) if (v > max) max = v;
  let sum = 0;
  for (let c = 0; c < p.length; c++) {
    p[c] = Math.exp((p[c] as number) - max);
    sum += p[c] as number;
  }
  for (let c = 0; c < p.length; c++) p[c] = (p[c] as number) / sum;
}

/** Class probabilities for one sentence's hashed features. */
export function predictSoftmax(w: ArrayLike<number>, x: readonly number[], classes: number): Float64Array {
  const p = new Float64Array(classes);
  scoresInto(w, x, classes, p);
  softmaxInPlace(p);
  return p;
}
