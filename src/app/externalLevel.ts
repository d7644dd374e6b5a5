import type { i18n } from 'i18next';
import type { GameStore } from '../state/store';
import type { Library } from '../core/library';
import { loadLevelFromText } from './content';

const MAX_BYTES = 20 * 1024 * 1024;

/**
 * A teacher's level from outside the build (a dropped file, `?level=URL`): validated like
 * `levels:check`, played at once when valid, its problems listed on the title screen when not.
 */
export async function playLevelText(store: GameStore, library: Library, file: string, text: string): Promise<boolean> {
  const loaded = await loadLevelFromText(file, text, library);
  if (!loaded.ok) {
    store.getState().reportBroken({ file, problems: loaded.lines });
    return false;
  }
  store.getState().addLevel(loaded.level);
  store.setState({ broken: store.getState().broken.filter((b) => b.file !== file) });
  store.getState().startLevel(loaded.level.file.id);
  return true;
}

export async function playLevelFile(store: GameStore, library: Library, i18n: i18n, file: File): Promise<boolean> {
  if (!/\.json$/i.test(file.name) && file.type !== 'application/json') {
    store.getState().reportBroken({ file: file.name, problems: [i18n.t('external.notJsonFile', { file: file.name })] });
    return false;
  }
  if (file.size > MAX_BYTES) {
    store.getState().reportBroken({ file: file.name, problems: [i18n.t('external.tooLarge', { file: file.name })] });
    return false;
  }
  return playLevelText(store, library, file.name, await file.text());
}

export async function playLevelUrl(store: GameStore, library: Library, i18n: i18n, url: string): Promise<boolean> {
  try {
    const response = await fetch(new URL(url, window.location.href));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await playLevelText(store, library, url, await response.text());
  } catch (error) {
    store.getState().reportBroken({ file: url, problems: [i18n.t('external.fetchFailed', { url, reason: (error as Error).message })] });
    return false;
  }
}

/** Drop a level file anywhere on the title screen. */
export function acceptDroppedLevels(store: GameStore, library: Library, i18n: i18n): void {
  window.addEventListener('dragover', (e) => {
    if (store.getState().screen === 'title' && e.dataTransfer?.types.includes('Files') && !location.hash.startsWith('#/editor')) e.preventDefault();
  });
  window.addEventListener('drop', (e) => {
    if (store.getState().screen !== 'title' || location.hash.startsWith('#/editor')) return;
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    void playLevelFile(store, library, i18n, file);
  });
}
