import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fileEdges,
  findCycles,
  type ImportGraph,
  layerBreaches,
  moduleEdges,
  readImportGraph,
  specifiersOf,
} from '../../helpers/importGraph';

/**
 * The layers of src/, bottom first (docs/ARCHITECTURE.md draws the same picture). A module may
 * import from its own layer or any layer below, never from above; no exceptions list.
 */
const LAYERS = [
  // Domain types, tables and arithmetic; imports nothing of the app.
  ['model'],
  // Validated data in; interface text, dates and numbers; browser queries.
  ['data', 'i18n', 'platform'],
  // The store and its selectors; pure exporters (CSV, GeoJSON, the PNG overlay).
  ['state', 'export'],
  // Shared React pieces every feature uses.
  ['components', 'language'],
  // Features, and the one map controller.
  [
    'map',
    'timeline',
    'events',
    'details',
    'filters',
    'layers',
    'share',
    'import',
    'about',
    'stories',
    'embed',
    'cite',
    'print',
    'video',
  ],
  // The app shell: App.tsx, main.tsx.
  ['.'],
] as const;

const graph = readImportGraph(join(__dirname, '../../../src'));

describe('import direction', () => {
  it('reads the whole tree', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('map/MapController.ts')?.map((e) => e.target)).toContain('map/mapAdapter.ts');
  });

  it('has every import pointing down the layers: model → data → state → features and map → App', () => {
    expect(layerBreaches(graph, LAYERS)).toEqual([]);
  });

  it('has no import circle between files', () => {
    expect(findCycles(fileEdges(graph)).map((c) => c.join(' → '))).toEqual([]);
  });

  it('has no circle between modules either (features may use each other, but not both ways)', () => {
    expect(findCycles(moduleEdges(graph)).map((c) => c.join(' → '))).toEqual([]);
  });

  it('keeps the model free of the app and of libraries that run (types only)', () => {
    const outside = [...graph]
      .filter(([file]) => file.startsWith('model/'))
      .flatMap(([file, edges]) => edges.filter((e) => !e.target.startsWith('model/')).map((e) => `${file} → ${e.target}`));
    expect(outside).toEqual([]);
  });
});

describe('the checks can fail', () => {
  const fake: ImportGraph = new Map([
    ['state/store.ts', [{ target: 'map/layerIds.ts', specifier: '../map/layerIds' }]],
    ['map/layerIds.ts', [{ target: 'state/store.ts', specifier: '../state/store' }]],
    ['model/a.ts', [{ target: 'model/b.ts', specifier: './b' }]],
    ['model/b.ts', [{ target: 'model/a.ts', specifier: './a' }]],
    ['widgets/w.ts', []],
  ]);

  it('names an upward import and a folder in no layer', () => {
    expect(layerBreaches(fake, LAYERS)).toEqual([
      "state/store.ts imports '../map/layerIds': state (layer 2) must not depend on map (layer 4)",
      "widgets/w.ts: its folder 'widgets' is in no layer; add it to the layer table",
    ]);
  });

  it('names each circle, between files and between modules', () => {
    expect(findCycles(fileEdges(fake)).map((c) => c.join(' → '))).toEqual([
      'map/layerIds.ts → state/store.ts → map/layerIds.ts',
      'model/a.ts → model/b.ts → model/a.ts',
    ]);
    expect(findCycles(moduleEdges(fake)).map((c) => c.join(' → '))).toEqual(['map → state → map']);
  });

  it('sees every way a file can name another', () => {
    const code = [
      "import a from './a';",
      "import type { B } from './b';",
      "export { c } from './c';",
      "export * from './d';",
      "const e = () => import('./e');",
      "new Worker(new URL('./f.worker.ts', import.meta.url));",
    ].join('\n');
    expect(specifiersOf('x.ts', code)).toEqual(['./a', './b', './c', './d', './e', './f.worker.ts']);
  });
});
