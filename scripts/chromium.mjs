/**
 * How every browser run here finds and launches Chromium: the e2e suite (through
 * tests/e2e/chromium.ts) and the benchmark. A plain ES module because Node 20 cannot import
 * TypeScript and the benchmark runs under bare Node; the JSDoc gives TypeScript callers the types.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const INSTALL_HINT =
  'No Chromium found for browser tests: install one with `apt-get install -y chromium` (or `npx playwright install chromium`), or set CHROME_PATH.';

/**
 * CHROME_PATH, then Debian's /usr/bin/chromium, then Playwright's own download; never skip silently.
 * @returns {string}
 */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', safePlaywrightPath()];
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error(INSTALL_HINT);
}

/** @returns {string | undefined} */
function safePlaywrightPath() {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/*
 * Flags for a sandboxed, offline CI box: no background networking (the network is closed and
 * Chromium would otherwise keep trying), and SwiftShader for WebGL since there is no GPU.
 */
/** @type {string[]} */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];
