// Fixed parameters of the geo build. Everything that changes the output bytes lives here or in the
// curated *.json files beside this one, so a reviewer can see at a glance what the build depends on.

import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const GEO_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(GEO_DIR, '..', '..');
export const OUT_DIR = path.join(REPO_ROOT, 'public', 'geo');
export const MODULES = path.join(GEO_DIR, 'node_modules');

/**
 * The basemap box (west, south, east, north). The app's pan limit (src/map/initialView.ts
 * MAX_BOUNDS) is set to the same box, so the countries layer never ends inside the area a user can
 * pan to. It holds the whole of Kyrgyzstan, Tajikistan and Uzbekistan (the context the issue asks
 * for), and Astana (71.43E 51.17N); the neighbours are clipped to it.
 * @type {[number, number, number, number]}
 */
export const REGION_BOX = [55.5, 35.0, 81.0, 52.0];

/**
 * The box around the Kyrgyz–Tajik border (the whole border runs inside it, east to the Chinese
 * tripoint at ~73.6E). Shapes between it and FOCUS_BOX are simplified at SIMPLIFY_MID_M; beyond
 * it, at SIMPLIFY_FAR_M, because there the map only sets the scene at small scales.
 * @type {[number, number, number, number]}
 */
export const MID_BOX = [65.5, 36.0, 76.5, 43.5];

/**
 * The area the map is about (Batken, Sughd and the Fergana valley rim). Inside it, shapes are
 * simplified finely; outside it only the basemap is drawn, so a coarser interval saves bytes.
 * Batken, Sughd and the enclaves must lie wholly inside it (the build checks): see simplify.mjs.
 * @type {[number, number, number, number]}
 */
export const FOCUS_BOX = [67.0, 38.6, 74.0, 41.4];

/**
 * Douglas–Peucker tolerance, metres: inside FOCUS_BOX, between it and MID_BOX, and outside MID_BOX.
 * 1.2 km outside keeps the three countries' outer outlines readable at the zooms that show them
 * whole while keeping public/geo within its budget (see tests/unit/geo/budget.test.ts).
 */
export const SIMPLIFY_NEAR_M = 30;
export const SIMPLIFY_MID_M = 250;
export const SIMPLIFY_FAR_M = 1200;

/**
 * GeoNames places drawn as villages (villages.geojson): Batken Region, Sughd's Isfara, Kanibadam,
 * Ghafurov and B. Ghafurov districts, and the Uzbek side of the Fergana valley next to them.
 * @type {[number, number, number, number]}
 */
/**
 * The frame the app opens on (BORDER_AREA_BOUNDS in src/map/initialView.ts; a test keeps the two
 * equal). The whole-country label points of Kyrgyzstan, Tajikistan and Uzbekistan lie far outside
 * it, so each also gets a local label point inside its part of this frame.
 */
export const OPENING_BOX = [69.0, 39.4, 72.5, 40.6];
/**
 * Where a region's local label point is sought: the opening frame less the Khujand plain north of
 * 40.1N, where the names of Khujand, Ghafurov and Guliston need the room (Sughd's name there hid
 * them at the opening view).
 */
export const REGION_LABEL_BOX = [69.0, 39.4, 72.5, 40.1];
/** From this zoom the local points name their areas (LOCAL_COUNTRY_LABEL_ZOOM in the app's style). */
export const LOCAL_LABEL_ZOOM = 6;
/** The countries named inside the opening frame. */
export const LOCAL_LABEL_COUNTRIES = ['KG', 'TJ', 'UZ'];

export const VILLAGE_BOX = [69.0, 39.3, 72.3, 40.7];

/** Villages with fewer people than this get rank 5 (drawn only at the highest zooms), others 4. */
export const VILLAGE_SMALL_POP = 2000;

/** Two GeoNames rows with the same name closer than this are one village (the larger is kept). */
export const VILLAGE_DEDUPE_KM = 1;

/** Water bodies at least this large are labelled with rank 4 ("large water"), others rank 5. */
export const LARGE_WATER_KM2 = 1000;

/** Output coordinates carry 5 decimals (≈1 m): ample for a map, and fixed so builds are byte-stable. */
export const DECIMALS = 5;

/** Countries taken from the OSM polygons (ISO 3166-1 alpha-3, the package's only property). */
export const COUNTRY_A3 = ['AFG', 'CHN', 'IND', 'IRN', 'KAZ', 'KGZ', 'PAK', 'RUS', 'TJK', 'TKM', 'UZB'];

/** A part of country B at least this share inside country A is an enclave of B in A. */
export const ENCLAVE_SHARE = 0.9;

/** How far the Natural Earth region is grown before it is cut by the OSM country (see regions.mjs). */
export const REGION_GROW_KM = 10;

/** River line pieces shorter than this after clipping to REGION_BOX are dropped (box-edge stubs). */
export const RIVER_MIN_KM = 5;

/** rank of river lines that rivers.json does not name (1 major, 2 regional, 3 local). */
export const RIVER_UNNAMED_RANK = 2;

/**
 * The overview: a coarser copy of the heaviest outlines (public/geo/overview/), which the app draws
 * for its first picture and replaces with the full files once that picture is on screen. 400 m is
 * about one pixel at the opening zoom (7.4, ~355 m per pixel at 40N), so the swap does not show;
 * it halves what a cold load fetches (countries.geojson alone is over half of the geo data).
 * The layers are simplified together, so their shared borders stay identical to each other.
 */
export const OVERVIEW_DIR = path.join(OUT_DIR, 'overview');
export const OVERVIEW_LAYERS = ['countries.geojson', 'batken.geojson', 'sughd.geojson', 'enclaves.geojson', 'border.geojson'];
export const OVERVIEW_SIMPLIFY_M = 400;
