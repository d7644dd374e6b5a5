import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadLevelOffPage, type LevelRequest, type LevelWorker } from '../../../src/app/levelOffPage';
import { loadLevelFromText } from '../../../src/app/content';
import { answerRequests, type WorkerReply } from '../../../src/app/workerCall';
import { generateRounds } from '../../../src/core/generate';
import { loadLevelText, type LoadedLevel } from '../../../src/core/levelLoad';
import { loadNodeLibrary } from '../../../src/cli/nodeLibrary';

vi.mock('virtual:shipped-levels/first', () => ({ default: { articles: [], levels: [], broken: [] } }));

const ROOT = join(import.meta.dirname, '..', '..', '..');
const { library } = loadNodeLibrary();
/** A teacher's copy of the shipped engine level: rounds the engine generates from five articles. */
const generating = readFileSync(join(ROOT, 'levels', '05-engine-rounds.json'), 'utf8').replace('"id": "engine-rounds"', '"id": "teacher-copy"');
const plain = readFileSync(join(ROOT, 'test', 'fixtures', 'levels', 'example.json'), 'utf8');

/**
 * A stand-in worker that does what engineWorker.ts does, with the request and the reply copied
 * as postMessage copies them (structured clone): what crosses to the worker and back must survive it.
 */
function inProcessWorker(): { worker: LevelWorker; requests: number } {
  const seen = { requests: 0 };
  const scope = {
    onmessage: null as ((e: MessageEvent<LevelRequest>) => void) | null,
    postMessage: (reply: WorkerReply<LoadedLevel>) => setTimeout(() => worker.onmessage?.({ data: structuredClone(reply) } as MessageEvent<WorkerReply<LoadedLevel>>), 0),
  };
  answerRequests<LevelRequest, LoadedLevel>(scope, (r) => loadLevelText(r.file, r.text, new Map(r.library), generateRounds));
  const worker: LevelWorker = {
    onmessage: null,
    onerror: null,
    postMessage(request) {
      seen.requests++;
      scope.onmessage?.({ data: structuredClone(request) } as MessageEvent<LevelRequest>);
    },
    terminate() {},
  };
  return {
    worker,
    get requests() {
      return seen.requests;
    },
  };
}

describe('a level that asks the engine for rounds loads off the page', () => {
  it('gives the same level from the worker as from the page, generated rounds and all', async () => {
    const w = inProcessWorker();
    const off = await loadLevelOffPage('teacher.json', generating, library, () => w.worker);
    const here = loadLevelText('teacher.json', generating, library, generateRounds);
    expect(w.requests).toBe(1);
    expect(off?.ok).toBe(true);
    expect(off).toEqual(here);
    expect(off?.ok && off.level.rounds.length).toBeGreaterThan(0);
  });

  it('says so (null) when the worker fails, and the page then loads the level itself', async () => {
    const broken: LevelWorker = {
      onmessage: null,
      onerror: null,
      postMessage() {
        setTimeout(() => broken.onerror?.({ message: 'could not start' } as ErrorEvent), 0);
      },
      terminate() {},
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await loadLevelOffPage('teacher.json', generating, library, () => broken)).toBeNull();
    const loaded = await loadLevelFromText('teacher.json', generating, library, (file, text, lib) => loadLevelOffPage(file, text, lib, () => broken));
    expect(loaded).toEqual(loadLevelText('teacher.json', generating, library, generateRounds));
    warn.mockRestore();
  });

  it('keeps a level without generate entries on the page: no worker for a quick check', async () => {
    let asked = 0;
    const loaded = await loadLevelFromText('bridge.json', plain, library, async () => {
      asked++;
      return null;
    });
    expect(asked).toBe(0);
    expect(loaded.ok).toBe(true);
  });

  it('reports a broken generating level from the worker with its problems located', async () => {
    const bad = generating.replace('"count": 4', '"count": "four"');
    const off = await loadLevelOffPage('teacher.json', bad, library, () => inProcessWorker().worker);
    expect(off?.ok).toBe(false);
    expect(off && !off.ok && off.lines.join('\n')).toContain('teacher.json');
  });
});
