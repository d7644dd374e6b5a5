import { describe, expect, it } from 'vitest';
import { fetchLevelText, type FetchProgress } from '../../../src/app/fetchLevel';

/** A fetch answering with these chunks, one per pull; `endless` keeps sending, `stall` sends nothing more. */
function fakeFetch(chunks: Uint8Array[], opts: { length?: number; status?: number; then?: 'end' | 'endless' | 'stall' } = {}) {
  let pulled = 0;
  const impl = (async (_url: string, init?: RequestInit) => {
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (init?.signal?.aborted) return;
        const next = chunks[pulled];
        pulled++;
        if (next) controller.enqueue(next);
        else if (opts.then === 'endless') controller.enqueue(new Uint8Array(1024));
        else if (opts.then === 'stall')
          return new Promise<void>((resolve) =>
            init?.signal?.addEventListener('abort', () => {
              controller.error(new DOMException('aborted', 'AbortError'));
              resolve();
            }),
          );
        else controller.close();
      },
    });
    const headers = new Headers(opts.length !== undefined ? { 'content-length': String(opts.length) } : {});
    return new Response(body, { status: opts.status ?? 200, headers });
  }) as unknown as typeof fetch;
  return { impl, pulled: () => pulled };
}

const bytes = (s: string) => new TextEncoder().encode(s);

describe('fetching a level from a URL', () => {
  it('joins the chunks (a character split across two chunks too) and reports progress', async () => {
    const all = bytes('{"title": "Ñandú — ok"}');
    const f = fakeFetch([all.slice(0, 12), all.slice(12)], { length: all.length });
    const seen: FetchProgress[] = [];
    const r = await fetchLevelText('x', { fetch: f.impl, onProgress: (p) => seen.push(p) });
    expect(r).toEqual({ ok: true, text: '{"title": "Ñandú — ok"}' });
    expect(seen.map((p) => p.received)).toEqual([0, 12, all.length]);
    expect(seen.every((p) => p.total === all.length)).toBe(true);
  });

  it('refuses a response declared larger than the limit without reading it', async () => {
    const f = fakeFetch([bytes('x')], { length: 50 * 1024 * 1024 });
    expect(await fetchLevelText('x', { fetch: f.impl })).toEqual({ ok: false, reason: 'tooLarge' });
  });

  it('stops reading an undeclared response as soon as it passes the limit', async () => {
    const f = fakeFetch([], { then: 'endless' });
    expect(await fetchLevelText('x', { fetch: f.impl, maxBytes: 10 * 1024 })).toEqual({ ok: false, reason: 'tooLarge' });
    expect(f.pulled()).toBeLessThan(20);
  });

  it('gives up on a response that stops sending, with the time it waited', async () => {
    const f = fakeFetch([bytes('{"a":')], { then: 'stall' });
    const t = Date.now();
    expect(await fetchLevelText('x', { fetch: f.impl, idleMs: 100 })).toEqual({ ok: false, reason: 'timeout', seconds: 0 });
    expect(Date.now() - t).toBeLessThan(5000);
  });

  it('gives up on a response that never ends, even if bytes keep coming', async () => {
    const f = fakeFetch([], { then: 'endless' });
    const r = await fetchLevelText('x', { fetch: f.impl, totalMs: 200, maxBytes: Number.MAX_SAFE_INTEGER });
    expect(r).toMatchObject({ ok: false, reason: 'timeout' });
  });

  it('says what the server said', async () => {
    const f = fakeFetch([], { status: 404 });
    expect(await fetchLevelText('x', { fetch: f.impl })).toEqual({ ok: false, reason: 'failed', message: 'HTTP 404' });
  });
});
