import { describe, expect, it } from 'vitest';
import { suggestRounds, SuggestTimeout, type SuggestReply, type SuggestRequest, type SuggestWorker } from '../../../src/editor/suggest';
import type { DraftArticle } from '../../../src/editor/draft';

const articles: DraftArticle[] = [
  { key: 'a1', outlet: 'Daily One', text: 'Officials said 40 people were rescued on Monday.' },
  { key: 'a2', outlet: 'Daily Two', text: 'About 40 people were rescued, officials said.' },
];

/** A stand-in worker: `answer` decides what it does with the request (nothing, for a hang). */
function fakeWorker(answer: (request: SuggestRequest, reply: (r: SuggestReply) => void) => void) {
  const seen = { requests: [] as SuggestRequest[], terminated: 0 };
  const worker: SuggestWorker = {
    onmessage: null,
    onerror: null,
    postMessage(request) {
      seen.requests.push(request);
      answer(request, (r) => setTimeout(() => worker.onmessage?.({ data: r } as MessageEvent<SuggestReply>), 0));
    },
    terminate() {
      seen.terminated++;
    },
  };
  return { worker, seen };
}

describe('suggestions run off the page and stop when the engine hangs', () => {
  it('stops an analysis that runs past its time limit and says how long it waited', async () => {
    const { worker, seen } = fakeWorker(() => {});
    const started = Date.now();
    const result = suggestRounds(articles, 7, { limitMs: 50, makeWorker: () => worker });
    await expect(result).rejects.toBeInstanceOf(SuggestTimeout);
    await expect(result).rejects.toMatchObject({ seconds: 0 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(seen.terminated).toBe(1);
  });

  it("passes the teacher's articles and seed to the worker and returns its suggestions", async () => {
    const suggestions = { rounds: [], counts: { 'who-said-it': 0, 'opinion-or-reporting': 0, 'conflicting-figures': 0 } };
    const { worker, seen } = fakeWorker((_, reply) => reply({ ok: true, value: suggestions }));
    await expect(suggestRounds(articles, 7, { limitMs: 5_000, makeWorker: () => worker })).resolves.toEqual(suggestions);
    expect(seen.requests).toEqual([{ kind: 'suggest', articles, seed: 7 }]);
    expect(seen.terminated).toBe(1);
  });

  it('reports what went wrong inside the worker', async () => {
    const { worker, seen } = fakeWorker((_, reply) => reply({ ok: false, error: 'no articles' }));
    await expect(suggestRounds(articles, 7, { limitMs: 5_000, makeWorker: () => worker })).rejects.toThrow('no articles');
    expect(seen.terminated).toBe(1);
  });

  it('without workers (Node) works the suggestions out in place', async () => {
    const { counts, rounds } = await suggestRounds(articles, 7, { makeWorker: undefined });
    expect(Object.keys(counts).sort()).toEqual(['conflicting-figures', 'opinion-or-reporting', 'who-said-it']);
    expect(rounds.length).toBe(counts['who-said-it'] + counts['opinion-or-reporting'] + counts['conflicting-figures']);
  });
});
