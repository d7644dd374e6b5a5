import { generateRounds } from '../core/generate';
import { suggestWith, type SuggestReply, type SuggestRequest } from './suggest';

/** The analysis engine off the page's thread: one request, one reply (the editor then ends the worker). */
self.onmessage = (e: MessageEvent<SuggestRequest>) => {
  let reply: SuggestReply;
  try {
    reply = { ok: true, suggestions: suggestWith(generateRounds, e.data.articles, e.data.seed) };
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
