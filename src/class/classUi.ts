import { createContext, type UiContext } from '../ui/context';
import { materialView } from '../ui/views/material';
import { el, markedText } from '../ui/dom';
import { sentencesAround, type Article } from '../core/articleModel';
import type { ValidLevel } from '../core/levelValidate';
import type { Material, PlayRound } from '../core/rounds';
import type { ClassDeps } from './route';

/**
 * What both class screens share: translations, option labels, the level by id and the game's
 * own views (round material) reused as they are.
 */
export interface ClassUi extends UiContext {
  deps: ClassDeps;
  levels: readonly ValidLevel[];
  levelById(id: string): ValidLevel | undefined;
}

export function classUi(deps: ClassDeps, levels: readonly ValidLevel[]): ClassUi {
  const ctx = createContext(deps.store, deps.i18n, { openLevelFile: () => undefined });
  return { ...ctx, deps, levels, levelById: (id) => levels.find((l) => l.file.id === id) };
}

/**
 * Every shipped level: the solo game loads all but the first while the player reads, a class
 * may need any of them now. Levels opened from a file are included too.
 */
export async function allLevels(deps: ClassDeps): Promise<ValidLevel[]> {
  const have = deps.store.getState().levels;
  const { moreBundledLevels } = await import('../app/content');
  const more = await moreBundledLevels(deps.store.getState().articles as Map<string, Article>);
  return [...have, ...more.flatMap((l) => (l.ok && !have.some((h) => h.file.id === l.level.file.id) ? [l.level] : []))];
}

export function material(ui: ClassUi, m: Material, revealSource = false): HTMLElement {
  return materialView(ui, m, revealSource);
}

/** The round's evidence in its article: the sentences around it, with the key's words marked. */
export function evidenceView(ui: ClassUi, level: ValidLevel, round: PlayRound): HTMLElement | null {
  if (round.evidence.length === 0) return null;
  return el(
    'ul',
    { class: 'class-evidence' },
    ...round.evidence.map((ev) => {
      const article = level.articles.get(ev.articleId);
      if (!article) return el('li', {}, ev.quote);
      // One sentence either side: the key's words are read in their article, not alone.
      const inside = sentencesAround(article, ev.span);
      const first = inside[0]?.index ?? 0;
      const last = inside.at(-1)?.index ?? first;
      const around = article.sentences.filter((s) => s.index >= first - 1 && s.index <= last + 1);
      const start = around[0]?.start ?? ev.span.start;
      const end = around.at(-1)?.end ?? ev.span.end;
      const text = article.text.slice(start, end);
      return el(
        'li',
        {},
        el('p', { class: 'class-evidence-outlet' }, ui.local(article.outlet)),
        el('blockquote', { class: 'quote' }, el('p', {}, markedText(text, [{ start: ev.span.start - start, end: ev.span.end - start }]))),
      );
    }),
  );
}

/** Articles a student may point into for this round: the ones the round is about. */
export function roundArticleIds(round: PlayRound): string[] {
  const m = round.material;
  const ids =
    m.type === 'who-said-it'
      ? (round.questions.find((q) => q.id === 'outlet')?.options.map((o) => o.id) ?? [])
      : m.type === 'opinion-or-reporting'
        ? [m.articleId]
        : m.type === 'opinion-pair'
          ? m.passages.map((p) => p.articleId)
          : m.figures.map((f) => f.articleId);
  return [...new Set(ids)];
}

export const errorText = (ui: ClassUi, error: string): string => ui.t(`class.error.${error}`, { defaultValue: ui.t('class.error.generic') });
