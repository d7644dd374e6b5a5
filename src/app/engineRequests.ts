import type { Article } from '../core/articleModel';
import type { DraftArticle } from '../editor/draft';

/** What the engine worker is asked: a level's text and the articles it may name, or a draft's suggestions. */
export type EngineRequest = { kind: 'level'; file: string; text: string; library: [string, Article][] } | { kind: 'suggest'; articles: DraftArticle[]; seed: number };

/** A fresh engine worker (the bundler turns the URL into the worker's own file). */
export const engineWorker = (): Worker => new Worker(new URL('./engineWorker.ts', import.meta.url), { type: 'module' });
