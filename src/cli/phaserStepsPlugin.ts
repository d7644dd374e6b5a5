import type { Plugin } from 'vite';

/** Longest stretch of Phaser's start-up run without giving the page back (ms of the phone's time). */
export const PHASER_SLICE_MS = 8;

/**
 * Phaser is ~770 CommonJS modules that the bundler wraps as lazy `require_x()` functions; the
 * chunk's first use evaluates them all in one go, a single task of 0.3–0.5 s on a phone. That task
 * would land on whatever the player is doing (the first round). This build step calls the wrappers
 * one after another in the order the bundler wrote them (its execution order, dependencies first),
 * giving the page back every few milliseconds, before the chunk's own code runs: the same modules
 * in the same order, only spread over many short tasks, so a tap in the middle is answered at once.
 *
 * The chunk's importer (a dynamic `import()`) waits for this top-level `await` as for any other.
 */
export function phaserStepsPlugin(): Plugin {
  return {
    name: 'lateral-phaser-steps',
    apply: 'build',
    transform(code, id) {
      // A game made after the page has loaded boots at once, inside its constructor: making the
      // game's systems and booting them (renderer, textures) were one task of ~65 ms at 4x CPU.
      // Booting in the next task splits it in two; Phaser waits for a page still loading anyway.
      if (/phaser[\\/]src[\\/]dom[\\/]DOMContentLoaded\.js$/.test(id)) {
        const now = /(document\.readyState === 'interactive'\)\s*\{\s*)callback\(\);/;
        if (!now.test(code)) throw new Error("phaserStepsPlugin: Phaser's DOMContentLoaded no longer calls back at once on a loaded page");
        return { code: code.replace(now, '$1window.setTimeout(callback, 0);'), map: null };
      }
      // Booting, once begun, was still two tasks of 60–120 ms at 4x CPU (a profile: reading the
      // page's size, making the renderer and its camera; then the scene manager's system scene and
      // the first scaling), each landing on a round the player is reading. Each is split where
      // Phaser's own order allows it, the later part in a task of its own; nothing runs sooner or
      // in another order, only later.
      if (/phaser[\\/]src[\\/]core[\\/]Game\.js$/.test(id)) return splitGameBoot(code);
      if (/phaser[\\/]src[\\/]scene[\\/]SceneManager\.js$/.test(id)) {
        const queue = 'game.events.once(GameEvents.READY, this.bootQueue, this);';
        if (!code.includes(queue)) throw new Error("phaserStepsPlugin: SceneManager no longer boots its queue on the game's READY");
        // The game's start (deferred in Game.js, below) is queued after this, so the queue still boots first.
        const later = 'game.events.once(GameEvents.READY, function () { var manager = this; window.setTimeout(function () { manager.bootQueue(); }, 0); }, this);';
        return { code: code.replace(queue, later), map: null };
      }
      // The pictures play no media (Phaser's audio is off; the game's cues are an <audio> element
      // of its own): probing the codecs makes a <video> and an <audio> element and asks each
      // several canPlayType questions while Phaser's modules load during the first round, time
      // spent for nothing. Phaser is told what a probe finding no media support would say.
      const media = /phaser[\\/]src[\\/]device[\\/](Video|Audio)\.js$/.exec(id);
      if (media) {
        const probe = 'module.exports = init();';
        if (!code.includes(probe)) throw new Error(`phaserStepsPlugin: Phaser's ${media[1]} probe was not found in device/${media[1]}.js`);
        return { code: code.replace(probe, `module.exports = ${media[1]};`), map: null };
      }
      // The build has no WebGL renderer (vite.config.ts): probing for WebGL creates a GL context,
      // ~50 ms on a phone (software GL in headless browsers). Every current browser's ImageData is a
      // Uint8ClampedArray, which is all the probe's 2D half found out.
      if (!/phaser[\\/]src[\\/]device[\\/]Features\.js$/.test(id)) return null;
      const probe = 'Features.webGL = testWebGL();';
      if (!code.includes(probe)) throw new Error("phaserStepsPlugin: Phaser's WebGL probe was not found in device/Features.js");
      return { code: code.replace(probe, "Features.webGL = false; isUint8 = typeof Uint8ClampedArray !== 'undefined';"), map: null };
    },
    renderChunk(code, chunk) {
      if (!chunk.moduleIds.some((id) => /phaser[\\/]src[\\/]phaser-core\.js$/.test(id))) return null;
      // The first statement that uses Phaser (`var import_phaser_core = __toESM(require_phaser_core(), 1)`,
      // or the entry's wrapper written inline when the bundler does not minify).
      const entry = /^var [\w$]+ = \/\* @__PURE__ \*\/ __toESM\((require_phaser_core\(\)|\(\/\* @__PURE__ \*\/ __commonJSMin\()/m.exec(code);
      if (!entry) throw new Error('phaserStepsPlugin: the first use of Phaser was not found (has the bundler changed its output?)');
      const wrappers = [...code.slice(0, entry.index).matchAll(/^var (require_[\w$]+) = \/\* @__PURE__ \*\/ __commonJSMin\(/gm)].map((m) => m[1]);
      if (wrappers.length < 100) throw new Error(`phaserStepsPlugin: only ${wrappers.length} Phaser modules found before its first use`);
      const steps =
        `await (async (steps) => { let t = performance.now(); for (const step of steps) { step(); ` +
        `if (performance.now() - t > ${PHASER_SLICE_MS}) { await new Promise((r) => setTimeout(r, 0)); t = performance.now(); } } })` +
        `([${wrappers.join(', ')}]);\n`;
      return { code: code.slice(0, entry.index) + steps + code.slice(entry.index), map: null };
    },
  };
}

/**
 * Game.boot and Game.texturesReady, each in two tasks: the page's size and the config first, then
 * the renderer, the canvas and the BOOT event; the READY event (systems), then the loop's start.
 */
export function splitGameBoot(code: string): { code: string; map: null } {
  const nl = String.raw`\s*`;
  const boot = new RegExp(
    String.raw`(this\.scale\.preBoot\(\);)${nl}(CreateRenderer\(this\);${nl}CreateDOMContainer\(this\);${nl}DebugHeader\(this\);${nl}AddToDOM\(this\.canvas, this\.config\.parent\);[\s\S]*?this\.textures\.once\(TextureEvents\.READY, this\.texturesReady, this\);${nl}this\.events\.emit\(Events\.BOOT\);)`,
  );
  const ready = new RegExp(String.raw`(this\.events\.emit\(Events\.READY\);)${nl}this\.start\(\);`);
  if (!boot.test(code)) throw new Error("phaserStepsPlugin: Game.boot's steps (scale, renderer, DOM, BOOT) were not found in core/Game.js");
  if (!ready.test(code)) throw new Error('phaserStepsPlugin: Game.texturesReady no longer emits READY and then starts');
  const split = code
    .replace(boot, (_, first: string, rest: string) => `${first}\nvar game = this;\nwindow.setTimeout(function () {\n${rest.replace(/\bthis\b/g, 'game')}\n}, 0);`)
    .replace(ready, '$1\nvar game = this;\nwindow.setTimeout(function () { game.start(); }, 0);');
  return { code: split, map: null };
}
