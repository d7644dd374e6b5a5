import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { whileReading } from '../../../src/app/whileReading';
import type { GameState, GameStore } from '../../../src/state/store';

/** Only the screen matters to whileReading's callers here. */
function screenStore(screen: GameState['screen']) {
  const store = createStore<{ screen: GameState['screen'] }>(() => ({ screen }));
  return { store, game: store as unknown as GameStore, show: (s: GameState['screen']) => store.setState({ screen: s }) };
}
const notInRound = (s: GameState) => s.screen !== 'round';

describe('whileReading', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the work once, after the title has been on screen for the settle time', () => {
    const { game } = screenStore('title');
    const load = vi.fn();
    whileReading(game, notInRound, 3000, load);
    vi.advanceTimersByTime(2999);
    expect(load).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10);
    expect(load).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does not run while a round is on screen when the idle moment comes after the player pressed Play', () => {
    const { game, store, show } = screenStore('title');
    const load = vi.fn();
    whileReading(game, notInRound, 0, load);
    // The settle time has passed and the idle moment is awaited: the player starts a round first.
    vi.advanceTimersByTime(0);
    store.setState({ screen: 'round' });
    vi.advanceTimersByTime(5000);
    expect(load).not.toHaveBeenCalled();
    show('results');
    vi.advanceTimersByTime(10);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('waits for the settle time again when the player leaves the title before it is up', () => {
    const { game, show } = screenStore('title');
    const load = vi.fn();
    whileReading(game, notInRound, 3000, load);
    vi.advanceTimersByTime(2000);
    show('round');
    vi.advanceTimersByTime(5000);
    show('title');
    vi.advanceTimersByTime(2000);
    expect(load).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1010);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
