import { normalizeText } from './text';

/**
 * Whether two sentences are the same sentence with small edits ("tremor" / "temblor", brackets
 * inside a quote): nearly all the words of each are in the other. Who-said-it counts such a copy
 * as printing the sentence.
 */
export function isNearCopy(a: string, b: string, threshold = 0.85): boolean {
  const wa = normalizeText(a).split(' ').filter(Boolean);
  const wb = normalizeText(b).split(' ').filter(Boolean);
  if (wa.length < 6 || wb.length < 6) return false;
  const sa = new Set(wa);
  const sb = new Set(wb);
  const inB = wa.filter((w) => sb.has(w)).length / wa.length;
  const inA = wb.filter((w) => sa.has(w)).length / wb.length;
  return Math.min(inA, inB) >= threshold;
}
