import { el } from '../../ui/dom';
import { readArticleFile } from '../articleFiles';
import { hasText, newKey, type DraftArticle } from '../draft';
import type { Editor } from '../editorContext';
import { splitFrontMatter } from '../frontMatter';
import { ANALYSIS_MAX_CHARS, LARGE_ARTICLE_CHARS } from '../suggest';
import { button, problemList, textField } from './fields';

const sizeText = (chars: number): string => (chars >= 1024 * 1024 ? `${(chars / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(chars / 1024))} KB`);

/** What the teacher should know about an article's text: size, and anything odd about it. */
function articleInfo(ed: Editor, a: DraftArticle): { text: string; warn: string[] } {
  const { t } = ed;
  if (!hasText(a)) return { text: t('editor.articles.empty'), warn: [] };
  const words = a.text.length > 2_000_000 ? Math.round(a.text.length / 6) : (a.text.match(/\S+/g) ?? []).length;
  const warn: string[] = [];
  if (a.text.length > ANALYSIS_MAX_CHARS) warn.push(t('editor.articles.tooLargeToAnalyse', { size: sizeText(a.text.length) }));
  else if (a.text.length > LARGE_ARTICLE_CHARS) warn.push(t('editor.articles.large', { size: sizeText(a.text.length) }));
  if (/<\/?[a-z][^>]*>/i.test(a.text.slice(0, 200_000))) warn.push(t('editor.articles.hasMarkup'));
  return { text: t('editor.articles.size', { count: words, size: sizeText(a.text.length) }), warn };
}

function heading(ed: Editor, a: DraftArticle, index: number): string {
  const outlet = a.outlet.trim();
  return outlet ? ed.t('editor.articles.headingNamed', { n: index + 1, outlet }) : ed.t('editor.articles.heading', { n: index + 1 });
}

/** Front matter at the top of a pasted text fills the outlet (and byline, date) and is taken out of the text. */
function applyFrontMatter(a: DraftArticle): boolean {
  const split = splitFrontMatter(a.text);
  if (!split) return false;
  a.text = split.body;
  if (split.meta.outlet && !a.outlet.trim()) a.outlet = split.meta.outlet;
  if (split.meta.byline) a.byline = split.meta.byline;
  if (split.meta.date) a.date = split.meta.date;
  return true;
}

function articleCard(ed: Editor, a: DraftArticle, index: number): HTMLElement {
  const { t } = ed;
  const headingId = `ed-art-${a.key}-heading`;
  const h3 = el('h3', { id: headingId, tabindex: -1, 'data-fkey': headingId }, heading(ed, a, index));
  const info = el('p', { class: 'ed-hint', id: `ed-art-${a.key}-info` });
  const warnings = el('div', { class: 'ed-warnings' });
  const updateInfo = () => {
    const i = articleInfo(ed, a);
    info.textContent = i.text;
    warnings.replaceChildren(...i.warn.map((w) => el('p', { class: 'ed-warning' }, w)));
    h3.textContent = heading(ed, a, index);
  };
  updateInfo();
  const problems = ed.ui.check?.byArticle.get(a.key) ?? [];

  return el(
    'li',
    { class: 'ed-card ed-article', 'data-article-key': a.key, 'aria-labelledby': headingId },
    h3,
    a.source ? el('p', { class: 'ed-hint' }, t('editor.articles.fromFile', { file: a.source })) : null,
    textField({
      id: `ed-art-${a.key}-outlet`,
      label: t('editor.articles.outlet'),
      hint: t('editor.articles.outletHint'),
      value: a.outlet,
      required: true,
      onInput: (v) => {
        a.outlet = v;
        updateInfo();
        ed.changed();
      },
    }),
    textField({
      id: `ed-art-${a.key}-text`,
      label: t('editor.articles.text'),
      value: a.text,
      multiline: true,
      rows: 8,
      className: 'ed-article-text-field',
      onInput: (v) => {
        a.text = v;
        updateInfo();
        ed.changed();
      },
      onChange: (_v, input) => {
        if (!applyFrontMatter(a)) return;
        input.value = a.text;
        const outletInput = document.getElementById(`ed-art-${a.key}-outlet`) as HTMLInputElement | null;
        if (outletInput) outletInput.value = a.outlet;
        updateInfo();
        ed.changed();
        ed.status(t('editor.articles.frontMatterRead'));
      },
    }),
    info,
    warnings,
    a.byline || a.date ? el('p', { class: 'ed-hint' }, [a.byline, a.date].filter(Boolean).join(' · ')) : null,
    problemList(problems),
    el(
      'div',
      { class: 'ed-row' },
      button(t('editor.articles.remove'), () => void removeArticle(ed, a, index), { className: 'link ed-danger', fkey: `ed-art-${a.key}-remove`, describedBy: headingId }),
    ),
  );
}

async function removeArticle(ed: Editor, a: DraftArticle, index: number): Promise<void> {
  const { t, draft } = ed;
  const used = draft.rounds.some((r) => r.status !== 'rejected' && JSON.stringify(r.round).includes(`"${a.key}"`));
  if (hasText(a) || a.outlet.trim()) {
    const ok = await ed.confirm(
      used ? t('editor.articles.confirmRemoveUsed', { name: heading(ed, a, index) }) : t('editor.articles.confirmRemove', { name: heading(ed, a, index) }),
      t('editor.articles.removeYes'),
      t('editor.common.cancel'),
    );
    if (!ok) return;
  }
  draft.articles = draft.articles.filter((x) => x !== a);
  ed.changed();
  ed.refresh('articles', 'ed-articles-heading');
  ed.refresh('rounds');
  ed.status(t('editor.articles.removed', { name: heading(ed, a, index) }));
}

export function addArticle(ed: Editor, init: Partial<DraftArticle> = {}): DraftArticle {
  const a: DraftArticle = { key: newKey(ed.draft, 'a'), outlet: '', text: '', ...init };
  applyFrontMatter(a);
  ed.draft.articles.push(a);
  return a;
}

/** Files dropped or chosen: each text file becomes an article (filling an untouched empty one first). */
export async function addArticleFiles(ed: Editor, files: readonly File[]): Promise<void> {
  const { t } = ed;
  let added: DraftArticle | null = null;
  let count = 0;
  for (const file of files) {
    const read = await readArticleFile(file);
    if (!read.ok) {
      ed.notice(t(`editor.files.${read.problem}`, { file: read.name }));
      continue;
    }
    const blank = ed.draft.articles.find((x) => !hasText(x) && !x.outlet.trim());
    const target = blank ?? addArticle(ed);
    target.text = read.text;
    target.source = read.name;
    applyFrontMatter(target);
    added ??= target;
    count++;
  }
  if (count === 0) return;
  ed.changed();
  ed.refresh('articles');
  if (added) document.getElementById(`ed-art-${added.key}-outlet`)?.focus();
  ed.status(t('editor.files.added', { count }));
}

/** Text (not a file) dropped on the editor: a new article. */
export function addArticleText(ed: Editor, text: string): void {
  if (!text.trim()) return;
  const blank = ed.draft.articles.find((x) => !hasText(x) && !x.outlet.trim());
  const a = blank ?? addArticle(ed);
  a.text = text;
  applyFrontMatter(a);
  ed.changed();
  ed.refresh('articles');
  document.getElementById(`ed-art-${a.key}-outlet`)?.focus();
  ed.status(ed.t('editor.files.added', { count: 1 }));
}

export function articlesView(ed: Editor): HTMLElement[] {
  const { t, draft } = ed;
  const fileInput = el('input', {
    type: 'file',
    multiple: true,
    accept: '.txt,.md,.text,text/plain,text/markdown',
    class: 'sr-only',
    id: 'ed-files',
    onchange: (e: Event) => {
      const input = e.currentTarget as HTMLInputElement;
      const files = [...(input.files ?? [])];
      input.value = '';
      void addArticleFiles(ed, files);
    },
  });
  return [
    el('h2', { id: 'ed-articles-heading', tabindex: -1, 'data-fkey': 'ed-articles-heading' }, t('editor.articles.sectionHeading')),
    el('p', {}, t('editor.articles.intro')),
    el(
      'div',
      { class: 'ed-drop', id: 'ed-drop' },
      el('p', {}, t('editor.articles.dropHint')),
      el('label', { class: 'secondary file-button', for: 'ed-files' }, t('editor.articles.chooseFiles'), fileInput),
    ),
    el('ol', { class: 'ed-list ed-articles' }, ...draft.articles.map((a, i) => articleCard(ed, a, i))),
    button(
      t('editor.articles.add'),
      () => {
        const a = addArticle(ed);
        ed.changed();
        ed.refresh('articles');
        document.getElementById(`ed-art-${a.key}-text`)?.focus();
      },
      { fkey: 'ed-add-article' },
    ),
  ];
}
