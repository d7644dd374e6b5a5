import { el } from '../../ui/dom';
import { CUES, FIGURE_REASONS, hasText, OPINION_KINDS, withChoice, type DraftRound, type FiguresRound, type OpinionRound, type WhoSaidItRound } from '../draft';
import type { Editor } from '../editorContext';
import { evidenceEditor } from './evidencePicker';
import { button, checkbox, fieldset, pair, selectField, textField } from './fields';
import { outletLabel } from './labels';

/** The fields a teacher edits for one round: its key fields per type, the explanation and the evidence. */
export function roundForm(ed: Editor, dr: DraftRound): HTMLElement {
  const round = dr.round;
  const specific =
    round.type === 'who-said-it' ? whoSaidItFields(ed, dr, round) : round.type === 'opinion-or-reporting' ? opinionFields(ed, dr, round) : figuresFields(ed, dr, round);
  return el('div', { class: 'ed-form' }, ...specific, explanationFields(ed, dr), evidenceEditor(ed, dr));
}

function articleOptions(ed: Editor): { value: string; label: string }[] {
  return ed.draft.articles.filter(hasText).map((a) => ({ value: a.key, label: outletLabel(ed, a.key) }));
}

function explanationFields(ed: Editor, dr: DraftRound): HTMLElement {
  const { t } = ed;
  const ex = dr.round.explanation as Record<string, string>;
  const set = (lang: 'en' | 'es') => (v: string) => {
    dr.round.explanation = { ...ex, [lang]: v };
    ex[lang] = v;
    ed.changed();
  };
  return pair(
    textField({ id: `ed-r-${dr.key}-ex-en`, label: t('editor.round.explanationEn'), value: ex.en ?? '', lang: 'en', multiline: true, rows: 4, onInput: set('en') }),
    textField({ id: `ed-r-${dr.key}-ex-es`, label: t('editor.round.explanationEs'), value: ex.es ?? '', lang: 'es', multiline: true, rows: 4, onInput: set('es') }),
  );
}

function whoSaidItFields(ed: Editor, dr: DraftRound, round: WhoSaidItRound): HTMLElement[] {
  const { t } = ed;
  const articles = articleOptions(ed);
  const toggle = (list: 'options' | 'answers', key: string, on: boolean) => {
    const order = articles.map((a) => a.value);
    const next = new Set(round[list]);
    if (on) next.add(key);
    else next.delete(key);
    round[list] = order.filter((k) => next.has(k)).concat([...next].filter((k) => !order.includes(k)));
    // An answer is always offered; an outlet no longer offered cannot be an answer.
    if (list === 'answers' && on && !round.options.includes(key)) round.options = [...round.options, key];
    if (list === 'options' && !on) round.answers = round.answers.filter((a) => a !== key);
    ed.changed();
    ed.refreshRound(dr.key);
  };
  return [
    textField({
      id: `ed-r-${dr.key}-quote`,
      label: t('editor.round.quote'),
      hint: t('editor.round.quoteHint'),
      value: round.quote,
      multiline: true,
      rows: 3,
      onInput: (v) => {
        round.quote = v;
        ed.changed();
      },
    }),
    fieldset(
      t('editor.round.options'),
      el('p', { class: 'ed-hint' }, t('editor.round.optionsHint')),
      ...articles.map((a) =>
        checkbox({ id: `ed-r-${dr.key}-opt-${a.value}`, label: a.label, checked: round.options.includes(a.value), onChange: (on) => toggle('options', a.value, on) }),
      ),
    ),
    fieldset(
      t('editor.round.answers'),
      el('p', { class: 'ed-hint' }, t('editor.round.answersHint')),
      ...articles.map((a) =>
        checkbox({ id: `ed-r-${dr.key}-ans-${a.value}`, label: a.label, checked: round.answers.includes(a.value), onChange: (on) => toggle('answers', a.value, on) }),
      ),
    ),
  ];
}

function opinionFields(ed: Editor, dr: DraftRound, round: OpinionRound): HTMLElement[] {
  const { t } = ed;
  return [
    selectField({
      id: `ed-r-${dr.key}-article`,
      label: t('editor.round.article'),
      value: round.article,
      options: articleOptions(ed),
      onChange: (v) => {
        round.article = v;
        ed.changed();
      },
    }),
    textField({
      id: `ed-r-${dr.key}-passage`,
      label: t('editor.round.passage'),
      hint: t('editor.round.quoteHint'),
      value: round.passage,
      multiline: true,
      rows: 3,
      onInput: (v) => {
        round.passage = v;
        ed.changed();
      },
    }),
    pair(
      selectField({
        id: `ed-r-${dr.key}-kind`,
        label: t('editor.round.kind'),
        value: round.answer,
        options: OPINION_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) })),
        onChange: (v) => {
          round.answer = v as OpinionRound['answer'];
          ed.changed();
        },
      }),
      selectField({
        id: `ed-r-${dr.key}-cue`,
        label: t('editor.round.cue'),
        value: round.cue,
        options: CUES.map((c) => ({ value: c, label: t(`cue.${c}`) })),
        onChange: (v) => {
          round.cue = v as OpinionRound['cue'];
          round.cueOptions = withChoice(round.cue, round.cueOptions, CUES);
          ed.changed();
        },
      }),
    ),
  ];
}

function figuresFields(ed: Editor, dr: DraftRound, round: FiguresRound): HTMLElement[] {
  const { t } = ed;
  const q = round.question as Record<string, string>;
  const setQuestion = (lang: 'en' | 'es') => (v: string) => {
    round.question = { ...q, [lang]: v };
    q[lang] = v;
    ed.changed();
  };
  const keepSupported = () => {
    if (!round.bestSupported) return;
    const arts = round.figures.map((f) => f.article);
    const kept = round.bestSupported.filter((b) => arts.includes(b));
    if (kept.length) round.bestSupported = kept;
    else delete round.bestSupported;
  };
  const figureRows = round.figures.map((f, i) =>
    el(
      'li',
      { class: 'ed-figure' },
      el('p', { class: 'ed-subhead' }, t('editor.round.figureN', { n: i + 1 })),
      selectField({
        id: `ed-r-${dr.key}-fig-${i}-article`,
        label: t('editor.round.article'),
        value: f.article,
        options: articleOptions(ed),
        onChange: (v) => {
          f.article = v;
          keepSupported();
          ed.changed();
        },
      }),
      textField({
        id: `ed-r-${dr.key}-fig-${i}-figure`,
        label: t('editor.round.figure'),
        hint: t('editor.round.figureHint'),
        value: f.figure,
        onInput: (v) => {
          f.figure = v;
          ed.changed();
        },
      }),
      textField({
        id: `ed-r-${dr.key}-fig-${i}-quote`,
        label: t('editor.round.figureQuote'),
        value: f.quote,
        multiline: true,
        rows: 2,
        onInput: (v) => {
          f.quote = v;
          ed.changed();
        },
      }),
      round.figures.length > 2
        ? button(
            t('editor.round.removeFigure', { n: i + 1 }),
            () => {
              round.figures.splice(i, 1);
              keepSupported();
              ed.changed();
              ed.refreshRound(dr.key, `ed-r-${dr.key}-figs`);
            },
            { className: 'link ed-danger', fkey: `ed-r-${dr.key}-fig-${i}-remove` },
          )
        : null,
    ),
  );
  return [
    pair(
      textField({ id: `ed-r-${dr.key}-q-en`, label: t('editor.round.questionEn'), value: q.en ?? '', lang: 'en', multiline: true, rows: 3, onInput: setQuestion('en') }),
      textField({ id: `ed-r-${dr.key}-q-es`, label: t('editor.round.questionEs'), value: q.es ?? '', lang: 'es', multiline: true, rows: 3, onInput: setQuestion('es') }),
    ),
    el('h4', { id: `ed-r-${dr.key}-figs`, tabindex: -1, 'data-fkey': `ed-r-${dr.key}-figs` }, t('editor.round.figures')),
    el('ol', { class: 'ed-figures' }, ...figureRows),
    round.figures.length < 4
      ? button(
          t('editor.round.addFigure'),
          () => {
            round.figures.push({ article: articleOptions(ed)[0]?.value ?? '', quote: '', figure: '' });
            ed.changed();
            ed.refreshRound(dr.key, `ed-r-${dr.key}-fig-${round.figures.length - 1}-figure`);
          },
          { fkey: `ed-r-${dr.key}-addfig` },
        )
      : null,
    fieldset(
      t('editor.round.conflict'),
      checkbox({
        type: 'radio',
        name: `ed-r-${dr.key}-conflict`,
        id: `ed-r-${dr.key}-conflict-yes`,
        label: t('conflict.yes'),
        checked: round.conflict,
        onChange: (on) => {
          if (on) round.conflict = true;
          ed.changed();
        },
      }),
      checkbox({
        type: 'radio',
        name: `ed-r-${dr.key}-conflict`,
        id: `ed-r-${dr.key}-conflict-no`,
        label: t('conflict.no'),
        checked: !round.conflict,
        onChange: (on) => {
          if (on) round.conflict = false;
          ed.changed();
        },
      }),
    ),
    selectField({
      id: `ed-r-${dr.key}-reason`,
      label: t('editor.round.reason'),
      value: round.reason,
      options: FIGURE_REASONS.map((r) => ({ value: r, label: t(`reason.${r}`) })),
      onChange: (v) => {
        round.reason = v as FiguresRound['reason'];
        round.reasonOptions = withChoice(round.reason, round.reasonOptions, FIGURE_REASONS);
        ed.changed();
      },
    }),
  ].filter((x): x is HTMLElement => x !== null);
}
