import { el } from '../../ui/dom';
import { pickText } from '../../core/localText';
import { blankRound, hasText, newKey, roundSignature, ROUND_TYPES, type DraftRound, type RoundStatus, type RoundType } from '../draft';
import type { Editor } from '../editorContext';
import { readiness, suggestRounds, SuggestTimeout, type ReadinessReason } from '../suggest';
import { button, problemList, selectField } from './fields';
import { outletLabel } from './labels';
import { roundForm } from './roundForm';

function reasonText(ed: Editor, r: ReadinessReason): string {
  const { t } = ed;
  switch (r.kind) {
    case 'needTwo':
      return t('editor.suggest.needTwo', { count: r.count });
    case 'noOutlet':
      return t('editor.suggest.noOutlet', { n: r.index + 1 });
    case 'tooLargeToAnalyse':
      return t('editor.suggest.tooLarge', { n: r.index + 1 });
  }
}

/** Why rounds cannot be suggested yet (kept current as the teacher types). */
export function readinessBox(ed: Editor): HTMLElement {
  const ready = readiness(ed.draft);
  if (ready.ok) {
    const notes = [
      ...(ready.articles.length < 3 ? [ed.t('editor.suggest.whoNeedsThree')] : []),
      ...ready.skipped.map((a) => ed.t('editor.suggest.skipped', { outlet: outletLabel(ed, a.key) })),
    ];
    return el(
      'div',
      { class: 'ed-readiness is-ready', id: 'ed-readiness' },
      el('p', {}, ed.t('editor.suggest.ready', { count: ready.articles.length })),
      ...notes.map((n) => el('p', { class: 'ed-hint' }, n)),
    );
  }
  return el(
    'div',
    { class: 'ed-readiness', id: 'ed-readiness', tabindex: -1 },
    el('p', { class: 'ed-subhead' }, ed.t('editor.suggest.notYet')),
    el('ul', {}, ...ready.reasons.map((r) => el('li', {}, reasonText(ed, r)))),
  );
}

export function updateReadiness(ed: Editor): void {
  document.getElementById('ed-readiness')?.replaceWith(readinessBox(ed));
}

function countsText(ed: Editor): string {
  const n = (s: RoundStatus) => ed.draft.rounds.filter((r) => r.status === s).length;
  return ed.t('editor.rounds.counts', { accepted: n('accepted'), suggested: n('suggested'), rejected: n('rejected') });
}

export function updateCounts(ed: Editor): void {
  const c = document.getElementById('ed-round-counts');
  if (c) c.textContent = countsText(ed);
}

async function suggest(ed: Editor): Promise<void> {
  const { t, draft, ui } = ed;
  const ready = readiness(draft);
  if (!ready.ok) {
    updateReadiness(ed);
    ed.status(t('editor.suggest.cannot'));
    document.getElementById('ed-readiness')?.focus();
    return;
  }
  ui.suggesting = true;
  ed.refresh('rounds', 'ed-suggest');
  ed.status(t('editor.suggest.working'));
  // Let the page paint the "working" state first (where no worker can run the engine, it takes the main thread).
  await new Promise((r) => setTimeout(r, 30));
  try {
    const { rounds, counts } = await suggestRounds(ready.articles, draft.seed);
    // Accepted rounds stay, and so does any suggestion the teacher has worked on: nothing they wrote is lost.
    const kept = draft.rounds.filter((r) => r.status === 'accepted' || (r.status === 'suggested' && r.edited));
    const taken = new Set(kept.map((r) => roundSignature(r.round)));
    const fresh: DraftRound[] = rounds.filter((r) => !taken.has(roundSignature(r))).map((round) => ({ key: newKey(draft, 'r'), status: 'suggested' as const, round }));
    draft.rounds = [...kept, ...fresh];
    ui.suggestNotes = [
      // With two articles the readiness box already says why there are none.
      ...(counts['who-said-it'] === 0 && ready.articles.length >= 3 ? [t('editor.suggest.noneOf', { type: t('roundType.who-said-it') })] : []),
      ...(counts['opinion-or-reporting'] === 0 ? [t('editor.suggest.noneOf', { type: t('roundType.opinion-or-reporting') })] : []),
      ...(counts['conflicting-figures'] === 0 ? [t('editor.suggest.noneOf', { type: t('roundType.conflicting-figures') })] : []),
    ];
    ed.changed();
    ed.status(
      fresh.length
        ? t('editor.suggest.done', { count: fresh.length, who: counts['who-said-it'], opinion: counts['opinion-or-reporting'], figures: counts['conflicting-figures'] })
        : t('editor.suggest.nothing'),
    );
  } catch (error) {
    console.warn('suggestions failed', error);
    ed.notice(error instanceof SuggestTimeout ? t('editor.suggest.tooSlow', { seconds: error.seconds }) : t('editor.suggest.failed'));
  } finally {
    ui.suggesting = false;
    ed.refresh('rounds', 'ed-suggest');
    ed.refresh('publish');
  }
}

function setStatus(ed: Editor, dr: DraftRound, status: RoundStatus, focus: string): void {
  dr.status = status;
  if (status === 'rejected') ed.ui.editing.delete(dr.key);
  ed.changed();
  ed.refreshRound(dr.key, focus);
  ed.refresh('publish');
  const n = ed.draft.rounds.indexOf(dr) + 1;
  ed.status(ed.t(`editor.rounds.now.${status}`, { n }));
}

/** Below this, the card asks the teacher to check the key before accepting it. */
const LOW_CONFIDENCE = 0.8;

/** The engine's confidence in a suggested key, so a teacher knows which suggestions to check hardest. */
function confidenceBadge(ed: Editor, dr: DraftRound): HTMLElement | null {
  const c = dr.round.confidence;
  if (typeof c !== 'number') return null;
  const low = c < LOW_CONFIDENCE;
  return el(
    'span',
    { class: `ed-badge ed-confidence${low ? ' is-low' : ''}`, title: ed.t('editor.rounds.confidenceTitle') },
    ed.t('editor.rounds.confidence', { pct: Math.round(c * 100) }),
  );
}

function confidenceNote(ed: Editor, dr: DraftRound): HTMLElement | null {
  const c = dr.round.confidence;
  if (typeof c !== 'number') return null;
  if (dr.edited) return el('p', { class: 'ed-hint' }, ed.t('editor.rounds.confidenceEdited'));
  return c < LOW_CONFIDENCE ? el('p', { class: 'ed-hint ed-confidence-note' }, ed.t('editor.rounds.confidenceLow')) : null;
}

const clip = (s: string, n = 220): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** What a round asks and answers, in a few lines: enough to accept or reject it. */
function roundSummary(ed: Editor, dr: DraftRound): HTMLElement {
  const { t } = ed;
  const r = dr.round;
  const lang = ed.i18n.language;
  const parts: (HTMLElement | null)[] = [];
  if (r.type === 'who-said-it') {
    parts.push(
      el('blockquote', { class: 'ed-quote' }, el('p', {}, clip(r.quote))),
      el('p', {}, el('strong', {}, t('editor.round.optionsShort')), ' ', r.options.map((o) => outletLabel(ed, o)).join(', ')),
      el('p', {}, el('strong', {}, t('editor.round.answersShort')), ' ', r.answers.map((o) => outletLabel(ed, o)).join(', ')),
    );
  } else if (r.type === 'opinion-or-reporting') {
    parts.push(
      el('blockquote', { class: 'ed-quote' }, el('p', {}, clip(r.passage))),
      el('p', {}, el('strong', {}, t('editor.round.fromShort')), ' ', outletLabel(ed, r.article)),
      el('p', {}, el('strong', {}, t('editor.round.answerShort')), ' ', t(`kind.${r.answer}`), ' · ', t(`cue.${r.cue}`)),
    );
  } else {
    parts.push(
      el('p', { class: 'ed-subhead' }, pickText(r.question, lang)),
      el('ul', { class: 'ed-figure-summary' }, ...r.figures.map((f) => el('li', {}, el('strong', {}, f.figure), ' — ', outletLabel(ed, f.article)))),
      el('p', {}, el('strong', {}, t('editor.round.answerShort')), ' ', t(r.conflict ? 'conflict.yes' : 'conflict.no'), ' · ', t(`reason.${r.reason}`)),
    );
  }
  parts.push(
    el('p', { class: 'ed-explanation' }, el('strong', {}, t('editor.round.explanationShort')), ' ', clip(pickText(r.explanation, lang) || t('editor.round.noExplanation'), 400)),
    el('p', { class: 'ed-hint' }, t('editor.evidence.heading', { count: r.evidence.length })),
  );
  return el('div', { class: 'ed-summary' }, ...parts);
}

export function roundCard(ed: Editor, dr: DraftRound): HTMLElement {
  const { t, ui } = ed;
  const n = ed.draft.rounds.indexOf(dr) + 1;
  const headingId = `ed-r-${dr.key}-heading`;
  const editing = ui.editing.has(dr.key) && dr.status !== 'rejected';
  const problems = ui.check?.byRound.get(dr.key) ?? [];
  const k = (name: string) => `ed-r-${dr.key}-${name}`;

  const toggleEdit = () => {
    if (ui.editing.has(dr.key)) ui.editing.delete(dr.key);
    else {
      ui.editing.add(dr.key);
      dr.edited = true;
      ed.changed();
    }
    ed.refreshRound(dr.key, ui.editing.has(dr.key) ? k('done') : k('edit'));
  };
  const editButton = editing
    ? button(t('editor.rounds.done'), toggleEdit, { fkey: k('done'), describedBy: headingId, className: 'secondary' })
    : button(t('editor.rounds.edit'), toggleEdit, { fkey: k('edit'), describedBy: headingId, className: 'secondary' });
  const actions =
    dr.status === 'suggested'
      ? [
          button(t('editor.rounds.accept'), () => setStatus(ed, dr, 'accepted', k('edit')), { className: 'primary', fkey: k('accept'), describedBy: headingId }),
          editButton,
          button(t('editor.rounds.reject'), () => setStatus(ed, dr, 'rejected', k('restore')), { className: 'link', fkey: k('reject'), describedBy: headingId }),
        ]
      : dr.status === 'accepted'
        ? [editButton, button(t('editor.rounds.unaccept'), () => setStatus(ed, dr, 'rejected', k('restore')), { className: 'link', fkey: k('reject'), describedBy: headingId })]
        : [button(t('editor.rounds.restore'), () => setStatus(ed, dr, 'suggested', k('accept')), { className: 'secondary', fkey: k('restore'), describedBy: headingId })];

  const r = dr.round;
  const gist = r.type === 'who-said-it' ? r.quote : r.type === 'opinion-or-reporting' ? r.passage : r.figures.map((f) => f.figure).join(' / ');

  return el(
    'li',
    { class: `ed-card ed-round is-${dr.status}`, 'data-round-key': dr.key, 'data-status': dr.status, 'data-type': r.type, 'aria-labelledby': headingId },
    el(
      'div',
      { class: 'ed-round-head' },
      el('h3', { id: headingId, tabindex: -1, 'data-fkey': headingId }, t('editor.rounds.heading', { n, type: t(`roundType.${r.type}`) })),
      el('span', { class: `ed-badge is-${dr.status}` }, t(`editor.rounds.status.${dr.status}`)),
      confidenceBadge(ed, dr),
    ),
    dr.status === 'rejected' ? null : confidenceNote(ed, dr),
    problems.length
      ? el(
          'div',
          { class: 'ed-round-problems', role: 'group', 'aria-label': t('editor.publish.problemsHeading') },
          el('p', { class: 'ed-subhead' }, t('editor.rounds.problems')),
          problemList(problems),
        )
      : null,
    dr.status === 'rejected' ? el('p', { class: 'ed-hint ed-gist' }, clip(gist, 140)) : editing ? roundForm(ed, dr) : roundSummary(ed, dr),
    el('div', { class: 'ed-row ed-round-actions' }, ...actions),
  );
}

export function roundsView(ed: Editor): HTMLElement[] {
  const { t, draft, ui } = ed;
  let writeType: RoundType = 'who-said-it';
  return [
    el('h2', { id: 'ed-rounds-heading' }, t('editor.rounds.sectionHeading')),
    el('p', {}, t('editor.rounds.intro')),
    readinessBox(ed),
    el(
      'div',
      { class: 'ed-row' },
      button(ui.suggesting ? t('editor.suggest.working') : draft.rounds.length ? t('editor.suggest.again') : t('editor.suggest.button'), () => void suggest(ed), {
        className: 'primary',
        fkey: 'ed-suggest',
        disabled: ui.suggesting,
      }),
    ),
    ...ui.suggestNotes.map((n) => el('p', { class: 'ed-hint' }, n)),
    draft.rounds.length ? el('p', { class: 'ed-counts', id: 'ed-round-counts' }, countsText(ed)) : null,
    el('ol', { class: 'ed-list ed-rounds' }, ...draft.rounds.map((dr) => roundCard(ed, dr))),
    el(
      'div',
      { class: 'ed-write' },
      selectField({
        id: 'ed-write-type',
        label: t('editor.rounds.writeType'),
        value: writeType,
        options: ROUND_TYPES.map((ty) => ({ value: ty, label: t(`roundType.${ty}`) })),
        onChange: (v) => {
          writeType = v as RoundType;
        },
      }),
      button(
        t('editor.rounds.write'),
        () => {
          const key = newKey(draft, 'r');
          const articleKeys = draft.articles.filter(hasText).map((a) => a.key);
          draft.rounds.push({ key, status: 'accepted', round: blankRound(writeType, `own-${key}`, articleKeys) });
          ui.editing.add(key);
          ed.changed();
          ed.refresh('rounds', `ed-r-${key}-heading`);
          ed.refresh('publish');
        },
        { fkey: 'ed-write' },
      ),
    ),
  ].filter((x): x is HTMLElement => x !== null);
}
