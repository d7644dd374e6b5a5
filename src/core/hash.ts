/**
 * 32-bit FNV-1a, the one hash of the code base: fast, stable across runs and platforms.
 * Used for sub-seeds (rng.ts), shingles and band keys (analysis). Not for anything secret.
 */
export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Mix one value (a UTF-16 code unit, or any 32-bit number) into the hash `h`. */
export function fnv1aStep(h: number, value: number): number {
  return Math.imul(h ^ value, FNV_PRIME);
}

/** The hash of `s`, continuing from `h` (so several pieces can be hashed as one string). Unsigned. */
export function fnv1a(s: string, h: number = FNV_OFFSET): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}
