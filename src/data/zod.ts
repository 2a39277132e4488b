/**
 * The app's one zod, configured before any schema is built (zod reads the setting when a schema is
 * created). Without `jitless`, zod compiles a parser per object schema with `new Function` on its
 * first use. A cold load parses each schema for a few hundred records at most, so compiling buys
 * little (the record's first parse in Node: about 85 ms jitless against 128 ms; in a browser's
 * cold load the difference is within the noise), and jitless the app needs no 'unsafe-eval'
 * under a strict Content-Security-Policy.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
