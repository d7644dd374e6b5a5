import './ui/style.css';
import { bundledLevels, bundledLibrary, moreBundledLevels } from './app/content';
import type { LoadedLevel } from './core/levelLoad';
import { acceptDroppedLevels, playLevelFile, playLevelText, playLevelUrl, restoreOpenedLevels, removeOpenedLevel } from './app/externalLevel';
import { routeEditor } from './app/editorRoute';
import { routeClass } from './class/route';
import { createI18n, detectLanguage, isLanguage, loadStrings } from './i18n';
import { createGameStore } from './state/store';
import { keepRunAcrossReloads } from './state/savedRun';
import { mountUi } from './ui/mount';
import { loadPicturesWhenIdle } from './game/lazy';
import { whileReading } from './app/whileReading';
import { watchSound } from './ui/sound';

function storageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

async function boot(): Promise<void> {
  const store = createGameStore({ storage: storageOrUndefined() });
  // A reload mid-level resumes the run (saved under lateral.run on every change).
  keepRunAcrossReloads(store, storageOrUndefined());
  // The sound player is made while the page loads (its media start-up is a task of its own).
  watchSound(store);
  const saved = store.getState().progress.language;
  const language = isLanguage(saved) ? saved : detectLanguage(navigator.languages ?? [navigator.language]);
  // A language other than English is its own chunk, fetched beside the first level. Cut off, the game
  // starts in English (the fallback) rather than not at all.
  const strings =
    language === 'en'
      ? Promise.resolve({})
      : loadStrings(language).then(
          (s) => ({ [language]: s }),
          (error: unknown) => (console.warn(`${language} strings unavailable`, error), {}),
        );

  const { library, errors } = bundledLibrary();
  store.setState({ articles: library });
  const applyLevels = (loaded: LoadedLevel[]) =>
    store.getState().setLevels(
      loaded.flatMap((l) => (l.ok ? [l.level] : [])),
      [...(errors.length ? [{ file: 'assets/articles/catalog.json', problems: errors }] : []), ...loaded.flatMap((l) => (l.ok ? [] : [{ file: l.file, problems: l.lines }]))],
    );
  applyLevels(await bundledLevels(library));
  const loaded = await strings;
  // Without its strings the game speaks English, and says so (mount's language switch tries again and tells the player).
  const i18n = createI18n(language in loaded ? language : 'en', loaded);
  if (!(language in loaded) && language !== 'en') store.getState().notify('languageUnavailable');

  // The other shipped levels arrive while the player reads the title or results screen, not
  // during a round (the dev server reloads the page when a level file changes: shippedLevelsPlugin).
  whileReading(
    store,
    (s) => s.screen !== 'round',
    3000,
    () =>
      void moreBundledLevels(library)
        .then((more) => {
          const { levels, broken } = store.getState();
          store
            .getState()
            .setLevels(
              [...levels, ...more.flatMap((l) => (l.ok && !levels.some((x) => x.file.id === l.level.file.id) ? [l.level] : []))],
              [...broken, ...more.flatMap((l) => (l.ok ? [] : [{ file: l.file, problems: l.lines }]))],
            );
          // Cut off (a reload, a lost network before the service worker has it): the first level still plays.
        })
        .catch((error) => console.warn('more levels unavailable', error)),
  );

  const byId = (id: string) => document.getElementById(id) as HTMLElement;
  mountUi(
    store,
    i18n,
    { main: byId('ui'), desk: byId('desk'), live: byId('live'), notices: byId('notices') },
    {
      openLevelFile: (file) => void playLevelFile(store, library, i18n, file),
      removeOpenedLevel: (id) => void removeOpenedLevel(store, id),
    },
  );
  acceptDroppedLevels(store, library, i18n);
  // Levels opened from files on earlier visits (IndexedDB), listed with the shipped ones: read
  // back when no round is on screen, at an idle moment (opening the database and validating the
  // levels again are long tasks on a phone, and only the title lists them). A saved run in one
  // of them resumes once it is back (keepRunAcrossReloads waits for its level).
  whileReading(
    store,
    (s) => s.screen !== 'round',
    0,
    () => void restoreOpenedLevels(store, library),
  );
  routeEditor({ store, i18n, library, playLevelText: (file, text) => playLevelText(store, library, file, text) }, byId('ui'), byId('editor'));
  routeClass({ store, i18n }, byId('ui'));
  const levelUrl = new URLSearchParams(window.location.search).get('level');
  if (levelUrl) await playLevelUrl(store, library, i18n, levelUrl);

  // Pictures draw on a canvas that loads while the player reads; without it each picture is its text.
  loadPicturesWhenIdle(byId('ui'), store, (error) => {
    console.warn('graphics unavailable', error);
    store.getState().notify('graphics');
  });
  // Offline play and the update prompt: registered once the first screen has settled.
  whileReading(
    store,
    () => true,
    2000,
    () => void import('./pwa/offline').then(({ startOffline }) => startOffline(store, i18n, byId('pwa'))).catch((error) => console.warn('offline play unavailable', error)),
  );
  (window as unknown as { __lateral?: Record<string, unknown> }).__lateral = { ...(window as unknown as { __lateral?: Record<string, unknown> }).__lateral, store };
}

void boot();
