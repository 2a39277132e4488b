import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAP_ATTRIBUTION } from '../../../src/map/attribution';

describe('map attribution', () => {
  it('is exactly the credit list the geo build writes into meta.json', () => {
    const meta = JSON.parse(fs.readFileSync(path.resolve('public/geo/meta.json'), 'utf8'));
    expect(MAP_ATTRIBUTION).toEqual(meta.attribution_html);
  });
});
