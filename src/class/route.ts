import type { i18n } from 'i18next';
import type { GameStore } from '../state/store';

/** What class play needs from the game: its levels and articles (store) and its translations. */
export interface ClassDeps {
  store: GameStore;
  i18n: i18n;
}

export const HOST_HASH = '#/class/host';
export const JOIN_HASH = '#/join';
export const isClassHash = (hash: string): boolean => hash.startsWith('#/class/') || hash === '#/class' || hash === JOIN_HASH || hash.startsWith(`${JOIN_HASH}/`);

/**
 * `#/class/host…` and `#/join…` load class play on demand: solo players never download it, and
 * solo play stays a static site (class play needs the class server, `npm run class`).
 */
export function routeClass(deps: ClassDeps, gameMain: HTMLElement): void {
  let root: HTMLElement | null = null;
  let unmount: (() => void) | null = null;
  let loading = false;
  const sync = async () => {
    const want = isClassHash(window.location.hash);
    if (want && !unmount && !loading) {
      loading = true;
      const { mountClass } = await import('./mountClass');
      loading = false;
      if (!isClassHash(window.location.hash)) return;
      root = document.createElement('div');
      root.id = 'class-root';
      root.className = 'class-root';
      gameMain.after(root);
      gameMain.hidden = true;
      unmount = mountClass(root, deps);
    } else if (!want && unmount) {
      unmount();
      unmount = null;
      root?.remove();
      root = null;
      gameMain.hidden = false;
    }
  };
  window.addEventListener('hashchange', () => void sync());
  void sync();
}
