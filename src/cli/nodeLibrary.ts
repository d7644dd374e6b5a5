import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { libraryFromCatalog } from '../core/library';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ARTICLES_DIR = join(ROOT, 'assets', 'articles');
export const LEVELS_DIR = join(ROOT, 'levels');

/** The bundled articles, read from disk. */
export function loadNodeLibrary() {
  const catalog = JSON.parse(readFileSync(join(ARTICLES_DIR, 'catalog.json'), 'utf8')) as unknown;
  return libraryFromCatalog(catalog, (file) => {
    const path = join(ARTICLES_DIR, file);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  });
}
