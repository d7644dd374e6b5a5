import { describe, expect, it } from 'vitest';
import { correctedRate, discernment, probit, tally, type Decision } from '../../../src/core/discernment';

/** `hits` of `signals` items flagged, `falseAlarms` of `noise` items flagged. */
function decided(hits: number, signals: number, falseAlarms: number, noise: number): Decision[] {
  return [
    ...Array.from({ length: signals }, (_, i) => ({ signal: true, response: i < hits })),
    ...Array.from({ length: noise }, (_, i) => ({ signal: false, response: i < falseAlarms })),
  ];
}

describe('probit (inverse normal CDF)', () => {
  it('matches table values in the middle and in both tails', () => {
    expect(probit(0.5)).toBeCloseTo(0, 9);
    expect(probit(0.8)).toBeCloseTo(0.841621, 6);
    expect(probit(0.975)).toBeCloseTo(1.959964, 6);
    expect(probit(0.95)).toBeCloseTo(1.644854, 6);
    // Below 0.02425 and above 1 − 0.02425 the approximation takes its tail branch.
    expect(probit(0.01)).toBeCloseTo(-2.326348, 6);
    expect(probit(0.999)).toBeCloseTo(3.090232, 6);
  });

  it('is symmetric: z(1 − p) = −z(p)', () => {
    for (const p of [0.001, 0.05, 0.2, 0.37]) expect(probit(1 - p)).toBeCloseTo(-probit(p), 9);
  });

  it('refuses 0, 1 and anything outside', () => {
    for (const p of [0, 1, -0.1, 1.5, Number.NaN]) expect(() => probit(p)).toThrow(RangeError);
  });
});

describe('corrected rates', () => {
  it('moves 0 and 1 half an item inwards (1/(2N)) and leaves other rates alone', () => {
    // 0 of 4 → 1/8 = 0.125; 4 of 4 → 1 − 1/8 = 0.875; 3 of 4 stays 0.75.
    expect(correctedRate(0, 4)).toBe(0.125);
    expect(correctedRate(4, 4)).toBe(0.875);
    expect(correctedRate(3, 4)).toBe(0.75);
  });

  it('needs at least one item', () => {
    expect(() => correctedRate(0, 0)).toThrow(RangeError);
  });
});

describe('tally', () => {
  it('sorts decisions into hits, misses, false alarms and correct rejections', () => {
    expect(tally(decided(3, 5, 1, 4))).toEqual({ hits: 3, misses: 2, falseAlarms: 1, correctRejections: 3 });
  });
});

describe('d′ and criterion c on hand-worked examples', () => {
  it('H = 0.8, F = 0.2: d′ = 1.683, c = 0, told apart fairly', () => {
    // 8 of 10 signals flagged, 2 of 10 noise items flagged.
    // z(0.8) = 0.8416, z(0.2) = −0.8416.
    // d′ = z(H) − z(F) = 0.8416 + 0.8416 = 1.6832; c = −(z(H) + z(F))/2 = 0.
    const d = discernment(decided(8, 10, 2, 10));
    expect(d.dPrime).toBeCloseTo(1.6832, 4);
    expect(d.criterion).toBeCloseTo(0, 9);
    expect(d.reading).toBe('sharp');
  });

  it('10/10 hits and 0/10 false alarms: corrected to 0.95 and 0.05, d′ = 3.290', () => {
    // H = 1 → 1 − 1/(2·10) = 0.95; F = 0 → 1/(2·10) = 0.05.
    // z(0.95) = 1.6449, z(0.05) = −1.6449 → d′ = 3.2897, c = 0.
    const d = discernment(decided(10, 10, 0, 10));
    expect(d.dPrime).toBeCloseTo(3.2897, 4);
    expect(d.criterion).toBeCloseTo(0, 9);
    expect(d.reading).toBe('sharp');
  });

  it('flags nearly everything (H = 0.9, F = 0.5): leans liberal', () => {
    // z(0.9) = 1.2816, z(0.5) = 0 → d′ = 1.2816; c = −(1.2816 + 0)/2 = −0.6408 (< −0.5).
    const d = discernment(decided(9, 10, 5, 10));
    expect(d.dPrime).toBeCloseTo(1.2816, 4);
    expect(d.criterion).toBeCloseTo(-0.6408, 4);
    expect(d.reading).toBe('liberal');
  });

  it('flags little (H = 0.5, F = 0.1): leans conservative', () => {
    // z(0.5) = 0, z(0.1) = −1.2816 → d′ = 1.2816; c = −(0 − 1.2816)/2 = +0.6408 (> 0.5).
    const d = discernment(decided(5, 10, 1, 10));
    expect(d.dPrime).toBeCloseTo(1.2816, 4);
    expect(d.criterion).toBeCloseTo(0.6408, 4);
    expect(d.reading).toBe('conservative');
  });

  it('H = F = 0.5: d′ = 0, guessing', () => {
    const d = discernment(decided(5, 10, 5, 10));
    expect(d.dPrime).toBeCloseTo(0, 9);
    expect(d.reading).toBe('guessing');
  });

  it('H = 0.7, F = 0.3: d′ = 1.049, c = 0, fair', () => {
    // z(0.7) = 0.5244, z(0.3) = −0.5244 → d′ = 1.0488, between 0.5 and 1.5.
    const d = discernment(decided(7, 10, 3, 10));
    expect(d.dPrime).toBeCloseTo(1.0488, 4);
    expect(d.reading).toBe('fair');
  });

  it('flagging everything on 4 + 4 items: both rates corrected, d′ = 0, c strongly liberal', () => {
    // H = 4/4 → 0.875, F = 4/4 → 0.875; z = 1.1503 each → d′ = 0, c = −1.1503.
    const d = discernment(decided(4, 4, 4, 4));
    expect(d.dPrime).toBeCloseTo(0, 9);
    expect(d.criterion).toBeCloseTo(-1.1503, 4);
    expect(d.reading).toBe('liberal');
  });

  it('says "few" when there are items of one kind only, or none', () => {
    expect(discernment(decided(3, 3, 0, 0))).toMatchObject({ dPrime: null, criterion: null, reading: 'few' });
    expect(discernment(decided(0, 0, 1, 2))).toMatchObject({ dPrime: null, reading: 'few' });
    expect(discernment([])).toMatchObject({ hits: 0, dPrime: null, reading: 'few' });
  });
});
