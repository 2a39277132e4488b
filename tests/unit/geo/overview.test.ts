// public/geo/overview/: the coarser outlines a cold load draws first (src/model/geoOverview.ts), which
// must stand in for the full layers feature for feature and be valid for MapLibre on their own.
import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { OVERVIEW_LAYERS as BUILD_OVERVIEW, OVERVIEW_SIMPLIFY_M } from '../../../scripts/geo/config.mjs';
import { OVERVIEW_LAYERS } from '../../../src/model/geoOverview';
import { GEO_DIR, type GeoProps, kinkProblems, type LayerName, positions, readLayer, ringProblems } from './geoFiles';

const readOverview = (name: string) =>
  JSON.parse(fs.readFileSync(path.join(GEO_DIR, 'overview', `${name}.geojson`), 'utf8')) as FeatureCollection<Geometry, GeoProps>;

describe('the overview outlines', () => {
  it('are the layers the geo build simplifies, and only those files are in the folder', () => {
    expect(BUILD_OVERVIEW).toEqual(OVERVIEW_LAYERS.map((n) => `${n}.geojson`));
    expect(fs.readdirSync(path.join(GEO_DIR, 'overview')).sort()).toEqual([...BUILD_OVERVIEW].sort());
  });

  it.each(OVERVIEW_LAYERS)('%s: the same features, ids and properties as the full layer, in the same order', (name) => {
    const full = readLayer(name as LayerName).features;
    const overview = readOverview(name).features;
    expect(overview.map((f) => f.id)).toEqual(full.map((f) => f.id));
    overview.forEach((f, i) => {
      expect(f.properties).toEqual(full[i]?.properties);
      expect(f.geometry.type).toBe(full[i]?.geometry.type);
    });
  });

  it.each(OVERVIEW_LAYERS)(
    '%s: every point is a point of the full layer (simplified, never moved), and far fewer of them',
    (name) => {
      const full = readLayer(name as LayerName).features;
      const overview = readOverview(name).features;
      let kept = 0;
      let all = 0;
      overview.forEach((f, i) => {
        const fullPoints = new Set(positions(full[i]?.geometry as Geometry).map((p) => p.join(',')));
        const points = positions(f.geometry);
        for (const p of points) expect(fullPoints.has(p.join(',')), `${f.id} ${p.join(',')}`).toBe(true);
        kept += points.length;
        all += fullPoints.size;
      });
      // countries.geojson, the heaviest, keeps about half its points at 400 m; small layers less.
      expect(kept).toBeLessThan(all * 0.75);
    },
  );

  it.each(OVERVIEW_LAYERS)('%s: rings closed and wound per RFC 7946, no self-intersections', (name) => {
    const { features } = readOverview(name);
    expect(ringProblems(features)).toEqual([]);
    expect(kinkProblems(features)).toEqual([]);
  });

  it('are simplified at a tolerance of about a pixel at the opening zoom', () => {
    // 7.4 is the desktop opening zoom: ~355 m per pixel at 40N on 512-pixel tiles.
    const metresPerPixel = (40_075_016 * Math.cos((40 * Math.PI) / 180)) / (512 * 2 ** 7.4);
    expect(OVERVIEW_SIMPLIFY_M / metresPerPixel).toBeLessThan(1.3);
  });
});
