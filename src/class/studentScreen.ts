import { el } from '../ui/dom';
import { act, currentRound, playOf, startRun, type Run } from '../core/game';
import { normalizeCode, isCodeShape } from '../core/class/protocol';
import { NICKNAME_MAX } from '../core/class/nickname';
import type { StudentView } from '../core/class/views';
import { SKILLS, type PlayRound } from '../core/rounds';
import { roundResult, type RoundPlay } from '../core/scoring';
import type { ValidLevel } from '../core/levelValidate';
import { ask, connectClass } from './connection';
import { errorText, evidenceView, material, type ClassUi } from './classUi';
import { createGameStore, type GameState, type GameStore } from '../state/store';
import { createContext } from '../ui/context';
import { createDesk, type Desk } from '../ui/desk';
import { roundView } from '../ui/views/round';

const seatKey = (code: string) => `lateral.class.seat.${code}`;

interface SavedSeat {
  token: string;
  /** The last play of a round not yet confirmed by the server (kept through a reload). */
  pending?: { roundId: string; play: RoundPlay } | undefined;
}

function loadSeat(code: string): SavedSeat | null {
  try {
    const raw = JSON.parse(localStorage.getItem(seatKey(code)) ?? 'null') as SavedSeat | null;
    return raw && typeof raw.token === 'string' ? raw : null;
  } catch {
    return null;
  }
}
function saveSeat(code: string, seat: SavedSeat | null): void {
  try {
    if (seat) localStorage.setItem(seatKey(code), JSON.stringify(seat));
    else localStorage.removeItem(seatKey(code));
  } catch {
    // Without storage a phone still plays; it only cannot come back to its seat after a reload.
  }
}

/** Same plays → same run state: a returning phone is put back where its answers left it. */
function replay(level: ValidLevel, seed: number, index: number, play: RoundPlay | null | undefined): Run {
  let run: Run = { ...startRun(level, seed), index };
  const round = currentRound(run);
  if (!round || !play) return run;
  for (const q of round.questions) {
    const picks = play.choices[q.id];
    if (!picks?.length) break;
    if (q.multi) {
      for (const p of picks) run = act(run, { type: 'toggle', option: p });
      run = act(run, { type: 'confirm' });
    } else run = act(run, { type: 'choose', option: picks[0]! });
  }
  for (const p of play.pointed) run = act(run, { type: 'point', span: p });
  return run;
}

/** A student's phone: join with a nickname, answer each round, see own feedback and results. */
export function studentSession(root: HTMLElement, ui: ClassUi, codeFromUrl: string | undefined): () => void {
  const { t } = ui;
  const socket = connectClass();
  let code = codeFromUrl && isCodeShape(normalizeCode(codeFromUrl)) ? normalizeCode(codeFromUrl) : '';
  let view: StudentView | null = null;
  let run: Run | null = null;
  let runKey = '';
  let joinError = '';
  let sending = false;
  const banner = el('p', { class: 'class-banner', role: 'status', hidden: true }, t('class.reconnecting'));

  const level = () => (view ? ui.levelById(view.levelId) : undefined);

  /*
   * The round is answered on the game's own desk: a store of this phone's own (nothing saved to
   * the device's progress) holds the run, the game's round view and desk act on it, and every
   * change of the run goes through `changed`, which keeps and sends it.
   */
  const deskRoot = el('div', { class: 'desk-root class-desk' });
  let mini: { store: GameStore; desk: Desk; levelId: string } | null = null;
  function miniFor(lv: ValidLevel): { store: GameStore; desk: Desk } {
    if (mini && mini.levelId === lv.file.id) return mini;
    const store = createGameStore({});
    store.setState({ levels: [lv], articles: ui.deps.store.getState().articles, screen: 'round' });
    const deskView = createDesk(createContext(store, ui.i18n, { openLevelFile: () => undefined }), store, lv.file.id);
    deskRoot.replaceChildren(deskView.element);
    store.subscribe((st: GameState, prev: GameState) => {
      if (st.run && st.run !== prev.run && st.run !== run) {
        const step = (r: Run) => `${r.index}:${r.stage}:${r.questionIndex}:${r.selection.join(',')}`;
        const moved = !run || step(st.run) !== step(run);
        const before = run;
        changed(st.run);
        if (!moved && before) return mini?.desk.update(st);
      }
      syncDesk(st);
      if (st.desk.sheetOpen !== prev.desk.sheetOpen || (st.run && prev.run && st.run.selection !== prev.run.selection)) render();
    });
    mini = { store, desk: deskView, levelId: lv.file.id };
    return mini;
  }
  function syncDesk(st: GameState): void {
    const answering = !!st.run && st.run.stage !== 'feedback' && view?.phase === 'round';
    document.body.classList.toggle('playing', answering);
    document.body.classList.toggle('sheet-open', answering && st.desk.sheetOpen);
    mini?.desk.update(st);
  }

  const rejoin = async () => {
    const seat = code ? loadSeat(code) : null;
    // No seat yet: the join form is already on screen; drawing it again would wipe what is being typed.
    if (!seat) return;
    const r = await ask(socket, 'student:join', { code, token: seat.token });
    if (!r.ok) {
      if (r.error === 'timeout') return;
      saveSeat(code, null);
      joinError = errorText(ui, r.error);
      view = null;
      return render();
    }
    accept(r.view);
    void flush();
  };

  socket.on('connect', () => {
    banner.hidden = true;
    void rejoin();
  });
  socket.on('disconnect', () => (banner.hidden = false));
  socket.on('student:view', (v) => accept(v));
  socket.on('class:error', (e) => (joinError = errorText(ui, e.error)));

  function accept(v: StudentView): void {
    view = v;
    const lv = level();
    const key = `${v.code}:${v.round}:${v.phase === 'round' ? 'r' : 'x'}`;
    if (lv && v.phase === 'round' && key !== runKey) {
      runKey = key;
      const pending = loadSeat(v.code)?.pending;
      const round = startRun(lv, v.seed).rounds[v.round];
      // What this phone did while offline wins over the older copy on the server.
      run = replay(lv, v.seed, v.round, pending && pending.roundId === round?.id ? pending.play : v.play);
    }
    render();
  }

  /** Send the latest play of the open round; kept on the phone until the server confirms it. */
  async function flush(): Promise<void> {
    if (!view || !code || sending) return;
    const seat = loadSeat(code);
    const pending = seat?.pending;
    if (!seat || !pending || !socket.connected) return;
    sending = true;
    const r = await ask(socket, 'student:answer', pending);
    sending = false;
    if (r.ok) {
      const now = loadSeat(code);
      // Only clear what was sent: a newer play made meanwhile is sent next.
      if (now?.pending && JSON.stringify(now.pending) === JSON.stringify(pending)) saveSeat(code, { token: now.token });
      else void flush();
    } else if (r.error !== 'timeout' && r.error !== 'rate-limited') {
      saveSeat(code, { token: seat.token });
    }
  }

  /** A new state of this phone's run (from an action here or on the desk): keep it, send its play. */
  function changed(next: Run): void {
    if (!run || !view) return;
    const round = currentRound(run);
    const before = round ? playOf(run, round.id) : null;
    run = next;
    const after = round ? playOf(run, round.id) : null;
    if (round && after && JSON.stringify(before) !== JSON.stringify(after)) {
      const seat = loadSeat(view.code);
      if (seat) saveSeat(view.code, { token: seat.token, pending: { roundId: round.id, play: after } });
      void flush();
    }
    render();
  }

  async function join(form: HTMLFormElement): Promise<void> {
    const data = new FormData(form);
    const typed = normalizeCode(String(data.get('code') ?? ''));
    const nickname = String(data.get('nickname') ?? '');
    if (!isCodeShape(typed)) {
      joinError = t('class.error.not-found');
      return render();
    }
    code = typed;
    const r = await ask(socket, 'student:join', { code, nickname });
    if (!r.ok) {
      joinError = errorText(ui, r.error);
      return render();
    }
    joinError = '';
    saveSeat(code, { token: r.token });
    if (window.location.hash !== `#/join/${code}`) history.replaceState(null, '', `#/join/${code}`);
    accept(r.view);
  }

  function joinForm(): HTMLElement {
    const form = el(
      'form',
      { class: 'class-join-form', onsubmit: (e: Event) => (e.preventDefault(), void join(e.currentTarget as HTMLFormElement)) },
      el('label', { for: 'class-code' }, t('class.join.code')),
      el('input', { id: 'class-code', name: 'code', value: code, autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', maxlength: 8, required: true }),
      el('label', { for: 'class-nick' }, t('class.join.nickname')),
      el('input', { id: 'class-nick', name: 'nickname', maxlength: NICKNAME_MAX, autocomplete: 'off', required: true }),
      el('p', { class: 'hint' }, t('class.join.noNames')),
      joinError ? el('p', { class: 'class-problem', role: 'alert' }, joinError) : null,
      el('button', { class: 'primary', type: 'submit' }, t('class.join.submit')),
    );
    return el('div', { class: 'class-screen class-student' }, el('h1', {}, t('class.join.heading')), form);
  }

  function answerStage(lv: ValidLevel, r: Run, _round: PlayRound): HTMLElement {
    if (r.stage === 'answer' || r.stage === 'evidence') {
      const m = miniFor(lv);
      if (m.store.getState().run !== r) m.store.setState({ run: r, screen: 'round' });
      const panel = roundView(createContext(m.store, ui.i18n, { openLevelFile: () => undefined }));
      syncDesk(m.store.getState());
      return el('div', { class: 'class-desk-round' }, panel, deskRoot);
    }
    syncDesk(miniFor(lv).store.getState());
    return el('section', { class: 'class-wait' }, el('h2', {}, t('class.student.sent')), el('p', {}, t('class.student.waitReveal')));
  }

  function revealStage(lv: ValidLevel, v: StudentView, round: PlayRound): HTMLElement {
    const result = v.result ?? roundResult(round, v.play ?? undefined);
    const play = v.play;
    return el(
      'section',
      { class: 'class-feedback' },
      el('h2', { class: 'verdict' }, result.perfect ? t('feedback.allCorrect') : t('feedback.points', { points: result.points, max: result.max })),
      el(
        'ul',
        { class: 'class-my-answers' },
        ...round.questions.map((q) => {
          const mine = play?.choices[q.id] ?? [];
          const qr = result.questions.find((x) => x.id === q.id);
          const labels = (ids: readonly string[]) => ids.map((id) => ui.label(q.options.find((o) => o.id === id)!.label)).join(', ');
          return el(
            'li',
            {},
            el('p', { class: 'class-prompt' }, t(q.promptKey)),
            el(
              'p',
              {},
              qr && qr.points === qr.max ? `✓ ${t('feedback.correctMark')}` : `✗ ${t('feedback.wrongMark')}`,
              ' · ',
              t('feedback.yourAnswer', { answer: mine.length ? labels(mine) : t('class.student.noAnswer') }),
            ),
            el('p', {}, t(q.correct.length > 1 ? 'feedback.rightAnswers' : 'feedback.rightAnswer', { answer: labels(q.correct) })),
          );
        }),
      ),
      round.evidence.length ? el('p', {}, t(`feedback.evidenceResult.${result.evidence}`)) : null,
      el('h3', {}, t('feedback.explanation')),
      el('p', {}, ui.local(round.explanation)),
      evidenceView(ui, lv, round),
      el('p', { class: 'hint' }, t('class.student.waitNext')),
    );
  }

  function endStage(v: StudentView): HTMLElement {
    const score = v.final;
    if (!score) return el('p', {}, t('class.student.ended'));
    return el(
      'section',
      { class: 'class-final' },
      el('h2', {}, t('class.student.yourResults')),
      el('p', { class: 'class-final-total' }, t('results.points', { points: score.points, max: score.max })),
      el(
        'ul',
        {},
        ...SKILLS.filter((s) => score.bySkill[s].rounds > 0).map((s) => {
          const k = score.bySkill[s];
          return el(
            'li',
            {},
            el('strong', {}, t(`results.skill.${s}`)),
            ': ',
            t('results.skillScore', { points: k.points, max: k.max }),
            '. ',
            t(`discernment.${s}.${k.discernment.reading}`),
          );
        }),
      ),
    );
  }

  function render(): void {
    if (!view) {
      root.replaceChildren(banner, joinForm());
      return;
    }
    const v = view;
    const lv = level();
    let body: HTMLElement;
    if (v.removed) body = el('p', { role: 'alert' }, t('class.student.removed'));
    else if (!lv) body = el('p', { role: 'alert' }, t('class.error.unknown-level'));
    else if (v.phase === 'lobby')
      body = el('section', { class: 'class-wait' }, el('h2', {}, t('class.student.in', { name: v.nickname })), el('p', {}, t('class.student.waitStart')));
    else if (v.phase === 'ended') body = endStage(v);
    else {
      const round = startRun(lv, v.seed).rounds[v.round]!;
      body = el(
        'div',
        {},
        el('p', { class: 'class-round-no' }, t('round.progress', { n: v.round + 1, total: v.roundCount })),
        run && v.phase === 'round' && run.stage !== 'feedback' ? null : el('div', { class: 'class-material' }, material(ui, round.material, v.phase === 'reveal')),
        v.phase === 'reveal' ? revealStage(lv, v, round) : run ? answerStage(lv, run, round) : el('p', {}, t('app.loading')),
      );
    }
    root.replaceChildren(
      banner,
      el('div', { class: 'class-screen class-student' }, el('p', { class: 'class-me' }, t('class.student.me', { name: v.nickname, code: v.code })), body),
    );
  }

  render();
  return () => {
    socket.disconnect();
    document.body.classList.remove('playing', 'sheet-open');
  };
}
