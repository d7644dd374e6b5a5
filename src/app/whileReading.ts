import type { GameState, GameStore } from '../state/store';

/**
 * Run `load` once, while the player reads: after the store has been in a state that `when`
 * accepts for `settle` ms, at the browser's next idle moment — never on top of a tap.
 */
export function whileReading(store: GameStore, when: (s: GameState) => boolean, settle: number, load: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const fire = () => {
    if (done) return;
    done = true;
    unsubscribe();
    if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
    else setTimeout(load, 0);
  };
  const check = (s: GameState) => {
    if (done) return;
    if (when(s)) timer ??= setTimeout(fire, settle);
    else if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
  };
  const unsubscribe = store.subscribe(check);
  check(store.getState());
}
