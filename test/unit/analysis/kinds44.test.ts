import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article, datedArticle } from './seeds';

/** Issue 9, forty-fourth session: words of saying read by their grammar, and a publisher's own stance. Invented sentences. */

const kindOf = (sentence: string) => analyze([article('a', sentence)]).sentences[0]?.kind;
/** The kind of a sentence in a release by the named outlet. */
const ownKindOf = (outlet: string, sentence: string) => analyze([datedArticle('a', outlet, '2024-07-19', sentence)]).sentences[0]?.kind;

describe('kinds: "conclude" speaks only with a claim after it', () => {
  it('reads "the plea concludes a criminal matter that dates back" and "the season concludes today" as reports', () => {
    expect(kindOf('The guilty plea concludes a criminal matter that dates back to March 2018.')).toBe('reporting');
    expect(kindOf('The hurricane season officially concludes today after 21 named storms.')).toBe('reporting');
  });

  it('still credits "the experts conclude that…"', () => {
    expect(kindOf('However, the experts conclude that the association is strongly suspected.')).toBe('attributed');
  });
});

describe('kinds: nouns that look like verbs of saying', () => {
  it('reads "under an excessive heat warning." and "the five Gulf states announced" without a speaker in "warning" or "states"', () => {
    expect(kindOf('During the last week of June, most of the region was under a National Weather Service excessive heat warning.')).toBe('reporting');
    const gulf = analyze([article('a', 'On Oct. 5, 2015 the United States and the five Gulf states announced a proposed settlement.')]).sentences[0];
    expect(gulf?.evidence['attribution-verb']).not.toBe('states');
  });

  it('reads "the settlement noted above" as a report', () => {
    expect(kindOf('Under the settlement noted above, the company will pay $4.9 billion to the states.')).toBe('reporting');
  });

  it('still credits "The Government estimates…"', () => {
    expect(kindOf('The Government estimates around 1.5 million people are potentially affected.')).toBe('attributed');
  });
});

describe('kinds: a publisher stating its own stance is still credited', () => {
  it('credits "CDC believes that…", "FDA is warning consumers…" and "IOM estimates that…" in their own releases', () => {
    expect(ownKindOf('Centers for Disease Control and Prevention (CDC)', 'Given current information, CDC believes that the risk to the public remains low.')).toBe('attributed');
    expect(ownKindOf('U.S. Food and Drug Administration (FDA)', 'FDA is warning consumers and health care practitioners not to purchase or use the eye drops.')).toBe('attributed');
    expect(ownKindOf('International Organization for Migration (IOM)', 'IOM estimates that over 909,000 migrants have entered Europe by sea so far this year.')).toBe('attributed');
  });

  it('still reads its own act as a report ("CDC announced new guidance")', () => {
    expect(ownKindOf('Centers for Disease Control and Prevention (CDC)', 'CDC announced new guidance for clinicians on Friday.')).toBe('reporting');
  });
});

describe('kinds: a participle before a state of people qualifies its noun', () => {
  it('reads "refugees reported dead in the blasts" as a report, and still credits "police reported that two were dead"', () => {
    expect(kindOf('Some 503 referrals were received for refugees reported dead in the blasts, injured or in need of assistance.')).toBe('reporting');
    expect(kindOf('Police reported that two people were dead after the blasts.')).toBe('attributed');
  });
});
