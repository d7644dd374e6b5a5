import catalog from '../../assets/articles/catalog.json';
import { libraryFromCatalog } from '../core/library';
import { loadLevelText, needsGenerator, type LoadedLevel } from '../core/levelLoad';
import type { Library } from '../core/library';
import type { RoundGenerator } from '../core/levelValidate';

const articleTexts = import.meta.glob<string>('../../assets/articles/*.txt', { query: '?raw', import: 'default', eager: true });
const levelTexts = import.meta.glob<string>(['../../levels/*.json', '!../../levels/*.schema.json'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

export function bundledLibrary(): { library: Library; errors: string[] } {
  const byName = new Map(Object.entries(articleTexts).map(([path, text]) => [baseName(path), text]));
  return libraryFromCatalog(catalog, (file) => byName.get(file));
}

/** The engine is big and most levels do not need it: load it only for levels that generate rounds. */
export async function generatorFor(texts: readonly string[]): Promise<RoundGenerator | undefined> {
  if (!texts.some(needsGenerator)) return undefined;
  return (await import('../core/generate')).generateRounds;
}

export async function loadLevelFromText(file: string, text: string, library: Library): Promise<LoadedLevel> {
  return loadLevelText(file, text, library, await generatorFor([text]));
}

export async function bundledLevels(library: Library): Promise<LoadedLevel[]> {
  const entries = Object.entries(levelTexts).map(([path, text]) => ({ file: `levels/${baseName(path)}`, text }));
  const generate = await generatorFor(entries.map((e) => e.text));
  return entries.map(({ file, text }) => loadLevelText(file, text, library, generate));
}
