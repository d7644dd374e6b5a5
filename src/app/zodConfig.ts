import { z } from 'zod';

// Imported first by main.ts, before any schema is built. zod compiles object parsers with
// `new Function` and probes whether it may; under the strict CSP (script-src 'self') the probe
// is reported as a violation on every page load. Parsing without the compiled fast path is
// fast enough for level files.
z.config({ jitless: true });
