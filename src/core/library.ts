import { createArticle, type Article } from './article';
import { catalogSchema, type InlineArticle } from './levelSchema';

/** Articles by id. The bundled catalog and a level's own inline articles both end up here. */
export type Library = ReadonlyMap<string, Article>;

/**
 * Build the library from catalog.json and the text of each file it names.
 * `readText` is the environment's way to get a file (fs in Node, bundled strings in the browser).
 */
export function libraryFromCatalog(
  catalogJson: unknown,
  readText: (file: string) => string | undefined,
): {
  library: Map<string, Article>;
  errors: string[];
} {
  const library = new Map<string, Article>();
  const errors: string[] = [];
  const parsed = catalogSchema.safeParse(catalogJson);
  if (!parsed.success) {
    errors.push(`assets/articles/catalog.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return { library, errors };
  }
  for (const entry of parsed.data.articles) {
    const text = readText(entry.file);
    if (text === undefined) {
      errors.push(`assets/articles/catalog.json: article "${entry.id}" names file "${entry.file}", which is missing`);
      continue;
    }
    const { file: _file, ...meta } = entry;
    library.set(entry.id, createArticle(meta, text));
  }
  return { library, errors };
}

export function articleFromInline(inline: InlineArticle): Article {
  const { text, ...meta } = inline;
  return createArticle(meta, text);
}
