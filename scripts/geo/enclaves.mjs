// Names the enclaves found in the OSM outlines (countries.mjs) from the curated list in enclaves.json.

import * as turf from '@turf/turf';

/** @typedef {import('./countries.mjs').DetectedEnclave} DetectedEnclave */

/**
 * @typedef {object} EnclaveEntry
 * @property {string} id
 * @property {string} owner ISO2
 * @property {string} host ISO2
 * @property {[number, number]} hint
 * @property {string} hint_source
 * @property {string} note
 */

/**
 * Pairs every detected enclave with exactly one curated entry (same owner and host, hint within
 * `hintKm` of the polygon). Anything unmatched on either side stops the build: a silent change in the
 * source data must not silently drop or mislabel an enclave.
 * @param {DetectedEnclave[]} detected
 * @param {EnclaveEntry[]} entries
 * @param {Record<string, string>} a3ToIso2
 * @param {number} hintKm
 * @returns {{ entry: EnclaveEntry, enclave: DetectedEnclave }[]} in the order of `entries`
 */
export function nameEnclaves(detected, entries, a3ToIso2, hintKm) {
  /** @type {{ entry: EnclaveEntry, enclave: DetectedEnclave }[]} */
  const out = [];
  const used = new Set();
  for (const entry of entries) {
    const matches = detected.filter((d) => {
      if (a3ToIso2[d.owner] !== entry.owner || a3ToIso2[d.host] !== entry.host) return false;
      const pt = turf.point(entry.hint);
      if (turf.booleanPointInPolygon(pt, d.geometry)) return true;
      const km = turf.pointToPolygonDistance(pt, d.geometry, { units: 'kilometers' });
      return km <= hintKm;
    });
    if (matches.length !== 1) throw new Error(`enclave ${entry.id}: ${matches.length} detected polygons match, expected 1`);
    const enclave = /** @type {DetectedEnclave} */ (matches[0]);
    if (used.has(enclave)) throw new Error(`enclave ${entry.id}: polygon already named`);
    used.add(enclave);
    out.push({ entry, enclave });
  }
  const extra = detected.filter((d) => !used.has(d));
  if (extra.length) {
    const list = extra.map((d) => `${d.owner} in ${d.host} ${d.areaKm2.toFixed(2)} km²`).join('; ');
    throw new Error(`unexpected enclaves in the source data (add them to enclaves.json): ${list}`);
  }
  return out;
}
