import { looksBinary } from '../core/textFile';
/** Larger than this is not an article (a dump, an archive): refused, with a message. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type ReadFile = { ok: true; name: string; text: string } | { ok: false; name: string; problem: 'binary' | 'tooLarge' | 'empty' | 'levelFile' | 'unreadable' };

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
