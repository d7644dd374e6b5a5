import { el } from '../../ui/dom';
import { checkLevel, type CheckedLevel } from '../buildLevel';
import { levelId } from '../draft';
import type { Editor } from '../editorContext';
import { button, problemList } from './fields';

/** Check the level, show where it is wrong (next to the rounds and articles), and say how many problems. */
function runCheck(ed: Editor): CheckedLevel {
  const check = checkLevel(ed.draft);
  ed.ui.check = check;
  ed.refresh('articles');
  ed.refresh('rounds');
  ed.refresh('publish');
  return check;
}

function problemCount(check: CheckedLevel): number {
  let n = check.general.length;
  for (const lines of check.byRound.values()) n += lines.length;
  for (const lines of check.byArticle.values()) n += lines.length;
  return n;
}

/** Where the first problem is shown: the list here when some belong to no round, else the first round or article with one. */
function focusFirstProblem(check: CheckedLevel): void {
  const card = document.querySelector('.ed-round-problems, .ed-article .ed-problems')?.closest('.ed-card');
  const target = check.general.length || !card ? document.getElementById('ed-publish-problems') : card.querySelector<HTMLElement>('h3');
  target?.focus();
}

async function preview(ed: Editor): Promise<void> {
  const { t } = ed;
  if (!ed.draft.rounds.some((r) => r.status === 'accepted')) {
    ed.status(t('editor.publish.noRounds'));
    return;
  }
  ed.status(t('editor.publish.checking'));
  await new Promise((r) => setTimeout(r, 20));
  const check = runCheck(ed);
  if (!check.ok) {
    ed.status(t('editor.publish.problems', { count: problemCount(check) }));
    focusFirstProblem(check);
    return;
  }
  ed.flushSave();
  // Leave the editor (the game's page comes back), then play the level at once.
  window.location.hash = '';
  const ok = await ed.deps.playLevelText(check.built.fileName, check.built.json);
  if (ok) ed.deps.store.setState({ backTo: 'editor' });
  else window.location.hash = '#/editor';
}

function download(ed: Editor): void {
  const { t } = ed;
  const check = runCheck(ed);
  const blob = new Blob([check.built.json], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: check.built.fileName, class: 'sr-only' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  if (check.ok) ed.status(t('editor.publish.downloaded', { file: check.built.fileName }));
  else {
    ed.status(t('editor.publish.downloadedWithProblems', { file: check.built.fileName, count: problemCount(check) }));
    focusFirstProblem(check);
  }
}

export function publishView(ed: Editor): HTMLElement[] {
  const { t, draft, ui } = ed;
  const accepted = draft.rounds.filter((r) => r.status === 'accepted').length;
  const check = ui.check;
  const parts: (HTMLElement | null)[] = [
    el('h2', { id: 'ed-publish-heading' }, t('editor.publish.heading')),
    el('p', {}, t('editor.publish.intro')),
    el('p', { class: 'ed-counts' }, t('editor.publish.accepted', { count: accepted }), ' · ', t('editor.meta.fileName', { file: `${levelId(draft)}.json` })),
    el(
      'div',
      { class: 'ed-row' },
      button(t('editor.publish.preview'), () => void preview(ed), { className: 'primary', fkey: 'ed-preview' }),
      button(t('editor.publish.download'), () => download(ed), { className: 'secondary', fkey: 'ed-download' }),
    ),
    check && !check.ok
      ? el(
          'div',
          { class: 'ed-publish-problems', id: 'ed-publish-problems', tabindex: -1 },
          el('p', { class: 'ed-subhead' }, t('editor.publish.problems', { count: problemCount(check) })),
          el('p', { class: 'ed-hint' }, t('editor.publish.problemsWhere')),
          problemList(check.general),
        )
      : check?.ok && check.warnings.length
        ? el(
            'div',
            { class: 'ed-publish-problems ed-warnings', id: 'ed-publish-problems', tabindex: -1 },
            el('p', { class: 'ed-subhead' }, t('editor.publish.balanceWarnings', { count: check.warnings.length })),
            problemList(check.warnings),
          )
        : check?.ok
          ? el('p', { class: 'ed-ok', id: 'ed-publish-problems', tabindex: -1 }, t('editor.publish.ok'))
          : null,
  ];
  return parts.filter((x): x is HTMLElement => x !== null);
}
