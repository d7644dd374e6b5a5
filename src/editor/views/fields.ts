import { el, type Child } from '../../ui/dom';

/** Form pieces with a real <label> each. Values are only ever set as properties (text), never as markup. */

export interface TextFieldOptions {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  onChange?: (value: string, input: HTMLInputElement | HTMLTextAreaElement) => void;
  multiline?: boolean;
  rows?: number;
  lang?: string;
  hint?: string;
  required?: boolean;
  type?: 'text' | 'number';
  inputmode?: string;
  className?: string;
}

export function textField(o: TextFieldOptions): HTMLElement {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  const attrs = {
    id: o.id,
    'data-fkey': o.id,
    lang: o.lang,
    required: o.required,
    'aria-describedby': hintId,
    spellcheck: o.lang ? 'true' : undefined,
    oninput: (e: Event) => o.onInput((e.currentTarget as HTMLInputElement).value),
    onchange: (e: Event) => {
      const input = e.currentTarget as HTMLInputElement | HTMLTextAreaElement;
      o.onChange?.(input.value, input);
    },
  };
  const input = o.multiline ? el('textarea', { ...attrs, rows: o.rows ?? 3 }) : el('input', { ...attrs, type: o.type ?? 'text', inputmode: o.inputmode, autocomplete: 'off' });
  input.value = o.value;
  return el(
    'div',
    { class: `ed-field ${o.className ?? ''}`.trim() },
    el('label', { for: o.id }, o.label),
    input,
    o.hint ? el('p', { class: 'ed-hint', id: hintId }, o.hint) : null,
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export function selectField(o: { id: string; label: string; value: string; options: SelectOption[]; onChange: (value: string) => void }): HTMLElement {
  const select = el(
    'select',
    { id: o.id, 'data-fkey': o.id, onchange: (e: Event) => o.onChange((e.currentTarget as HTMLSelectElement).value) },
    ...o.options.map((opt) => {
      const option = el('option', { value: opt.value }, opt.label);
      option.selected = opt.value === o.value;
      return option;
    }),
  );
  return el('div', { class: 'ed-field' }, el('label', { for: o.id }, o.label), select);
}

export function checkbox(o: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void; name?: string; type?: 'checkbox' | 'radio' }): HTMLElement {
  const input = el('input', {
    type: o.type ?? 'checkbox',
    id: o.id,
    name: o.name,
    'data-fkey': o.id,
    onchange: (e: Event) => o.onChange((e.currentTarget as HTMLInputElement).checked),
  });
  input.checked = o.checked;
  return el('label', { class: 'ed-check', for: o.id }, input, el('span', {}, o.label));
}

export function fieldset(legend: string, ...children: Child[]): HTMLElement {
  return el('fieldset', { class: 'ed-fieldset' }, el('legend', {}, legend), ...children);
}

/** Two text fields side by side on wide screens: the same text in English and in Spanish. */
export function pair(...children: Child[]): HTMLElement {
  return el('div', { class: 'ed-pair' }, ...children);
}

export function button(label: string, onClick: () => void, o: { className?: string; fkey?: string; describedBy?: string; disabled?: boolean } = {}): HTMLButtonElement {
  return el(
    'button',
    { type: 'button', class: o.className ?? 'secondary', 'data-fkey': o.fkey, 'aria-describedby': o.describedBy, disabled: o.disabled, onclick: () => onClick() },
    label,
  );
}

export function problemList(lines: readonly string[], labelledBy?: string): HTMLElement | null {
  if (lines.length === 0) return null;
  return el('ul', { class: 'ed-problems', 'aria-labelledby': labelledBy }, ...lines.map((l) => el('li', {}, el('code', {}, l))));
}
