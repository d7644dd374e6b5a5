import { el, markedText } from '../../ui/dom';
import { findQuote, type Span } from '../../core/article';
import { evidenceKey, hasText, type DraftRound } from '../draft';
import type { Editor } from '../editorContext';
import { button, selectField } from './fields';
import { outletLabel } from './labels';

const clip = (s: string, n = 160): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Articles shown in full in the panel; a larger one shows its start only, so the page stays quick. */
const PANEL_MAX_CHARS = 300_000;

/** Articles a round mentions first: the panel opens on the one the teacher most likely wants. */
function defaultArticle(dr: DraftRound, keys: readonly string[]): string | undefined {
  const r = dr.round;
  const mentioned = r.type === 'who-said-it' ? r.answers : r.type === 'opinion-or-reporting' ? [r.article] : r.figures.map((f) => f.article);
  return [...r.evidence.map((e) => e.article), ...mentioned].find((k) => keys.includes(k)) ?? keys[0];
}

/** The picked text for a round, shown next to the button that uses it. */
export function pickedText(ed: Editor, roundKey: string): string {
  const picked = ed.ui.picked.get(roundKey);
  return picked ? ed.t('editor.evidence.selected', { outlet: outletLabel(ed, picked.article), quote: clip(picked.quote, 200) }) : ed.t('editor.evidence.selectHint');
}

/** Evidence list with remove buttons, and an article panel to select new evidence in. */
export function evidenceEditor(ed: Editor, dr: DraftRound): HTMLElement {
  const { t, draft, ui } = ed;
  const round = dr.round;
  const listId = `ed-r-${dr.key}-evidence`;
  const items = round.evidence.map((e, i) =>
    el(
      'li',
      { class: 'ed-evidence' },
      el('p', { class: 'ed-evidence-outlet' }, outletLabel(ed, e.article)),
      el('blockquote', {}, el('p', {}, clip(e.quote, 400))),
      button(
        t('editor.evidence.remove'),
        () => {
          round.evidence.splice(i, 1);
          ed.changed();
          ed.refreshRound(dr.key, `ed-r-${dr.key}-evheading`);
          ed.status(t('editor.evidence.removed'));
        },
        { className: 'link ed-danger', fkey: `ed-r-${dr.key}-ev-${i}-remove` },
      ),
    ),
  );

  const keys = draft.articles.filter(hasText).map((a) => a.key);
  const shown = ui.pickerArticle.get(dr.key) ?? defaultArticle(dr, keys);
  const article = draft.articles.find((a) => a.key === shown && hasText(a));

  const details = el('details', { class: 'ed-picker' });
  details.open = ui.pickerOpen.has(dr.key);
  details.addEventListener('toggle', () => {
    if (details.open) {
      ui.pickerOpen.add(dr.key);
      if (details.dataset.built !== 'true') ed.refreshRound(dr.key, `ed-r-${dr.key}-picker`);
    } else ui.pickerOpen.delete(dr.key);
  });
  details.append(el('summary', { 'data-fkey': `ed-r-${dr.key}-picker` }, t('editor.evidence.pick')));

  // The panel is only built while open: a round list stays light with large articles.
  if (details.open && article) {
    const spans: Span[] = round.evidence
      .filter((e) => e.article === article.key)
      .map((e) => findQuote(article.text, e.quote))
      .filter((s): s is Span => s !== null);
    const text = article.text.length > PANEL_MAX_CHARS ? article.text.slice(0, PANEL_MAX_CHARS) : article.text;
    const panelId = `ed-r-${dr.key}-panel`;
    const pickedId = `ed-r-${dr.key}-picked`;
    const parts: (HTMLElement | null)[] = [
      selectField({
        id: `ed-r-${dr.key}-panel-article`,
        label: t('editor.evidence.article'),
        value: article.key,
        options: keys.map((k) => ({ value: k, label: outletLabel(ed, k) })),
        onChange: (v) => {
          ui.pickerArticle.set(dr.key, v);
          ed.refreshRound(dr.key);
        },
      }),
      el('p', { class: 'ed-hint', id: `${panelId}-hint` }, t('editor.evidence.panelHint')),
      articlePanel(panelId, t('editor.evidence.panelLabel', { outlet: outletLabel(ed, article.key) }), dr.key, article.key, markedText(text, spans)),
      text.length < article.text.length ? el('p', { class: 'ed-warning' }, t('editor.evidence.panelClipped')) : null,
      el('p', { class: 'ed-picked', id: pickedId, 'aria-live': 'polite' }, pickedText(ed, dr.key)),
      button(t('editor.evidence.use'), () => useSelection(ed, dr), { className: 'primary', fkey: `ed-r-${dr.key}-use` }),
    ];
    details.append(...parts.filter((p): p is HTMLElement => p !== null));
    details.dataset.built = 'true';
  } else if (details.open) {
    details.append(el('p', { class: 'ed-warning' }, t('editor.evidence.noArticles')));
    details.dataset.built = 'true';
  }

  return el(
    'div',
    { class: 'ed-evidence-box' },
    el('h4', { id: `ed-r-${dr.key}-evheading`, tabindex: -1, 'data-fkey': `ed-r-${dr.key}-evheading` }, t('editor.evidence.heading', { count: round.evidence.length })),
    items.length ? el('ul', { class: 'ed-evidence-list', id: listId }, ...items) : el('p', { class: 'ed-warning' }, t('editor.evidence.none')),
    details,
  );
}

/**
 * The article as selectable text. It is a read-only text box (contenteditable, every edit
 * refused) so that a keyboard can move a caret and select with Shift and the arrow keys;
 * inputmode="none" keeps a phone's keyboard closed. The text is only ever text nodes and marks.
 */
function articlePanel(id: string, label: string, roundKey: string, articleKey: string, content: Node): HTMLElement {
  const panel = el(
    'div',
    {
      class: 'ed-article-text',
      id,
      role: 'textbox',
      contenteditable: 'true',
      inputmode: 'none',
      spellcheck: 'false',
      translate: 'no',
      'aria-readonly': 'true',
      'aria-multiline': 'true',
      'aria-label': label,
      'aria-describedby': `${id}-hint`,
      'data-round-key': roundKey,
      'data-article-key': articleKey,
    },
    content,
  );
  const refuse = (e: Event) => {
    e.preventDefault();
    e.stopPropagation();
  };
  for (const type of ['beforeinput', 'paste', 'cut', 'drop', 'dragstart']) panel.addEventListener(type, refuse);
  return panel;
}

function useSelection(ed: Editor, dr: DraftRound): void {
  const { t } = ed;
  const picked = ed.ui.picked.get(dr.key);
  if (!picked) {
    ed.status(t('editor.evidence.nothingSelected'));
    return;
  }
  const article = ed.draft.articles.find((a) => a.key === picked.article);
  const quote = picked.quote.trim();
  if (!article || !quote || !findQuote(article.text, quote)) {
    ed.status(t('editor.evidence.notFound'));
    return;
  }
  const entry = { article: article.key, quote };
  if (!dr.round.evidence.some((e) => evidenceKey(e) === evidenceKey(entry))) dr.round.evidence.push(entry);
  ed.ui.picked.delete(dr.key);
  window.getSelection()?.removeAllRanges();
  ed.changed();
  ed.refreshRound(dr.key, `ed-r-${dr.key}-use`);
  ed.status(t('editor.evidence.added', { outlet: outletLabel(ed, article.key) }));
}

/** The selection inside an article panel, if there is one (called on selectionchange and mouseup). */
export function readPanelSelection(): { roundKey: string; article: string; quote: string } | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const panelOf = (node: Node | null): HTMLElement | null => {
    const elNode = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
    return elNode?.closest<HTMLElement>('.ed-article-text') ?? null;
  };
  const panel = panelOf(sel.anchorNode);
  if (!panel || panel !== panelOf(sel.focusNode)) return null;
  const quote = sel.toString().trim();
  const roundKey = panel.dataset.roundKey;
  const article = panel.dataset.articleKey;
  if (!quote || !roundKey || !article) return null;
  return { roundKey, article, quote };
}
