import type { GameState, GameStore } from '../state/store';

/**
 * Run `load` once, while the player reads: after the store has been in a state that `when`
 * accepts for `settle` ms, at the browser's next idle moment — never on top of a tap.
 *
 * The idle moment can come late (a second on a busy phone), after the player has started a
 * round: then `when` is asked again, and the work waits for the next time it holds.
 */
export function whileReading(store: GameStore, when: (s: GameState) => boolean, settle: number, load: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelIdle: (() => void) | undefined;
  let done = false;
  const run = () => {
    cancelIdle = undefined;
    if (done || !when(store.getState())) return;
    done = true;
    unsubscribe();
    load();
  };
  const fire = () => {
    timer = undefined;
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(run, { timeout: 2000 });
      cancelIdle = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(run, 0);
      cancelIdle = () => clearTimeout(id);
    }
  };
  const check = (s: GameState) => {
    if (done) return;
    if (when(s)) {
      if (timer === undefined && cancelIdle === undefined) timer = setTimeout(fire, settle);
      return;
    }
    clearTimeout(timer);
    timer = undefined;
    cancelIdle?.();
    cancelIdle = undefined;
  };
  const unsubscribe = store.subscribe(check);
  check(store.getState());
}
