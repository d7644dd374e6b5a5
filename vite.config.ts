import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { VitePWA } from 'vite-plugin-pwa';
import { shippedLevelsPlugin } from './src/cli/shippedLevelsPlugin';
import { CONTENT_SECURITY_POLICY, cspMetaPlugin } from './src/cli/cspPlugin';
import { phaserStepsPlugin } from './src/cli/phaserStepsPlugin';

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
  plugins: [
    shippedLevelsPlugin(),
    cspMetaPlugin(),
    // Phaser's modules evaluated in short slices, never one long task on top of a tap.
    phaserStepsPlugin(),
    // Installable and offline: the service worker precaches the whole game (levels and articles
    // are in its JS), so every shipped level plays with the network cut after one visit.
    VitePWA({
      registerType: 'prompt',
      // Registered from src/pwa/offline.ts: a strict CSP (script-src 'self') allows no inline script.
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/favicon-32.png', 'icons/apple-touch-icon.png'],
      manifest: {
        name: 'Lateral: read across the news',
        short_name: 'Lateral',
        description: 'A game about reading news across outlets: spot the copy, the opinion and the figure that does not add up.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'any',
        background_color: '#14213d',
        theme_color: '#14213d',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,wav}'],
        // Class play needs the network (a server) anyway: solo players should not download it.
        globIgnores: ['**/mountClass-*'],
        // Phaser's chunk is ~0.5 MB; keep room so nothing the game needs is skipped silently.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        // A new version waits for the player's "Update" (see src/pwa/offline.ts).
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // The dev server pre-bundles Phaser separately; it needs the same flags.
  optimizeDeps: { rolldownOptions: { transform: { define: phaserFlags } } },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // V8's explicit compile hint: the entry chunk's functions are compiled while the script
        // streams in, off the main thread, instead of each on its first call. Those first calls
        // (the first round, the first feedback, the results) were cold compiles inside the
        // player's taps. Bench, 3 alternating runs each: first round 0.57-0.74x -> 0.42-0.52x.
        postBanner: (chunk) => (chunk.name === 'index' ? '//# allFunctionsCalledOnLoad\n' : ''),
      },
    },
  },
  server: { host: '127.0.0.1' },
  // The same policy as the built page's meta tag, as a header (see README.md for static hosts).
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
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
