import i18next, { type i18n } from 'i18next';
import en from '../../locales/en.json';
import es from '../../locales/es.json';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const RESOURCES = { en, es } as const;

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

/** One instance per app (and per test); synchronous `t()` once created. */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: en }, es: { translation: es } },
    initAsync: false,
    // Strings go to textContent and canvas text, never to innerHTML: escaping would show "&lt;".
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
