import { describe, expect, it } from 'vitest';
import { devHalf } from '../../../src/cli/quality';

describe('devHalf', () => {
  const clusters = ['delta', 'alpha', 'echo', 'charlie', 'bravo'].map((id) => ({ id }));

  it('splits the dev clusters by name order into two halves that share nothing and miss nothing', () => {
    const even = devHalf(clusters, 'even').map((c) => c.id);
    const odd = devHalf(clusters, 'odd').map((c) => c.id);
    expect(even).toEqual(['alpha', 'charlie', 'echo']);
    expect(odd).toEqual(['bravo', 'delta']);
  });

  it('keeps a cluster in its half whatever order the folder lists them in', () => {
    expect(devHalf([...clusters].reverse(), 'even')).toEqual(devHalf(clusters, 'even'));
  });
});
