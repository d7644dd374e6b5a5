/**
 * The game's cues: a few sine notes each, with a quick rise and a fading tail, written as one WAV
 * file (assets/sound/cues.wav, made by `npm run cues` from the notes below) that one <audio>
 * element plays a stretch of. An <audio> element plays without blocking the page, where making a
 * WebAudio context stops the main thread while the browser starts its audio service (half a
 * second on a machine with no sound device). The file is made ahead, not in the page: working out
 * the samples took 20-130 ms of a phone's time per cue, and every media element the page makes
 * costs the browser a task of ~50 ms more, so there is one.
 */

/** A note: its pitch (Hz) and when it starts (s). */
export type Note = readonly [frequency: number, at: number];

export const CUES = {
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
} as const satisfies Record<string, readonly Note[]>;

export type Cue = keyof typeof CUES;

/** Silence between two cues in the file: a cue stopped a little late never sounds the next one. */
const GAP = 0.3;

/** Where each cue starts in the file and how long it lasts (s). */
export function cueLayout(): Record<Cue, { at: number; length: number }> {
  let at = 0;
  const layout = {} as Record<Cue, { at: number; length: number }>;
  for (const cue of Object.keys(CUES) as Cue[]) {
    const length = Math.max(...CUES[cue].map(([, start]) => start + NOTE_LENGTH));
    layout[cue] = { at, length };
    at = Math.round((at + length + GAP) * 100) / 100;
  }
  return layout;
}

/** Every cue's notes on one timeline, as the file holds them. */
export function cueFileNotes(): Note[] {
  const layout = cueLayout();
  return (Object.keys(CUES) as Cue[]).flatMap((cue) => CUES[cue].map(([frequency, start]): Note => [frequency, layout[cue].at + start]));
}

/** How long each note sounds (s), how fast it rises (s), and its loudest level (of full scale). */
const NOTE_LENGTH = 0.2;
const RISE = 0.02;
const PEAK = 0.12;

/**
 * 16-bit mono PCM in a RIFF/WAVE container. 8 kHz is plenty for notes under 1 kHz; the sine and
 * the fade are stepped by recurrences (no sin or exp per sample), so a cue costs well under a
 * millisecond even before the page's code is warmed up.
 */
export function toneWav(notes: readonly Note[], rate = 8000): Uint8Array<ArrayBuffer> {
  const end = Math.max(0, ...notes.map(([, at]) => at + NOTE_LENGTH));
  const samples = new Float32Array(Math.round(end * rate));
  const rise = Math.floor(RISE * rate);
  const fade = Math.exp(-6 / ((NOTE_LENGTH - RISE) * rate));
  for (const [frequency, at] of notes) {
    const from = Math.floor(at * rate);
    const length = Math.min(Math.floor(NOTE_LENGTH * rate), samples.length - from);
    // sin((n + 1)w) = 2cos(w)sin(nw) - sin((n - 1)w)
    const k = 2 * Math.cos((2 * Math.PI * frequency) / rate);
    let before = -Math.sin((2 * Math.PI * frequency) / rate);
    let now = 0;
    let envelope = PEAK;
    for (let i = 0; i < length; i++) {
      // Linear rise, then an exponential fall towards silence at the note's end.
      const level = i < rise ? (PEAK * i) / rise : (envelope *= fade);
      samples[from + i] = (samples[from + i] as number) + now * level;
      const next = k * now - before;
      before = now;
      now = next;
    }
  }
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, s: string) => {
    for (let i = 0; i < s.length; i++) bytes[offset + i] = s.charCodeAt(i);
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // size of the format block
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true); // bytes per second
  view.setUint16(32, 2, true); // bytes per frame
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  const pcm = new Int16Array(bytes.buffer, 44, samples.length);
  for (let i = 0; i < samples.length; i++) pcm[i] = Math.round(Math.max(-1, Math.min(1, samples[i] as number)) * 32767);
  return bytes;
}
