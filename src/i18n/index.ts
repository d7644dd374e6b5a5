import i18next, { type i18n, type Resource, type ResourceKey } from 'i18next';
import en from '../../locales/en.json';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Strings = typeof en;

// English is the fallback and ships in the first chunk; every other language is its own chunk,
// fetched when a player picks it (or before the first screen when it was picked on an earlier visit).
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<{ default: unknown }>> = {
  es: () => import('../../locales/es.json'),
};

export function isLanguage(x: unknown): x is Language {
  return typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);
}

/** Pick a supported language from the browser's list: es-MX plays in Spanish. */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/**
 * One instance per app (and per test); synchronous `t()` once created. Strings of languages other
 * than English are passed in (`loadStrings`): without them the instance speaks English.
 */
export function createI18n(language: Language, strings: Partial<Record<Language, unknown>> = {}): i18n {
  const instance = i18next.createInstance();
  const resources: Resource = Object.fromEntries(Object.entries({ ...strings, en }).map(([lang, translation]) => [lang, { translation: translation as ResourceKey }]));
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources,
    initAsync: false,
    // Strings go to textContent and canvas text, never to innerHTML: escaping would show "&lt;".
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** A language's strings, fetched once (English is always there). */
export async function loadStrings(language: Language): Promise<unknown> {
  return language === 'en' ? en : (await LOADERS[language]()).default;
}

export function hasStrings(instance: i18n, language: Language): boolean {
  return instance.hasResourceBundle(language, 'translation');
}

/** Switch to a language, fetching its strings first if this instance has not got them yet. */
export async function switchLanguage(instance: i18n, language: Language): Promise<void> {
  if (!hasStrings(instance, language)) instance.addResourceBundle(language, 'translation', await loadStrings(language));
  await instance.changeLanguage(language);
}
