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
import { CIRCLES, circles, pointsLayer, polygon, signalReady } from './barePage.js';

maplibregl.setWorkerUrl(workerUrl);

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
      pointsLayer,
    ],
  },
});
window.__borderMap = map;

signalReady(map);

/** One step: every circle's feature-state changes (shown when its index passes the day's parity). */
window.__floorStep = (day) => {
  for (let i = 0; i < CIRCLES; i++) map.setFeatureState({ source: 'points', id: i }, { shown: (i + day) % 3 !== 0 });
  map.triggerRepaint();
};
