import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GEO_DIR } from './geoFiles';

// The full layers in public/geo: all of them load once the first map is on screen (a view that
// opens close in needs them at once), so keep them small. The overview copies in overview/ are what
// a wide first view fetches instead; their budget, with the record's, is tests/unit/data/firstLoadBudget.test.ts.
const RAW_LIMIT = 700 * 1024;
const GZIP_LIMIT = 220 * 1024;

describe('size budget of public/geo', () => {
  const files = fs
    .readdirSync(GEO_DIR, { withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => fs.readFileSync(path.join(GEO_DIR, f.name)));

  it('is at most 700 KB raw', () => {
    const raw = files.reduce((s, b) => s + b.length, 0);
    expect(raw).toBeLessThanOrEqual(RAW_LIMIT);
  });

  it('is at most 220 KB gzipped (each file compressed on its own, as a server sends it)', () => {
    const gz = files.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0);
    expect(gz).toBeLessThanOrEqual(GZIP_LIMIT);
  });
});
