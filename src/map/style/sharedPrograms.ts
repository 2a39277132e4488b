import type { LayerSpecification } from 'maplibre-gl';

/*
 * MapLibre compiles one WebGL program per layer type AND per set of paint properties that vary by
 * feature: a circle layer with a constant colour and one whose colour comes from the data need two
 * programs. Under software WebGL each program costs tens of milliseconds of a cold load (the bench
 * counted 23 programs against the bare page's 6). So every layer of a type is rewritten here to
 * the same data-driven property set: where one circle layer reads a property per feature, every
 * circle layer does, a constant becoming a per-feature expression that always yields the same
 * value. What is drawn does not change (tests/unit/map/sharedPrograms.test.ts evaluates both).
 */

/** How a paint value is bound in MapLibre's shader: a uniform, a per-feature attribute, or per-feature and zoom. */
export type Binding = 'uniform' | 'feature' | 'feature-zoom';

type Value = unknown;

/**
 * The data-driven paint properties each layer type's shaders bind, with the spec's defaults (a
 * layer that leaves a property unset is drawn with its default). Cross-faded ones (patterns,
 * dashes) are bound differently and left alone. `fill-outline-color` has no default: unset, it
 * is the fill colour. tests/unit/map/sharedPrograms.test.ts holds this table to the style spec.
 */
export const DATA_DRIVEN_PAINT: Readonly<Record<string, Readonly<Record<string, Value>>>> = {
  circle: {
    'circle-radius': 5,
    'circle-color': '#000000',
    'circle-blur': 0,
    'circle-opacity': 1,
    'circle-stroke-width': 0,
    'circle-stroke-color': '#000000',
    'circle-stroke-opacity': 1,
  },
  fill: { 'fill-opacity': 1, 'fill-color': '#000000', 'fill-outline-color': undefined },
  line: {
    'line-opacity': 1,
    'line-color': '#000000',
    'line-width': 1,
    'line-gap-width': 0,
    'line-offset': 0,
    'line-blur': 0,
  },
  symbol: {
    'icon-opacity': 1,
    'icon-color': '#000000',
    'icon-halo-color': 'rgba(0, 0, 0, 0)',
    'icon-halo-width': 0,
    'icon-halo-blur': 0,
    'text-opacity': 1,
    'text-color': '#000000',
    'text-halo-color': 'rgba(0, 0, 0, 0)',
    'text-halo-width': 0,
    'text-halo-blur': 0,
  },
};

/** Expression operators that read the feature (its properties, id, geometry or state). */
const FEATURE_OPS = new Set(['get', 'has', 'properties', 'feature-state', 'geometry-type', 'id', 'accumulated', 'line-progress']);

const isExpression = (v: Value): v is [string, ...Value[]] => Array.isArray(v) && typeof v[0] === 'string';

function reads(v: Value, found: { feature: boolean; zoom: boolean }): void {
  if (!isExpression(v)) return;
  const [op, ...args] = v;
  if (op === 'literal') return;
  if (op === 'zoom') found.zoom = true;
  // `['get', key, object]` reads an object, not the feature.
  else if (FEATURE_OPS.has(op) && !(op === 'get' && args.length > 1)) found.feature = true;
  for (const a of args) reads(a, found);
}

/** What a value reads: the same classification as MapLibre's (constant, camera, source, composite). */
export function dependsOn(v: Value): { feature: boolean; zoom: boolean } {
  const found = { feature: false, zoom: false };
  reads(v, found);
  return found;
}

/** How MapLibre binds this value: a zoom-only expression is evaluated per frame into a uniform. */
export function bindingOf(v: Value): Binding {
  const { feature, zoom } = dependsOn(v);
  if (!feature) return 'uniform';
  return zoom ? 'feature-zoom' : 'feature';
}

/*
 * A per-feature expression that always yields `v`: no feature carries this key, so `coalesce`
 * falls through to the value. It reads a property only so MapLibre binds it per feature.
 */
const NO_SUCH_KEY = '\u0000shared-program';
const perFeature = (v: Value): Value => (dependsOn(v).feature ? v : ['coalesce', ['get', NO_SUCH_KEY], v]);

/** A zoom curve that is flat: its value at every zoom is `v`, which may read the feature. */
const flatOverZoom = (v: Value): Value => ['interpolate', ['linear'], ['zoom'], 0, v, 24, v];

/** `v` rewritten to be bound as `to`, with the same value for every feature and zoom. */
export function rebind(v: Value, to: Binding): Value {
  const from = bindingOf(v);
  if (from === to || to === 'uniform') return v;
  const { zoom } = dependsOn(v);
  if (to === 'feature') {
    // Only a constant can be made per-feature without zoom; a zoom curve forces 'feature-zoom' (see targetBinding).
    if (zoom) throw new Error(`cannot bind a zoom expression per feature without zoom: ${JSON.stringify(v)}`);
    return perFeature(v);
  }
  if (!zoom) return flatOverZoom(perFeature(v));
  // A zoom curve of constants: each stop's output made per-feature, the curve kept.
  if (isExpression(v) && (v[0] === 'interpolate' || v[0] === 'step')) {
    const out = [...v];
    const firstOutput = v[0] === 'interpolate' ? 4 : 2;
    for (let i = firstOutput; i < out.length; i += 2) out[i] = perFeature(out[i]);
    return out;
  }
  throw new Error(`zoom must be the input of a top-level interpolate or step: ${JSON.stringify(v)}`);
}

/**
 * The binding every layer of a type must share for one property: per feature if any layer reads
 * the feature there, and per feature and zoom if, on top of that, any layer's value follows the zoom.
 */
export function targetBinding(values: readonly Value[]): Binding {
  const deps = values.map(dependsOn);
  if (!deps.some((d) => d.feature)) return 'uniform';
  return deps.some((d) => d.zoom) ? 'feature-zoom' : 'feature';
}

type Paint = Record<string, Value>;
const paintOf = (layer: LayerSpecification): Paint => ('paint' in layer && layer.paint ? (layer.paint as Paint) : {});

/** A layer's value for a property: its own, or what MapLibre would draw it with. */
function effective(layer: LayerSpecification, property: string): Value {
  const paint = paintOf(layer);
  if (paint[property] !== undefined) return paint[property];
  if (property === 'fill-outline-color') return paint['fill-color'] ?? DATA_DRIVEN_PAINT.fill?.['fill-color'];
  return DATA_DRIVEN_PAINT[layer.type]?.[property];
}

/** The layers, each of a type rewritten to that type's one shared set of per-feature properties. */
export function sharePrograms(layers: readonly LayerSpecification[]): LayerSpecification[] {
  const targets = new Map<string, Binding>();
  for (const [type, properties] of Object.entries(DATA_DRIVEN_PAINT)) {
    const ofType = layers.filter((l) => l.type === type);
    for (const property of Object.keys(properties)) {
      targets.set(`${type}/${property}`, targetBinding(ofType.map((l) => effective(l, property))));
    }
  }
  return layers.map((layer) => {
    const properties = DATA_DRIVEN_PAINT[layer.type];
    if (!properties) return layer;
    const paint: Paint = { ...paintOf(layer) };
    let changed = false;
    for (const property of Object.keys(properties)) {
      const to = targets.get(`${layer.type}/${property}`) ?? 'uniform';
      if (to === 'uniform') continue;
      const value = effective(layer, property);
      const rebound = rebind(value, to);
      if (rebound !== paint[property]) {
        paint[property] = rebound;
        changed = true;
      }
    }
    return changed ? ({ ...layer, paint } as LayerSpecification) : layer;
  });
}
