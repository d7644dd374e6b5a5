import { el } from '../../ui/dom';
import { levelId } from '../draft';
import type { Editor } from '../editorContext';
import { pair, textField } from './fields';

/** Title, description (English and Spanish) and seed. */
export function levelMetaView(ed: Editor): HTMLElement[] {
  const { t, draft } = ed;
  const fileName = el('p', { class: 'ed-hint', id: 'ed-file-name' }, t('editor.meta.fileName', { file: `${levelId(draft)}.json` }));
  const updateFileName = () => {
    fileName.textContent = t('editor.meta.fileName', { file: `${levelId(draft)}.json` });
  };
  return [
    el('h2', { id: 'ed-meta-heading' }, t('editor.meta.heading')),
    pair(
      textField({
        id: 'ed-title-en',
        label: t('editor.meta.titleEn'),
        value: draft.title.en,
        lang: 'en',
        onInput: (v) => {
          draft.title.en = v;
          updateFileName();
          ed.changed();
        },
      }),
      textField({
        id: 'ed-title-es',
        label: t('editor.meta.titleEs'),
        value: draft.title.es,
        lang: 'es',
        onInput: (v) => {
          draft.title.es = v;
          updateFileName();
          ed.changed();
        },
      }),
    ),
    fileName,
    pair(
      textField({
        id: 'ed-desc-en',
        label: t('editor.meta.descriptionEn'),
        value: draft.description.en,
        lang: 'en',
        multiline: true,
        rows: 2,
        onInput: (v) => {
          draft.description.en = v;
          ed.changed();
        },
      }),
      textField({
        id: 'ed-desc-es',
        label: t('editor.meta.descriptionEs'),
        value: draft.description.es,
        lang: 'es',
        multiline: true,
        rows: 2,
        onInput: (v) => {
          draft.description.es = v;
          ed.changed();
        },
      }),
    ),
    textField({
      id: 'ed-seed',
      label: t('editor.meta.seed'),
      value: String(draft.seed),
      type: 'number',
      inputmode: 'numeric',
      className: 'ed-seed',
      hint: t('editor.meta.seedHint'),
      onInput: (v) => {
        const n = Number(v);
        if (v.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= 2 ** 31) {
          draft.seed = n;
          ed.changed();
        }
      },
      onChange: (_v, input) => {
        input.value = String(draft.seed);
      },
    }),
  ];
}
