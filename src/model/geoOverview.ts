/**
 * The geo layers the geo build also writes as a coarser overview (public/geo/overview/, made with
 * OVERVIEW_LAYERS in scripts/geo/config.mjs; a test keeps the two lists equal). A cold load draws
 * and reads the overview, which is about a pixel off at the opening zoom and less than half the
 * bytes; the full files replace it once the first map is on screen.
 */
export const OVERVIEW_LAYERS: readonly string[] = ['countries', 'batken', 'sughd', 'enclaves', 'border'];

/** The file a cold load fetches for the geo file `path` ("geo/x.geojson"): its overview when it has one. */
export function firstLoadFile(path: string): string {
  const name = /^geo\/([\w-]+)\.geojson$/.exec(path)?.[1];
  return name !== undefined && OVERVIEW_LAYERS.includes(name) ? `geo/overview/${name}.geojson` : path;
}
