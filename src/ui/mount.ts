import type { i18n } from 'i18next';
import { hasStrings, switchLanguage, type Language } from '../i18n';
import { el } from './dom';
import { createContext, type UiServices } from './context';
import { titleView } from './views/title';
import { patchRoundView, roundView } from './views/round';
import { verdictKey } from './views/feedback';
import { resultsScreen, resultsView } from './views/results';
import { createDesk, whenIdle, type Desk } from './desk';
import { syncHistory } from './history';
import { afterNextPaint, latestWins } from './frames';
import type { GameState, GameStore } from '../state/store';
import { currentRound, currentScore, levelById } from '../state/store';
import { currentQuestion, playOf } from '../core/game';
import { roundResult } from '../core/scoring';

export interface UiElements {
  main: HTMLElement;
  desk: HTMLElement;
  live: HTMLElement;
  notices: HTMLElement;
}

/**
 * What the question side depends on: the desk updates itself; progress writes rebuild nothing.
 * The last four (the sheet, ticks, hints, pointed sentences) the round view updates in place.
 */
const DETAIL = 4;
function viewKey(s: GameState): unknown[] {
  const run = s.run;
  const round = run ? currentRound(s) : undefined;
  const play = run && round ? playOf(run, round.id) : undefined;
  return [
    s.screen,
    run?.levelId,
    run?.index,
    run?.stage,
    run?.questionIndex,
    // A round shows its own level only: the other levels arriving, or the run being saved, while
    // the player reads are no reason to build the round's screen again (a long task on a phone).
    s.screen === 'round' && run ? levelById(s, run.levelId) : s.levels,
    s.screen === 'title' ? s.broken : null,
    s.progress.language,
    s.screen === 'title' ? s.progress.levels : null,
    s.screen === 'title' ? s.opened : null,
    s.lastResult,
    s.screen === 'results' ? s.saveStatus : null,
    s.backTo,
    s.desk.sheetOpen,
    run?.selection,
    play?.hints,
    s.run?.stage === 'evidence' ? play?.pointed : null,
  ];
}

const same = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/**
 * The accessible DOM layer: every word a player reads or presses is here. The question side
 * re-renders from the store; the desk (the level's articles) is built once per play and
 * updated in place so that scroll positions survive.
 */
export function mountUi(store: GameStore, i18n: i18n, els: UiElements, services: UiServices): () => void {
  let lastKey: unknown[] = [];
  let lastNotices: GameState['notices'] = [];
  let desk: { levelId: string; lang: string; view: Desk } | null = null;

  // Work for the next frame, latest wins: a render that follows before it replaces it.
  const beforeFrame = latestWins((run) => requestAnimationFrame(run));

  let scrolled = false;
  const noteScroll = () => {
    scrolled = true;
  };
  els.main.addEventListener('scroll', noteScroll, { passive: true });
  window.addEventListener('scroll', noteScroll, { passive: true });

  // Work for after the next frame has been drawn, latest wins.
  const afterFrame = latestWins(afterNextPaint);

  let fetchingLanguage: Language | null = null;
  const render = (state: GameState, force = false) => {
    const lang = state.progress.language ?? (i18n.language as Language);
    if (i18n.language !== lang) {
      if (hasStrings(i18n, lang)) void i18n.changeLanguage(lang);
      // Until its strings arrive the screen stays in the language it is in, then draws again (one fetch, however
      // many renders come meanwhile).
      else if (fetchingLanguage !== lang) {
        fetchingLanguage = lang;
        void switchLanguage(i18n, lang)
          .finally(() => (fetchingLanguage = null))
          .then(
            () => {
              // An earlier failure's notice would now be false.
              if (store.getState().notices.includes('languageUnavailable')) store.getState().dismissNotice('languageUnavailable');
              render(store.getState(), true);
            },
            // Offline before the service worker kept them: say so, and stay in the language on screen.
            (error: unknown) => {
              console.warn(`${lang} strings unavailable`, error);
              store.getState().setLanguage(i18n.language as Language);
              store.getState().notify('languageUnavailable');
            },
          );
      }
    }
    // Written only when they change: setting <html lang> even to the same value restyles the page.
    if (document.documentElement.lang !== i18n.language) document.documentElement.lang = i18n.language;
    const title = i18n.t('app.title');
    if (document.title !== title) document.title = title;
    const ctx = createContext(store, i18n, services);
    const playing = state.screen === 'round' && !!state.run;
    // In class mode the student's screen owns the page's layout (its own desk): leave it alone.
    if (!document.documentElement.classList.contains('class-mode')) {
      document.body.classList.toggle('playing', playing);
      document.body.classList.toggle('sheet-open', playing && state.desk.sheetOpen);
    }

    if (!playing && desk) {
      desk = null;
      // The desk is hidden at once (below); taking its articles out of the page is long work on a
      // phone, done when the browser is idle. A desk built meanwhile has replaced them already.
      const leaving = [...els.desk.childNodes];
      whenIdle(() => {
        for (const node of leaving) node.parentNode === els.desk && node.remove();
      });
    }
    els.desk.hidden = !playing;

    const key = viewKey(state);
    const onlyDetail = !force && same(key.slice(0, -DETAIL), lastKey.slice(0, -DETAIL));
    if (onlyDetail && !same(key, lastKey) && patchRoundView(els.main.firstElementChild)) {
      lastKey = key;
    } else if (force || !same(key, lastKey)) {
      const screenChanged = key[0] !== lastKey[0] || key[2] !== lastKey[2] || key[3] !== lastKey[3] || key[4] !== lastKey[4];
      const focusInside = els.main.contains(document.activeElement);
      const activeOption = (document.activeElement as HTMLElement | null)?.dataset?.option;
      const activeHint = (document.activeElement as HTMLElement | null)?.dataset?.hint;
      lastKey = key;
      // A new screen starts at the top. Only a page the player has scrolled is scrolled back, and
      // before the old screen leaves: setting (or reading) a scroll position makes the browser lay
      // the page out, which on a page that has just changed is the new screen's whole layout.
      if (screenChanged && scrolled) {
        scrolled = false;
        els.main.scrollTop = 0;
        window.scrollTo(0, 0);
      }
      const view = state.screen === 'round' ? roundView(ctx) : state.screen === 'results' ? resultsView(ctx) : titleView(ctx);
      els.main.replaceChildren(view ?? titleView(ctx));
      els.main.dataset.screen = state.screen;
      if (screenChanged) {
        announce(state, ctx.t);
        // Focus after the new screen's first frame: the page is laid out by then and focusing costs
        // nothing, where before the frame it made the browser lay the page out early, on top of
        // the frame's own work (on a slow phone together over 50 ms).
        afterFrame(() => els.main.querySelector<HTMLElement>('.focus-target')?.focus({ preventScroll: true }));
      } else if (focusInside) {
        // A tick or a hint re-renders the question: keep the keyboard where it was.
        const again = activeOption
          ? els.main.querySelector<HTMLElement>(`[data-option="${CSS.escape(activeOption)}"]`)
          : activeHint
            ? els.main.querySelector<HTMLElement>(`[data-hint="${CSS.escape(activeHint)}"]`)
            : null;
        const target = again ?? els.main.querySelector<HTMLElement>('.focus-target');
        beforeFrame(() => target?.focus({ preventScroll: true }));
      }
    }
    updateDesk(state);
    warmResults(state);
    // Never two results screens in the page, even when the last tap comes before the copy's frame.
    if (state.screen !== 'round' && warmSample) {
      warmSample.remove();
      warmSample = null;
    }

    if (state.notices !== lastNotices) {
      lastNotices = state.notices;
      els.notices.replaceChildren(
        ...state.notices.map((n) =>
          el(
            'div',
            { class: 'notice', role: 'alert' },
            el('p', {}, ctx.t(`errors.${n}`)),
            el('button', { class: 'link', 'aria-label': ctx.t('notice.dismiss'), onclick: () => store.getState().dismissNotice(n) }, '×'),
          ),
        ),
      );
    }
  };

  // On a phone the desk is a sheet that is closed (display: none) while the player answers: what
  // it shows is brought up to date after the tap's screen has painted, not inside the tap.
  const phone = typeof matchMedia === 'function' ? matchMedia('(max-width: 899.98px)') : null;
  let deskLater = 0;
  // After the paint, when the browser is idle (a picture animating keeps its frames).
  let cancelDeskIdle: (() => void) | undefined;
  const updateDesk = (state: GameState, now = false, deadline?: IdleDeadline) => {
    const run = state.screen === 'round' ? state.run : null;
    if (!run) return;
    if (!now && phone?.matches && !state.desk.sheetOpen) {
      if (!deskLater && cancelDeskIdle === undefined)
        deskLater = requestAnimationFrame(() => {
          deskLater = 0;
          cancelDeskIdle = whenIdle((d) => {
            cancelDeskIdle = undefined;
            updateDesk(store.getState(), true, d);
          });
        });
      return;
    }
    cancelAnimationFrame(deskLater);
    cancelDeskIdle?.();
    deskLater = 0;
    cancelDeskIdle = undefined;
    // Built once per level (and language), then updated in place; out of sight, in short slices.
    const hidden = now && !!phone?.matches && !state.desk.sheetOpen;
    if (!desk || desk.levelId !== run.levelId || desk.lang !== i18n.language) {
      desk = { levelId: run.levelId, lang: i18n.language, view: createDesk(createContext(store, i18n, services), store, run.levelId, hidden) };
      els.desk.replaceChildren(desk.view.element);
    } else desk.view.update(state, hidden, hidden ? deadline : undefined);
  };

  // The results screen's first layout finds its fonts and shapes its words at sizes no round uses: at a level's
  // end that was one long task after the last tap (40 ms of layout at 4x CPU, half of it first-use costs). Once
  // the last answer is in, the score is final: while the player reads the feedback, the screen is built once,
  // hidden, laid out in a frame of its own, and thrown away.
  const warmed = new Set<string>();
  const warmResults = (state: GameState) => {
    const run = state.run;
    if (state.screen !== 'round' || !run || run.stage !== 'feedback' || run.index !== run.rounds.length - 1 || warmed.has(run.levelId)) return;
    warmed.add(run.levelId);
    whenIdle(() => {
      const now = store.getState();
      const score = currentScore(now);
      if (now.screen !== 'round' || now.run?.levelId !== run.levelId || !score) return;
      const sample = el(
        'div',
        { class: 'type-warm', 'aria-hidden': 'true', inert: '' },
        resultsScreen(createContext(store, i18n, services), { levelId: run.levelId, score, newBest: false }),
      );
      warmSample = sample;
      document.body.append(sample);
      afterNextPaint(() => whenIdle(() => sample.remove()));
    });
  };
  let warmSample: HTMLElement | null = null;

  const announce = (state: GameState, t: i18n['t']) => {
    const round = currentRound(state);
    if (state.screen === 'round' && state.run?.stage === 'feedback' && round) {
      const v = verdictKey(roundResult(round, playOf(state.run, round.id)));
      els.live.textContent = t('feedback.announce', { verdict: t(v.key), points: v.points, max: v.max, score: currentScore(state)?.points ?? 0 });
    } else if (state.screen === 'results' && state.lastResult) {
      els.live.textContent = t('results.points', { points: state.lastResult.score.points, max: state.lastResult.score.max });
    } else {
      els.live.textContent = '';
    }
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const state = store.getState();
    const target = e.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)) return;
    if (e.key === 'Escape' && state.desk.sheetOpen) {
      e.preventDefault();
      state.setSheet(false);
      return;
    }
    const run = state.run;
    if (state.screen !== 'round' || !run) return;
    if (run.stage === 'answer' && /^[1-9]$/.test(e.key)) {
      const button = els.main.querySelectorAll<HTMLButtonElement>('.choice')[Number(e.key) - 1];
      if (button) {
        e.preventDefault();
        button.click();
      }
    } else if (e.key === 'Enter' && !(document.activeElement instanceof HTMLButtonElement) && !target?.classList.contains('sentence')) {
      // Enter on a focused button already presses it; otherwise it confirms the step on screen.
      const q = currentQuestion(run);
      if (run.stage === 'answer' && q?.multi) state.act({ type: 'confirm' });
      else if (run.stage === 'evidence') state.act({ type: 'confirmEvidence' });
      else if (run.stage === 'feedback') state.act({ type: 'next' });
      else return;
      e.preventDefault();
    }
  };

  window.addEventListener('keydown', onKey);
  // During a level, a change that brings a new screen renders in a task of its own, not inside
  // the tap that made it: on a slow phone the tap's task (the browser's input handling, the rules,
  // the save) and the new screen's building and layout then each stay short. Meanwhile the
  // question side says it is busy (aria-busy). Changes that only patch the screen or the desk
  // render at once. A message, not a timer: a page out of sight keeps its timers to one a second.
  let renderQueued = false;
  const channel = typeof MessageChannel === 'function' ? new MessageChannel() : null;
  const renderQueuedNow = () => {
    if (!renderQueued) return;
    renderQueued = false;
    els.main.removeAttribute('aria-busy');
    render(store.getState());
  };
  if (channel) channel.port1.onmessage = renderQueuedNow;
  const onChange = (state: GameState) => {
    if (renderQueued) return; // the coming render draws the latest state
    // Patches render at once, and so do changes between screens with no round (title, results).
    // A round coming up, the level's first included, is drawn in the task after the tap: starting
    // the level and drawing its first round were together one long task on a phone.
    const key = viewKey(state);
    const patch = lastKey[0] === 'round' && same(key.slice(0, -DETAIL), lastKey.slice(0, -DETAIL));
    if (patch || (lastKey[0] !== 'round' && key[0] !== 'round')) return render(state);
    renderQueued = true;
    els.main.setAttribute('aria-busy', 'true');
    if (channel) channel.port2.postMessage(null);
    else setTimeout(renderQueuedNow, 0);
  };
  const unsubscribe = store.subscribe(onChange);
  const stopHistory = syncHistory(store, () => window.confirm(i18n.t('round.leaveConfirm')));
  render(store.getState(), true);
  return () => {
    unsubscribe();
    stopHistory();
    window.removeEventListener('keydown', onKey);
    els.main.removeEventListener('scroll', noteScroll);
    window.removeEventListener('scroll', noteScroll);
  };
}
