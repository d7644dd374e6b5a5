import { el } from '../dom';
import type { UiContext } from '../context';
import { SKILLS } from '../../core/rounds';
import { levelById } from '../../state/store';
import { starsFor } from '../../core/scoring';

export function resultsView(ctx: UiContext): HTMLElement | null {
  const { t, store } = ctx;
  const state = store.getState();
  const result = state.lastResult;
  if (!result) return null;
  const level = levelById(state, result.levelId);
  const stars = starsFor(result.score);
  return el(
    'div',
    { class: 'screen results-screen' },
    el('h1', { class: 'focus-target', tabindex: -1 }, t('results.heading')),
    level ? el('p', { class: 'level-name' }, ctx.local(level.file.title)) : null,
    el('p', { class: 'big-score' }, t('results.score', { correct: result.score.correct, total: result.score.total })),
    el('p', { class: 'stars big', role: 'img', 'aria-label': t('title.stars', { count: stars }) }, '★'.repeat(stars) + '☆'.repeat(3 - stars)),
    result.newBest ? el('p', { class: 'new-best' }, t('results.newBest')) : null,
    el('h2', {}, t('results.bySkill')),
    el(
      'table',
      { class: 'skills' },
      el(
        'tbody',
        {},
        // Only the skills this level practises: an empty row reads like a failure.
        ...SKILLS.filter((skill) => result.score.bySkill[skill].total > 0).map((skill) => {
          const s = result.score.bySkill[skill];
          const pct = s.total ? Math.round((100 * s.correct) / s.total) : 0;
          return el(
            'tr',
            { 'data-skill': skill },
            el('th', { scope: 'row' }, t(`results.skill.${skill}`)),
            el('td', {}, t('results.skillScore', { correct: s.correct, total: s.total })),
            el('td', { class: 'bar-cell', 'aria-hidden': 'true' }, el('span', { class: 'bar', style: `--pct:${pct}%` })),
          );
        }),
      ),
    ),
    el('p', { class: 'saved' }, t('results.saved')),
    el(
      'div',
      { class: 'actions' },
      el('button', { class: 'primary', onclick: () => store.getState().quit() }, t('results.backToLevels')),
      el('button', { class: 'secondary', onclick: () => store.getState().startLevel(result.levelId) }, t('results.playAgain')),
    ),
  );
}
