import { fnv1a, FNV_OFFSET } from './hash';
/**
 * Seeded randomness so a level replays the same for a given seed (mulberry32: tiny, fast,
 * good enough for shuffling options; not for anything secret).
 */
export type Rng = () => number;

export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates on a copy. */
export function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Derive a sub-seed from a seed and a label, so adding a round does not reshuffle the others. */
export function deriveSeed(seed: number, label: string): number {
  return fnv1a(label, (seed ^ FNV_OFFSET) >>> 0);
}
