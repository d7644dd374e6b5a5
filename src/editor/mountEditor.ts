import './editor.css';
import type { EditorDeps } from './editorDeps';
import { el } from '../ui/dom';
import { freshDraft, type Draft } from './draft';
import { createDraftSaver, discardDraft, loadDraft, type SaveResult } from './draftStorage';
import type { Editor, EditorUi, Section } from './editorContext';
import { addArticleFiles, addArticleText, articlesView } from './views/articlesView';
import { confirmDialog } from './views/confirmDialog';
import { pickedText, readPanelSelection } from './views/evidencePicker';
import { levelMetaView } from './views/levelMetaView';
import { publishView } from './views/publishView';
import { roundCard, roundsView, updateCounts, updateReadiness } from './views/roundsView';

/** Replace `old` with `next`, keeping keyboard focus on the element that plays the same part. */
function replaceKeepingFocus(container: Element, build: () => Node | Node[], focusKey?: string): void {
  const active = document.activeElement as HTMLElement | null;
  const activeKey = active && container.contains(active) ? active.dataset.fkey : undefined;
  const nodes = build();
  if (container instanceof HTMLElement && container.dataset.replaceSelf === 'true') container.replaceWith(...(Array.isArray(nodes) ? nodes : [nodes]));
  else container.replaceChildren(...(Array.isArray(nodes) ? nodes : [nodes]));
  const key = focusKey ?? activeKey;
  if (key) document.querySelector<HTMLElement>(`[data-fkey="${CSS.escape(key)}"]`)?.focus();
}

/**
 * The level editor for teachers (`#/editor`): paste articles, take or leave the engine's
 * proposals, edit them, preview by playing, download one JSON file. The draft is saved on the
 * device as the teacher types.
 */
export function mountEditor(root: HTMLElement, deps: EditorDeps): () => void {
  const i18n = deps.i18n;
  const t = i18n.t.bind(i18n);
  document.documentElement.lang = i18n.language;
  const loaded = loadDraft();

  const statusText = el('span', { class: 'ed-status-text' });
  const saveState = el('span', { class: 'ed-save-state' });
  const noticeList = el('div', { class: 'ed-notices' });
  const sections: Record<Section, HTMLElement> = {
    meta: el('section', { class: 'ed-section', 'aria-labelledby': 'ed-meta-heading' }),
    articles: el('section', { class: 'ed-section', 'aria-labelledby': 'ed-articles-heading' }),
    rounds: el('section', { class: 'ed-section', 'aria-labelledby': 'ed-rounds-heading' }),
    publish: el('section', { class: 'ed-section', 'aria-labelledby': 'ed-publish-heading' }),
  };
  const ui: EditorUi = {
    editing: new Set(),
    check: null,
    picked: new Map(),
    pickerArticle: new Map(),
    pickerOpen: new Set(),
    suggesting: false,
    suggestNotes: [],
  };

  const onSaved = (r: SaveResult) => {
    if (r.ok) {
      saveState.textContent = t('editor.save.saved');
      saveFailedShown = false;
    } else {
      saveState.textContent = t('editor.save.notSaved');
      if (!saveFailedShown) {
        saveFailedShown = true;
        ed.notice(t(r.reason === 'quota' ? 'editor.save.quota' : 'editor.save.blocked'));
      }
    }
  };
  let saveFailedShown = false;
  // A corrupt draft whose backup failed stays where it is: nothing overwrites it.
  const saver = createDraftSaver(() => ed.draft, onSaved, !(loaded.kind === 'corrupt' && loaded.backupKey === null));

  const render: Record<Section, () => HTMLElement[]> = {
    meta: () => levelMetaView(ed),
    articles: () => articlesView(ed),
    rounds: () => roundsView(ed),
    publish: () => publishView(ed),
  };

  const ed: Editor = {
    deps,
    i18n,
    t,
    draft: loaded.draft,
    ui,
    changed() {
      saveState.textContent = t('editor.save.saving');
      saver.schedule();
      updateReadiness(ed);
    },
    refresh(section, focusKey) {
      replaceKeepingFocus(sections[section], render[section], focusKey);
    },
    refreshRound(key, focusKey) {
      const card = sections.rounds.querySelector<HTMLElement>(`[data-round-key="${CSS.escape(key)}"]`);
      const dr = ed.draft.rounds.find((r) => r.key === key);
      if (!card || !dr) return ed.refresh('rounds', focusKey);
      card.dataset.replaceSelf = 'true';
      replaceKeepingFocus(card, () => roundCard(ed, dr), focusKey);
      updateCounts(ed);
    },
    status(message) {
      // Cleared first so the same message twice is announced twice.
      statusText.textContent = '';
      requestAnimationFrame(() => {
        statusText.textContent = message;
      });
    },
    notice(message) {
      const item = el(
        'div',
        { class: 'notice ed-notice', role: 'alert' },
        el('p', {}, message),
        el('button', { type: 'button', class: 'link', 'aria-label': t('editor.common.dismiss'), onclick: () => item.remove() }, '×'),
      );
      noticeList.append(item);
    },
    confirm: (message, yes, no) => confirmDialog(root, message, yes, no),
    flushSave: () => saver.flush(),
    replaceDraft(draft: Draft) {
      ed.draft = draft;
      ui.editing.clear();
      ui.check = null;
      ui.picked.clear();
      ui.pickerArticle.clear();
      ui.pickerOpen.clear();
      ui.suggestNotes = [];
      for (const s of Object.keys(sections) as Section[]) ed.refresh(s);
      saver.schedule();
    },
  };

  const newLevel = async () => {
    const ok = await ed.confirm(t('editor.newLevel.confirm'), t('editor.newLevel.yes'), t('editor.common.cancel'));
    if (!ok) return;
    saver.cancel();
    discardDraft();
    ed.replaceDraft(freshDraft());
    document.getElementById('ed-title-en')?.focus();
    ed.status(t('editor.newLevel.done'));
  };

  const heading = el('h1', { tabindex: -1, class: 'focus-target', id: 'ed-heading' }, t('editor.heading'));
  root.replaceChildren(
    el(
      'div',
      { class: 'ed' },
      el(
        'header',
        { class: 'ed-head' },
        el(
          'nav',
          { class: 'ed-nav', 'aria-label': t('editor.nav') },
          el('a', { href: '#', class: 'ed-back' }, t('editor.back')),
          el('button', { type: 'button', class: 'secondary', onclick: () => void newLevel() }, t('editor.newLevel.button')),
        ),
        heading,
        el('p', { class: 'ed-intro' }, t('editor.intro')),
      ),
      noticeList,
      ...Object.values(sections),
      el('div', { class: 'ed-statusbar' }, el('span', { role: 'status', 'aria-live': 'polite', class: 'ed-status' }, statusText), saveState),
    ),
  );
  for (const s of Object.keys(sections) as Section[]) ed.refresh(s);
  heading.focus();

  if (loaded.kind === 'restored') {
    ed.status(t('editor.save.restored'));
    saveState.textContent = t('editor.save.saved');
  }
  if (loaded.kind === 'corrupt') ed.notice(loaded.backupKey ? t('editor.save.corrupt', { key: loaded.backupKey }) : t('editor.save.corruptNoBackup'));

  // ---- leaving the page: save what is waiting ----
  const flush = () => saver.flush();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') saver.flush();
  };

  // ---- files and text dropped anywhere on the editor ----
  const onDragOver = (e: DragEvent) => {
    const types = e.dataTransfer?.types ?? [];
    if (!types.includes('Files') && !types.includes('text/plain')) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    document.getElementById('ed-drop')?.classList.add('is-over');
  };
  const onDragLeave = (e: DragEvent) => {
    if (e.relatedTarget === null) document.getElementById('ed-drop')?.classList.remove('is-over');
  };
  const onDrop = (e: DragEvent) => {
    document.getElementById('ed-drop')?.classList.remove('is-over');
    const dt = e.dataTransfer;
    if (!dt) return;
    // Text dropped into a text field goes where it was dropped, as the browser does.
    const target = e.target as HTMLElement | null;
    const files = [...dt.files];
    if (files.length === 0 && target?.closest('input, textarea')) return;
    e.preventDefault();
    if (files.length) void addArticleFiles(ed, files);
    else addArticleText(ed, dt.getData('text/plain'));
  };

  // ---- text selected in an article panel: remembered for "Use selection as evidence" ----
  const onSelection = () => {
    const sel = readPanelSelection();
    if (!sel) return;
    ui.picked.set(sel.roundKey, { article: sel.article, quote: sel.quote });
    const shown = document.getElementById(`ed-r-${sel.roundKey}-picked`);
    if (shown) shown.textContent = pickedText(ed, sel.roundKey);
  };

  window.addEventListener('pagehide', flush);
  window.addEventListener('beforeunload', flush);
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('dragover', onDragOver);
  window.addEventListener('dragleave', onDragLeave);
  window.addEventListener('drop', onDrop);
  document.addEventListener('selectionchange', onSelection);
  document.addEventListener('mouseup', onSelection);
  document.addEventListener('keyup', onSelection);
  document.addEventListener('touchend', onSelection);

  return () => {
    saver.flush();
    window.removeEventListener('pagehide', flush);
    window.removeEventListener('beforeunload', flush);
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('dragover', onDragOver);
    window.removeEventListener('dragleave', onDragLeave);
    window.removeEventListener('drop', onDrop);
    document.removeEventListener('selectionchange', onSelection);
    document.removeEventListener('mouseup', onSelection);
    document.removeEventListener('keyup', onSelection);
    document.removeEventListener('touchend', onSelection);
    root.querySelectorAll('dialog').forEach((d) => d.remove());
  };
}
