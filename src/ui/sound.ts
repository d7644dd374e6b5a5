import type { i18n } from 'i18next';
import { el } from './dom';
import type { GameStore } from '../state/store';
import { currentRound } from '../state/store';
import { roundResult } from '../core/scoring';
import { cueLayout, type Cue } from './tones';
import { afterNextPaint } from './frames';
import cuesUrl from '../../assets/sound/cues.wav?url';

/**
 * Short synthesized cues (one small WAV file made from notes, see tones.ts), and no canvas needed:
 * sound works when the graphics do not. Silent until the player has interacted (browsers block
 * audio before that anyway) and whenever the player turned it off.
 */
const LAYOUT = cueLayout();

let audio: HTMLAudioElement | null | undefined;
let stopTimer: ReturnType<typeof setTimeout> | undefined;

/** The one player of the cues' file, made on first use; null where the page cannot play media. */
function cuePlayer(): HTMLAudioElement | null {
  if (audio !== undefined) return audio;
  try {
    audio = typeof Audio === 'undefined' ? null : new Audio(cuesUrl);
    if (audio) audio.preload = 'auto';
  } catch {
    audio = null; // no media support: the game is fine without sound
  }
  return audio;
}

/**
 * Makes the player now, so that the browser's start-up of its media pipeline (a task of ~50 ms of
 * a phone's time) runs while the page is still loading rather than in the middle of a round.
 */
export function warmUpSound(): void {
  cuePlayer();
}

export function playCue(enabled: boolean, cue: Cue): void {
  if (!enabled) return;
  const player = cuePlayer();
  if (!player) return;
  const { at, length } = LAYOUT[cue];
  clearTimeout(stopTimer);
  player.currentTime = at;
  // A refused play (no device, autoplay rules) is not the player's problem.
  player
    .play()
    .then(() => {
      clearTimeout(stopTimer);
      stopTimer = setTimeout(() => player.pause(), length * 1000);
    })
    .catch(() => undefined);
}

const soundOn = (store: GameStore) => store.getState().progress.soundOn !== false;

/**
 * Plays a cue when feedback opens (right or wrong) and when a level ends; makes the player at once
 * if sound is on (call it while the page loads). Returns the unsubscribe.
 */
export function watchSound(store: GameStore): () => void {
  if (soundOn(store)) warmUpSound();
  // Cues play after the tap's frame is painted: a cue never holds up what the player sees.
  return store.subscribe((s, prev) => {
    if (s.screen === 'results' && prev.screen !== 'results') return afterNextPaint(() => playCue(soundOn(store), 'done'));
    if (s.run?.stage === 'feedback' && (prev.run?.stage !== 'feedback' || prev.run?.index !== s.run.index)) {
      const round = currentRound(s);
      const cue = round && roundResult(round, s.run.plays[round.id]).perfect ? 'right' : 'wrong';
      if (round) afterNextPaint(() => playCue(soundOn(store), cue));
    }
  });
}

/**
 * The visible on/off switch for sound (a toggle button: aria-pressed says the state, the label
 * stays "Sound"). It keeps itself in step with the store, so it can sit in any header.
 */
export function soundToggle(store: GameStore, i18n: i18n): HTMLButtonElement {
  const button = el('button', { type: 'button', class: 'chip sound-toggle' });
  const render = () => {
    const on = soundOn(store);
    button.setAttribute('aria-pressed', String(on));
    button.textContent = i18n.t(on ? 'sound.on' : 'sound.off');
    button.title = i18n.t(on ? 'sound.on' : 'sound.off');
  };
  button.addEventListener('click', () => store.getState().setSound(!soundOn(store)));
  let last = [soundOn(store), store.getState().progress.language];
  let wasConnected = false;
  const unsubscribe = store.subscribe((s) => {
    // A header re-rendered without this button: stop listening once it has left the page.
    if (button.isConnected) wasConnected = true;
    else if (wasConnected) return unsubscribe();
    const now = [s.progress.soundOn !== false, s.progress.language];
    if (now[0] !== last[0] || now[1] !== last[1]) {
      last = now;
      render();
    }
  });
  render();
  return button;
}
