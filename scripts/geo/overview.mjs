// The overview copies of the heaviest outlines (see OVERVIEW_* in config.mjs): one mapshaper pass
// over the finished layers together, so a border two layers share is simplified once and stays
// identical in both, as simplify.mjs does for the full files.

import mapshaper from 'mapshaper';
import { outFeature } from './serialize.mjs';

/** @typedef {import('./serialize.mjs').OutFeature} OutFeature */

/**
 * @param {Record<string, OutFeature[]>} layers file name → the layer's finished features
 * @param {number} intervalM Douglas–Peucker tolerance, metres
 * @param {number} decimals output precision
 * @returns {Promise<Record<string, OutFeature[]>>} file name → the simplified features, same ids and properties, same order
 */
export async function overviewOf(layers, intervalM, decimals) {
  const files = Object.keys(layers);
  // Neutral names: mapshaper renames a layer whose name it already holds.
  /** @type {Record<string, string>} */
  const input = {};
  // Points have nothing to simplify, and mapshaper would split a layer that mixes them in (the
  // enclaves' Western Qalacha point): they skip the pass and keep their place.
  const isPoint = (/** @type {OutFeature} */ f) => f.geometry.type === 'Point' || f.geometry.type === 'MultiPoint';
  files.forEach((file, i) => {
    const shapes = (layers[file] ?? []).filter((f) => !isPoint(f));
    input[`layer${i}.json`] = JSON.stringify({ type: 'FeatureCollection', features: shapes });
  });
  const commands = [
    `-i ${files.map((_, i) => `layer${i}.json`).join(' ')} combine-files`,
    `-simplify dp interval=${intervalM} keep-shapes`,
    `-o format=geojson target=*`,
  ].join(' ');
  /** @type {Record<string, string | Buffer>} */
  const out = await mapshaper.applyCommands(commands, input);
  /** @type {Record<string, OutFeature[]>} */
  const result = {};
  files.forEach((file, i) => {
    const text = out[`layer${i}.json`];
    if (text === undefined)
      throw new Error(`overview: mapshaper gave no output for ${file} (got ${Object.keys(out).join(', ')})`);
    const parsed = JSON.parse(String(text));
    const source = layers[file] ?? [];
    /** @type {OutFeature[]} */
    const simplified = new Map(
      parsed.features.map((/** @type {any} */ f) => [
        f.properties.id,
        outFeature(f.properties.id, f.properties, f.geometry, decimals),
      ]),
    );
    const features = source.map((f) => (isPoint(f) ? f : simplified.get(f.id))).filter((f) => f !== undefined);
    // The overview must stand in for its layer feature for feature: same ids, same properties, same order.
    const ids = features.map((f) => f.id).join(',');
    if (ids !== source.map((f) => f.id).join(',')) throw new Error(`overview: ${file} lost or reordered features (${ids})`);
    result[file] = features;
  });
  return result;
}
