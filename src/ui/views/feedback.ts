import { el } from '../dom';
import type { UiContext } from '../context';
import { currentRound, findArticle } from '../../state/store';
import { isCorrect, roundResult } from '../../core/scoring';
import { materialView } from './material';
import type { PlayRound, Question } from '../../core/rounds';

function optionText(ctx: UiContext, question: Question, id: string | undefined): string {
  const option = question.options.find((o) => o.id === id);
  return option ? ctx.label(option.label) : '—';
}

export function verdictKey(round: PlayRound, answers: Readonly<Record<string, string>> | undefined): { key: string; correct: number; total: number } {
  const { correct, total } = roundResult(round, answers);
  const key = correct === total ? 'feedback.allCorrect' : correct === 0 ? 'feedback.noneCorrect' : 'feedback.someCorrect';
  return { key, correct, total };
}

export function feedbackView(ctx: UiContext): HTMLElement | null {
  const { t, store } = ctx;
  const state = store.getState();
  const run = state.run;
  const round = currentRound(state);
  if (!run || !round) return null;
  const answers = run.answers[round.id];
  const verdict = verdictKey(round, answers);
  const last = run.index + 1 >= run.rounds.length;

  const rows = round.questions.map((q) => {
    const chosen = answers?.[q.id];
    const ok = isCorrect(round, q.id, chosen);
    const right = q.correct.map((c) => optionText(ctx, q, c)).join(' · ');
    return el(
      'li',
      { class: ok ? 'answer-row right' : 'answer-row wrong' },
      el('span', { class: 'mark' }, ok ? `✓ ${t('feedback.correctMark')}` : `✗ ${t('feedback.wrongMark')}`),
      el('span', { class: 'q' }, t(q.promptKey)),
      el('span', { class: 'a' }, t('feedback.yourAnswer', { answer: optionText(ctx, q, chosen) })),
      ok ? null : el('span', { class: 'a right-answer' }, t(q.correct.length > 1 ? 'feedback.rightAnswers' : 'feedback.rightAnswer', { answer: right })),
    );
  });

  const copied = round.copiedIn
    ? el(
        'p',
        { class: 'copied' },
        t('feedback.copied', {
          outlets: round.copiedIn.map((id) => { const a = findArticle(state, id); return a ? ctx.local(a.outlet) : id; }).join(' · '),
        }),
      )
    : null;

  const evidence = round.evidence.map((ev, i) => {
    const article = findArticle(state, ev.articleId);
    const outlet = article ? ctx.local(article.outlet) : ev.articleId;
    const spans = round.evidence.filter((e) => e.articleId === ev.articleId).map((e) => e.span);
    return el(
      'li',
      { class: 'evidence-item' },
      el('p', { class: 'evidence-outlet' }, outlet),
      el('blockquote', {}, el('p', {}, el('mark', { class: 'evidence' }, ev.quote))),
      el(
        'button',
        { class: 'secondary open-article', 'data-evidence': i, onclick: () => store.getState().openReader(ev.articleId, spans) },
        t('feedback.openArticle', { outlet }),
      ),
    );
  });

  return el(
    'div',
    { class: `screen feedback-screen ${verdict.correct === verdict.total ? 'is-right' : 'is-wrong'}` },
    el('p', { class: 'round-progress' }, t('round.progress', { n: run.index + 1, total: run.rounds.length })),
    el('h2', { class: 'verdict focus-target', tabindex: -1 }, t(verdict.key, { correct: verdict.correct, total: verdict.total })),
    materialView(ctx, round.material, true),
    el('ul', { class: 'answer-rows' }, ...rows),
    el('section', { class: 'explanation', 'aria-labelledby': 'why-heading' }, el('h3', { id: 'why-heading' }, t('feedback.explanation')), el('p', {}, ctx.local(round.explanation)), copied),
    el('section', { class: 'evidence-list', 'aria-labelledby': 'evidence-heading' }, el('h3', { id: 'evidence-heading' }, t('feedback.evidence')), el('ul', {}, ...evidence)),
    el('div', { class: 'actions' }, el('button', { class: 'primary next', onclick: () => store.getState().next() }, last ? t('feedback.results') : t('feedback.next'))),
  );
}
