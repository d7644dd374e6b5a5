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

export function createContext(store: GameStore, i18n: i18n, services: UiServices): UiContext {
  const lang = i18n.language;
  const local = (text: LocalText) => pickText(text, lang);
  return {
    services,
    store,
    i18n,
    t: i18n.t.bind(i18n),
    lang,
    local,
    label: (label) => (label.kind === 'key' ? i18n.t(label.key) : local(label.outlet)),
  };
}
