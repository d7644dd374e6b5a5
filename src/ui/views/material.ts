import { el, markedText } from '../dom';
import type { UiContext } from '../context';
import type { Material } from '../../core/rounds';
import { findQuote } from '../../core/article';
import { findArticle } from '../../state/store';

/** What the round is about: the quote, the passage or the figures side by side. */
/**
 * `revealSource`: the outlet of an opinion passage is shown only after answering; before, the
 * player judges the words themselves ("blog" would give the answer away).
 */
export function materialView(ctx: UiContext, material: Material, revealSource = false): HTMLElement {
  switch (material.type) {
    case 'who-said-it':
      return el('blockquote', { class: 'quote' }, el('p', {}, material.quote));
    case 'opinion-or-reporting': {
      const article = findArticle(ctx.store.getState(), material.articleId);
      return el(
        'figure',
        { class: 'passage' },
        el('blockquote', { class: 'quote' }, el('p', {}, material.passage)),
        revealSource && article ? el('figcaption', {}, ctx.t('round.opinion.from', { outlet: ctx.local(article.outlet) })) : null,
      );
    }
    case 'conflicting-figures':
      return el(
        'div',
        { class: 'figures' },
        el('p', { class: 'figures-question' }, ctx.local(material.question)),
        el(
          'ul',
          { class: 'figure-cards' },
          ...material.figures.map((f) => {
            const span = findQuote(f.quote, f.figure);
            return el(
              'li',
              { class: 'figure-card' },
              el('p', { class: 'figure-outlet' }, ctx.local(f.outlet)),
              el('p', { class: 'figure-value' }, f.figure),
              el('p', { class: 'figure-quote' }, markedText(f.quote, span ? [span] : [], 'figure')),
            );
          }),
        ),
      );
  }
}
