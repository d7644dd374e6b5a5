import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset paths: dist/ works from any static server and any sub-path.
  base: './',
  // Files served as they are (favicon); kept under assets/ to hold to the agreed layout.
  publicDir: 'assets/public',
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
