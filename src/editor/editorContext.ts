import type { i18n } from 'i18next';
import type { EditorDeps } from './editorDeps';
import type { CheckedLevel } from './buildLevel';
import type { Draft } from './draft';

export type Section = 'meta' | 'articles' | 'rounds' | 'publish';

/** Text chosen in an article panel, remembered per round until used (a tap elsewhere clears the live selection). */
export interface PickedText {
  article: string;
  quote: string;
}

/** What the editor shows beyond the draft itself; not saved. */
export interface EditorUi {
  /** Rounds open for editing. */
  editing: Set<string>;
  /** The last check (preview, download), sorted to rounds and articles. */
  check: CheckedLevel | null;
  picked: Map<string, PickedText>;
  /** The article shown in each round's evidence panel. */
  pickerArticle: Map<string, string>;
  /** Rounds whose evidence panel is open. */
  pickerOpen: Set<string>;
  suggesting: boolean;
  /** Notes from the last suggestion run (e.g. an article too large to analyse). */
  suggestNotes: string[];
}

export interface Editor {
  deps: EditorDeps;
  i18n: i18n;
  t: i18n['t'];
  draft: Draft;
  ui: EditorUi;
  /** The draft changed: save it soon, refresh what depends on it (readiness). */
  changed(): void;
  /** Rebuild one section, keeping focus on the element with the same `data-fkey` (or on `focusKey`). */
  refresh(section: Section, focusKey?: string): void;
  /** Rebuild one round's card. */
  refreshRound(key: string, focusKey?: string): void;
  /** A polite message in the status bar (read by screen readers). */
  status(message: string): void;
  /** Something went wrong or needs attention: an alert that stays until dismissed. */
  notice(message: string): void;
  /** Ask before something that cannot be undone. */
  confirm(message: string, yes: string, no: string): Promise<boolean>;
  /** Save the draft now (before leaving the editor). */
  flushSave(): void;
  /** Replace the draft (a new level). */
  replaceDraft(draft: Draft): void;
}
