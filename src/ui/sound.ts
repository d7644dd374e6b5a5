import type { i18n } from 'i18next';
import { el } from './dom';
import type { GameStore } from '../state/store';
import { currentRound } from '../state/store';
import { roundResult } from '../core/scoring';
import { toneWav, type Note } from './tones';

/**
 * Short synthesized cues (WAV made in memory, see tones.ts), so there are no audio files to
 * download, and no canvas needed: sound works when the graphics do not. Silent until the player
 * has interacted (browsers block audio before that anyway) and whenever the player turned it off.
 */
const CUES: Record<'right' | 'wrong' | 'done', Note[]> = {
  right: [
    [660, 0],
    [880, 0.09],
  ],
  wrong: [
    [220, 0],
    [180, 0.12],
  ],
  done: [
    [523, 0],
    [659, 0.1],
    [784, 0.2],
  ],
};

export type Cue = keyof typeof CUES;

let players: Partial<Record<Cue, HTMLAudioElement>> | null = null;
const urls: Partial<Record<Cue, string>> = {};

const canPlay = () => typeof Audio !== 'undefined' && typeof btoa === 'function';

/**
 * The cue's sound as a data: URL (made once). Not a blob: URL: registering a blob asks the
 * browser process and waits for it (over 100 ms at 4x CPU while the page loads).
 */
function cueUrl(cue: Cue): string {
  const found = urls[cue];
  if (found) return found;
  const bytes = toneWav(CUES[cue]);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x2000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
  return (urls[cue] = `data:audio/wav;base64,${btoa(binary)}`);
}

/** The player of one cue, made on first use. */
function player(cue: Cue): HTMLAudioElement | undefined {
  if (!canPlay()) return undefined;
  players ??= {};
  try {
    let audio = players[cue];
    if (!audio) {
      audio = players[cue] = new Audio(cueUrl(cue));
      audio.preload = 'auto';
    }
    return audio;
  } catch {
    /* no media support: the game is fine without sound */
    return undefined;
  }
}

/**
 * Makes the cues while the page is idle, a step per idle moment (the sound, then its player: the
 * first media element a page makes costs the browser tens of ms), so no cue waits for its first.
 */
export function warmUpSound(): void {
  if (!canPlay()) return;
  const steps = (Object.keys(CUES) as Cue[]).filter((cue) => !players?.[cue]).flatMap((cue) => [() => void cueUrl(cue), () => void player(cue)]);
  const next = () => {
    const step = steps.shift();
    if (!step) return;
    try {
      step();
    } catch {
      return; // no media support: the game is fine without sound
    }
    if (typeof requestIdleCallback === 'function') requestIdleCallback(next);
    else setTimeout(next, 0);
  };
  next();
}

export function playCue(enabled: boolean, cue: Cue): void {
  if (!enabled) return;
  const audio = player(cue);
  if (!audio) return;
  audio.currentTime = 0;
  // A refused play (no device, autoplay rules) is not the player's problem.
  audio.play().catch(() => undefined);
}

const soundOn = (store: GameStore) => store.getState().progress.soundOn !== false;

/** After the tap's frame is painted: a cue never holds up what the player sees. */
const afterPaint = (fn: () => void) => requestAnimationFrame(() => setTimeout(fn, 0));

/**
 * Plays a cue when feedback opens (right or wrong) and when a level ends; makes the audio context
 * at the first idle moment if sound is on. Returns the unsubscribe.
 */
export function watchSound(store: GameStore): () => void {
  const warm = () => {
    if (soundOn(store)) warmUpSound();
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 5000 });
  else setTimeout(warm, 1000);
  return store.subscribe((s, prev) => {
    if (s.screen === 'results' && prev.screen !== 'results') return afterPaint(() => playCue(soundOn(store), 'done'));
    if (s.run?.stage === 'feedback' && (prev.run?.stage !== 'feedback' || prev.run?.index !== s.run.index)) {
      const round = currentRound(s);
      const cue = round && roundResult(round, s.run.plays[round.id]).perfect ? 'right' : 'wrong';
      if (round) afterPaint(() => playCue(soundOn(store), cue));
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
