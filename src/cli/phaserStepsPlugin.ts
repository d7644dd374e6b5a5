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
