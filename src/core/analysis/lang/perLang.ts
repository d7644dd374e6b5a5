import type { LangPack } from './types';

/**
 * A value built once per language pack and kept while the pack lives: word sets and patterns made from a pack's lists,
 * which every sentence would otherwise rebuild.
 */
export function perLang<T>(build: (lang: LangPack) => T): (lang: LangPack) => T {
  const made = new WeakMap<LangPack, { value: T }>();
  return (lang) => {
    let m = made.get(lang);
    if (!m) {
      m = { value: build(lang) };
      made.set(lang, m);
    }
    return m.value;
  };
}
