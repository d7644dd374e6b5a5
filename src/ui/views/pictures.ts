import './pictures.css';
import { el } from '../dom';
import type { UiContext } from '../context';
import type { Run } from '../../core/game';
import type { PlayRound } from '../../core/rounds';
import type { Score } from '../../core/scoring';
import type { FigureValue } from '../../core/figureValue';
import { findArticle } from '../../state/store';
import { copyMapModel, discernmentModel, numberLineModel, type CopyMapModel, type DiscernmentModel, type NumberLineModel, type PictureModel } from '../../core/pictures';
import { LINE_X0, LINE_X1, numberLineRowY, discernmentRowY, BAR_X0, BAR_X1, copyCardSize } from '../../core/pictureLayout';

/**
 * Pictures: a slot where the game layer mounts its canvas, and the same facts as text for
 * screen readers (and for anyone whose canvas did not start). Each mark carries its place on
 * the canvas as fractions (data-x, data-y), so a test can look at the pixels under it.
 */

const models = new WeakMap<Element, PictureModel>();

/** The model behind a picture's slot: how the game layer knows what to draw. */
export function pictureModel(slot: Element): PictureModel | undefined {
  return models.get(slot);
}

function figure(kind: PictureModel['kind'], model: PictureModel, height: number, equivalent: HTMLElement, caption: string): HTMLElement {
  const slot = el('div', { class: 'picture-canvas', 'aria-hidden': 'true' });
  // The slot's height comes from the picture's content; set from script (a strict CSP blocks style="").
  slot.style.setProperty('--picture-height', `${height}px`);
  models.set(slot, model);
  return el('figure', { class: `picture picture-${kind}`, 'data-picture': kind }, slot, equivalent, el('figcaption', {}, caption));
}

// Building an Intl formatter loads locale data (tens of ms on a phone): one per language, kept.
const numberFormats = new Map<string, Intl.NumberFormat>();
const fmt = (ctx: UiContext, n: number): string => {
  let f = numberFormats.get(ctx.lang);
  if (!f) numberFormats.set(ctx.lang, (f = new Intl.NumberFormat(ctx.lang, { maximumSignificantDigits: 3 })));
  return f.format(n);
};
// "A, B and C" from the locale files: Intl.ListFormat loads its data on first use, ~80 ms on a phone, inside the tap.
const list = (ctx: UiContext, items: string[]): string =>
  items.length < 2 ? (items[0] ?? '') : ctx.t('pictures.copyMap.listAnd', { rest: items.slice(0, -1).join(', '), last: items[items.length - 1] });

function reading(ctx: UiContext, v: FigureValue | null): string {
  if (!v) return ctx.t('pictures.numberLine.unplaced');
  const u = (n: number) => (v.unit === '$' ? `$${fmt(ctx, n)}` : v.unit === '%' ? `${fmt(ctx, n)}%` : fmt(ctx, n));
  const mid = (v.lo + v.hi) / 2;
  return ctx.t(`pictures.numberLine.${v.kind}`, { value: u(v.kind === 'approx' ? mid : v.lo), lo: u(v.lo), hi: u(v.hi) });
}

/** For a conflicting-figures round, and again in its feedback: each outlet's figure on one line. */
export function numberLinePicture(ctx: UiContext, round: PlayRound): HTMLElement | null {
  if (round.material.type !== 'conflicting-figures') return null;
  const model: NumberLineModel = numberLineModel(round.material.figures);
  const rows = model.marks.length;
  const items = model.marks.map((m, i) =>
    el(
      'li',
      {
        'data-article': m.articleId,
        'data-kind': m.value?.kind ?? 'none',
        'data-x1': m.value ? (LINE_X0 + (LINE_X1 - LINE_X0) * m.from).toFixed(4) : undefined,
        'data-x2': m.value ? (LINE_X0 + (LINE_X1 - LINE_X0) * m.to).toFixed(4) : undefined,
        'data-y': m.value ? numberLineRowY(i, rows).toFixed(4) : undefined,
      },
      ctx.t('pictures.numberLine.item', { outlet: ctx.local(m.outlet), figure: m.figure, reading: reading(ctx, m.value) }),
    ),
  );
  const verdict = model.overlap === null ? 'unknown' : model.overlap ? 'overlap' : 'gap';
  const equivalent = el(
    'div',
    { class: 'picture-text' },
    el('ul', {}, ...items),
    el('p', { class: 'picture-verdict', 'data-verdict': verdict }, ctx.t(`pictures.numberLine.${verdict}`)),
  );
  return figure('number-line', model, 40 + rows * 46, equivalent, ctx.t('pictures.numberLine.caption'));
}

/** The copy map, as far as the level has gone: threads for who-said-it rounds answered so far. */
export function copyMapPicture(ctx: UiContext, run: Run): HTMLElement | null {
  const state = ctx.store.getState();
  const model: CopyMapModel = copyMapModel(run, (id) => findArticle(state, id)?.outlet ?? { en: id });
  if (model.cards.length === 0) return null;
  const name = (id: string) => ctx.local(model.cards.find((c) => c.articleId === id)?.outlet ?? { en: id });
  const size = copyCardSize(model.cards.length);
  const threads = model.threads.map((th) =>
    el(
      'li',
      { 'data-round': th.roundId, 'data-articles': th.articleIds.join(' '), 'data-passages': th.passages },
      th.passages > 1
        ? ctx.t('pictures.copyMap.threadRepeated', { outlets: list(ctx, th.articleIds.map(name)), count: th.passages })
        : ctx.t('pictures.copyMap.thread', { outlets: list(ctx, th.articleIds.map(name)) }),
    ),
  );
  const equivalent = el(
    'div',
    { class: 'picture-text' },
    el('p', { class: 'picture-outlets' }, ctx.t('pictures.copyMap.outlets', { outlets: model.cards.map((c) => ctx.local(c.outlet)).join(' · ') })),
    el(
      'ul',
      { class: 'picture-cards', hidden: true },
      ...model.cards.map((c) =>
        el(
          'li',
          { 'data-article': c.articleId, 'data-x': c.x.toFixed(4), 'data-y': c.y.toFixed(4), 'data-w': size.w.toFixed(4), 'data-h': size.h.toFixed(4) },
          ctx.local(c.outlet),
        ),
      ),
    ),
    threads.length ? el('ul', { class: 'picture-threads' }, ...threads) : el('p', {}, ctx.t('pictures.copyMap.none')),
  );
  return figure('copy-map', model, 240, equivalent, ctx.t('pictures.copyMap.caption'));
}

/** Results: per skill, hits against false alarms — trusting too easily against doubting too much. */
export function discernmentPicture(ctx: UiContext, score: Score): HTMLElement | null {
  const model: DiscernmentModel = discernmentModel(score);
  if (model.rows.length === 0) return null;
  const n = model.rows.length;
  const barX = (rate: number) => (BAR_X0 + (BAR_X1 - BAR_X0) * rate).toFixed(4);
  const rows = model.rows.map((r, i) => {
    const signals = r.tally.hits + r.tally.misses;
    const noise = r.tally.falseAlarms + r.tally.correctRejections;
    return el(
      'tr',
      {
        'data-skill': r.skill,
        'data-reading': r.reading,
        'data-hit-x': r.hitRate === null ? undefined : barX(r.hitRate),
        'data-fa-x': r.falseAlarmRate === null ? undefined : barX(r.falseAlarmRate),
        'data-y': discernmentRowY(i, n).toFixed(4),
      },
      el('th', { scope: 'row' }, ctx.t(`results.skill.${r.skill}`)),
      el('td', {}, signals ? ctx.t('pictures.discernment.hitCount', { hits: r.tally.hits, signals }) : ctx.t('pictures.discernment.none')),
      el('td', {}, noise ? ctx.t('pictures.discernment.falseAlarmCount', { falseAlarms: r.tally.falseAlarms, noise }) : ctx.t('pictures.discernment.none')),
      // The same per-skill reading as the results table: one wording for one habit.
      el('td', {}, ctx.t(`discernment.${r.skill}.${r.reading}`)),
    );
  });
  const equivalent = el(
    'table',
    { class: 'picture-text' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, ctx.t('pictures.discernment.skill')),
        el('th', { scope: 'col' }, ctx.t('pictures.discernment.hits')),
        el('th', { scope: 'col' }, ctx.t('pictures.discernment.falseAlarms')),
        el('td', {}),
      ),
    ),
    el('tbody', {}, ...rows),
  );
  return figure('discernment', model, 24 + n * 64, equivalent, ctx.t('pictures.discernment.caption'));
}
