import { el, markedText } from '../dom';
import type { UiContext } from '../context';
import { findArticle } from '../../state/store';

/** The whole article with the evidence highlighted in place, as a modal dialog. */
export function readerView(ctx: UiContext): HTMLElement | null {
  const { t, store } = ctx;
  const state = store.getState();
  if (!state.reader) return null;
  const article = findArticle(state, state.reader.articleId);
  if (!article) return null;
  const highlights = state.reader.highlights;
  const close = () => store.getState().closeReader();
  const sectionLabels = (article.sections ?? []).map((s) => el('li', {}, t('reader.section', { label: ctx.local(s.label) }), ': ', el('q', {}, s.startsWith)));

  return el(
    'div',
    { class: 'reader-backdrop', onclick: (e: Event) => { if (e.target === e.currentTarget) close(); } },
    el(
      'div',
      { class: 'reader', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'reader-title' },
      el(
        'header',
        { class: 'reader-head' },
        el('h2', { id: 'reader-title', tabindex: -1, class: 'focus-target' }, ctx.local(article.outlet)),
        el('button', { class: 'secondary close', onclick: close }, t('reader.close')),
      ),
      el(
        'p',
        { class: 'reader-meta' },
        article.byline ? t('reader.byline', { byline: article.byline }) : t('reader.noByline'),
        article.date ? ` · ${t('reader.date', { date: article.date })}` : '',
        ` · ${t('reader.highlights', { count: highlights.length })}`,
      ),
      article.provenance ? el('details', { class: 'provenance' }, el('summary', {}, t('reader.provenance')), el('p', {}, ctx.local(article.provenance)), sectionLabels.length ? el('ul', {}, ...sectionLabels) : null) : null,
      el('div', { class: 'article-text', tabindex: 0, lang: 'en' }, markedText(article.text, highlights)),
    ),
  );
}
