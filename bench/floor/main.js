/**
 * The floor the app is measured against: the least a MapLibre page can do, written the naive way.
 * Same maplibre-gl, built by Vite like the app; a background, one GeoJSON polygon and 60 circles,
 * no text. It exposes the map as `window.__borderMap` and marks `border-map-ready`, exactly as the
 * app does, so bench/page.mjs measures both with the same code. A "step" here is a feature-state
 * change on the 60 circles plus a repaint: the least work a slider step can cause.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

maplibregl.setWorkerUrl(workerUrl);

const CIRCLES = 60;
// Spread over the Fergana valley's border area, where the app's markers are.
const circles = {
  type: 'FeatureCollection',
  features: Array.from({ length: CIRCLES }, (_, i) => ({
    type: 'Feature',
    id: i,
    geometry: { type: 'Point', coordinates: [69.2 + (i % 10) * 0.28, 39.7 + Math.floor(i / 10) * 0.16] },
    properties: {},
  })),
};
const polygon = {
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

const map = new maplibregl.Map({
  container: 'map',
  bounds: [
    [68.4, 39.2],
    [72.6, 41.1],
  ],
  style: {
    version: 8,
    sources: {
      area: { type: 'geojson', data: polygon },
      points: { type: 'geojson', data: circles },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } },
      { id: 'area', type: 'fill', source: 'area', paint: { 'fill-color': '#d9e4c8' } },
      {
        id: 'points',
        type: 'circle',
        source: 'points',
        paint: {
          'circle-radius': 7,
          'circle-color': '#c0392b',
          'circle-opacity': ['case', ['boolean', ['feature-state', 'shown'], true], 0.8, 0],
        },
      },
    ],
  },
});
window.__borderMap = map;

map.once('load', function check() {
  if (map.loaded() && map.areTilesLoaded() && !map.isMoving()) {
    document.documentElement.dataset.mapReady = 'true';
    performance.mark('border-map-ready');
  } else setTimeout(check, 50);
});

/** One step: every circle's feature-state changes (shown when its index passes the day's parity). */
window.__floorStep = (day) => {
  for (let i = 0; i < CIRCLES; i++) map.setFeatureState({ source: 'points', id: i }, { shown: (i + day) % 3 !== 0 });
  map.triggerRepaint();
};
