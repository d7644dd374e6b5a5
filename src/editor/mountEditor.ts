import type { EditorDeps } from '../app/editorRoute';

/** Placeholder so the route compiles; the editor is being written in this folder. */
export function mountEditor(root: HTMLElement, _deps: EditorDeps): () => void {
  root.textContent = '';
  return () => undefined;
}
