import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createGameStore } from '../../../src/state/store';
import { restoreOpenedLevels } from '../../../src/app/externalLevel';
import { loadNodeLibrary } from '../../../src/cli/nodeLibrary';
import type { OpenedLevel, OpenedLevels } from '../../../src/state/openedLevels';

const { library } = loadNodeLibrary();
const kept = (levels: OpenedLevel[]): OpenedLevels => ({ save: async () => undefined, list: async () => levels, remove: async () => undefined });

describe('levels kept on this device come back on the title', () => {
  it('with none kept, the store does not change, so the title is not drawn a second time while the page loads', async () => {
    const store = createGameStore({});
    let changes = 0;
    store.subscribe(() => changes++);
    expect(await restoreOpenedLevels(store, library, kept([]))).toEqual([]);
    expect(changes).toBe(0);
  });

  it('a kept level is listed again as opened', async () => {
    const store = createGameStore({});
    const text = readFileSync(new URL('../../../levels/02-opinion-or-reporting.json', import.meta.url), 'utf8');
    const id = (JSON.parse(text) as { id: string }).id;
    const restored = await restoreOpenedLevels(store, library, kept([{ id, file: 'mine.json', text, openedAt: '2026-01-01T00:00:00Z' }]));
    expect(restored).toEqual([id]);
    expect(store.getState().opened).toEqual([id]);
    expect(store.getState().levels.some((l) => l.file.id === id)).toBe(true);
  });
});
