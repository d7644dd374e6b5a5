import { LANGUAGES } from './explain';
import { hasLangPack, supportedLanguages } from './lang';

/**
 * Whether the engine can make rounds for a level: it reads articles only in the languages it
 * has a pack for, and writes explanations only in the languages of explain.ts. A level asking
 * for more gets told so, instead of losing its generated rounds without a word.
 */
export function engineSupportProblem(
  levelLanguages: readonly string[],
  articles: readonly { id: string; language?: string | undefined }[],
): { message: string; hint: string } | null {
  const unwritten = levelLanguages.filter((l) => !(LANGUAGES as readonly string[]).includes(l));
  if (unwritten.length > 0) {
    return {
      message: `the analysis engine cannot write rounds in ${unwritten.map((l) => `"${l}"`).join(', ')} (it writes ${LANGUAGES.join(', ')})`,
      hint: `write these rounds by hand, or limit "languages" to ${LANGUAGES.join(', ')}`,
    };
  }
  const unread = articles.filter((a) => a.language !== undefined && !hasLangPack(a.language));
  if (unread.length > 0) {
    return {
      message: `the analysis engine cannot read articles in ${[...new Set(unread.map((a) => `"${a.language}"`))].join(', ')} (${unread.map((a) => a.id).join(', ')}); it reads ${supportedLanguages().join(', ')}`,
      hint: 'write these rounds by hand: {"generate": …} entries need articles in a language the engine reads',
    };
  }
  return null;
}
