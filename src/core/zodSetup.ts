// Imported first by every module that builds zod schemas (levelSchema.ts), so it runs before any
// schema exists. zod compiles object parsers with `new Function` and probes whether it may; under
// the strict CSP (script-src 'self') the probe is reported as a violation. Parsing without the
// compiled fast path is fast enough for level files. (zod/mini shares zod's core and its config;
// this module stays out of the first load, which has no zod at all.)
import * as z from 'zod/mini';

z.config({ jitless: true });
