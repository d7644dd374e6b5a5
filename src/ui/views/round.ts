import { el } from '../dom';
import type { UiContext } from '../context';
import { currentRound } from '../../state/store';
import { materialView } from './material';

export function roundView(ctx: UiContext): HTMLElement | null {
  const { t, store } = ctx;
  const state = store.getState();
  const run = state.run;
  const round = currentRound(state);
  if (!run || !round) return null;
  const question = round.questions[run.questionIndex];
  if (!question) return null;

  const hint = round.type === 'who-said-it' ? el('p', { class: 'hint' }, t('round.whoSaidIt.hint')) : null;
  const qProgress =
    round.questions.length > 1
      ? el('p', { class: 'question-progress' }, t('round.questionProgress', { n: run.questionIndex + 1, total: round.questions.length }))
      : null;

  return el(
    'div',
    { class: `screen round-screen type-${round.type}` },
    el(
      'div',
      { class: 'round-top' },
      el('p', { class: 'round-progress' }, t('round.progress', { n: run.index + 1, total: run.rounds.length })),
      el('button', { class: 'link', onclick: () => store.getState().quit() }, t('round.quit')),
    ),
    el('p', { class: 'round-type' }, t(`roundType.${round.type}`)),
    materialView(ctx, round.material),
    el(
      'section',
      { class: 'question', 'aria-labelledby': 'question-heading' },
      qProgress,
      el('h2', { id: 'question-heading', tabindex: -1, class: 'focus-target' }, t(question.promptKey)),
      hint,
      el(
        'div',
        { class: 'choices', role: 'group', 'aria-labelledby': 'question-heading' },
        ...question.options.map((option, i) =>
          el(
            'button',
            { class: 'choice', 'data-option': option.id, onclick: () => store.getState().answer(option.id) },
            el('span', { class: 'key', 'aria-hidden': 'true' }, String(i + 1)),
            ctx.label(option.label),
          ),
        ),
      ),
      el('p', { class: 'keys-hint' }, t('round.keysHint', { count: question.options.length })),
    ),
  );
}
