/*
 * The definition lives in scripts/chromium.mjs so the benchmark, which runs under bare Node,
 * launches Chromium exactly as the tests do; this module keeps the path the tests import from.
 */
export { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
