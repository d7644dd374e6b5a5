import './ui/style.css';
import { bundledLevels, bundledLibrary } from './app/content';
import type { LoadedLevel } from './core/levelLoad';
import { acceptDroppedLevels, playLevelFile, playLevelText, playLevelUrl } from './app/externalLevel';
import { routeEditor } from './app/editorRoute';
import { createI18n, detectLanguage, isLanguage } from './i18n';
import { createGameStore } from './state/store';
import { mountUi } from './ui/mount';

function storageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

async function boot(): Promise<void> {
  const store = createGameStore({ storage: storageOrUndefined() });
  const saved = store.getState().progress.language;
  const i18n = createI18n(isLanguage(saved) ? saved : detectLanguage(navigator.languages ?? [navigator.language]));

  const { library, errors } = bundledLibrary();
  store.setState({ articles: library });
  const applyLevels = (loaded: LoadedLevel[]) =>
    store.getState().setLevels(
      loaded.flatMap((l) => (l.ok ? [l.level] : [])),
      [
        ...(errors.length ? [{ file: 'assets/articles/catalog.json', problems: errors }] : []),
        ...loaded.flatMap((l) => (l.ok ? [] : [{ file: l.file, problems: l.lines }])),
      ],
    );
  applyLevels(await bundledLevels(library));

  // Dev server: a saved level file is validated and swapped into the running game.
  if (import.meta.hot) {
    import.meta.hot.accept('./app/content', (next) => {
      if (next) void (next as unknown as typeof import('./app/content')).bundledLevels(library).then(applyLevels);
    });
  }

  const byId = (id: string) => document.getElementById(id) as HTMLElement;
  mountUi(store, i18n, { main: byId('ui'), live: byId('live'), overlay: byId('overlay'), notices: byId('notices') }, {
    openLevelFile: (file) => void playLevelFile(store, library, i18n, file),
  });
  acceptDroppedLevels(store, library, i18n);
  routeEditor(
    { store, i18n, library, playLevelText: (file, text) => playLevelText(store, library, file, text) },
    byId('ui'),
    byId('editor'),
  );
  const levelUrl = new URLSearchParams(window.location.search).get('level');
  if (levelUrl) await playLevelUrl(store, library, i18n, levelUrl);

  // The canvas is decoration: load it after the page is usable, and keep playing if it fails.
  const { startGame } = await import('./game/startGame');
  try {
    startGame(byId('stage'), store, i18n);
  } catch (error) {
    console.warn('graphics unavailable', error);
  }
  (window as unknown as { __lateral?: unknown }).__lateral = { store };
}

void boot();
