// The registry of output layers: one module per file in public/geo. The order of LAYERS is the
// order of the layers in meta.json, so reordering it changes meta.json; a new layer goes at the end.
// To add a layer: write its module beside this one, import it here and add it to LAYERS.

import batken from './batken.mjs';
import border from './border.mjs';
import checkpoints from './checkpoints.mjs';
import countries from './countries.mjs';
import enclaves from './enclaves.mjs';
import labels from './labels.mjs';
import rivers from './rivers.mjs';
import sughd from './sughd.mjs';
import towns from './towns.mjs';
import trijunction from './trijunction.mjs';
import villages from './villages.mjs';
import water from './water.mjs';

/** @typedef {import('../points.mjs').PlainFeature} PlainFeature */

/**
 * @typedef {object} GeoLayer
 * @property {string} file output file name in public/geo, also the layer's key in meta.json
 * @property {string} description for meta.json
 * @property {string[]} sources keys of the sources in meta.mjs
 * @property {string} licence SPDX id of the licence the layer's data is under
 * @property {(ctx: import('../context.mjs').GeoContext) => PlainFeature[]} build the features, in any
 *   order (the driver sorts them by id); may throw to stop the build before anything is written
 */

/** @type {GeoLayer[]} */
export const LAYERS = [
  batken,
  sughd,
  enclaves,
  border,
  countries,
  water,
  towns,
  checkpoints,
  trijunction,
  villages,
  labels,
  rivers,
];
