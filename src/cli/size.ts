import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './nodeLibrary';

/**
 * `npm run size`: what `dist/` sends a player, raw and gzip, split into the first load
 * (index.html and what it links) and what loads later (Phaser, the engine, the editor).
 */
const dist = join(ROOT, 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const rows = readdirSync(join(dist, 'assets'))
  .filter((f) => /\.(js|css)$/.test(f))
  .map((f) => {
    const bytes = readFileSync(join(dist, 'assets', f));
    return { file: `assets/${f}`, raw: statSync(join(dist, 'assets', f)).size, gzip: gzipSync(bytes, { level: 9 }).length, first: html.includes(`assets/${f}`) };
  })
  .sort((a, b) => Number(b.first) - Number(a.first) || b.gzip - a.gzip);

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log('| file | loads | raw | gzip |\n| --- | --- | ---: | ---: |');
for (const r of rows) console.log(`| ${r.file} | ${r.first ? 'first' : 'later'} | ${kib(r.raw)} | ${kib(r.gzip)} |`);
const sum = (pick: (r: (typeof rows)[number]) => boolean) => rows.filter(pick).reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip }), { raw: 0, gzip: 0 });
const first = sum((r) => r.first);
const js = sum((r) => r.file.endsWith('.js'));
const playing = sum((r) => r.first || /startGame/.test(r.file));
console.log(`| first load (before the page is usable) | | ${kib(first.raw)} | ${kib(first.gzip)} |`);
console.log(`| a player's whole game (first load + graphics) | | ${kib(playing.raw)} | ${kib(playing.gzip)} |`);
console.log(`| all JS in dist/ (incl. engine and editor, loaded on demand) | | ${kib(js.raw)} | ${kib(js.gzip)} |`);
