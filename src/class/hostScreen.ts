import { el } from '../ui/dom';
import { buildRun, SKILLS, type PlayRound, type Question } from '../core/rounds';
import type { HostView } from '../core/class/views';
import type { HostCommand } from '../core/class/protocol';
import { csvFromReports } from '../core/class/report';
import { ask, connectClass } from './connection';
import { qrSvg } from './qr';
import { errorText, evidenceView, material, type ClassUi } from './classUi';

const RECENT_KEY = 'lateral.class.hosted';

interface Recent {
  code: string;
  secret: string;
  levelId: string;
  at: number;
}

function recentClasses(): Recent[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? (parsed as Recent[]).filter((r) => typeof r?.code === 'string' && typeof r.secret === 'string') : [];
  } catch {
    return [];
  }
}

function remember(r: Recent): void {
  try {
    localStorage.setItem(RECENT_KEY, JSON.stringify([r, ...recentClasses().filter((x) => x.code !== r.code)].slice(0, 10)));
  } catch {
    // A full or blocked storage only loses the shortcut list; the private link still works.
  }
}

export const hostLink = (code: string, secret: string): string => `#/class/host/${code}/${secret}`;
export const joinUrl = (code: string): string => `${window.location.origin}${window.location.pathname}#/join/${code}`;

/** Pick a level and start a class. Speed scoring is off unless the teacher turns it on. */
export function hostPicker(root: HTMLElement, ui: ClassUi): () => void {
  const { t } = ui;
  const socket = connectClass();
  const status = el('p', { class: 'class-status', role: 'status' });
  const speed = el('input', { type: 'checkbox', id: 'class-speed' });
  const start = async (levelId: string) => {
    status.textContent = t('class.host.creating');
    const r = await ask(socket, 'host:create', { levelId, speedScoring: speed.checked });
    if (!r.ok) {
      status.textContent = errorText(ui, r.error);
      return;
    }
    remember({ code: r.code, secret: r.secret, levelId, at: Date.now() });
    window.location.hash = hostLink(r.code, r.secret);
  };
  const levels = ui.levels;
  const recent = recentClasses();
  root.replaceChildren(
    el(
      'div',
      { class: 'class-screen class-picker' },
      el('p', {}, el('a', { href: '#/', class: 'class-back' }, t('class.back'))),
      el('h1', {}, t('class.host.heading')),
      el('p', { class: 'class-intro' }, t('class.host.intro')),
      el('h2', {}, t('class.host.pickLevel')),
      el(
        'ul',
        { class: 'class-levels' },
        ...levels.map((l) =>
          el(
            'li',
            { 'data-level': l.file.id },
            el('span', { class: 'class-level-title' }, ui.local(l.file.title)),
            el('button', { class: 'primary', onclick: () => void start(l.file.id) }, t('class.host.start')),
          ),
        ),
      ),
      el('p', {}, el('label', { for: 'class-speed', class: 'class-check' }, speed, ' ', t('class.host.speed'))),
      el('p', { class: 'hint' }, t('class.host.speedHint')),
      status,
      recent.length
        ? el(
            'section',
            {},
            el('h2', {}, t('class.host.recent')),
            el(
              'ul',
              { class: 'class-recent' },
              ...recent.map((r) => el('li', {}, el('a', { href: hostLink(r.code, r.secret) }, `${r.code} · ${new Date(r.at).toLocaleString(ui.lang)}`))),
            ),
          )
        : null,
    ),
  );
  return () => socket.disconnect();
}

const questionPrompt = (ui: ClassUi, q: Question) => ui.t(q.promptKey);

/** The teacher's projector: join code and QR, lobby, rounds in large type, reveal, report. */
export function hostSession(root: HTMLElement, ui: ClassUi, code: string, secret: string): () => void {
  const { t } = ui;
  const socket = connectClass();
  let view: HostView | null = null;
  let rounds: PlayRound[] = [];
  let explained = false;
  let confirmRemove: string | null = null;
  let renaming: string | null = null;
  const count = el('p', { class: 'class-count', 'aria-live': 'polite' });
  const problem = el('p', { class: 'class-problem', role: 'alert' });

  const command = async (c: HostCommand) => {
    const r = await ask(socket, 'host:act', { command: c });
    problem.textContent = r.ok ? '' : errorText(ui, r.error);
  };

  const attach = async () => {
    const r = await ask(socket, 'host:attach', { code, secret });
    if (!r.ok) {
      root.replaceChildren(
        el(
          'div',
          { class: 'class-screen' },
          el('h1', {}, t('class.host.cannotOpen')),
          el('p', { role: 'alert' }, errorText(ui, r.error)),
          el('a', { href: '#/class/host' }, t('class.host.heading')),
        ),
      );
      return;
    }
    remember({ code, secret, levelId: r.view.levelId, at: recentClasses().find((x) => x.code === code)?.at ?? Date.now() });
    show(r.view);
  };
  socket.on('connect', () => void attach());
  socket.on('host:view', (v) => show(v));
  socket.on('host:count', (c) => {
    if (!view || c.round !== view.round) return;
    view = { ...view, answered: c.answered, seated: c.seated };
    count.textContent = t('class.host.answered', { answered: c.answered, seated: c.seated });
  });
  socket.on('disconnect', () => (problem.textContent = t('class.reconnecting')));

  function show(v: HostView): void {
    if (view && (v.round !== view.round || v.phase !== view.phase)) explained = false;
    view = v;
    problem.textContent = '';
    const level = ui.levelById(v.levelId);
    if (!level) {
      root.replaceChildren(el('div', { class: 'class-screen' }, el('p', { role: 'alert' }, t('class.error.unknown-level'))));
      return;
    }
    if (rounds.length === 0) rounds = buildRun(level, v.seed);
    count.textContent = t('class.host.answered', { answered: v.answered, seated: v.seated });
    const header = el(
      'header',
      { class: 'class-bar' },
      el('span', { class: 'class-bar-level' }, ui.local(level.file.title)),
      el('span', { class: 'class-bar-join' }, t('class.host.joinShort', { url: `${window.location.host}/#/join`, code: v.code })),
    );
    let body: HTMLElement;
    switch (v.phase) {
      case 'lobby':
        body = lobby(v);
        break;
      case 'round':
        body = roundScreen(v, rounds[v.round]!);
        break;
      case 'reveal':
        body = revealScreen(v, rounds[v.round]!, level);
        break;
      case 'ended':
        body = reportScreen(v);
        break;
    }
    root.replaceChildren(el('div', { class: `class-screen class-host phase-${v.phase}` }, v.phase === 'lobby' || v.phase === 'ended' ? null : header, body, problem));
  }

  function lobby(v: HostView): HTMLElement {
    const url = joinUrl(v.code);
    return el(
      'div',
      { class: 'class-lobby' },
      el(
        'section',
        { class: 'class-join', 'aria-label': t('class.host.joinHeading') },
        el('h1', {}, t('class.host.joinHeading')),
        el('p', { class: 'class-join-url' }, t('class.host.goTo'), ' ', el('strong', {}, `${window.location.host}/#/join`)),
        el('p', { class: 'class-code-label' }, t('class.host.codeLabel')),
        el('p', { class: 'class-code', 'aria-label': [...v.code].join(' ') }, v.code),
        qrSvg(url, t('class.host.qrLabel', { url })),
        el('p', { class: 'class-join-full' }, url),
      ),
      el(
        'section',
        { class: 'class-roster', 'aria-labelledby': 'roster-heading' },
        el('h2', { id: 'roster-heading' }, t('class.host.students', { count: v.seats.length })),
        v.seats.length === 0 ? el('p', { class: 'hint' }, t('class.host.waiting')) : null,
        el('ul', { class: 'class-seats' }, ...v.seats.map((s) => seatItem(s))),
        el('button', { class: 'primary class-go', onclick: () => void command({ type: 'open' }) }, t('class.host.open')),
      ),
    );
  }

  function seatItem(s: { id: string; nickname: string }): HTMLElement {
    if (renaming === s.id) {
      const input = el('input', { type: 'text', maxlength: 20, value: s.nickname, 'aria-label': t('class.host.newName', { name: s.nickname }) });
      const save = async () => {
        renaming = null;
        await command({ type: 'rename', seatId: s.id, nickname: input.value });
        if (view) show(view);
      };
      queueMicrotask(() => input.focus());
      return el(
        'li',
        { class: 'class-seat' },
        input,
        el('button', { onclick: () => void save() }, t('class.host.save')),
        el('button', { onclick: () => ((renaming = null), view && show(view)) }, t('class.host.cancel')),
      );
    }
    return el(
      'li',
      { class: 'class-seat' },
      el('span', { class: 'class-nick' }, s.nickname),
      el('button', { class: 'chip', onclick: () => ((renaming = s.id), view && show(view)) }, t('class.host.rename')),
      confirmRemove === s.id
        ? el(
            'button',
            { class: 'chip danger', onclick: () => ((confirmRemove = null), void command({ type: 'remove', seatId: s.id })) },
            t('class.host.confirmRemove', { name: s.nickname }),
          )
        : el(
            'button',
            { class: 'chip', 'aria-label': t('class.host.removeName', { name: s.nickname }), onclick: () => ((confirmRemove = s.id), view && show(view)) },
            t('class.host.remove'),
          ),
    );
  }

  function questionsList(round: PlayRound): HTMLElement {
    return el(
      'ol',
      { class: 'class-questions' },
      ...round.questions.map((q) =>
        el('li', {}, el('p', { class: 'class-prompt' }, questionPrompt(ui, q)), el('ul', { class: 'class-options' }, ...q.options.map((o) => el('li', {}, ui.label(o.label))))),
      ),
    );
  }

  function roundScreen(v: HostView, round: PlayRound): HTMLElement {
    return el(
      'div',
      { class: 'class-round' },
      el('h1', {}, t('round.progress', { n: v.round + 1, total: v.roundCount }), ' · ', t(`roundType.${round.type}`, { defaultValue: round.type })),
      el('div', { class: 'class-material' }, material(ui, round.material)),
      questionsList(round),
      el(
        'div',
        { class: 'class-controls' },
        count,
        el('button', { class: 'primary', onclick: () => void command({ type: 'reveal' }) }, t('class.host.reveal')),
        el('button', { class: 'secondary', onclick: () => void command({ type: 'end' }) }, t('class.host.end')),
      ),
    );
  }

  function revealScreen(v: HostView, round: PlayRound, level: NonNullable<ReturnType<ClassUi['levelById']>>): HTMLElement {
    const charts = (v.distribution ?? []).map((d) => {
      const q = round.questions.find((x) => x.id === d.questionId)!;
      const most = Math.max(1, ...d.options.map((o) => o.count));
      return el(
        'section',
        { class: 'class-chart' },
        el('h2', {}, questionPrompt(ui, q)),
        el('p', { class: 'hint' }, t('class.host.answeredQuestion', { answered: d.answered, seated: v.seated })),
        el(
          'ul',
          { class: 'class-bars' },
          ...d.options.map((o) => {
            const option = q.options.find((x) => x.id === o.id)!;
            const bar = el('span', { class: 'class-bar-fill', 'aria-hidden': 'true' });
            bar.style.setProperty('--share', String(o.count / most));
            return el(
              'li',
              { class: o.correct ? 'class-bar-row right' : 'class-bar-row', 'data-option': o.id },
              el('span', { class: 'class-bar-label' }, ui.label(option.label), o.correct ? el('span', { class: 'class-right-mark' }, ` ✓ ${t('class.host.rightAnswer')}`) : null),
              el('span', { class: 'class-bar-track' }, bar),
              el('span', { class: 'class-bar-count' }, t('class.host.chosenBy', { count: o.count })),
            );
          }),
        ),
      );
    });
    const last = v.round + 1 >= v.roundCount;
    return el(
      'div',
      { class: 'class-reveal' },
      el('h1', {}, t('round.progress', { n: v.round + 1, total: v.roundCount }), ' · ', t('class.host.howClassAnswered')),
      ...charts,
      explained
        ? el(
            'section',
            { class: 'class-explanation' },
            el('h2', {}, t('feedback.explanation')),
            el('div', { class: 'class-material' }, material(ui, round.material, true)),
            el('p', { class: 'class-explanation-text' }, ui.local(round.explanation)),
            evidenceView(ui, level, round),
          )
        : null,
      el(
        'div',
        { class: 'class-controls' },
        explained
          ? null
          : el(
              'button',
              { class: 'secondary', onclick: () => ((explained = true), view && show(view), root.querySelector('.class-explanation')?.scrollIntoView({ block: 'start' })) },
              t('class.host.explain'),
            ),
        el('button', { class: 'primary', onclick: () => void command({ type: 'next' }) }, last ? t('class.host.finish') : t('class.host.next')),
        last ? null : el('button', { class: 'secondary', onclick: () => void command({ type: 'end' }) }, t('class.host.end')),
      ),
    );
  }

  function reportScreen(v: HostView): HTMLElement {
    const report = v.report!;
    const played = rounds.filter((r) => report.students.some((s) => r.id in s.roundPoints));
    const skills = SKILLS.filter((s) => played.some((r) => r.skill === s));
    const dp = (x: number | null) => (x === null ? '–' : x.toFixed(2));
    const download = () => {
      const csv = csvFromReports(report.students, played, v.options.speedScoring);
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const a = el('a', { href: url, download: `lateral-class-${v.code}.csv` });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    };
    return el(
      'div',
      { class: 'class-report' },
      el('h1', {}, t('class.report.heading')),
      el('p', { class: 'class-report-meta' }, t('class.report.meta', { code: v.code, students: report.students.length, rounds: played.length })),
      el(
        'div',
        { class: 'class-controls no-print' },
        el('button', { class: 'primary class-csv', onclick: download }, t('class.report.csv')),
        el('button', { class: 'secondary', onclick: () => window.print() }, t('class.report.print')),
      ),
      el('p', { class: 'hint no-print' }, t('class.report.privateLink')),
      el('h2', {}, t('class.report.byStudent')),
      el(
        'div',
        { class: 'class-table-wrap' },
        el(
          'table',
          { class: 'class-table' },
          el('caption', { class: 'sr-only' }, t('class.report.byStudent')),
          el(
            'thead',
            {},
            el(
              'tr',
              {},
              el('th', { scope: 'col' }, t('class.report.student')),
              el('th', { scope: 'col' }, t('class.report.total')),
              ...(v.options.speedScoring ? [el('th', { scope: 'col' }, t('class.report.speed'))] : []),
              ...skills.map((s) => el('th', { scope: 'col' }, t(`results.skill.${s}`))),
            ),
          ),
          el(
            'tbody',
            {},
            ...report.students.map((s) =>
              el(
                'tr',
                { 'data-seat': s.seatId },
                el('th', { scope: 'row' }, s.nickname),
                el('td', { class: 'class-total' }, t('results.skillScore', { points: s.score.points, max: s.score.max })),
                ...(v.options.speedScoring ? [el('td', {}, String(s.speedBonus ?? 0))] : []),
                ...skills.map((k) => {
                  const sk = s.score.bySkill[k];
                  const d = sk.discernment;
                  return el(
                    'td',
                    { 'data-skill': k },
                    el('span', { class: 'class-skill-points' }, t('results.skillScore', { points: sk.points, max: sk.max })),
                    el('br'),
                    el('span', { class: 'class-skill-d' }, t('class.report.discernment', { hits: d.hits, falseAlarms: d.falseAlarms, dPrime: dp(d.dPrime) })),
                  );
                }),
              ),
            ),
          ),
        ),
      ),
      el('h2', {}, t('class.report.classSkills')),
      el(
        'ul',
        { class: 'class-skill-summary' },
        ...skills.map((k) => {
          const d = report.bySkill[k];
          return el(
            'li',
            {},
            el('strong', {}, t(`results.skill.${k}`)),
            ': ',
            t(`class.report.reading.${d.reading}`),
            ' · ',
            t('class.report.discernment', { hits: d.hits, falseAlarms: d.falseAlarms, dPrime: dp(d.dPrime) }),
          );
        }),
      ),
      el('h2', {}, t('class.report.hardest')),
      report.hardest.length === 0
        ? el('p', {}, t('class.report.noneHard'))
        : el(
            'ol',
            { class: 'class-hardest' },
            ...report.hardest.map((h) => {
              const round = rounds[h.roundIndex];
              const q = round?.questions.find((x) => x.id === h.questionId);
              return el(
                'li',
                {},
                el('strong', {}, t('round.progress', { n: h.roundIndex + 1, total: v.roundCount })),
                ' · ',
                q ? questionPrompt(ui, q) : h.questionId,
                ' — ',
                t('class.report.share', { right: h.right, students: report.students.length }),
              );
            }),
          ),
    );
  }

  return () => socket.disconnect();
}
