import { el } from '../dom';
import type { UiContext } from '../context';
import { currentRound } from '../../state/store';
import { currentQuestion, MAX_POINTED, playOf } from '../../core/game';
import { HINT_COST, type Hint } from '../../core/scoring';
import type { PlayRound } from '../../core/rounds';
import { materialView } from './material';
import { feedbackView } from './feedback';
import { numberLinePicture } from './pictures';
import { soundToggle } from '../sound';

/**
 * A tick, a pointed sentence or a hint changes a few attributes and words, not the screen: the
 * view registers how to bring itself up to date, so a tap touches only what it changed (a
 * rebuild of the whole question side costs a phone a layout of the page inside the tap).
 */
const patchers = new WeakMap<Element, () => void>();

/** Bring a round view up to date in place; false if it cannot (then it is rebuilt). */
export function patchRoundView(view: Element | null): boolean {
  const patch = view ? patchers.get(view) : undefined;
  if (!patch) return false;
  patch();
  return true;
}

/** The question side of the desk: the material, the question or the evidence step, or the feedback. */
export function roundView(ctx: UiContext): HTMLElement | null {
  const { t, store } = ctx;
  const state = store.getState();
  const run = state.run;
  const round = currentRound(state);
  if (!run || !round) return null;
  if (run.stage === 'feedback') return feedbackView(ctx);

  const top = el(
    'div',
    { class: 'round-top' },
    el('p', { class: 'round-progress' }, t('round.progress', { n: run.index + 1, total: run.rounds.length })),
    soundToggle(store, ctx.i18n),
    state.backTo === 'editor'
      ? el(
          'button',
          {
            class: 'link back-to-editor',
            onclick: () => {
              window.location.hash = '#/editor';
            },
          },
          t('results.backToEditor'),
        )
      : el('button', { class: 'link', onclick: () => store.getState().quit() }, t('round.quit')),
  );
  const patches: (() => void)[] = [];
  const body = run.stage === 'evidence' ? evidenceStep(ctx, round, patches) : questionStep(ctx, round, patches);
  const hints = hintsRow(ctx, round, patches);
  const view = el(
    'div',
    { class: `screen round-screen type-${round.type} stage-${run.stage}` },
    top,
    el('p', { class: 'round-type' }, t(`roundType.${round.type}`)),
    materialView(ctx, round.material),
    round.type === 'conflicting-figures' ? numberLinePicture(ctx, round) : null,
    body,
    deskButton(ctx, patches),
    hints,
  );
  patchers.set(view, () => patches.forEach((p) => p()));
  return view;
}

function questionStep(ctx: UiContext, round: PlayRound, patches: (() => void)[]): HTMLElement | null {
  const { t, store } = ctx;
  const run = store.getState().run;
  const question = run ? currentQuestion(run) : undefined;
  if (!run || !question) return null;
  const qProgress =
    round.questions.length > 1 ? el('p', { class: 'question-progress' }, t('round.questionProgress', { n: run.questionIndex + 1, total: round.questions.length })) : null;
  const act = store.getState().act;
  const choices = question.options.map((option, i) =>
    el(
      'button',
      question.multi
        ? { class: 'choice tick', 'data-option': option.id, 'aria-pressed': String(run.selection.includes(option.id)), onclick: () => act({ type: 'toggle', option: option.id }) }
        : { class: 'choice', 'data-option': option.id, onclick: () => act({ type: 'choose', option: option.id }) },
      el('span', { class: 'key', 'aria-hidden': 'true' }, question.multi ? (run.selection.includes(option.id) ? '✓' : String(i + 1)) : String(i + 1)),
      ctx.label(option.label),
    ),
  );
  const confirm = question.multi
    ? el(
        'button',
        { class: 'primary confirm', disabled: run.selection.length === 0, onclick: () => act({ type: 'confirm' }) },
        run.selection.length === 0 ? t('round.tickFirst') : t('round.confirmTicked', { count: run.selection.length }),
      )
    : null;
  if (question.multi && confirm) {
    patches.push(() => {
      const selection = store.getState().run?.selection ?? [];
      question.options.forEach((option, i) => {
        const button = choices[i];
        const ticked = selection.includes(option.id);
        button?.setAttribute('aria-pressed', String(ticked));
        const key = button?.firstElementChild;
        const mark = ticked ? '✓' : String(i + 1);
        if (key && key.textContent !== mark) key.textContent = mark;
      });
      confirm.disabled = selection.length === 0;
      const label = selection.length === 0 ? t('round.tickFirst') : t('round.confirmTicked', { count: selection.length });
      if (confirm.textContent !== label) confirm.textContent = label;
    });
  }
  return el(
    'section',
    { class: 'question', 'aria-labelledby': 'question-heading' },
    qProgress,
    el('h2', { id: 'question-heading', tabindex: -1, class: 'focus-target' }, t(question.promptKey)),
    question.multi ? el('p', { class: 'hint' }, t('round.whoSaidIt.hint')) : null,
    el('div', { class: 'choices', role: 'group', 'aria-labelledby': 'question-heading' }, ...choices),
    confirm,
    el('p', { class: 'keys-hint' }, t(question.multi ? 'round.keysHintMulti' : 'round.keysHint', { count: question.options.length })),
  );
}

function evidenceStep(ctx: UiContext, round: PlayRound, patches: (() => void)[]): HTMLElement {
  const { t, store } = ctx;
  const state = store.getState();
  const run = state.run;
  const pointed = run ? playOf(run, round.id).pointed : [];
  const act = state.act;
  const countText = (n: number) => (n === 0 ? t('evidence.nonePointed') : t('evidence.pointed', { count: n }));
  const count = el('p', { class: 'pointed-count', 'aria-live': 'polite' }, countText(pointed.length));
  const confirm = el('button', { class: 'primary confirm-evidence', disabled: pointed.length === 0, onclick: () => act({ type: 'confirmEvidence' }) }, t('evidence.confirm'));
  patches.push(() => {
    const run = store.getState().run;
    const n = run ? playOf(run, round.id).pointed.length : 0;
    const text = countText(n);
    if (count.textContent !== text) count.textContent = text;
    confirm.disabled = n === 0;
  });
  return el(
    'section',
    { class: 'question evidence-step', 'aria-labelledby': 'question-heading' },
    el('h2', { id: 'question-heading', tabindex: -1, class: 'focus-target' }, t('evidence.heading')),
    el('p', { class: 'hint' }, t('evidence.how', { count: MAX_POINTED })),
    count,
    el('div', { class: 'actions' }, confirm, el('button', { class: 'secondary skip-evidence', onclick: () => act({ type: 'skipEvidence' }) }, t('evidence.skip'))),
  );
}

let swipeFrom: number | null = null;

/** Phones: the articles are a sheet; this opens it. Wide screens show them beside the question. */
function deskButton(ctx: UiContext, patches: (() => void)[]): HTMLElement {
  const { t, store } = ctx;
  const state = store.getState();
  const level = state.run ? state.levels.find((l) => l.file.id === state.run?.levelId) : undefined;
  const button = el(
    'button',
    {
      class: 'secondary open-desk',
      'aria-expanded': String(state.desk.sheetOpen),
      onclick: () => store.getState().setSheet(true),
      // A swipe up from the bottom bar opens the sheet too, as on any phone.
      ontouchstart: (e: Event) => {
        swipeFrom = (e as TouchEvent).touches[0]?.clientY ?? null;
      },
      ontouchend: (e: Event) => {
        const y = (e as TouchEvent).changedTouches[0]?.clientY;
        if (swipeFrom !== null && y !== undefined && swipeFrom - y > 40) store.getState().setSheet(true);
        swipeFrom = null;
      },
    },
    t('desk.open', { count: level?.articles.size ?? 0 }),
  );
  patches.push(() => button.setAttribute('aria-expanded', String(store.getState().desk.sheetOpen)));
  return button;
}

function hintsRow(ctx: UiContext, round: PlayRound, patches: (() => void)[]): HTMLElement | null {
  const { t, store } = ctx;
  const state = store.getState();
  const run = state.run;
  if (!run || run.stage === 'feedback') return null;
  const used = playOf(run, round.id).hints;
  const use = (hint: Hint) => {
    store.getState().act({ type: 'hint', hint });
    const first = round.evidence[0];
    if (hint === 'open-article' && first) store.getState().focusPassages(first.articleId, []);
    if (hint === 'search-phrase') store.getState().setQuery(searchPhrase(round));
  };
  const button = (hint: Hint) =>
    el('button', { class: 'link hint-button', 'data-hint': hint, disabled: used.includes(hint), onclick: () => use(hint) }, t(`hints.${hint}`, { cost: HINT_COST }));
  const buttons = (['open-article', 'search-phrase'] as const).map((hint) => [hint, button(hint)] as const);
  patches.push(() => {
    const run = store.getState().run;
    const now = run ? playOf(run, round.id).hints : [];
    for (const [hint, b] of buttons) b.disabled = now.includes(hint);
  });
  return el('div', { class: 'hints', role: 'group', 'aria-label': t('hints.label') }, ...buttons.map(([, b]) => b));
}

/** What the "search for this phrase" hint types into the find box: a distinctive run of words. */
export function searchPhrase(round: PlayRound): string {
  const m = round.material;
  const text =
    m.type === 'who-said-it' ? m.quote : m.type === 'opinion-or-reporting' ? m.passage : m.type === 'opinion-pair' ? (m.passages[0]?.passage ?? '') : (m.figures[0]?.figure ?? '');
  const words = text
    .replace(/[“”"«»]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const middle = Math.max(0, Math.floor(words.length / 2) - 2);
  return words.slice(middle, middle + 5).join(' ');
}
