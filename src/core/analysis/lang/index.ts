import { en } from './en';
import type { LangPack } from './types';

export type { LangPack } from './types';

const PACKS: Record<string, LangPack> = { en };

/** The language pack for a code; English when the language has no pack yet. */
export function langPack(code: string | undefined): LangPack {
  return (code && PACKS[code]) || en;
}
