import { el } from '../dom';
import type { UiContext } from '../context';
import { SKILLS, type Skill } from '../../core/rounds';
import { levelById, type GameState } from '../../state/store';
import { starsFor } from '../../core/scoring';
import type { Discernment } from '../../core/discernment';
import { discernmentPicture } from './pictures';
import { afterScreenFocus } from '../frames';

/** One plain line on how the player leans in a skill: the point of the game is this reading. */
export function readingLine(ctx: UiContext, skill: Skill, d: Pick<Discernment, 'reading'>): string {
  return ctx.t(`discernment.${skill}.${d.reading}`);
}

export function resultsView(ctx: UiContext): HTMLElement | null {
  const result = ctx.store.getState().lastResult;
  return result ? resultsScreen(ctx, result) : null;
}

/** The results of one play; `resultsView` draws the last one. */
export function resultsScreen(ctx: UiContext, result: NonNullable<GameState['lastResult']>): HTMLElement {
  const { t, store } = ctx;
  const state = store.getState();
  const level = levelById(state, result.levelId);
  const score = result.score;
  const stars = starsFor(score);
  const skills = SKILLS.filter((skill) => score.bySkill[skill].rounds > 0);
  // The picture of hits and false alarms follows once the screen is painted and focused: built and
  // laid out with the rest, the results were one long task on a phone.
  const picture = el('div', { class: 'results-later' });
  afterScreenFocus(() => picture.isConnected && picture.replaceWith(discernmentPicture(ctx, score) ?? ''));
  return el(
    'div',
    { class: 'screen results-screen' },
    el('h1', { class: 'focus-target', tabindex: -1 }, t('results.heading')),
    level ? el('p', { class: 'level-name' }, ctx.local(level.file.title)) : null,
    el('p', { class: 'big-score' }, t('results.points', { points: score.points, max: score.max })),
    el('p', { class: 'rounds-line' }, t('results.rounds', { count: score.rounds, perfect: score.perfectRounds })),
    el('p', { class: 'stars big', role: 'img', 'aria-label': t('title.stars', { count: stars }) }, '★'.repeat(stars) + '☆'.repeat(3 - stars)),
    result.newBest ? el('p', { class: 'new-best' }, t('results.newBest')) : null,
    el('p', { class: 'hints-used' }, t('results.hints', { count: score.hintsUsed })),
    el('h2', {}, t('results.bySkill')),
    el(
      'table',
      { class: 'skills' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, t('results.skillColumn')),
          el('th', { scope: 'col' }, t('results.pointsColumn')),
          el('th', { scope: 'col' }, t('results.hitsColumn')),
          el('th', { scope: 'col' }, t('results.falseAlarmsColumn')),
        ),
      ),
      el(
        'tbody',
        {},
        // Only the skills this level practises: an empty row reads like a failure.
        ...skills.flatMap((skill) => {
          const s = score.bySkill[skill];
          const d = s.discernment;
          return [
            el(
              'tr',
              { 'data-skill': skill },
              el('th', { scope: 'row' }, t(`results.skill.${skill}`)),
              el('td', {}, t('results.skillScore', { points: s.points, max: s.max })),
              el('td', { class: 'hits' }, t('results.hits', { hits: d.hits, of: d.hits + d.misses })),
              el('td', { class: 'false-alarms' }, t('results.falseAlarms', { falseAlarms: d.falseAlarms, of: d.falseAlarms + d.correctRejections })),
            ),
            el('tr', { class: 'reading-row', 'data-reading': d.reading }, el('td', { colspan: 4, class: 'reading' }, readingLine(ctx, skill, d))),
          ];
        }),
      ),
    ),
    picture,
    el('p', { class: `saved save-${state.saveStatus}` }, t(`save.${state.saveStatus}`)),
    el(
      'div',
      { class: 'actions' },
      state.backTo === 'editor'
        ? el(
            'button',
            {
              class: 'primary back-to-editor',
              onclick: () => {
                window.location.hash = '#/editor';
              },
            },
            t('results.backToEditor'),
          )
        : el('button', { class: 'primary', onclick: () => store.getState().quit() }, t('results.backToLevels')),
      el('button', { class: 'secondary', onclick: () => store.getState().startLevel(result.levelId) }, t('results.playAgain')),
    ),
  );
}
