import type { i18n } from 'i18next';
import { HOST_HASH } from './route';

/** The title screen's "Host a class" entry: a link styled as a button, to the host screen (lazy chunk). */
export function hostClassButton(i18n: i18n): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = HOST_HASH;
  a.className = 'secondary host-class-link';
  a.textContent = i18n.t('class.hostEntry');
  return a;
}
