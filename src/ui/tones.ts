/**
 * The game's cues as tiny WAV files made in memory: a few sine notes, each with a quick rise and
 * a fading tail. An <audio> element plays them without blocking the page, where making a WebAudio
 * context stops the main thread while the browser starts its audio service (half a second on a
 * machine with no sound device).
 */

/** A note: its pitch (Hz) and when it starts (s). */
export type Note = readonly [frequency: number, at: number];

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
