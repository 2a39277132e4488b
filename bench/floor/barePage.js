/**
 * What the floor page draws and how it says it is ready, shared with the naive-map page
 * (bench/naive-map/), which draws the same 60 circles on top of the app's map content.
 */
export const CIRCLES = 60;
// Spread over the Fergana valley's border area, where the app's markers are.
export const circles = {
  type: 'FeatureCollection',
  features: Array.from({ length: CIRCLES }, (_, i) => ({
    type: 'Feature',
    id: i,
    geometry: { type: 'Point', coordinates: [69.2 + (i % 10) * 0.28, 39.7 + Math.floor(i / 10) * 0.16] },
    properties: {},
  })),
};
export const polygon = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [68.6, 39.4],
        [72.4, 39.4],
        [72.4, 40.9],
        [68.6, 40.9],
        [68.6, 39.4],
      ],
    ],
  },
};

/** The 60 circles; a step sets their `shown` feature-state. */
export const pointsLayer = {
  id: 'points',
  type: 'circle',
  source: 'points',
  paint: {
    'circle-radius': 7,
    'circle-color': '#c0392b',
    'circle-opacity': ['case', ['boolean', ['feature-state', 'shown'], true], 0.8, 0],
  },
};

/**
 * `data-map-ready` and the `border-map-ready` mark once the map is loaded, its tiles in and the
 * camera still: the same signal the app gives, so bench/page.mjs measures every page alike.
 */
export function signalReady(map) {
  map.once('load', function check() {
    if (map.loaded() && map.areTilesLoaded() && !map.isMoving()) {
      document.documentElement.dataset.mapReady = 'true';
      performance.mark('border-map-ready');
    } else setTimeout(check, 50);
  });
}
