// Fixed parameters of the geo build. Everything that changes the output bytes lives here or in the
// curated *.json files beside this one, so a reviewer can see at a glance what the build depends on.

import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const GEO_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(GEO_DIR, '..', '..');
export const OUT_DIR = path.join(REPO_ROOT, 'public', 'geo');
export const MODULES = path.join(GEO_DIR, 'node_modules');

/**
 * The basemap box (west, south, east, north). It matches the app's pan limit (src/map/initialView.ts
 * MAX_BOUNDS) so the countries layer never ends inside the area a user can pan to, and it holds the
 * whole Kyrgyz–Tajik border (which runs east to the Chinese tripoint at ~73.6E).
 * @type {[number, number, number, number]}
 */
export const REGION_BOX = [65.5, 36, 76.5, 43.5];

/**
 * The area the map is about (Batken, Sughd and the Fergana valley rim). Inside it, shapes are
 * simplified finely; outside it only the basemap is drawn, so a coarser interval saves bytes.
 * Batken, Sughd and the enclaves must lie wholly inside it (the build checks): see simplify.mjs.
 * @type {[number, number, number, number]}
 */
export const FOCUS_BOX = [67.0, 38.6, 74.0, 41.4];

/** Douglas–Peucker tolerance, metres, for shapes in the focus box and for everything else. */
export const SIMPLIFY_NEAR_M = 30;
export const SIMPLIFY_FAR_M = 250;

/** Output coordinates carry 5 decimals (≈1 m): ample for a map, and fixed so builds are byte-stable. */
export const DECIMALS = 5;

/** Countries taken from the OSM polygons (ISO 3166-1 alpha-3, the package's only property). */
export const COUNTRY_A3 = ['AFG', 'CHN', 'KAZ', 'KGZ', 'PAK', 'TJK', 'TKM', 'UZB'];

/** A part of country B at least this share inside country A is an enclave of B in A. */
export const ENCLAVE_SHARE = 0.9;

/** How far the Natural Earth region is grown before it is cut by the OSM country (see regions.mjs). */
export const REGION_GROW_KM = 10;

/** Lakes smaller than this are left out of water.geojson unless curated by name. */
export const MIN_LAKE_KM2 = 5;
