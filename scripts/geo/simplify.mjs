// One mapshaper pass over every polygon layer at once.
//
// mapshaper turns all input polygons into one set of shared arcs (topology) before simplifying, so a
// border that two layers share (Kyrgyzstan's outline and Batken's, Batken and an enclave, ...) is
// simplified once and stays identical in every output layer. Simplifying each layer on its own
// (e.g. turf.simplify per feature) opens gaps and overlaps along such borders.
//
// All features go into ONE layer so mapshaper's "variable" simplification can give each feature its
// own tolerance; an arc shared by several features takes the smallest tolerance among them, so a
// shared border still comes out identical. The countries are cut into a part inside the focus box
// (fine tolerance) and a part outside it (coarse tolerance) and dissolved back together afterwards.

import mapshaper from 'mapshaper';

/** @typedef {import('geojson').Feature<import('./geom.mjs').Areal, SimplifyProps>} SimplifyFeature */
/**
 * @typedef {object} SimplifyProps
 * @property {string} layer output layer the feature belongs to
 * @property {string} key identifier, unique within its layer after dissolving
 * @property {number} tol Douglas–Peucker tolerance in metres
 */

/**
 * @param {object} args
 * @param {SimplifyFeature[]} args.features
 * @param {string[]} args.layers names of the layers to return
 * @param {number} args.decimals output precision
 * @param {string} args.borderWhere mapshaper expression (A, B = the two sides) selecting the arcs of the
 *   `countries` layer that make up border.geojson
 * @returns {Promise<Record<string, import('geojson').FeatureCollection>>} layer name → features
 *   (plus `border`: the selected shared arcs as lines)
 */
export async function simplifyTogether({ features, layers, decimals, borderWhere }) {
  const input = { 'all.json': JSON.stringify({ type: 'FeatureCollection', features }) };
  const precision = (10 ** -decimals).toFixed(decimals);
  const commands = [
    '-i all.json',
    // Variable simplification: each feature's own `tol` (an arc shared by several takes the minimum).
    '-simplify dp variable interval="tol" keep-shapes',
    '-split layer',
    // Re-join the near/far pieces of each country: a pure topological merge of the shared cut line.
    '-dissolve key copy-fields=layer target=countries no-repair',
    `-innerlines where="${borderWhere}" target=countries + name=border`,
    `-o format=geojson rfc7946 precision=${precision} target=${[...layers, 'border'].join(',')}`,
  ].join(' ');
  /** @type {Record<string, string>} */
  const out = await mapshaper.applyCommands(commands, input);
  /** @type {Record<string, import('geojson').FeatureCollection>} */
  const result = {};
  for (const name of [...layers, 'border']) {
    const text = out[`${name}.json`];
    if (text === undefined) throw new Error(`mapshaper produced no ${name} layer (got ${Object.keys(out).join(', ')})`);
    const parsed = JSON.parse(text);
    // A layer without attributes (the border lines) comes back as a GeometryCollection.
    result[name] =
      parsed.type === 'GeometryCollection'
        ? {
            type: 'FeatureCollection',
            features: parsed.geometries.map((/** @type {any} */ g) => ({ type: 'Feature', properties: {}, geometry: g })),
          }
        : parsed;
  }
  return result;
}
