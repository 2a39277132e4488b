/** Types for bench/generate.mjs, so the tests that import it are checked against what it returns. */
export declare const REAL_EVENTS_FILE: string;
export declare function mulberry32(seed: number): () => number;
export declare function generateEventFile(
  n: number,
  opts?: { seed?: number; real?: unknown },
): Record<string, unknown> & { events: unknown[] };
export declare function writeEventFile(n: number, out: string, opts?: { seed?: number; real?: unknown }): string;
