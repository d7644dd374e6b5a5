import { describe, expect, it } from 'vitest';
import { buildShippedChunks } from '../../../src/cli/shippedLevelsPlugin';
import { loadNodeLibrary } from '../../../src/cli/nodeLibrary';
import { fromShipped } from '../../../src/app/shippedTypes';
import { articleBlocks } from '../../../src/core/articleLayout';
import { createArticle } from '../../../src/core/article';

describe('shipped articles', () => {
  const { first, rest } = buildShippedChunks();
  const { library } = loadNodeLibrary();
  const shipped = [...first.articles, ...rest.articles, ...[...first.levels, ...rest.levels].flatMap((l) => l.inline)];

  it('arrive with the sentences and the reader layout the engine finds at build time', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(library.size);
    for (const a of shipped) {
      const { text, spans: _spans, lineKinds: _kinds, ...meta } = a;
      const built = createArticle(meta, text);
      const played = fromShipped(a);
      expect(played.sentences.map((s) => [s.id, s.start, s.end, s.text, s.sectionId])).toEqual(built.sentences.map((s) => [s.id, s.start, s.end, s.text, s.sectionId]));
      expect(articleBlocks(played)).toEqual(articleBlocks(built));
    }
  });

  it('carry no sentence objects or section offsets, only spans and line kinds', () => {
    for (const a of shipped) {
      expect(a).not.toHaveProperty('sentences');
      expect(a.spans.length % 2).toBe(0);
      expect(a.lineKinds.length).toBe(a.text.split('\n').filter((l) => l.trim()).length);
    }
  });
});
