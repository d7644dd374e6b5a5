import { articleFromSpans, type Article, type ArticleMeta, type Span } from '../core/articleModel';
import type { BlockKind } from '../core/articleLayout';
import type { AuthoredRound, LevelFile } from '../core/levelSchema';

/** An article as shipped: its metadata, text, its sentences' spans as start, end pairs in one flat list, and its lines' kinds. */
export type ShippedArticle = ArticleMeta & { text: string; spans: number[]; lineKinds: BlockKind[]; [extra: string]: unknown };

/** A level checked at build time: its file (rounds and article references moved out), its rounds incl. generated ones. */
export interface ShippedLevel {
  file: Omit<LevelFile, 'rounds' | 'articles'> & Partial<Pick<LevelFile, 'rounds' | 'articles'>>;
  rounds: AuthoredRound[];
  articleIds: string[];
  inline: ShippedArticle[];
}

export interface ShippedChunk {
  levels: ShippedLevel[];
  articles: ShippedArticle[];
  /** Shipped files that failed the build-time check (a dev server shows them; a release build has none). */
  broken: { file: string; problems: string[] }[];
}

const pairs = (flat: readonly number[]): Span[] => {
  const spans: Span[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) spans.push({ start: flat[i] as number, end: flat[i + 1] as number });
  return spans;
};

/** The article as the game uses it, from what was shipped: no splitting or line classifying here. */
export const fromShipped = ({ text, spans, lineKinds, ...meta }: ShippedArticle): Article => ({ ...articleFromSpans(meta, text, pairs(spans)), lineKinds });
