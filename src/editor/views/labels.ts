import type { Editor } from '../editorContext';

/** An article as the teacher knows it: its outlet name, else its place in the list. */
export function outletLabel(ed: Editor, key: string): string {
  const index = ed.draft.articles.findIndex((a) => a.key === key);
  const a = ed.draft.articles[index];
  if (!a) return ed.t('editor.articles.missing');
  return a.outlet.trim() || ed.t('editor.articles.heading', { n: index + 1 });
}
