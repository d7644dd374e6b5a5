import type { Plugin } from 'vite';

/**
 * The page's Content-Security-Policy: only the game's own files run or style anything; images
 * may be data:/blob: URLs (Phaser's default textures, the canvas); sound is the game's own file;
 * `connect-src https:` lets
 * `?level=URL` fetch a teacher's level from any HTTPS server. Shipped as a meta tag in the
 * build, as a header by `vite preview`, and documented in README.md for static hosts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self'",
  "connect-src 'self' https:",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

/**
 * Adds the policy as a meta tag to the built index.html only: the dev server injects inline
 * scripts (hot reload) that the policy would block.
 */
export function cspMetaPlugin(): Plugin {
  return {
    name: 'lateral-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}
