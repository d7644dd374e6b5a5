import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { shippedLevelsPlugin } from './src/cli/shippedLevelsPlugin';

// Phaser's own core entry (no physics, tilemaps, particles…): the game draws pictures with Graphics and Text.
const phaserCore = fileURLToPath(new URL('./node_modules/phaser/src/phaser-core.js', import.meta.url));

// Phaser's source expects its webpack build flags; these match its core build.
const phaserFlags = {
  // Canvas only: the pictures are 2D lines and labels; WebGL would add ~50 KiB gzip and is
  // software-rendered on many school machines and in headless browsers.
  'typeof WEBGL_RENDERER': 'false',
  'typeof CANVAS_RENDERER': '"boolean"',
  'typeof FEATURE_SOUND': 'false',
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
  'typeof WEBGL_DEBUG': 'false',
  // Its entry ends with `global.Phaser = Phaser`, written for webpack's Node-style global.
  global: 'globalThis',
};

export default defineConfig({
  // Relative asset paths: dist/ works from any static server and any sub-path.
  base: './',
  // Files served as they are (favicon); kept under assets/ to hold to the agreed layout.
  publicDir: 'assets/public',
  resolve: {
    alias: [
      { find: /^phaser$/, replacement: phaserCore },
      { find: /^phaser3spectorjs$/, replacement: fileURLToPath(new URL('./src/game/noSpector.ts', import.meta.url)) },
    ],
  },
  define: phaserFlags,
  plugins: [shippedLevelsPlugin()],
  // The dev server pre-bundles Phaser separately; it needs the same flags.
  optimizeDeps: { rolldownOptions: { transform: { define: phaserFlags } } },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
