/**
 * Discernment as signal detection: on every item a player either flags something (a copy, a
 * contradiction, an author's view) or lets it pass. Hits and false alarms together say whether
 * they tell the two kinds apart (d′) and which way they lean (criterion c). A game that only
 * rewards doubt would push c down; what we want is a high d′ with c near zero.
 */

export interface Decision {
  /** The thing is there: the outlet printed it, the figures contradict, the author adds a view. */
  signal: boolean;
  /** The player said it is there. */
  response: boolean;
}

export interface Tally {
  hits: number;
  misses: number;
  falseAlarms: number;
  correctRejections: number;
}

/** How a player leans: too ready to flag (liberal), too ready to let pass (conservative). */
export type Reading = 'few' | 'sharp' | 'liberal' | 'conservative' | 'guessing' | 'fair';

export interface Discernment extends Tally {
  /** null when there were no items of one kind: sensitivity needs both. */
  dPrime: number | null;
  criterion: number | null;
  reading: Reading;
}

export function tally(decisions: readonly Decision[]): Tally {
  const t: Tally = { hits: 0, misses: 0, falseAlarms: 0, correctRejections: 0 };
  for (const d of decisions) {
    if (d.signal) d.response ? t.hits++ : t.misses++;
    else d.response ? t.falseAlarms++ : t.correctRejections++;
  }
  return t;
}

/**
 * Rates of 0 and 1 give infinite z-scores; the usual correction (Macmillan & Kaplan 1985)
 * moves them half an item in: 0 → 1/(2N), 1 → 1 − 1/(2N).
 */
export function correctedRate(count: number, n: number): number {
  if (n <= 0) throw new RangeError('a rate needs at least one item');
  const rate = count / n;
  if (rate <= 0) return 1 / (2 * n);
  if (rate >= 1) return 1 - 1 / (2 * n);
  return rate;
}

/**
 * Inverse of the standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9).
 * No Newton refinement: with an erfc good to only ~1e-7 a refinement step made it less exact.
 */
export function probit(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`probit needs 0 < p < 1, got ${p}`);
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  let x: number;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  } else if (p <= 1 - low) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  return x;
}

/** Above this |c| the lean is worth telling the player about. */
const LEAN = 0.5;
/** d′ from which two kinds are told apart well; below GUESS it is close to chance. */
const SHARP = 1.5;
const GUESS = 0.5;

export function discernment(decisions: readonly Decision[]): Discernment {
  return discernmentOf(tally(decisions));
}

/** The same reading from counts alone: what saved progress keeps across plays. */
export function discernmentOf(t: Tally): Discernment {
  const signals = t.hits + t.misses;
  const noise = t.falseAlarms + t.correctRejections;
  if (signals === 0 || noise === 0) return { ...t, dPrime: null, criterion: null, reading: 'few' };
  const zH = probit(correctedRate(t.hits, signals));
  const zF = probit(correctedRate(t.falseAlarms, noise));
  const dPrime = zH - zF;
  const criterion = -(zH + zF) / 2;
  const reading: Reading = criterion > LEAN ? 'conservative' : criterion < -LEAN ? 'liberal' : dPrime >= SHARP ? 'sharp' : dPrime < GUESS ? 'guessing' : 'fair';
  return { ...t, dPrime, criterion, reading };
}
