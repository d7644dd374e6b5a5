/**
 * Optional front matter at the top of an article, as the command-line tools read it:
 *   ---
 *   outlet: BBC News
 *   byline: …
 *   date: 2022-01-21
 *   ---
 * Anything else stays part of the text.
 */
export interface FrontMatter {
  outlet?: string | undefined;
  byline?: string | undefined;
  date?: string | undefined;
}

export function splitFrontMatter(text: string): { meta: FrontMatter; body: string } | null {
  const normalized = text.replace(/\r\n?/g, '\n');
  const start = normalized.match(/^\uFEFF?\s*---[ \t]*\n/);
  if (!start) return null;
  const from = start[0].length;
  const end = normalized.indexOf('\n---', from - 1);
  if (end < 0) return null;
  const block = normalized.slice(from, end);
  const lines = block.split('\n').filter((l) => l.trim().length > 0);
  // Only a few "name: value" lines: a long block is more likely part of the article.
  if (lines.length > 12 || !lines.every((l) => /^\s*[A-Za-z_][\w-]*\s*:/.test(l))) return null;
  const meta: Record<string, string> = {};
  for (const line of lines) {
    const m = /^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (m) meta[(m[1] as string).toLowerCase()] = (m[2] as string).replace(/^(["'])(.*)\1$/, '$2');
  }
  const after = normalized.indexOf('\n', end + 1);
  return {
    meta: { outlet: meta.outlet || undefined, byline: meta.byline || undefined, date: meta.date || undefined },
    body: after < 0 ? '' : normalized.slice(after + 1),
  };
}
