import { preview, type PreviewServer } from 'vite';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Serve the built dist/ as any static server would (the test command builds first). */
export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  const root = join(import.meta.dirname, '..', '..');
  if (!existsSync(join(root, 'dist', 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  const server: PreviewServer = await preview({ root, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no address');
  return { url, close: () => server.close() };
}
