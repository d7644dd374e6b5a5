/**
 * Canvas colours from the same custom properties the CSS uses (:root in style.css), read when
 * a picture is drawn, so a change of theme or token reaches the canvas too.
 */
export interface Tokens {
  paper: number;
  paper2: number;
  ink: number;
  night: number;
  accent: number;
  teal: number;
  right: number;
  wrong: number;
  muted: number;
  inkCss: string;
  mutedCss: string;
  sans: string;
}

const FALLBACK: Record<string, string> = {
  '--paper': '#fbf8f1',
  '--paper-2': '#f1ebdc',
  '--ink': '#1d2433',
  '--night': '#14213d',
  '--accent': '#fca311',
  '--teal': '#1f7a6f',
  '--right': '#1f7a6f',
  '--wrong': '#b7472a',
  '--muted': '#5b6478',
  '--sans': 'system-ui, sans-serif',
};

/** "#abc", "#aabbcc" or "rgb(…)" → 0xRRGGBB; anything else → the fallback. */
export function colorNumber(css: string, fallback: number): number {
  const s = css.trim();
  let m = /^#([0-9a-f]{3})$/i.exec(s);
  if (m) return parseInt([...(m[1] as string)].map((c) => c + c).join(''), 16);
  m = /^#([0-9a-f]{6})$/i.exec(s);
  if (m) return parseInt(m[1] as string, 16);
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(s);
  if (rgb) return (Number(rgb[1]) << 16) | (Number(rgb[2]) << 8) | Number(rgb[3]);
  return fallback;
}

let cached: { key: string; tokens: Tokens } | null = null;

/**
 * The tokens, read again only when the colour scheme or the root's classes change: reading
 * computed style makes the browser recalculate the page's style, which every picture paid for.
 */
export function currentTokens(root: Element = document.documentElement): Tokens {
  const dark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  const key = `${dark}|${root.className}|${root.getAttribute('style') ?? ''}`;
  if (cached?.key !== key) cached = { key, tokens: readTokens(root) };
  return cached.tokens;
}

export function readTokens(root: Element = document.documentElement): Tokens {
  const style = getComputedStyle(root);
  const raw = (name: string) => style.getPropertyValue(name).trim() || (FALLBACK[name] as string);
  const num = (name: string) => colorNumber(raw(name), colorNumber(FALLBACK[name] as string, 0));
  return {
    paper: num('--paper'),
    paper2: num('--paper-2'),
    ink: num('--ink'),
    night: num('--night'),
    accent: num('--accent'),
    teal: num('--teal'),
    right: num('--right'),
    wrong: num('--wrong'),
    muted: num('--muted'),
    inkCss: raw('--ink'),
    mutedCss: raw('--muted'),
    sans: raw('--sans'),
  };
}
