import type { GameStore, Screen } from '../state/store';
import { afterNextPaint } from './frames';

type Write = { push: boolean; screen: Screen };

/**
 * Each screen gets a history entry, so the browser's Back (and Android's back gesture) moves
 * back through the game instead of leaving it. Leaving a round this way asks first.
 *
 * The entries are written after the new screen has painted, in order: a history write is a
 * round trip to the browser (about 40 ms on a slow phone), and inside the tap on Play it delayed
 * the first round by that much, while no one can press Back before the screen is there.
 */
export function syncHistory(store: GameStore, confirmLeave: () => boolean, later: (write: () => void) => void = afterNextPaint): () => void {
  let shown: Screen = store.getState().screen;
  let ignoreNext = false;
  let pending: Write[] = [];
  let stopped = false;
  const flush = () => {
    const writes = pending;
    pending = [];
    if (stopped) return;
    for (const w of writes) {
      if (w.push) history.pushState({ lateral: w.screen }, '');
      else history.replaceState({ lateral: w.screen }, '');
    }
  };
  const write = (w: Write) => {
    if (pending.length === 0) later(flush);
    pending.push(w);
  };
  write({ push: false, screen: shown });

  const unsubscribe = store.subscribe((s) => {
    if (s.screen === shown) return;
    const from = shown;
    shown = s.screen;
    if (ignoreNext) {
      ignoreNext = false;
      return;
    }
    // Title → round → results is forward; results → round (play again) replaces, not stacks.
    write({ push: from === 'title' || (from === 'round' && s.screen === 'results'), screen: s.screen });
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
    stopped = true;
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
