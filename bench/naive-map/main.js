/**
 * The app's map content, written the naive way: the bare page of bench/floor/ plus every geo source
 * and label layer of the app's own style (src/map/style/buildStyle.ts, English, the full outline
 * files), on a plain MapLibre map with its defaults: no worker prewarm, no glyph preload, no held
 * first paint, no overview files, no app around it. Against the floor it prices the map's content;
 * against the app it prices the app's own work around that content.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { BORDER_AREA_BOUNDS } from '../../src/map/initialView';
import { buildStyle } from '../../src/map/style/buildStyle';
import { circles, pointsLayer, signalReady } from '../floor/barePage.js';

maplibregl.setWorkerUrl(workerUrl);

// Served beside the app (/naive-map/ next to /geo/ and /glyphs/): its files, by the app's own paths.
const resolveUrl = (path) => new URL(`../${path}`, window.location.href).href;
const style = buildStyle({ resolveUrl, lang: 'en', overview: false });
style.sources = { ...style.sources, points: { type: 'geojson', data: circles } };
style.layers = [...style.layers, pointsLayer];

const map = new maplibregl.Map({ container: 'map', bounds: BORDER_AREA_BOUNDS, style });
window.__borderMap = map;

signalReady(map);
