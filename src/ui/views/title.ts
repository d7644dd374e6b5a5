import { el } from '../dom';
import type { UiContext } from '../context';
import { starsFor } from '../../core/scoring';
import { ROUND_TYPES } from '../../core/levelVocabulary';
import { LANGUAGES } from '../../i18n';
import { soundToggle } from '../sound';
import { hostClassButton } from '../../class/hostButton';
import { discernmentOf } from '../../core/discernment';
import { SKILLS } from '../../core/rounds';
import { readingLine } from './results';

export function titleView(ctx: UiContext): HTMLElement {
  const { t, store } = ctx;
  const state = store.getState();

  const levelCards = state.levels.map((level) => {
    const f = level.file;
    const progress = state.progress.levels[f.id];
    const stars = progress ? starsFor({ points: progress.bestCorrect, max: progress.bestTotal }) : 0;
    const types = ROUND_TYPES.filter((type) => level.rounds.some((r) => r.type === type));
    const titleId = `level-${f.id}-title`;
    const opened = state.opened.includes(f.id);
    return el(
      'li',
      { class: 'level-card', 'data-level': f.id },
      el('h3', { id: titleId }, ctx.local(f.title)),
      el('p', { class: 'level-desc' }, ctx.local(f.description)),
      opened ? el('p', { class: 'level-meta opened-label' }, t('opened.label')) : null,
      el('p', { class: 'level-meta' }, [t('title.rounds', { count: level.rounds.length }), ...types.map((ty) => t(`roundType.${ty}`))].join(' · ')),
      el(
        'p',
        { class: 'level-progress' },
        el('span', { class: 'stars', role: 'img', 'aria-label': t('title.stars', { count: stars }) }, '★'.repeat(stars) + '☆'.repeat(3 - stars)),
        ' ',
        progress ? t('title.best', { points: progress.bestCorrect, max: progress.bestTotal }) : t('title.notPlayed'),
      ),
      el('button', { class: 'primary', 'aria-describedby': titleId, onclick: () => store.getState().startLevel(f.id) }, progress ? t('title.playAgain') : t('title.play')),
      opened && ctx.services.removeOpenedLevel
        ? el('button', { class: 'link remove-opened', onclick: () => ctx.services.removeOpenedLevel?.(f.id) }, t('opened.remove', { title: ctx.local(f.title) }))
        : null,
    );
  });

  // Discernment across every play so far: the habit the game is about, kept on this device.
  const tallies = state.progress.skills ?? {};
  const habitRows = SKILLS.flatMap((skill) => {
    const tally = tallies[skill];
    if (!tally) return [];
    const d = discernmentOf(tally);
    return [
      el(
        'li',
        { class: 'habit', 'data-skill': skill },
        el('strong', {}, t(`results.skill.${skill}`)),
        ' ',
        t('title.habitCounts', { hits: d.hits, of: d.hits + d.misses, falseAlarms: d.falseAlarms, ofNoise: d.falseAlarms + d.correctRejections }),
        el('br'),
        el('span', { class: 'reading' }, readingLine(ctx, skill, d)),
      ),
    ];
  });
  const habits = habitRows.length
    ? el('section', { class: 'habits', 'aria-labelledby': 'habits-heading' }, el('h2', { id: 'habits-heading' }, t('title.habitsHeading')), el('ul', {}, ...habitRows))
    : null;

  const broken = state.broken.length
    ? el(
        'section',
        { class: 'broken', 'aria-labelledby': 'broken-heading' },
        el('h2', { id: 'broken-heading' }, t('title.brokenHeading')),
        el('p', {}, t('title.brokenIntro')),
        el('ul', {}, ...state.broken.flatMap((b) => b.problems.map((p) => el('li', {}, el('code', {}, p))))),
      )
    : null;

  const langSwitch = el(
    'div',
    { class: 'lang-switch', role: 'group', 'aria-label': t('language.label') },
    ...LANGUAGES.map((lang) =>
      el('button', { class: 'chip', lang, 'aria-pressed': String(ctx.lang === lang), onclick: () => store.getState().setLanguage(lang) }, t(`language.${lang}`)),
    ),
  );

  return el(
    'div',
    { class: 'screen title-screen' },
    el(
      'header',
      { class: 'title-header' },
      el('h1', { tabindex: -1, class: 'focus-target' }, t('app.title')),
      el('p', { class: 'tagline' }, t('app.tagline')),
      langSwitch,
      soundToggle(store, ctx.i18n),
    ),
    el('p', { class: 'event' }, t('title.event')),
    el('h2', {}, t('title.chooseLevel')),
    el('ul', { class: 'level-list' }, ...levelCards),
    habits,
    el(
      'section',
      { class: 'own-level' },
      el(
        'label',
        { class: 'secondary file-button' },
        t('external.openFile'),
        el('input', {
          type: 'file',
          accept: '.json,application/json',
          class: 'sr-only',
          onchange: (e: Event) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) ctx.services.openLevelFile(file);
            input.value = '';
          },
        }),
      ),
      el('p', { class: 'hint drop-hint' }, t('external.dropHint')),
      el('a', { href: '#/editor', class: 'editor-link' }, t('external.editor')),
      hostClassButton(ctx.i18n),
    ),
    broken,
  );
}
