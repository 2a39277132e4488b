import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GEO_DIR } from './geoFiles';

// Everything in public/geo ships with the app and loads on first view: keep it small.
const RAW_LIMIT = 700 * 1024;
const GZIP_LIMIT = 220 * 1024;

describe('size budget of public/geo', () => {
  const files = fs.readdirSync(GEO_DIR).map((f) => fs.readFileSync(path.join(GEO_DIR, f)));

  it('is at most 700 KB raw', () => {
    const raw = files.reduce((s, b) => s + b.length, 0);
    expect(raw).toBeLessThanOrEqual(RAW_LIMIT);
  });

  it('is at most 220 KB gzipped (each file compressed on its own, as a server sends it)', () => {
    const gz = files.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0);
    expect(gz).toBeLessThanOrEqual(GZIP_LIMIT);
  });
});
