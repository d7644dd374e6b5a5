import { el } from '../dom';
import type { UiContext } from '../context';
import { currentRound, findArticle } from '../../state/store';
import { playOf } from '../../core/game';
import { roundResult, type RoundResult } from '../../core/scoring';
import type { Question } from '../../core/rounds';
import type { Span } from '../../core/articleModel';
import { materialView } from './material';
import { copyMapPicture, numberLinePicture } from './pictures';
import { afterNextPaint, afterScreenFocus } from '../frames';

function optionTexts(ctx: UiContext, question: Question, ids: readonly string[] | undefined): string {
  const names = (ids ?? [])
    .map((id) => question.options.find((o) => o.id === id))
    .filter((o) => !!o)
    .map((o) => ctx.label(o.label));
  return names.length ? names.join(' · ') : '—';
}

export function verdictKey(result: RoundResult): { key: string; points: number; max: number } {
  const key = result.perfect ? 'feedback.allCorrect' : result.points === 0 ? 'feedback.noneCorrect' : 'feedback.someCorrect';
  return { key, points: result.points, max: result.max };
}

export function feedbackView(ctx: UiContext): HTMLElement | null {
  const { t, store } = ctx;
  const state = store.getState();
  const run = state.run;
  const round = currentRound(state);
  if (!run || !round) return null;
  const play = playOf(run, round.id);
  const result = roundResult(round, play);
  const verdict = verdictKey(result);
  const last = run.index + 1 >= run.rounds.length;
  const outlet = (id: string) => {
    const a = findArticle(state, id);
    return a ? ctx.local(a.outlet) : id;
  };

  const rows = round.questions.map((q, i) => {
    const r = result.questions[i];
    const ok = !!r && r.points === r.max;
    const chosen = play.choices[q.id];
    const detail = q.multi && r ? t('feedback.hitsAndFalseAlarms', { hits: r.hits, of: q.correct.length, falseAlarms: r.falseAlarms }) : null;
    return el(
      'li',
      { class: ok ? 'answer-row right' : 'answer-row wrong', 'data-question': q.id },
      el('span', { class: 'mark' }, ok ? `✓ ${t('feedback.correctMark')}` : `✗ ${t('feedback.wrongMark')}`),
      el('span', { class: 'q' }, t(q.promptKey)),
      el('span', { class: 'a' }, t('feedback.yourAnswer', { answer: optionTexts(ctx, q, chosen) })),
      detail ? el('span', { class: 'a detail' }, detail) : null,
      ok ? null : el('span', { class: 'a right-answer' }, t(q.correct.length > 1 ? 'feedback.rightAnswers' : 'feedback.rightAnswer', { answer: optionTexts(ctx, q, q.correct) })),
    );
  });

  const copied = round.copiedIn ? el('p', { class: 'copied' }, t('feedback.copied', { outlets: round.copiedIn.map(outlet).join(' · ') })) : null;
  const cue = round.cue ? el('p', { class: 'cue-line' }, t('feedback.cue', { cue: t(`cue.${round.cue}`) })) : null;

  const show = (articleId: string, spans: Span[]) => store.getState().focusPassages(articleId, spans);
  const evidenceSection = () => {
    const keyItems = round.evidence.map((ev, i) =>
      el(
        'li',
        { class: 'evidence-item key-evidence' },
        el('p', { class: 'evidence-outlet' }, outlet(ev.articleId)),
        el('blockquote', {}, el('p', {}, el('mark', { class: 'evidence' }, ev.quote))),
        el(
          'button',
          { class: 'secondary show-evidence', 'data-evidence': i, onclick: () => show(ev.articleId, [ev.span]) },
          t('feedback.showIn', { outlet: outlet(ev.articleId) }),
        ),
      ),
    );
    const article = (id: string) => findArticle(state, id);
    const yours = play.pointed.map((p) =>
      el(
        'li',
        {
          class: `evidence-item your-evidence ${round.evidence.some((e) => e.articleId === p.articleId && p.start < e.span.end && e.span.start < p.end) ? 'is-right' : 'is-wrong'}`,
        },
        el('p', { class: 'evidence-outlet' }, outlet(p.articleId)),
        el('blockquote', {}, el('p', {}, article(p.articleId)?.text.slice(p.start, p.end) ?? '')),
        el('button', { class: 'secondary', onclick: () => show(p.articleId, [p]) }, t('feedback.showIn', { outlet: outlet(p.articleId) })),
      ),
    );
    const evidenceVerdict = t(`feedback.evidenceResult.${result.evidence}`);
    return el(
      'section',
      { class: 'evidence-compare', 'aria-labelledby': 'evidence-heading' },
      el('h3', { id: 'evidence-heading' }, t('feedback.evidenceHeading')),
      el('p', { class: `evidence-verdict is-${result.evidence}` }, evidenceVerdict),
      el(
        'div',
        { class: 'evidence-columns' },
        el(
          'div',
          { class: 'evidence-side' },
          el('h4', {}, t('feedback.yourEvidence')),
          yours.length ? el('ul', {}, ...yours) : el('p', { class: 'muted' }, t('feedback.noEvidence')),
        ),
        el('div', { class: 'evidence-side' }, el('h4', {}, t('feedback.keyEvidence')), el('ul', {}, ...keyItems)),
      ),
    );
  };
  const later = el('div', { class: 'feedback-later' });

  const view = el(
    'div',
    { class: `screen feedback-screen ${result.perfect ? 'is-right' : 'is-wrong'}` },
    el('p', { class: 'round-progress' }, t('round.progress', { n: run.index + 1, total: run.rounds.length })),
    el(
      'h2',
      { class: 'verdict focus-target', tabindex: -1 },
      t(verdict.key),
      ' ',
      el('span', { class: 'round-points' }, t('feedback.points', { points: verdict.points, max: verdict.max })),
    ),
    materialView(ctx, round.material, true),
    round.type === 'conflicting-figures' ? numberLinePicture(ctx, round) : null,
    el('ul', { class: 'answer-rows' }, ...rows),
    result.hintsUsed ? el('p', { class: 'hints-used' }, t('feedback.hintsUsed', { count: result.hintsUsed })) : null,
    el(
      'section',
      { class: 'explanation', 'aria-labelledby': 'why-heading' },
      el('h3', { id: 'why-heading' }, t('feedback.explanation')),
      el('p', {}, ctx.local(round.explanation)),
      cue,
      copied,
    ),
    later,
    el(
      'div',
      { class: 'actions' },
      el('button', { class: 'primary next', onclick: () => store.getState().act({ type: 'next' }) }, last ? t('feedback.results') : t('feedback.next')),
    ),
  );
  // The verdict and answers show at once; the evidence side by side follows once the screen is
  // painted and focused, and the copy map a paint after it: built and laid out with the rest, they
  // made the tap that opened the feedback one long task.
  const mapSlot = round.type === 'who-said-it' ? el('div', { class: 'feedback-later' }) : null;
  afterScreenFocus(() => {
    later.replaceWith(evidenceSection(), mapSlot ?? '');
    if (mapSlot) afterNextPaint(() => mapSlot.isConnected && mapSlot.replaceWith(copyMapPicture(ctx, run) ?? ''));
  });
  return view;
}
