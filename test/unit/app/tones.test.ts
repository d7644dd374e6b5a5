import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cueFileNotes, cueLayout, CUES, toneWav } from '../../../src/ui/tones';
import { CUES_FILE } from '../../../src/cli/cues';

const text = (b: Uint8Array, from: number, n: number) => String.fromCharCode(...b.subarray(from, from + n));

describe('sound cues as WAV', () => {
  it('is a playable 16-bit mono WAV as long as its notes', () => {
    const wav = toneWav(
      [
        [660, 0],
        [880, 0.09],
      ],
      16000,
    );
    const view = new DataView(wav.buffer);
    expect(text(wav, 0, 4)).toBe('RIFF');
    expect(text(wav, 8, 8)).toBe('WAVEfmt ');
    expect(view.getUint16(22, true)).toBe(1);
    expect(view.getUint32(24, true)).toBe(16000);
    expect(view.getUint16(34, true)).toBe(16);
    expect(text(wav, 36, 4)).toBe('data');
    // The second note ends at 0.29 s.
    expect(view.getUint32(40, true)).toBe(0.29 * 16000 * 2);
    expect(view.getUint32(4, true)).toBe(wav.length - 8);
  });

  it('sounds while a note plays, quietly, and fades to silence at its end', () => {
    const wav = toneWav([[440, 0]], 8000);
    const pcm = new Int16Array(wav.buffer, 44, (wav.length - 44) / 2);
    const peak = (from: number, to: number) => Math.max(...[...pcm.subarray(from, to)].map(Math.abs));
    expect(peak(0, 800)).toBeGreaterThan(0.08 * 32767);
    expect(peak(0, pcm.length)).toBeLessThanOrEqual(Math.ceil(0.12 * 32767));
    expect(peak(pcm.length - 40, pcm.length)).toBeLessThan(0.01 * 32767);
  });

  it('holds every cue in one file, apart, each where the player seeks to', () => {
    const layout = cueLayout();
    const cues = Object.keys(CUES) as (keyof typeof CUES)[];
    const spans = cues.map((c) => layout[c]).sort((a, b) => a.at - b.at);
    // Cues do not overlap, and a stop up to 0.2 s late still hears silence.
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.at).toBeGreaterThanOrEqual(spans[i - 1]!.at + spans[i - 1]!.length + 0.2);
    const wav = toneWav(cueFileNotes(), 8000);
    const pcm = new Int16Array(wav.buffer, 44, (wav.length - 44) / 2);
    const loud = (from: number, to: number) => Math.max(...[...pcm.subarray(Math.round(from * 8000), Math.round(to * 8000))].map(Math.abs));
    for (const c of cues) {
      expect(loud(layout[c].at, layout[c].at + 0.05)).toBeGreaterThan(0.05 * 32767);
      expect(loud(layout[c].at + layout[c].length + 0.02, layout[c].at + layout[c].length + 0.2)).toBeLessThan(0.01 * 32767);
    }
  });

  it('ships the file `npm run cues` makes from these notes (run it after changing a note)', () => {
    const shipped = new Int16Array(new Uint8Array(readFileSync(CUES_FILE)).buffer.slice(44));
    const made = toneWav(cueFileNotes());
    const fresh = new Int16Array(made.buffer.slice(44));
    expect(shipped.length).toBe(fresh.length);
    // Sample by sample, up to rounding in the last bit (floating point may differ between engines).
    expect(fresh.every((x, i) => Math.abs(x - (shipped[i] as number)) <= 1)).toBe(true);
  });
});
