import { createArticle, type Article } from '../../../src/core/article';
import { loadNodeLibrary } from '../../../src/cli/nodeLibrary';

export function seedArticles(): Article[] {
  // The library holds other events' articles too; the seeds are the five Geneva-talks texts.
  return [...loadNodeLibrary().library.values()].filter((a) => /^00\d$/.test(a.id));
}

/** A small article for unit tests: one paragraph per line, like the seeds. */
export function article(id: string, text: string, date = '2022-01-21'): Article {
  return createArticle({ id, outlet: { en: `Outlet ${id}`, es: `Medio ${id}` }, sourceKind: 'unknown', date }, text);
}

/** An invented article of a named outlet on a day (for rounds that weigh outlets and dates). */
export function datedArticle(id: string, outlet: string, date: string, text: string): Article {
  return createArticle({ id, outlet: { en: outlet, es: outlet }, sourceKind: 'unknown', date }, text);
}
