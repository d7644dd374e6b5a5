import type { Library } from '../core/library';
import type { LoadedLevel } from '../core/levelLoad';
import { callWorker, type CallWorker, type WorkerReply } from './workerCall';
import { engineWorker, type EngineRequest } from './engineRequests';

export type LevelRequest = Extract<EngineRequest, { kind: 'level' }>;
export type LevelWorker = CallWorker<LevelRequest, WorkerReply<LoadedLevel>>;

const levelWorker = (): LevelWorker => engineWorker() as LevelWorker;

/** Longer than any level the engine handles well: past it, the page does the work instead. */
export const LEVEL_WORKER_LIMIT_MS = 60_000;

/**
 * A level with `generate` entries from outside (a file, a URL, one kept on the device): the
 * engine reads its articles for a second or more on a phone, so that runs in a worker and the
 * page keeps answering taps. Null when no worker could do it (none in this browser, or it failed
 * to start): the caller then does the work itself, slower but the same.
 */
export async function loadLevelOffPage(
  file: string,
  text: string,
  library: Library,
  makeWorker: (() => LevelWorker) | undefined = typeof Worker === 'function' ? levelWorker : undefined,
): Promise<LoadedLevel | null> {
  if (!makeWorker) return null;
  try {
    return await callWorker(makeWorker, { kind: 'level', file, text, library: [...library] }, LEVEL_WORKER_LIMIT_MS);
  } catch (error) {
    console.warn('the level worker could not load the level; loading it on the page', error);
    return null;
  }
}
