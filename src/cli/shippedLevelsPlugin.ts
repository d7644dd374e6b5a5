import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { Article } from '../core/article';
import { articleBlocks } from '../core/articleLayout';
import { loadLevelText } from '../core/levelLoad';
import { generateRounds } from '../core/generate';
import { ARTICLES_DIR, LEVELS_DIR, loadNodeLibrary } from './nodeLibrary';
import type { ShippedArticle, ShippedChunk, ShippedLevel } from '../app/shippedTypes';

/**
 * Shipped levels are checked at build time (the same loader as `levels:check`, generated rounds
 * made here by the engine), so the browser receives them ready to play: no schema validator, no
 * JSON locator and no analysis engine on the first-load path.
 *
 * Two modules: `virtual:shipped-levels/first` holds the first level on the level list and its
 * articles (what the first round needs); `virtual:shipped-levels/rest` holds every other level
 * and the rest of the catalog, loaded while the player reads.
 */
const FIRST = 'virtual:shipped-levels/first';
const REST = 'virtual:shipped-levels/rest';

// Sentences travel as their spans (start, end, start, end, ...), found here by the engine's
// splitter, so the browser needs neither the segmenter nor the word lists to show a level; the
// kind of each line (headline, paragraph, caption...) is worked out here too, not on a phone.
const strip = (a: Article): ShippedArticle => {
  const { sentences, sectionStarts: _st, ...meta } = a;
  return { ...meta, spans: sentences.flatMap((s) => [s.start, s.end]), lineKinds: articleBlocks(a).map((b) => b.kind) };
};

export function buildShippedChunks(): { first: ShippedChunk; rest: ShippedChunk } {
  const { library, errors } = loadNodeLibrary();
  const files = readdirSync(LEVELS_DIR)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort();
  const levels: ShippedLevel[] = [];
  const broken: ShippedChunk['broken'] = errors.length ? [{ file: 'assets/articles/catalog.json', problems: errors }] : [];
  for (const name of files) {
    const file = `levels/${name}`;
    const loaded = loadLevelText(file, readFileSync(join(LEVELS_DIR, name), 'utf8'), library, generateRounds);
    if (!loaded.ok) {
      broken.push({ file, problems: loaded.lines });
      continue;
    }
    const { level } = loaded;
    const { rounds: _entries, articles: _refs, ...meta } = level.file;
    levels.push({
      file: meta,
      rounds: level.rounds,
      articleIds: [...level.articles.keys()],
      // Inline articles travel with their level; catalog ones are shared through the chunk's table.
      inline: [...level.articles.values()].filter((a) => library.get(a.id) !== a).map(strip),
    });
  }
  levels.sort((a, b) => a.file.order - b.file.order);
  const [firstLevel, ...others] = levels;
  const firstIds = new Set(firstLevel ? firstLevel.articleIds.filter((id) => library.has(id)) : []);
  const catalog = [...library.values()];
  return {
    first: { levels: firstLevel ? [firstLevel] : [], articles: catalog.filter((a) => firstIds.has(a.id)).map(strip), broken },
    rest: { levels: others, articles: catalog.filter((a) => !firstIds.has(a.id)).map(strip), broken: [] },
  };
}

export function shippedLevelsPlugin(): Plugin {
  let cache: ReturnType<typeof buildShippedChunks> | null = null;
  let building = false;
  return {
    name: 'lateral-shipped-levels',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(id) {
      return id === FIRST || id === REST ? `\0${id}` : undefined;
    },
    load(id) {
      if (id !== `\0${FIRST}` && id !== `\0${REST}`) return undefined;
      for (const dir of [LEVELS_DIR, ARTICLES_DIR]) for (const f of readdirSync(dir)) this.addWatchFile(join(dir, f));
      cache ??= buildShippedChunks();
      // A release never ships a level that fails its check; the dev server shows it on the title instead.
      if (building && cache.first.broken.length > 0) {
        this.error(`shipped levels with problems (run npm run levels:check):\n${cache.first.broken.flatMap((b) => b.problems).join('\n')}`);
      }
      const chunk = id === `\0${FIRST}` ? cache.first : cache.rest;
      // JSON.parse of one string literal is faster to load than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(chunk))});`;
    },
    watchChange(id) {
      if (id.startsWith(LEVELS_DIR) || id.startsWith(ARTICLES_DIR)) cache = null;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(LEVELS_DIR) && !file.startsWith(ARTICLES_DIR)) return undefined;
      cache = null;
      for (const id of [FIRST, REST]) {
        const mod = server.moduleGraph.getModuleById(`\0${id}`);
        if (mod) server.moduleGraph.invalidateModule(mod);
      }
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
