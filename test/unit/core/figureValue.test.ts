import { describe, expect, it } from 'vitest';
import { canBothBeTrue, figureValue } from '../../../src/core/figureValue';

describe('reading a figure as an interval', () => {
  it('reads "more than" as a ray upwards and "up to" as bounded above', () => {
    expect(figureValue('more than 13,000')).toMatchObject({ lo: 13000, hi: Infinity, kind: 'atLeast' });
    expect(figureValue('up to 5,000 troops')).toMatchObject({ lo: 0, hi: 5000, kind: 'atMost', unit: 'troop' });
  });

  it('reads vague plurals as ranges', () => {
    expect(figureValue('tens of thousands')).toMatchObject({ lo: 10000, hi: 99999, kind: 'range' });
    expect(figureValue('hundreds of thousands of people')).toMatchObject({ lo: 100000, hi: 999999 });
  });

  it('reads scales, currency, percent and explicit ranges', () => {
    expect(figureValue('$2 billion')).toMatchObject({ lo: 2e9, hi: 2e9, unit: '$' });
    expect(figureValue('8.7M')).toMatchObject({ lo: 8.7e6 });
    expect(figureValue('3.5 million')).toMatchObject({ lo: 3.5e6 });
    expect(figureValue('3.50 million')).toMatchObject({ lo: 3.5e6 });
    expect(figureValue('20%')).toMatchObject({ lo: 20, unit: '%' });
    expect(figureValue('between 10 and 20 people')).toMatchObject({ lo: 10, hi: 20, kind: 'range' });
    expect(figureValue('10–20')).toMatchObject({ lo: 10, hi: 20, kind: 'range' });
  });

  it('gives "about" some room and compares durations in minutes', () => {
    const about = figureValue('about 90 minutes');
    const two = figureValue('scheduled to last two hours');
    expect(about?.kind).toBe('approx');
    expect(about?.lo).toBeLessThan(90);
    expect(about?.hi).toBeGreaterThan(90);
    expect(two).toMatchObject({ lo: 120, unit: 'minute' });
    expect(canBothBeTrue(about!, two!)).toBe(false);
  });

  it('finds no amount in dates and words without numbers', () => {
    expect(figureValue('on Thursday')).toBeNull();
    expect(figureValue('in 2014')).toBeNull();
    expect(figureValue('massive naval drills')).toBeNull();
    expect(figureValue('5:03 a.m.')).toBeNull();
    expect(figureValue('at 9 pm')).toBeNull();
  });

  it('takes the first figure of a phrase with several', () => {
    expect(figureValue('more than 140 warships and more than 60 aircraft')).toMatchObject({ lo: 140, unit: 'warship' });
  });

  it('says a bound and a figure inside it can both be true, and two different counts cannot', () => {
    expect(canBothBeTrue(figureValue('more than 13,000')!, figureValue('tens of thousands')!)).toBe(true);
    expect(canBothBeTrue(figureValue('100,000')!, figureValue('tens of thousands')!)).toBe(false);
    expect(canBothBeTrue(figureValue('more than 13,000')!, figureValue('more than 14,000')!)).toBe(true);
  });
});
