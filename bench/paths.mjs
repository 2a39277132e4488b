import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BUILD = join(ROOT, 'dist');
export const TMP = join(ROOT, 'bench/tmp');
/*
 * Served from a private copy: anyone running `vite build` (the e2e script does) empties dist/ and
 * renames every hashed file, which would turn the rest of a long run into 404s.
 */
export const DIST = join(TMP, 'dist');
