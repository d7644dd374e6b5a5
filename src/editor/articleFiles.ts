/** Larger than this is not an article (a dump, an archive): refused, with a message. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type ReadFile =
  | { ok: true; name: string; text: string }
  | { ok: false; name: string; problem: 'binary' | 'tooLarge' | 'empty' | 'levelFile' | 'unreadable' };

/** A dropped or chosen file as article text, or why it cannot be one. */
export async function readArticleFile(file: File): Promise<ReadFile> {
  const name = file.name || 'file';
  if (file.size > MAX_FILE_BYTES) return { ok: false, name, problem: 'tooLarge' };
  if (file.size === 0) return { ok: false, name, problem: 'empty' };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, name, problem: 'unreadable' };
  }
  if (looksBinary(bytes)) return { ok: false, name, problem: 'binary' };
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (text.trim().length === 0) return { ok: false, name, problem: 'empty' };
  if (/\.json$/i.test(name) && /"format"\s*:/.test(text.slice(0, 2000)) && /"rounds"\s*:/.test(text)) return { ok: false, name, problem: 'levelFile' };
  return { ok: true, name, text };
}

export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control / Math.max(1, sample.length) > 0.05) return true;
  const decoded = new TextDecoder('utf-8').decode(sample);
  const bad = (decoded.match(/\uFFFD/g) ?? []).length;
  return bad / Math.max(1, decoded.length) > 0.05;
}
