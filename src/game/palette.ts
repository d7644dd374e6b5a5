/** Colours shared by canvas and CSS (see style.css custom properties). */
export const PALETTE = {
  night: 0x14213d,
  ink: 0x1d2b4f,
  paper: 0xfbf8f1,
  accent: 0xfca311,
  teal: 0x2a9d8f,
  right: 0x2a9d8f,
  wrong: 0xe76f51,
  muted: 0x8d99ae,
} as const;

/** Each screen tints the backdrop so a player feels where they are. */
export const SCREEN_TINT: Record<string, number> = {
  title: 0x14213d,
  round: 0x1b2a49,
  feedback: 0x1b3a4b,
  results: 0x23203f,
};
