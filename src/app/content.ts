import first from 'virtual:shipped-levels/first';
import type { Article } from '../core/articleModel';
import type { LoadedLevel } from '../core/levelLoad';
import type { Library } from '../core/library';
import type { LevelFile } from '../core/levelSchema';
import type { RoundGenerator, ValidLevel } from '../core/levelValidate';
import { fromShipped, type ShippedChunk } from './shippedTypes';
import type { loadLevelOffPage } from './levelOffPage';
import { needsGenerator } from '../core/levelNeeds';

/**
 * Shipped levels arrive checked (see src/cli/shippedLevelsPlugin.ts): the first level and its
 * articles are in the first load, the others come while the player reads. Only a level from
 * outside (a file, a URL) goes through the validator, which then loads on demand.
 */

function addChunk(chunk: ShippedChunk, library: Map<string, Article>): LoadedLevel[] {
  for (const a of chunk.articles) if (!library.has(a.id)) library.set(a.id, fromShipped(a));
  const loaded: LoadedLevel[] = chunk.levels.map((l) => {
    const articles = new Map<string, Article>();
    for (const a of l.inline) articles.set(a.id, fromShipped(a));
    for (const id of l.articleIds) {
      const found = articles.get(id) ?? library.get(id);
      if (found) articles.set(id, found);
    }
    const file = { ...l.file, rounds: l.rounds, articles: l.articleIds } as LevelFile;
    const level: ValidLevel = { file, articles, rounds: l.rounds };
    return { ok: true, file: `levels/${l.file.id}.json`, level };
  });
  for (const b of chunk.broken) loaded.push({ ok: false, file: b.file, problems: [], lines: b.problems });
  return loaded;
}

/**
 * The bundled articles known so far, as one Map that fills up as the rest arrive (the editor and
 * the level loader keep the same reference).
 */
export function bundledLibrary(): { library: Map<string, Article>; errors: string[] } {
  return { library: new Map<string, Article>(), errors: [] };
}

/** The first level on the list, ready to play. */
export async function bundledLevels(library: Map<string, Article>): Promise<LoadedLevel[]> {
  return addChunk(first, library);
}

/** Every other shipped level (and the rest of the catalog): call when the page is idle. */
export async function moreBundledLevels(library: Map<string, Article>): Promise<LoadedLevel[]> {
  const rest = (await import('virtual:shipped-levels/rest')).default;
  return addChunk(rest, library);
}

/** The engine is big and most levels do not need it: load it only for levels that generate rounds. */
export async function generatorFor(texts: readonly string[]): Promise<RoundGenerator | undefined> {
  if (!texts.some(needsGenerator)) return undefined;
  return (await import('../core/generate')).generateRounds;
}

/** The worker plumbing loads only for a level that needs it. */
const inWorker: typeof loadLevelOffPage = async (file, text, library) => (await import('./levelOffPage')).loadLevelOffPage(file, text, library);

/**
 * A level from outside: the validator (zod, the JSON locator) loads with it. One that asks the
 * engine for rounds is worked out in a worker where the browser has one.
 */
export async function loadLevelFromText(file: string, text: string, library: Library, offPage: typeof loadLevelOffPage = inWorker): Promise<LoadedLevel> {
  if (needsGenerator(text)) {
    const loaded = await offPage(file, text, library);
    if (loaded) return loaded;
  }
  const { loadLevelText } = await import('../core/levelLoad');
  return loadLevelText(file, text, library, await generatorFor([text]));
}
