import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { createArticle, SOURCE_KINDS, type Article, type SourceKind } from '../core/article';
import { unknownOutlet } from '../core/analysis/explain';
import { ID_PATTERN } from '../core/levelSchema';
import type { LocalText } from '../core/localText';
import { looksBinary } from '../core/textFile';

/** Larger than any news article by far; a bigger file is a mistake (a dump, a binary), not a story. */
export const MAX_BYTES = 5 * 1024 * 1024;

export interface ArticleFile {
  file: string;
  article: Article;
  /** The text after any front matter, unchanged: what a level carries inline. */
  body: string;
  outletKnown: boolean;
}

export interface ReadResult {
  files: ArticleFile[];
  problems: string[];
}

/**
 * Plain-text or Markdown articles, each with optional front matter:
 *   ---
 *   id: bbc-geneva
 *   outlet: BBC News
 *   byline: …
 *   date: 2022-01-21
 *   ---
 * Without it the id is the file name and the outlet is unknown.
 */
export function readArticleFiles(paths: readonly string[]): ReadResult {
  const files: ArticleFile[] = [];
  const problems: string[] = [];
  const usedIds = new Set<string>();
  for (const path of paths) {
    const read = readTextFile(path);
    if ('problem' in read) {
      problems.push(`${path}: ${read.problem}`);
      continue;
    }
    const { meta, body, problem } = splitFrontMatter(read.text);
    if (problem) {
      problems.push(`${path}: ${problem}`);
      continue;
    }
    if (body.trim().length === 0) {
      problems.push(`${path}: the file is empty${meta.size > 0 ? ' (front matter but no article text)' : ''}`);
      continue;
    }
    let id = toId(meta.get('id') ?? basename(path, extname(path)));
    for (let n = 2; usedIds.has(id); n++) id = `${toId(meta.get('id') ?? basename(path, extname(path)))}-${n}`;
    usedIds.add(id);
    const outletName = meta.get('outlet');
    const outlet: LocalText = outletName ? { en: outletName, es: meta.get('outlet_es') ?? outletName } : unknownOutlet(id);
    const kind = meta.get('sourcekind') ?? meta.get('source_kind');
    const sourceKind: SourceKind = kind && (SOURCE_KINDS as readonly string[]).includes(kind) ? (kind as SourceKind) : 'unknown';
    const article = createArticle({ id, outlet, byline: meta.get('byline'), date: meta.get('date'), sourceKind }, body);
    files.push({ file: path, article, body, outletKnown: Boolean(outletName) });
  }
  return { files, problems };
}

function readTextFile(path: string): { text: string } | { problem: string } {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { problem: 'is a directory, not an article file' };
    size = st.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : `cannot read the file (${code ?? 'unknown error'})` };
  }
  if (size > MAX_BYTES) return { problem: `the file is too large (${(size / 1024 / 1024).toFixed(1)} MB; an article file may be at most ${MAX_BYTES / 1024 / 1024} MB)` };
  if (size === 0) return { problem: 'the file is empty' };
  const buf = Buffer.alloc(size);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buf, 0, size, 0);
  } finally {
    closeSync(fd);
  }
  if (looksBinary(buf)) return { problem: 'this is not a text file (it looks binary); give a plain-text or Markdown article' };
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf).replace(/^\uFEFF/, '');
  return { text };
}

function splitFrontMatter(text: string): { meta: Map<string, string>; body: string; problem?: string } {
  const meta = new Map<string, string>();
  const normalized = text.replace(/\r\n?/g, '\n');
  if (!normalized.startsWith('---\n')) return { meta, body: normalized };
  const end = normalized.indexOf('\n---', 4);
  if (end < 0) return { meta, body: normalized, problem: 'the front matter starts with "---" but never ends: add a closing "---" line' };
  for (const line of normalized.slice(4, end).split('\n')) {
    const m = /^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    meta.set((m[1] as string).toLowerCase(), (m[2] as string).replace(/^(["'])(.*)\1$/, '$2'));
  }
  const after = normalized.indexOf('\n', end + 4);
  return { meta, body: after < 0 ? '' : normalized.slice(after + 1) };
}

/** Level ids allow lower-case letters, digits and dashes only. */
export function toId(raw: string): string {
  const id = raw
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '');
  const ok = id.length > 0 && ID_PATTERN.test(id) ? id : `article-${id || 'x'}`;
  return ok.slice(0, 60);
}
