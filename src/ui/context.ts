import type { i18n } from 'i18next';
import type { GameStore } from '../state/store';
import type { LocalText } from '../core/localText';
import { pickText } from '../core/localText';
import type { OptionLabel } from '../core/rounds';

/** What the page can do beyond the store (it needs the article library or the network). */
export interface UiServices {
  openLevelFile(file: File): void;
  /** Forget a level opened from a file (kept on this device); optional where there is no such list. */
  removeOpenedLevel?(id: string): void;
}

export interface UiContext {
  services: UiServices;
  store: GameStore;
  i18n: i18n;
  t: i18n['t'];
  lang: string;
  /** Level text in the player's language. */
  local(text: LocalText): string;
  label(label: OptionLabel): string;
}

/** Per i18next instance: the fixed strings (a key and no options) already looked up, in one language. */
const fixed = new WeakMap<i18n, { lang: string; strings: Map<string, string> }>();

/**
 * `t` that looks each fixed string up once per language. A screen is rebuilt on every tap, and
 * i18next's lookup of its buttons' and headings' words was a fifth of that work on a phone;
 * strings with options (counts, names) are looked up each time.
 */
export function cachedT(i18n: i18n): i18n['t'] {
  const t = (key: unknown, options?: unknown): unknown => {
    if (options !== undefined || typeof key !== 'string') return (i18n.t as (k: unknown, o?: unknown) => unknown)(key, options);
    let memo = fixed.get(i18n);
    if (!memo || memo.lang !== i18n.language) fixed.set(i18n, (memo = { lang: i18n.language, strings: new Map() }));
    let text = memo.strings.get(key);
    if (text === undefined) memo.strings.set(key, (text = String(i18n.t(key))));
    return text;
  };
  return t as i18n['t'];
}

export function createContext(store: GameStore, i18n: i18n, services: UiServices): UiContext {
  const lang = i18n.language;
  const local = (text: LocalText) => pickText(text, lang);
  const t = cachedT(i18n);
  return {
    services,
    store,
    i18n,
    t,
    lang,
    local,
    label: (label) => (label.kind === 'key' ? t(label.key) : local(label.outlet)),
  };
}
