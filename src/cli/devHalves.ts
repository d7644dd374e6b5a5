import { fnv1a } from '../core/hash';

/** A half of the dev clusters: a change written from one half's errors is judged on the other half. */
export type Half = 'even' | 'odd';

/**
 * A dev cluster's half, for checking changes on the half not looked at: by a hash of its name, so that a cluster keeps its
 * half when others are added (halves by alphabetical position moved every cluster after a new one to the other half).
 */
export const halfOf = (clusterId: string): Half => ((fnv1a(clusterId) >>> 7) % 2 === 0 ? 'even' : 'odd');

/**
 * The arguments of a dev-only diagnostic: the half it was asked for (`--half even|odd`), or why it
 * refuses to run. The test and holdout splits are measured in aggregate, never inspected `how`
 * (item by item, sentence by sentence).
 */
export function devHalfArgs(argv: readonly string[], tool: string, how: string): { half: Half | undefined } | { refusal: string } {
  const split = argv.includes('--split') ? argv[argv.indexOf('--split') + 1] : 'dev';
  if (split !== 'dev' || argv.includes('--holdout') || argv.includes('--test')) {
    return { refusal: `${tool} looks at the dev split only: the test and holdout splits are never inspected ${how}.` };
  }
  const half = argv.includes('--half') ? argv[argv.indexOf('--half') + 1] : undefined;
  if (half !== undefined && half !== 'even' && half !== 'odd') return { refusal: '--half takes "even" or "odd"' };
  return { half };
}
