import { el, markedText } from '../dom';
import type { UiContext } from '../context';
import type { Material } from '../../core/rounds';
import { findFigure } from '../../core/articleModel';
import { findArticle } from '../../state/store';

/**
 * What the round is about: the quote, the passage, two passages side by side, or the figures.
 * `revealSource`: whose passage it is shows only after answering; before, the player judges the
 * words themselves, and may look for them on the desk.
 */
export function materialView(ctx: UiContext, material: Material, revealSource = false): HTMLElement {
  const { t } = ctx;
  switch (material.type) {
    case 'who-said-it':
      return el('blockquote', { class: 'quote' }, el('p', {}, material.quote));
    case 'opinion-or-reporting':
      return el(
        'figure',
        { class: 'passage' },
        el('blockquote', { class: 'quote' }, el('p', {}, material.passage)),
        revealSource ? el('figcaption', {}, t('round.opinion.from', { outlet: outletOf(ctx, material.articleId) })) : null,
      );
    case 'opinion-pair':
      return el(
        'div',
        { class: 'pair' },
        ...material.passages.map((p, i) =>
          el(
            'figure',
            { class: 'passage pair-passage', 'data-article': p.articleId },
            el('figcaption', { class: 'pair-label' }, t(i === 0 ? 'round.pair.first' : 'round.pair.second'), revealSource ? ` · ${ctx.local(p.outlet)}` : ''),
            el('blockquote', { class: 'quote' }, el('p', {}, p.passage)),
          ),
        ),
      );
    case 'conflicting-figures':
      return el(
        'div',
        { class: 'figures' },
        el('p', { class: 'figures-question' }, ctx.local(material.question)),
        el(
          'ul',
          { class: 'figure-cards' },
          ...material.figures.map((f) => {
            const span = findFigure(f.quote, f.figure);
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

function outletOf(ctx: UiContext, articleId: string): string {
  const a = findArticle(ctx.store.getState(), articleId);
  return a ? ctx.local(a.outlet) : articleId;
}
