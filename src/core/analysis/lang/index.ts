import { en } from './en';
import type { LangPack } from './types';

export type { LangPack } from './types';

const PACKS: Record<string, LangPack> = { en };

/** The language pack for a code; English when the language has no pack yet. */
export function langPack(code: string | undefined): LangPack {
  return (code && PACKS[code]) || en;
}

/** Whether the engine has a pack for this language (otherwise it would read it as English). */
export function hasLangPack(code: string): boolean {
  return Object.hasOwn(PACKS, code.toLowerCase().split('-')[0] as string);
}

export function supportedLanguages(): string[] {
  return Object.keys(PACKS);
}
