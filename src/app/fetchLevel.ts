/** The same limit as for a level file opened from the device. */
export const MAX_LEVEL_BYTES = 20 * 1024 * 1024;
/** No byte for this long: the server has stopped sending. */
export const IDLE_TIMEOUT_MS = 20_000;
/** Even a slow phone connection brings 20 MB in this time; a response still going is not a level. */
export const TOTAL_TIMEOUT_MS = 120_000;

export type FetchProgress = { received: number; total: number | null };

export type FetchLevelResult =
  { ok: true; text: string } | { ok: false; reason: 'tooLarge' } | { ok: false; reason: 'timeout'; seconds: number } | { ok: false; reason: 'failed'; message: string };

export interface FetchLevelOptions {
  fetch?: typeof fetch;
  maxBytes?: number;
  idleMs?: number;
  totalMs?: number;
  onProgress?: (progress: FetchProgress) => void;
}

/**
 * A level's text from a URL, read as a stream so a response larger than the limit is cut off
 * when it passes the limit (not after 50 MB have arrived), a stalled or endless response ends
 * with a timeout, and the caller can show how much has arrived.
 */
export async function fetchLevelText(url: string, options: FetchLevelOptions = {}): Promise<FetchLevelResult> {
  const maxBytes = options.maxBytes ?? MAX_LEVEL_BYTES;
  const idleMs = options.idleMs ?? IDLE_TIMEOUT_MS;
  const totalMs = options.totalMs ?? TOTAL_TIMEOUT_MS;
  const controller = new AbortController();
  const started = Date.now();
  let timedOut: number | null = null;
  const stop = (ms: number) => {
    timedOut = ms;
    controller.abort();
  };
  const total = setTimeout(() => stop(totalMs), totalMs);
  let idle = setTimeout(() => stop(idleMs), idleMs);
  const stillAlive = () => {
    clearTimeout(idle);
    idle = setTimeout(() => stop(idleMs), idleMs);
  };
  try {
    const response = await (options.fetch ?? fetch)(url, { signal: controller.signal });
    if (!response.ok) return { ok: false, reason: 'failed', message: `HTTP ${response.status}` };
    const declared = Number(response.headers.get('content-length'));
    const expected = Number.isFinite(declared) && declared > 0 ? declared : null;
    if (expected !== null && expected > maxBytes) {
      controller.abort();
      return { ok: false, reason: 'tooLarge' };
    }
    const chunks: Uint8Array[] = [];
    let received = 0;
    options.onProgress?.({ received, total: expected });
    if (!response.body) {
      const text = await response.text();
      return new TextEncoder().encode(text).length > maxBytes ? { ok: false, reason: 'tooLarge' } : { ok: true, text };
    }
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // Checked here too: a stream that always has bytes ready never lets a timer run.
      if (Date.now() - started > totalMs) {
        controller.abort();
        return { ok: false, reason: 'timeout', seconds: Math.round(totalMs / 1000) };
      }
      stillAlive();
      received += value.byteLength;
      if (received > maxBytes) {
        controller.abort();
        return { ok: false, reason: 'tooLarge' };
      }
      chunks.push(value);
      options.onProgress?.({ received, total: expected });
    }
    const bytes = new Uint8Array(received);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.byteLength;
    }
    return { ok: true, text: new TextDecoder().decode(bytes) };
  } catch (error) {
    if (timedOut !== null) return { ok: false, reason: 'timeout', seconds: Math.round(timedOut / 1000) };
    return { ok: false, reason: 'failed', message: (error as Error).message };
  } finally {
    clearTimeout(total);
    clearTimeout(idle);
  }
}

/** "1.2 MB", "340 KB": how much has arrived, for the progress line. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(n / 1024))} KB`;
}
