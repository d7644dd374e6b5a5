import type { Article, Span } from '../core/articleModel';
import { articleBlocks, shownBlocks, type Block } from '../core/articleLayout';
import { findAllQuotes } from '../core/articleModel';
import { currentRound as runRound, playOf } from '../core/game';
import { levelById, type GameState, type GameStore } from '../state/store';
import type { UiContext } from './context';
import { el } from './dom';

/**
 * The articles at hand during a round: columns beside the question on wide screens, a sheet on
 * phones. Built once per level and then updated in place, so every article keeps its scroll
 * position while the player moves between question, articles and feedback.
 */
export interface Desk {
  element: HTMLElement;
  /**
   * Bring the articles up to date. `inSlices`: the desk is out of sight (a closed sheet), so the
   * work may be spread over short tasks (an article's text at a time) instead of one long one.
   */
  update(state: GameState, inSlices?: boolean, deadline?: IdleDeadline): void;
}

/** The longest a sliced update works before giving the page back (ms of the phone's time). */
const SLICE_MS = 10;

/**
 * Out-of-sight work runs when the browser is idle (between a picture's animation frames, not
 * instead of them), and at the latest after a second.
 */
export function whenIdle(fn: (deadline?: IdleDeadline) => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback((deadline) => fn(deadline.didTimeout ? undefined : deadline), { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 0);
  return () => clearTimeout(id);
}

/** Shorter queries match nearly everything and tell the player nothing. */
export const MIN_QUERY = 3;

interface Column {
  article: Article;
  /** Worked out when the article is first drawn, not when the desk is built. */
  blocks: Block[] | null;
  /** An article's text being built over several slices, for the marks in `key`. */
  building: { key: string; nodes: HTMLElement[] } | null;
  root: HTMLElement;
  body: HTMLElement;
  tab: HTMLButtonElement;
  count: HTMLElement;
  scroll: number;
  renderedKey: string;
  /** What the sentences were last set to: pointing (evidence step) and which are pointed at. */
  pointing: boolean | null;
  pointedKey: string;
}

type MarkKind = 'hit' | 'evidence';
interface Mark extends Span {
  kind: MarkKind;
}

export function createDesk(ctx: UiContext, store: GameStore, levelId: string, inSlices = false): Desk {
  const { t } = ctx;
  const state = store.getState();
  const level = levelById(state, levelId);
  const articles = level ? [...level.articles.values()] : [];
  const columns = new Map<string, Column>();

  const search = el('input', {
    type: 'search',
    class: 'find-input',
    id: 'find-input',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: t('desk.findPlaceholder'),
    'aria-describedby': 'find-summary',
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => store.getState().setQuery(search.value), 120);
  });
  const summary = el('p', { class: 'find-summary', id: 'find-summary', 'aria-live': 'polite' });
  const tabs = el('div', { class: 'desk-tabs', role: 'tablist', 'aria-label': t('desk.articles') });
  const strip = el('div', { class: 'desk-columns' });
  const close = el('button', { class: 'secondary desk-close', onclick: () => store.getState().setSheet(false) }, t('desk.close'));
  const head = el('div', { class: 'desk-head' }, el('h2', { class: 'desk-title', id: 'desk-title' }, t('desk.articles')), close);
  const element = el(
    'section',
    { class: 'desk', 'aria-labelledby': 'desk-title', 'data-level': levelId },
    head,
    el('div', { class: 'find', role: 'search' }, el('label', { for: 'find-input', class: 'find-label' }, t('desk.find')), search, summary),
    tabs,
    strip,
  );

  // Swipe down on the sheet's head closes it on phones; swipe sideways on the tabs changes article.
  let touchY: number | null = null;
  head.addEventListener(
    'touchstart',
    (e) => {
      touchY = e.touches[0]?.clientY ?? null;
    },
    { passive: true },
  );
  head.addEventListener('touchend', (e) => {
    const y = e.changedTouches[0]?.clientY;
    if (touchY !== null && y !== undefined && y - touchY > 60) store.getState().setSheet(false);
    touchY = null;
  });

  // Out of sight (a closed sheet on a phone) even the columns are made in idle slices.
  const waiting = [...articles];
  function addColumn(article: Article): void {
    const id = `article-${article.id}`;
    const count = el('span', { class: 'hit-count', 'aria-hidden': 'true' });
    const tab = el(
      'button',
      { class: 'desk-tab', role: 'tab', 'aria-controls': id, 'data-article': article.id, onclick: () => showArticle(article.id) },
      el('span', { class: 'tab-outlet' }, ctx.local(article.outlet)),
      count,
    );
    const meta = [
      article.byline ? t('reader.byline', { byline: article.byline }) : t('reader.noByline'),
      article.date ? t('reader.date', { date: article.date }) : null,
      t(`sourceKind.${article.sourceKind}`),
    ]
      .filter(Boolean)
      .join(' · ');
    const body = el('div', { class: 'article-body', tabindex: 0, lang: 'en', 'aria-label': t('desk.articleText', { outlet: ctx.local(article.outlet) }) });
    const column: Column = {
      article,
      blocks: null,
      building: null,
      root: el(
        'article',
        { class: 'article-col', id, role: 'tabpanel', 'data-article': article.id, 'aria-labelledby': `${id}-outlet` },
        el(
          'header',
          { class: 'article-head' },
          el('h3', { id: `${id}-outlet`, class: 'article-outlet' }, ctx.local(article.outlet)),
          el('p', { class: 'article-meta' }, meta),
          article.provenance || article.url || article.licence
            ? el(
                'details',
                { class: 'provenance' },
                el('summary', {}, t('reader.provenance')),
                article.provenance ? el('p', {}, ctx.local(article.provenance)) : null,
                article.url ? el('p', { class: 'source-url' }, t('reader.url'), ' ', sourceLink(article.url)) : null,
                article.licence ? el('p', { class: 'licence' }, t('reader.licence', { licence: article.licence })) : null,
              )
            : null,
        ),
        body,
      ),
      body,
      tab,
      count,
      scroll: 0,
      renderedKey: '',
      pointing: null,
      pointedKey: '',
    };
    body.addEventListener(
      'scroll',
      () => {
        column.scroll = body.scrollTop;
      },
      { passive: true },
    );
    body.addEventListener('click', (e) => pointAt(e.target));
    // A pointer press picks a sentence without moving the keyboard onto it, so Enter still
    // confirms the step; the keyboard itself moves onto sentences with Tab and picks with Enter.
    body.addEventListener('mousedown', (e) => {
      if (store.getState().run?.stage === 'evidence' && (e.target as HTMLElement | null)?.closest?.('.sentence')) e.preventDefault();
    });
    body.addEventListener('keydown', (e) => {
      if ((e.key === 'Enter' || e.key === ' ') && (e.target as HTMLElement).classList.contains('sentence')) {
        e.preventDefault();
        pointAt(e.target);
      }
    });
    columns.set(article.id, column);
    tabs.append(tab);
    strip.append(column.root);
  }

  /** A tab opens its article at the first match of the search, if there is one: that is what the player looks for. */
  function showArticle(articleId: string): void {
    store.getState().openArticle(articleId);
    const col = columns.get(articleId);
    requestAnimationFrame(() => {
      if (col) revealColumn(col);
      const hit = col?.body.querySelector<HTMLElement>('mark.hit');
      if (col && hit) {
        const top = hit.getBoundingClientRect().top - col.body.getBoundingClientRect().top + col.body.scrollTop;
        col.body.scrollTop = Math.max(0, top - col.body.clientHeight / 3);
        col.scroll = col.body.scrollTop;
      }
    });
  }

  /** Bring a column into the strip's view sideways only: scrollIntoView would also move the page and the sheet. */
  function revealColumn(col: Column): void {
    const left = col.root.offsetLeft - strip.offsetLeft;
    if (left < strip.scrollLeft || left + col.root.offsetWidth > strip.scrollLeft + strip.clientWidth) strip.scrollLeft = Math.max(0, left - 12);
  }

  function pointAt(target: EventTarget | null): void {
    const s = (target as HTMLElement | null)?.closest?.('.sentence') as HTMLElement | null;
    const run = store.getState().run;
    if (!s || !run || run.stage !== 'evidence') return;
    const articleId = s.dataset.article as string;
    store.getState().act({ type: 'point', span: { articleId, start: Number(s.dataset.start), end: Number(s.dataset.end) } });
  }

  let lastFocusSeq = -1;
  let lastSheetOpen = false;
  let lastStage = '';
  let lastIndex = -1;
  /** The feedback's scroll to the evidence, kept for when a closed sheet opens. */
  let evidenceOnOpen: (() => void) | null = null;

  let cancelSlice: (() => void) | null = null;

  function update(s: GameState, inSlices = false, deadline?: IdleDeadline): void {
    cancelSlice?.();
    cancelSlice = null;
    const began = performance.now();
    // In an idle moment, its own deadline: the slice ends before the next frame is due, so a
    // picture animating meanwhile keeps its frames.
    // An idle period can be 50 ms long: a slice also stops after SLICE_MS, so that it never
    // becomes a long task of its own.
    const outOfTime = () => inSlices && (performance.now() - began > SLICE_MS || (deadline !== undefined && deadline.timeRemaining() <= 1));
    // Out of time: the rest in a later slice, from the store as it will be then.
    const later = () => {
      cancelSlice = whenIdle((next) => {
        cancelSlice = null;
        update(store.getState(), true, next);
      });
    };
    while (waiting.length > 0) {
      if (outOfTime()) return later();
      addColumn(waiting.shift() as Article);
    }
    const run = s.run;
    const round = run ? runRound(run) : undefined;
    const stage = run?.stage ?? '';
    const play = run && round ? playOf(run, round.id) : undefined;
    const query = s.desk.query.trim();
    element.classList.toggle('is-open', s.desk.sheetOpen);
    element.dataset.stage = stage;
    if (search.value.trim() !== query && document.activeElement !== search) search.value = s.desk.query;

    let totalHits = 0;
    const hitOutlets: string[] = [];
    const pointing = stage === 'evidence';
    const opened = s.desk.sheetOpen && !lastSheetOpen;
    // Writes first, scroll positions after: reading a scroll offset between two columns' writes
    // would make the browser lay the page out once per column, inside the player's tap.
    const restore: Column[] = [];
    for (const col of columns.values()) {
      const marks: Mark[] = [];
      const hits = query.length >= MIN_QUERY ? findAllQuotes(col.article.text, query) : [];
      totalHits += hits.length;
      if (hits.length) hitOutlets.push(`${ctx.local(col.article.outlet)} (${hits.length})`);
      marks.push(...hits.map((h) => ({ ...h, kind: 'hit' as const })));
      if (stage === 'feedback' && round) marks.push(...round.evidence.filter((e) => e.articleId === col.article.id).map((e) => ({ ...e.span, kind: 'evidence' as const })));
      const pointed = (play?.pointed ?? []).filter((p) => p.articleId === col.article.id);
      col.count.textContent = query.length >= MIN_QUERY ? String(hits.length) : '';
      col.tab.classList.toggle('has-hits', hits.length > 0);
      const active = s.desk.activeArticle === col.article.id;
      col.tab.setAttribute('aria-selected', String(active));
      col.root.classList.toggle('is-active', active);
      // Only marks need the text rebuilt; pointing and pointed sentences are attributes set in place.
      const key = JSON.stringify(marks.map((m) => [m.kind, m.start, m.end]));
      const pointedKey = pointing ? JSON.stringify(pointed.map((p) => [p.start, p.end])) : '';
      const stale = key !== col.renderedKey || col.pointing !== pointing || col.pointedKey !== pointedKey;
      if (stale && outOfTime()) return later();
      if (key !== col.renderedKey) {
        // A long article is built a few paragraphs at a time when out of sight, then put in at once.
        if (col.building?.key !== key) col.building = { key, nodes: [] };
        if (!col.blocks) {
          // Working out an article's layout is the longest single step: a slice of its own.
          col.blocks = shownBlocks(articleBlocks(col.article));
          if (outOfTime()) return later();
        }
        const blocks = col.blocks;
        const built = col.building.nodes;
        while (built.length < blocks.length) {
          built.push(renderBlock(col, blocks[built.length] as Block, marks));
          if (built.length < blocks.length && outOfTime()) return later();
        }
        col.building = null;
        col.renderedKey = key;
        col.body.replaceChildren(...built);
        col.pointing = null;
        restore.push(col);
      } else if (opened) restore.push(col);
      if (col.pointing !== pointing || col.pointedKey !== pointedKey) {
        setPointing(col, pointing, pointed, col.pointing !== pointing);
        col.pointing = pointing;
        col.pointedKey = pointedKey;
      }
    }
    // A sheet that was closed (display: none on phones) forgot its offsets; new text may have too.
    for (const col of restore) if (col.scroll > 0) col.body.scrollTop = col.scroll;
    lastSheetOpen = s.desk.sheetOpen;
    summary.textContent =
      query.length === 0
        ? ''
        : query.length < MIN_QUERY
          ? t('desk.findShort', { count: MIN_QUERY })
          : totalHits === 0
            ? t('desk.findNone')
            : t('desk.findHits', { count: totalHits, outlets: hitOutlets.join(' · ') });

    // Bring passages into sight: asked for (a hint, a "show" button), or the key's evidence once the answer is in.
    const focus = s.desk.focus;
    if (focus && focus.seq !== lastFocusSeq) {
      lastFocusSeq = focus.seq;
      requestAnimationFrame(() => scrollToSpan(focus.articleId, focus.spans[0]));
    }
    const enteredFeedback = stage === 'feedback' && (lastStage !== 'feedback' || lastIndex !== run?.index);
    if (enteredFeedback && round) {
      // Each article scrolls to its highlight; on wide screens the first one is also brought into view.
      const wide = window.matchMedia('(min-width: 900px)').matches;
      const bring = () => round.evidence.forEach((e, i) => scrollToSpan(e.articleId, e.span, wide && i === 0));
      // A closed sheet (a phone, updated out of sight) has no offsets to scroll, and measuring its
      // articles made the browser lay out the whole desk, a long task after every answer: the
      // articles scroll to their highlights when the player opens the sheet.
      evidenceOnOpen = inSlices ? bring : null;
      if (!inSlices) requestAnimationFrame(bring);
    } else if (stage !== 'feedback') evidenceOnOpen = null;
    else if (opened && evidenceOnOpen) {
      const bring = evidenceOnOpen;
      evidenceOnOpen = null;
      requestAnimationFrame(bring);
    }
    lastStage = stage;
    lastIndex = run?.index ?? -1;
  }

  function scrollToSpan(articleId: string, span: Span | undefined, reveal = true): void {
    const col = columns.get(articleId);
    if (!col) return;
    if (reveal) revealColumn(col);
    if (!span) return;
    const target = [...col.body.querySelectorAll<HTMLElement>('[data-start]')].find((n) => Number(n.dataset.end) > span.start);
    if (!target) return;
    const top = target.getBoundingClientRect().top - col.body.getBoundingClientRect().top + col.body.scrollTop;
    col.body.scrollTop = Math.max(0, top - col.body.clientHeight / 3);
    col.scroll = col.body.scrollTop;
  }

  // Out of sight, the articles' text follows the desk's frame in later slices.
  if (inSlices) cancelSlice = whenIdle((deadline) => update(store.getState(), true, deadline));
  else update(state);
  return { element, update };
}

/** Only web addresses become links: a level could carry any text in this field. */
function sourceLink(url: string): HTMLElement {
  return /^https?:\/\//i.test(url) ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, url) : el('span', {}, url);
}

/** One block of an article: a paragraph of sentence spans, with find hits and evidence marked. */
function renderBlock(col: Column, b: Block, marks: readonly Mark[]): HTMLElement {
  const text = col.article.text;
  const tag = b.kind === 'headline' ? 'h4' : b.kind === 'crosshead' ? 'h5' : 'p';
  const node = el(tag, { class: `block block-${b.kind}` });
  const from = b.displayStart;
  const to = b.displayStart + b.display.length;
  const pieces = b.sentences.length ? b.sentences : [{ start: from, end: to, id: '', index: -1, text: '' }];
  let at = from;
  for (const s of pieces) {
    const start = Math.max(s.start, from);
    const end = Math.min(s.end, to);
    if (end <= start) continue;
    if (start > at) node.append(text.slice(at, start));
    const span = el('span', { class: 'sentence', 'data-article': col.article.id, 'data-start': s.start, 'data-end': s.end });
    appendMarked(span, text, start, end, marks);
    node.append(span);
    at = end;
  }
  if (at < to) node.append(text.slice(at, to));
  return node;
}

/**
 * The evidence step makes every sentence an option of a listbox; `roles` is false when only
 * which sentences are pointed at changed (then only their state is touched).
 */
function setPointing(col: Column, pointing: boolean, pointed: readonly Span[], roles: boolean): void {
  col.body.setAttribute('role', pointing ? 'listbox' : 'document');
  if (pointing) col.body.setAttribute('aria-multiselectable', 'true');
  else col.body.removeAttribute('aria-multiselectable');
  const isPointed = (n: HTMLElement) => pointing && pointed.some((p) => p.start === Number(n.dataset.start) && p.end === Number(n.dataset.end));
  if (roles) {
    for (const block of col.body.children) {
      if (pointing) block.setAttribute('role', 'none');
      else block.removeAttribute('role');
    }
  }
  for (const n of col.body.querySelectorAll<HTMLElement>('.sentence')) {
    const on = isPointed(n);
    n.classList.toggle('is-pointed', on);
    if (pointing) {
      n.setAttribute('aria-selected', String(on));
      if (roles) {
        n.setAttribute('role', 'option');
        n.tabIndex = 0;
      }
    } else if (roles) {
      n.removeAttribute('aria-selected');
      n.removeAttribute('role');
      n.removeAttribute('tabindex');
    }
  }
}

function appendMarked(parent: HTMLElement, text: string, start: number, end: number, marks: readonly Mark[]): void {
  const inside = marks.filter((m) => m.end > start && m.start < end).sort((a, b) => a.start - b.start);
  let at = start;
  for (const m of inside) {
    const s = Math.max(m.start, at);
    const e = Math.min(m.end, end);
    if (e <= s) continue;
    if (s > at) parent.append(text.slice(at, s));
    parent.append(el('mark', { class: m.kind }, text.slice(s, e)));
    at = e;
  }
  if (at < end) parent.append(text.slice(at, end));
}
