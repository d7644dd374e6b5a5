import type { GameStore, Screen } from '../state/store';

/**
 * Each screen gets a history entry, so the browser's Back (and Android's back gesture) moves
 * back through the game instead of leaving it. Leaving a round this way asks first.
 */
export function syncHistory(store: GameStore, confirmLeave: () => boolean): () => void {
  let shown: Screen = store.getState().screen;
  let ignoreNext = false;
  history.replaceState({ lateral: shown }, '');

  const unsubscribe = store.subscribe((s) => {
    if (s.screen === shown) return;
    const from = shown;
    shown = s.screen;
    if (ignoreNext) {
      ignoreNext = false;
      return;
    }
    // Title → round → results is forward; results → round (play again) replaces, not stacks.
    if (from === 'title' || (from === 'round' && s.screen === 'results')) history.pushState({ lateral: s.screen }, '');
    else history.replaceState({ lateral: s.screen }, '');
  });

  const onPop = (e: PopStateEvent) => {
    const state = store.getState();
    if (!(e.state && typeof e.state === 'object' && 'lateral' in e.state) && state.screen === 'title') return;
    if (state.screen === 'round' && state.run && !state.run.finished) {
      if (!confirmLeave()) {
        history.pushState({ lateral: 'round' }, '');
        return;
      }
    }
    if (state.screen !== 'title') {
      ignoreNext = true;
      state.quit();
    }
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
