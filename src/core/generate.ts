import type { RoundGenerator } from './levelValidate';

/**
 * Rounds from the analysis engine for `{ "generate": … }` entries.
 * Placeholder until the engine lands: it makes no rounds, so a level never gets an unchecked one.
 */
export const generateRounds: RoundGenerator = () => [];
