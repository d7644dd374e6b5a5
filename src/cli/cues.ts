import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cueFileNotes, toneWav } from '../ui/tones';
import { ROOT } from './nodeLibrary';

/** `npm run cues`: writes the sound cues' file from their notes (src/ui/tones.ts). */
export const CUES_FILE = join(ROOT, 'assets', 'sound', 'cues.wav');

if (process.argv[1]?.endsWith('cues.ts')) {
  mkdirSync(dirname(CUES_FILE), { recursive: true });
  const wav = toneWav(cueFileNotes());
  writeFileSync(CUES_FILE, wav);
  console.log(`${CUES_FILE.slice(ROOT.length + 1)}: ${wav.length} bytes`);
}
