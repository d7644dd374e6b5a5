import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, SPLITS } from './corpus';
import { articleFile, bodyHash, textFromPage, type SourceEntry } from './corpusSources';

/**
 * `npm run corpus:fetch [-- --force]`: rebuilds the article files of corpus clusters whose texts
 * are not in git (their publishers' terms do not allow it) from the pages listed in each
 * cluster's sources.json. A rebuilt text must hash as recorded; otherwise the page has changed
 * since the key was labelled, and the file is written only with --force (the key may then
 * point at words the page no longer has: `npm run -s quality` says which).
 *
 * `npm run corpus:fetch -- --from <saved page> <split>/<cluster>/<file>`: the same from a copy of the
 * page saved by hand (HTML, or its text as a browser or a stored copy of the page gives it), for
 * machines that cannot reach the page; written only when it hashes as labelled.
 */

function fromSaved(saved: string, target: string): number {
  const [split, cluster, file] = target.split('/');
  const manifest = join(CORPUS_DIR, split ?? '', cluster ?? '', 'sources.json');
  if (!file || !existsSync(manifest)) {
    console.error(`${target}: no such corpus article (give <split>/<cluster>/<file>, as in the cluster's sources.json)`);
    return 1;
  }
  const entry = (JSON.parse(readFileSync(manifest, 'utf8')) as { articles: SourceEntry[] }).articles.find((a) => a.file === file);
  if (!entry) {
    console.error(`${target}: not listed in ${split}/${cluster}/sources.json`);
    return 1;
  }
  if (!existsSync(saved)) {
    console.error(`${saved}: no such file`);
    return 1;
  }
  const got = textFromPage(entry, readFileSync(saved, 'utf8'));
  if ('problem' in got) {
    console.error(`${target}: ${got.problem}`);
    return 1;
  }
  const dir = join(CORPUS_DIR, split as string, cluster as string, 'articles');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, file), articleFile(entry, got.text));
  console.log(`${target}: rebuilt from ${saved}`);
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  const from = argv.indexOf('--from');
  if (from >= 0) return fromSaved(argv[from + 1] ?? '', argv[from + 2] ?? '');
  const force = argv.includes('--force');
  let failed = 0;
  for (const split of SPLITS) {
    const splitDir = join(CORPUS_DIR, split);
    if (!existsSync(splitDir)) continue;
    for (const cluster of readdirSync(splitDir).sort()) {
      const manifest = join(splitDir, cluster, 'sources.json');
      if (!existsSync(manifest)) continue;
      const { articles } = JSON.parse(readFileSync(manifest, 'utf8')) as { articles: SourceEntry[] };
      const dir = join(splitDir, cluster, 'articles');
      mkdirSync(dir, { recursive: true });
      for (const entry of articles) {
        const path = join(dir, entry.file);
        if (existsSync(path)) {
          const body = readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
          if (bodyHash(body) === entry.sha256) continue;
        }
        const problem = await rebuild(entry, path, force);
        if (problem) {
          failed++;
          console.error(`${split}/${cluster}/${entry.file}: ${problem}`);
        } else console.log(`${split}/${cluster}/${entry.file}: rebuilt from ${entry.url}`);
      }
    }
  }
  if (failed) console.error(`${failed} article(s) not rebuilt; the quality command reports their clusters as incomplete.`);
  return failed ? 1 : 0;
}

async function rebuild(entry: SourceEntry, path: string, force: boolean): Promise<string | null> {
  let html: string;
  try {
    const res = await fetch(entry.url, { headers: { 'user-agent': 'lateral-corpus-fetch' } });
    if (!res.ok) return `the page answered ${res.status} ${res.statusText}`;
    html = await res.text();
  } catch (e) {
    return `cannot fetch ${entry.url} (${(e as Error).message})`;
  }
  const got = textFromPage(entry, html, { html: true, force });
  if ('problem' in got) return got.problem.includes('hash mismatch') ? `${got.problem}; run with --force to write it anyway` : got.problem;
  writeFileSync(path, articleFile(entry, got.text));
  return null;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
