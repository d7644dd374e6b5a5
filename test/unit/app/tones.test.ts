import { describe, expect, it } from 'vitest';
import { toneWav } from '../../../src/ui/tones';

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
});
