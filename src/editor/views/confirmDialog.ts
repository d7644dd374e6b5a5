import { el } from '../../ui/dom';

/**
 * An in-page "are you sure?" as a modal <dialog>: focus moves into it, Escape or the second
 * button says no, and focus returns to where it was.
 */
export function confirmDialog(host: HTMLElement, message: string, yes: string, no: string): Promise<boolean> {
  const returnTo = document.activeElement as HTMLElement | null;
  return new Promise((resolve) => {
    const messageId = `ed-confirm-${Date.now()}`;
    let answered = false;
    const close = (answer: boolean) => {
      if (answered) return;
      answered = true;
      if (dialog.open) dialog.close();
      dialog.remove();
      returnTo?.focus();
      resolve(answer);
    };
    const dialog = el(
      'dialog',
      { class: 'ed-dialog', 'aria-describedby': messageId, 'aria-labelledby': messageId },
      el('p', { id: messageId }, message),
      el(
        'div',
        { class: 'ed-row' },
        el('button', { type: 'button', class: 'primary ed-confirm-yes', onclick: () => close(true) }, yes),
        el('button', { type: 'button', class: 'secondary ed-confirm-no', onclick: () => close(false) }, no),
      ),
    );
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      close(false);
    });
    host.append(dialog);
    dialog.showModal();
    dialog.querySelector<HTMLButtonElement>('.ed-confirm-no')?.focus();
  });
}
