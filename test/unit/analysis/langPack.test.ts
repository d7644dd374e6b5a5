import { describe, expect, it } from 'vitest';
import type { LangPack } from '../../../src/core/analysis/lang';
import { en } from '../../../src/core/analysis/lang/en';
import { classifySentences } from '../../../src/core/analysis/opinion';
import { prepare } from '../../../src/core/analysis/prep';
import { findQuotes } from '../../../src/core/analysis/quotes';
import { article } from './seeds';

/** A value of the same shape that knows no word: empty lists, patterns that match nothing, tests that fail. */
function blank(value: unknown): unknown {
  if (value instanceof Set) return new Set();
  if (value instanceof Map) return new Map();
  if (value instanceof RegExp) return /(?!)/;
  if (Array.isArray(value)) return [];
  if (typeof value === 'function') return () => false;
  if (typeof value === 'string') return '\u0000';
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, blank(v)]));
  return value;
}

const words = (s: string): Set<string> => new Set(s.split(' '));

/**
 * A toy pack for a few words of German, every other field of the English pack left empty: if the finders read
 * their words only from the pack, these are all they know.
 */
function toyGerman(): LangPack {
  const pack = blank(en) as LangPack;
  return {
    ...pack,
    code: 'de',
    singularOf: (w: string) => w,
    attributionVerbs: words('sagte erklärte betonte'),
    firstPerson: words('ich wir mein meine unser unsere'),
    firstPersonSubjects: words('ich wir'),
    loadedWords: words('skandalös katastrophal'),
    functionWords: { ...pack.functionWords, that: words('dass'), the: words('der die das') },
  };
}

/** The kind of each sentence, each read as an article of its own (so no passage lends it a voice). */
function kinds(lang: LangPack, sentences: string[]): string[] {
  return sentences.map((text) => {
    const p = prepare(article('de', text), lang);
    return classifySentences(lang, p, findQuotes(lang, p), [])
      .map((s) => s.kind)
      .join(' ');
  });
}

describe('a second language needs only a pack', () => {
  const text = ['Die Ministerin sagte, dass der Hafen im Mai schließt.', 'Ich finde den Plan skandalös.', 'Der Hafen liegt am Fluss.'];

  it('reads attribution, opinion and reporting in German from a toy German pack', () => {
    expect(kinds(toyGerman(), text)).toEqual(['attributed', 'opinion', 'reporting']);
  });

  it('does not with the English pack, which knows none of those words', () => {
    expect(kinds(en, text)).toEqual(['reporting', 'reporting', 'reporting']);
  });

  it("finds a quote's speaker by the toy pack's speech verb", () => {
    const speakers = (lang: LangPack): (string | null)[] => {
      const p = prepare(article('de', '"Der Plan ist ein Fehler", sagte Anna Schmidt am Montag.'), lang);
      return findQuotes(lang, p).map((q) => q.speaker);
    };
    expect(speakers(toyGerman())).toEqual(['Anna Schmidt']);
    expect(speakers(en)).not.toEqual(['Anna Schmidt']);
  });
});
