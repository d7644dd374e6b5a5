/**
 * Short synthesized cues (WebAudio), so there are no audio files to download.
 * Silent until the player has interacted: browsers block audio before that anyway.
 */
let ctx: AudioContext | null = null;

const CUES: Record<'right' | 'wrong' | 'done', [number, number][]> = {
  right: [[660, 0], [880, 0.09]],
  wrong: [[220, 0], [180, 0.12]],
  done: [[523, 0], [659, 0.1], [784, 0.2]],
};

export function playCue(enabled: boolean, cue: keyof typeof CUES): void {
  if (!enabled || typeof AudioContext === 'undefined') return;
  try {
    ctx ??= new AudioContext();
    if (ctx.state === 'suspended') void ctx.resume();
    const start = ctx.currentTime;
    for (const [freq, at] of CUES[cue]) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, start + at);
      gain.gain.exponentialRampToValueAtTime(0.12, start + at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + at + 0.18);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start + at);
      osc.stop(start + at + 0.2);
    }
  } catch {
    /* no audio device: the game is fine without sound */
  }
}
