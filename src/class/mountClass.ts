import './class.css';
import type { ClassDeps } from './route';
import { allLevels, classUi, type ClassUi } from './classUi';
import { hostPicker, hostSession } from './hostScreen';
import { studentSession } from './studentScreen';

/** The class chunk's entry: the screen for the current hash, remounted when the hash changes. */
export function mountClass(root: HTMLElement, deps: ClassDeps): () => void {
  let ui: ClassUi | null = null;
  let stop: (() => void) | null = null;
  let current = '';
  let gone = false;
  root.textContent = deps.i18n.t('app.loading');
  // The game's own layers (notices, desk, offline prompt) belong to solo play.
  document.documentElement.classList.add('class-mode');
  void allLevels(deps).then((levels) => {
    if (gone) return;
    ui = classUi(deps, levels);
    sync();
  });
  const sync = () => {
    if (!ui) return;
    const hash = window.location.hash;
    const host = /^#\/class\/host\/([A-Z0-9]+)\/([A-Za-z0-9_-]+)$/.exec(hash);
    const join = /^#\/join(?:\/([A-Za-z0-9]*))?$/.exec(hash);
    const key = host ? `host:${host[1]}` : join ? `join` : hash.startsWith('#/class/host') ? 'pick' : '';
    if (key === current || !key) return;
    stop?.();
    current = key;
    document.documentElement.classList.toggle('class-projector', key.startsWith('host:'));
    if (host) stop = hostSession(root, ui, host[1]!, host[2]!);
    else if (join) stop = studentSession(root, ui, join[1]);
    else stop = hostPicker(root, ui);
  };
  window.addEventListener('hashchange', sync);
  return () => {
    gone = true;
    window.removeEventListener('hashchange', sync);
    document.documentElement.classList.remove('class-projector', 'class-mode');
    stop?.();
  };
}
