import type { i18n } from 'i18next';
import type { GameStore } from '../state/store';
import type { Library } from '../core/library';

/** What the editor gets from the game (src/app/editorRoute.ts passes it in). */
export interface EditorDeps {
  store: GameStore;
  i18n: i18n;
  library: Library;
  /** Validate a level's JSON text and play it now (preview); false with problems listed when invalid. */
  playLevelText(file: string, text: string): Promise<boolean>;
}
