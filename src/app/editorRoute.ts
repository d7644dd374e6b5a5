import type { EditorDeps } from '../editor/editorDeps';

export const EDITOR_HASH = '#/editor';

/**
 * `#/editor` loads the level editor on demand: players never download it.
 * The game's own page is hidden (not removed) while the editor is open.
 */
export function routeEditor(deps: EditorDeps, gameMain: HTMLElement, editorRoot: HTMLElement): void {
  let unmount: (() => void) | null = null;
  let loading = false;
  const sync = async () => {
    const wantEditor = window.location.hash.startsWith(EDITOR_HASH);
    if (wantEditor && !unmount && !loading) {
      loading = true;
      const { mountEditor } = await import('../editor/mountEditor');
      loading = false;
      if (!window.location.hash.startsWith(EDITOR_HASH)) return;
      // Back from a preview: the preview's round or score must not stay over the editor.
      deps.store.getState().quit();
      editorRoot.hidden = false;
      gameMain.hidden = true;
      unmount = mountEditor(editorRoot, deps);
    } else if (!wantEditor && unmount) {
      unmount();
      unmount = null;
      editorRoot.hidden = true;
      editorRoot.replaceChildren();
      gameMain.hidden = false;
    }
  };
  window.addEventListener('hashchange', () => void sync());
  void sync();
}
