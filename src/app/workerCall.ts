/** The part of a Worker a one-question call needs (tests pass a stand-in). */
export interface CallWorker<Request, Reply> {
  onmessage: ((e: MessageEvent<Reply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  postMessage(request: Request): void;
  terminate(): void;
}

/** A worker's answer: what it worked out, or what went wrong inside it. */
export type WorkerReply<T> = { ok: true; value: T } | { ok: false; error: string };

/** The worker ran past its time limit and was stopped. */
export class WorkerTimeout extends Error {
  constructor(readonly seconds: number) {
    super(`the work took longer than ${seconds} s and was stopped`);
  }
}

/**
 * One request to a fresh worker and its one reply; the worker is ended either way. Work that runs
 * past `limitMs` (a text the engine handles badly) is stopped, so it can neither freeze the page
 * nor keep a phone's processor busy for nothing.
 */
export function callWorker<Request, T>(makeWorker: () => CallWorker<Request, WorkerReply<T>>, request: Request, limitMs: number): Promise<T> {
  const worker = makeWorker();
  return new Promise<T>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
    };
    const timer = setTimeout(() => {
      done();
      reject(new WorkerTimeout(Math.round(limitMs / 1000)));
    }, limitMs);
    worker.onmessage = (e) => {
      done();
      if (e.data.ok) resolve(e.data.value);
      else reject(new Error(e.data.error));
    };
    worker.onerror = (e) => {
      done();
      reject(new Error(e.message || 'the worker failed'));
    };
    worker.postMessage(request);
  });
}

/** Answer one request in a worker with `work`'s result, or with what went wrong. */
export function answerRequests<Request, T>(
  scope: { onmessage: ((e: MessageEvent<Request>) => void) | null; postMessage(reply: WorkerReply<T>): void },
  work: (request: Request) => T,
): void {
  scope.onmessage = (e) => {
    let reply: WorkerReply<T>;
    try {
      reply = { ok: true, value: work(e.data) };
    } catch (error) {
      reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    scope.postMessage(reply);
  };
}
