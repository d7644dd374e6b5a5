import type { i18n } from 'i18next';
import { registerSW } from 'virtual:pwa-register';
import { el } from '../ui/dom';
import type { GameStore } from '../state/store';

/**
 * The service worker (vite-plugin-pwa, Workbox) precaches the game, the shipped levels and their
 * articles, so after one visit every shipped level plays with the network cut. Registered from
 * this module (no inline script: the page's CSP allows scripts from 'self' only).
 *
 * A new version waits: the prompt to update appears on the title and results screens only, never
 * during a round, and the player chooses when to reload.
 */
export function startOffline(store: GameStore, i18n: i18n, host: HTMLElement): void {
  if (!('serviceWorker' in navigator)) return;
  let needRefresh = false;
  let offlineReady = false;
  let dismissed = false;
  let update: (reload?: boolean) => Promise<void> = async () => undefined;

  const render = () => {
    const screen = store.getState().screen;
    const show = !dismissed && (needRefresh || offlineReady) && screen !== 'round';
    if (!show) {
      host.replaceChildren();
      host.hidden = true;
      return;
    }
    const t = i18n.t.bind(i18n);
    host.hidden = false;
    host.replaceChildren(
      el(
        'div',
        { class: 'update-prompt', role: 'status', 'data-prompt': needRefresh ? 'update' : 'offline-ready' },
        el('p', {}, needRefresh ? t('update.available') : t('update.offlineReady')),
        needRefresh ? el('button', { type: 'button', class: 'primary', onclick: () => void update(true) }, t('update.reload')) : null,
        el(
          'button',
          {
            type: 'button',
            class: 'secondary',
            onclick: () => {
              dismissed = true;
              render();
            },
          },
          needRefresh ? t('update.later') : '×',
        ),
      ),
    );
  };

  update = registerSW({
    immediate: true,
    onNeedRefresh: () => {
      needRefresh = true;
      dismissed = false;
      render();
    },
    onOfflineReady: () => {
      offlineReady = true;
      render();
    },
    onRegisterError: (error) => console.warn('offline play unavailable', error),
  });
  let lastScreen = store.getState().screen;
  let lastLang = i18n.language;
  store.subscribe((s) => {
    if (s.screen !== lastScreen || i18n.language !== lastLang) {
      lastScreen = s.screen;
      lastLang = i18n.language;
      render();
    }
  });
}
