import Phaser from 'phaser';
import type { i18n } from 'i18next';
import type { GameStore, Screen } from '../../state/store';
import { Backdrop } from '../backdrop';
import { Hud } from '../hud';
import { SCREEN_TINT } from '../palette';

export interface SceneDeps {
  store: GameStore;
  i18n: i18n;
}

/** One scene per screen: a backdrop, the HUD during a level, and a fade in. */
export abstract class ScreenScene extends Phaser.Scene {
  protected deps!: SceneDeps;
  protected backdrop!: Backdrop;

  constructor(readonly screen: Screen) {
    super(screen);
  }

  init(deps: SceneDeps): void {
    this.deps = deps;
  }

  create(): void {
    this.backdrop = new Backdrop(this, SCREEN_TINT[this.screen] ?? 0x14213d);
    if (this.screen !== 'title') new Hud(this, this.deps.store, this.deps.i18n);
    this.cameras.main.fadeIn(250, 20, 33, 61);
    this.decorate();
  }

  /** Scene-specific motion. */
  protected decorate(): void {}
}
