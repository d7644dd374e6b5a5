import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one rule per case: the faults of the hand audit of issue 9. */
const finding = (text: string) => analyze([article('a', text)]).sentences[0];

describe('evaluative words inside an allegation are the accuser’s (F8)', () => {
  it('does not read "unfair" in "settled allegations that … were unfair" as the writer’s loaded word', () => {
    const s = finding('Five years ago, the regulator and the airline agreed to settle allegations that its baggage fees were unfair and deceptive.');
    expect(s?.kind).not.toBe('opinion');
    expect(s?.cues).not.toContain('loaded-words');
    // Whose claim it carries is not plain: too unsure for a round that teaches "reporting".
    expect(s?.confidence).toBeLessThan(0.85);
  });

  it('reads the content of "accused X of …" and of "complaints of …" as the charge', () => {
    expect(finding('The union accused the mining company of a brutal campaign against its members in March.')?.kind).not.toBe('opinion');
    expect(finding('Residents filed complaints of brutal treatment by the guards in March.')?.kind).not.toBe('opinion');
  });

  it('still reads the same words as the writer’s own where no allegation frames them', () => {
    const s = finding('The airline’s baggage fees were unfair and deceptive from the start.');
    expect(s?.kind).toBe('opinion');
    expect(s?.cues).toContain('loaded-words');
  });
});
