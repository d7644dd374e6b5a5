/** Text a level author writes once per language: `{ "en": "...", "es": "..." }`. */
export type LocalText = Readonly<Record<string, string>>;

export const FALLBACK_LANGUAGE = 'en';

/** The text in `lang`, else English, else the first language given: a missing translation should degrade, not blank the screen. */
export function pickText(text: LocalText, lang: string): string {
  return text[lang] ?? text[FALLBACK_LANGUAGE] ?? Object.values(text)[0] ?? '';
}
