import { describe, expect, it } from 'vitest';
import { fnv1a, fnv1aStep, FNV_OFFSET } from '../../../src/core/hash';

describe('the one FNV-1a hash', () => {
  it('gives the published 32-bit FNV-1a values', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('hashes pieces as one string when continued from the previous hash', () => {
    expect(fnv1a('bar', fnv1a('foo'))).toBe(fnv1a('foobar'));
    expect(fnv1a('b', fnv1aStep(fnv1a('a'), 32)) >>> 0).toBe(fnv1a('a b'));
    expect(fnv1aStep(FNV_OFFSET, 97) >>> 0).toBe(fnv1a('a'));
  });
});
