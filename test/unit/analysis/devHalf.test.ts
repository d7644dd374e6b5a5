import { describe, expect, it } from 'vitest';
import { devHalf } from '../../../src/cli/quality';

describe('devHalf', () => {
  const names = ['delta', 'alpha', 'echo', 'charlie', 'bravo', 'foxtrot', 'golf', 'hotel'];
  const clusters = names.map((id) => ({ id }));

  it('splits the dev clusters into two halves that share nothing and miss nothing', () => {
    const even = devHalf(clusters, 'even').map((c) => c.id);
    const odd = devHalf(clusters, 'odd').map((c) => c.id);
    expect([...even, ...odd].sort()).toEqual([...names].sort());
    expect(even.filter((id) => odd.includes(id))).toEqual([]);
    expect(even.length).toBeGreaterThan(0);
    expect(odd.length).toBeGreaterThan(0);
  });

  it('keeps every cluster in its half when a cluster is added, whatever its name', () => {
    const before = devHalf(clusters, 'even').map((c) => c.id);
    for (const added of ['aardvark', 'cobalt', 'zulu']) {
      const after = devHalf([...clusters, { id: added }], 'even').map((c) => c.id);
      expect(after.filter((id) => id !== added)).toEqual(before);
    }
  });

  it('keeps a cluster in its half whatever order the folder lists them in', () => {
    expect(devHalf([...clusters].reverse(), 'even')).toEqual(devHalf(clusters, 'even'));
  });
});
