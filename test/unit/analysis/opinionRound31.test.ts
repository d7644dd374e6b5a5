import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one rule each. */
const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

describe('a body’s "we" going on with its work or counting what it lacks', () => {
  it('reads "We continue to deliver…" and "we still need $40 million…" with a detail as a report of its own work', () => {
    expect(kind('We also continue to deliver water to the camps hit by the 3 May floods.')).toBe('reporting');
    expect(kind('So far $12 million has been given, but we still need $40 million to shelter 90,000 people.')).toBe('reporting');
  });

  it('still reads a will: "We continue to stand with…", "We need to act…"', () => {
    expect(kind('We continue to stand with the families hit by the 3 May floods.')).toBe('opinion');
    expect(kind('We need to act before the deadline in 12 days.')).toBe('opinion');
  });
});
