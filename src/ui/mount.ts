import type { i18n } from 'i18next';
import { el } from './dom';
import { createContext, type UiServices } from './context';
import { titleView } from './views/title';
import { roundView } from './views/round';
import { feedbackView, verdictKey } from './views/feedback';
import { resultsView } from './views/results';
import { readerView } from './views/reader';
import type { GameState, GameStore } from '../state/store';
import { currentRound, runScore } from '../state/store';

export interface UiElements {
  main: HTMLElement;
  live: HTMLElement;
  overlay: HTMLElement;
  notices: HTMLElement;
}

/** What each render depends on: anything else changing (e.g. progress writes) does not rebuild the page. */
function viewKey(s: GameState): unknown[] {
  return [s.screen, s.run?.levelId, s.run?.index, s.run?.questionIndex, s.levels, s.broken, s.progress.language, s.screen === 'title' ? s.progress.levels : null, s.lastResult];
}

const same = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/**
 * The accessible DOM layer: every word a player reads or presses is here, over the canvas.
 * It re-renders from the store; Phaser only draws the backdrop.
 */
export function mountUi(store: GameStore, i18n: i18n, els: UiElements, services: UiServices): () => void {
  let lastKey: unknown[] = [];
  let lastReader: GameState['reader'] = null;
  let lastNotices: GameState['notices'] = [];
  let returnFocus: HTMLElement | null = null;

  const render = (state: GameState, force = false) => {
    const lang = state.progress.language ?? i18n.language;
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = i18n.language;
    document.title = i18n.t('app.title');
    const ctx = createContext(store, i18n, services);

    const key = viewKey(state);
    if (force || !same(key, lastKey)) {
      const screenChanged = key[0] !== lastKey[0] || key[2] !== lastKey[2] || key[3] !== lastKey[3];
      lastKey = key;
      const view =
        state.screen === 'round' ? roundView(ctx) : state.screen === 'feedback' ? feedbackView(ctx) : state.screen === 'results' ? resultsView(ctx) : titleView(ctx);
      els.main.replaceChildren(view ?? titleView(ctx));
      els.main.dataset.screen = state.screen;
      if (screenChanged) {
        els.main.scrollTop = 0;
        window.scrollTo(0, 0);
        els.main.querySelector<HTMLElement>('.focus-target')?.focus({ preventScroll: true });
        announce(state, ctx.t);
      }
    }

    if (state.reader !== lastReader) {
      if (state.reader && !lastReader) returnFocus = document.activeElement as HTMLElement | null;
      lastReader = state.reader;
      const dialog = readerView(ctx);
      els.overlay.replaceChildren(...(dialog ? [dialog] : []));
      els.overlay.hidden = !dialog;
      els.main.inert = !!dialog;
      if (dialog) {
        dialog.querySelector<HTMLElement>('.focus-target')?.focus();
        dialog.querySelector('mark')?.scrollIntoView({ block: 'center' });
      } else {
        returnFocus?.focus();
        returnFocus = null;
      }
    }

    if (state.notices !== lastNotices) {
      lastNotices = state.notices;
      els.notices.replaceChildren(
        ...state.notices.map((n) =>
          el('div', { class: 'notice', role: 'alert' }, el('p', {}, ctx.t(`errors.${n}`)), el('button', { class: 'link', onclick: () => store.getState().dismissNotice(n) }, '×')),
        ),
      );
    }
  };

  const announce = (state: GameState, t: i18n['t']) => {
    const round = currentRound(state);
    if (state.screen === 'feedback' && round && state.run) {
      const v = verdictKey(round, state.run.answers[round.id]);
      els.live.textContent = t('feedback.announce', { verdict: t(v.key, { correct: v.correct, total: v.total }), score: runScore(state)?.correct ?? 0 });
    } else if (state.screen === 'results' && state.lastResult) {
      els.live.textContent = t('results.score', { correct: state.lastResult.score.correct, total: state.lastResult.score.total });
    } else {
      els.live.textContent = '';
    }
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const state = store.getState();
    if (state.reader) {
      if (e.key === 'Escape') {
        e.preventDefault();
        state.closeReader();
      }
      return;
    }
    if (state.screen === 'round' && /^[1-9]$/.test(e.key)) {
      const button = els.main.querySelectorAll<HTMLButtonElement>('.choice')[Number(e.key) - 1];
      if (button) {
        e.preventDefault();
        button.click();
      }
    } else if (e.key === 'Enter' && state.screen === 'feedback') {
      // Enter on a focused button already presses it; only continue when focus is elsewhere.
      if (document.activeElement instanceof HTMLButtonElement) return;
      e.preventDefault();
      state.next();
    }
  };

  window.addEventListener('keydown', onKey);
  const unsubscribe = store.subscribe((s) => render(s));
  render(store.getState(), true);
  return () => {
    unsubscribe();
    window.removeEventListener('keydown', onKey);
  };
}
