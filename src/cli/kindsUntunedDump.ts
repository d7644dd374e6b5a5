import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SentenceReading } from './kindsData';

/**
 * Child process of kindsUntuned.ts: `tsx kindsUntunedDump.ts <engine dir> <out.json> <split dir> <cluster>…`
 * runs an older engine, unpacked in <engine dir>, on the clusters' articles (read with that
 * engine's own file reader) and writes each cluster's sentence readings.
 */

interface OldEngine {
  analyze: (articles: unknown[]) => { sentences: SentenceReading[] };
}
interface OldReader {
  readArticleFiles: (paths: string[]) => { files: { article: unknown }[] };
}

async function main(argv: readonly string[]): Promise<void> {
  const [engine, out, splitDir, ...clusters] = argv;
  if (!engine || !out || !splitDir) throw new Error('usage: kindsUntunedDump.ts <engine dir> <out.json> <split dir> <cluster>…');
  const { analyze } = (await import(join(engine, 'src/core/analysis/index.ts'))) as OldEngine;
  const { readArticleFiles } = (await import(join(engine, 'src/cli/readArticleFiles.ts'))) as OldReader;
  const result: Record<string, SentenceReading[]> = {};
  for (const c of clusters) {
    const dir = join(splitDir, c, 'articles');
    const files = readdirSync(dir)
      .filter((f) => /\.(txt|md)$/.test(f))
      .sort()
      .map((f) => join(dir, f));
    const findings = analyze(readArticleFiles(files).files.map((f) => f.article));
    result[c] = findings.sentences.map((s) => ({ article: s.article, text: s.text, kind: s.kind, cues: s.cues, confidence: s.confidence, furniture: s.furniture ?? false }));
  }
  writeFileSync(out, JSON.stringify(result));
}

void main(process.argv.slice(2));
