/**
 * Whether a level asks the analysis engine for rounds, so the engine is only loaded when needed.
 * (A module of its own: the page asks before it loads the validator.)
 */
export function needsGenerator(text: string): boolean {
  return text.includes('"generate"');
}
