import type { ArticleMeta } from '../core/articleModel';
import type { AuthoredRound, LevelFile } from '../core/levelSchema';

/** An article as shipped: its metadata, text, and its sentences' spans as start, end pairs in one flat list. */
export type ShippedArticle = ArticleMeta & { text: string; spans: number[]; [extra: string]: unknown };

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
