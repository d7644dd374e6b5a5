import type { i18n } from 'i18next';
import type { GameStore } from '../state/store';
import type { Library } from '../core/library';
import type { ValidLevel } from '../core/levelValidate';
import { openedLevels, OpenedLevelsError, type OpenedLevel, type OpenedLevels } from '../state/openedLevels';
import { loadLevelFromText } from './content';
import { fetchLevelText, formatBytes, MAX_LEVEL_BYTES as MAX_BYTES, type FetchLevelOptions, type FetchLevelResult, type FetchProgress } from './fetchLevel';

/**
 * A teacher's level from outside the build (a dropped file, `?level=URL`): validated like
 * `levels:check`, played at once when valid, its problems listed on the title screen when not.
 */
export async function playLevelText(store: GameStore, library: Library, file: string, text: string, mayLeaveRun: () => boolean = () => true): Promise<boolean> {
  return (await loadAndPlay(store, library, file, text, mayLeaveRun)) !== null;
}

/**
 * A level that arrives while the player is mid-round (a slow ?level= URL) does not take the
 * round away unasked: `mayLeaveRun` asks, and a "no" keeps the run and lists the level.
 */
async function loadAndPlay(store: GameStore, library: Library, file: string, text: string, mayLeaveRun: () => boolean = () => true): Promise<ValidLevel | null> {
  const loaded = await loadLevelFromText(file, text, library);
  if (!loaded.ok) {
    store.getState().reportBroken({ file, problems: loaded.lines });
    return null;
  }
  store.getState().addLevel(loaded.level);
  store.setState({ broken: store.getState().broken.filter((b) => b.file !== file) });
  const now = store.getState();
  const playing = now.screen === 'round' && !!now.run && !now.run.finished && now.run.index + (now.run.stage === 'answer' ? 0 : 1) > 0;
  if (playing && !mayLeaveRun()) return loaded.level;
  store.getState().startLevel(loaded.level.file.id);
  return loaded.level;
}

export async function playLevelFile(store: GameStore, library: Library, i18n: i18n, file: File, kept: OpenedLevels = openedLevels()): Promise<boolean> {
  if (!/\.json$/i.test(file.name) && file.type !== 'application/json') {
    store.getState().reportBroken({ file: file.name, problems: [i18n.t('external.notJsonFile', { file: file.name })] });
    return false;
  }
  if (file.size > MAX_BYTES) {
    store.getState().reportBroken({ file: file.name, problems: [i18n.t('external.tooLarge', { file: file.name })] });
    return false;
  }
  const text = await file.text();
  const level = await loadAndPlay(store, library, file.name, text);
  if (!level) return false;
  await keepOpenedLevel(store, kept, { id: level.file.id, file: file.name, text, openedAt: new Date().toISOString() });
  return true;
}

/** Keep a level opened from a file on this device, so it is there after a reload; say so when it cannot be. */
export async function keepOpenedLevel(store: GameStore, kept: OpenedLevels, level: OpenedLevel): Promise<void> {
  try {
    await kept.save(level);
    const opened = store.getState().opened;
    if (!opened.includes(level.id)) store.setState({ opened: [...opened, level.id] });
  } catch (error) {
    const kind = error instanceof OpenedLevelsError ? error.kind : 'failed';
    if (kind === 'full') store.getState().notify('openedFull');
    else if (kind === 'unavailable') store.getState().notify('openedUnavailable');
    else console.warn('could not keep the opened level', error);
  }
}

/**
 * At startup: the levels opened from files on earlier visits, validated again and listed with
 * the shipped ones (not started). One that no longer validates is listed with its problems.
 * Quiet when IndexedDB is unavailable: a player who never opened a file needs no message.
 */
export async function restoreOpenedLevels(store: GameStore, library: Library, kept: OpenedLevels = openedLevels()): Promise<string[]> {
  let stored: OpenedLevel[];
  try {
    stored = await kept.list();
  } catch (error) {
    console.warn('opened levels unavailable', error);
    return [];
  }
  const restored: string[] = [];
  for (const entry of stored) {
    const loaded = await loadLevelFromText(entry.file, entry.text, library);
    if (loaded.ok) {
      store.getState().addLevel(loaded.level);
      restored.push(loaded.level.file.id);
    } else store.getState().reportBroken({ file: entry.file, problems: loaded.lines });
  }
  const opened = store.getState().opened;
  const added = restored.filter((id) => !opened.includes(id));
  // Nothing kept on this device (most players): no change, so the title is not drawn again.
  if (added.length > 0) store.setState({ opened: [...opened, ...added] });
  return restored;
}

/** Forget an opened level: off the device and off the list (it stays playable until a run in it ends). */
export async function removeOpenedLevel(store: GameStore, id: string, kept: OpenedLevels = openedLevels()): Promise<void> {
  await kept.remove(id);
  const s = store.getState();
  store.setState({ opened: s.opened.filter((x) => x !== id), levels: s.run?.levelId === id ? s.levels : s.levels.filter((l) => l.file.id !== id) });
}

/** A line saying how much of a level has arrived, over the page until it is done. */
function showProgress(i18n: i18n): { update(p: FetchProgress): void; done(): void } {
  const box = document.createElement('div');
  box.className = 'notices';
  const line = document.createElement('p');
  line.className = 'notice';
  line.setAttribute('role', 'status');
  line.textContent = i18n.t('external.loadingLevel');
  box.append(line);
  document.body.append(box);
  return {
    update: ({ received, total }) => {
      line.textContent = total
        ? i18n.t('external.loadingPercent', { percent: Math.min(100, Math.floor((received / total) * 100)) })
        : i18n.t('external.loadingBytes', { received: formatBytes(received) });
    },
    done: () => box.remove(),
  };
}

export async function playLevelUrl(store: GameStore, library: Library, i18n: i18n, url: string, options: FetchLevelOptions = {}): Promise<boolean> {
  const progress = showProgress(i18n);
  let fetched: FetchLevelResult;
  try {
    fetched = await fetchLevelText(new URL(url, window.location.href).href, { onProgress: progress.update, ...options });
  } catch (error) {
    fetched = { ok: false, reason: 'failed', message: (error as Error).message };
  } finally {
    progress.done();
  }
  if (!fetched.ok) {
    const problem =
      fetched.reason === 'tooLarge'
        ? i18n.t('external.urlTooLarge', { url })
        : fetched.reason === 'timeout'
          ? i18n.t('external.timeout', { url, seconds: fetched.seconds })
          : i18n.t('external.fetchFailed', { url, reason: fetched.message });
    store.getState().reportBroken({ file: url, problems: [problem] });
    return false;
  }
  return playLevelText(store, library, url, fetched.text, () => window.confirm(i18n.t('external.leaveRun')));
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
