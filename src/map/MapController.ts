import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { StoreApi } from 'zustand/vanilla';
import type { OverlayContent } from '../export/overlayTypes';
import { translate } from '../i18n/translate';
import { isLayerGroup } from '../model/layerGroup';
import { LAYERS_PANEL_PX, NARROW_MAX_PX } from '../model/layout';
import { metersPerPixel } from '../model/scaleReading';
import { coveredMapBottom } from '../model/sheetSnap';
import { prefersReducedMotion } from '../platform/media';
import type { AppStore, MapViewState } from '../state/appState';
import { connectStore } from './connectStore';
import { EDGE_INSET } from './edgePointers';
import { holdFirstPaint } from './firstPaint';
import { loadFullOutlines, OVERVIEW_MAX_ZOOM } from './geoDetail';
import { fromGlyphScheme, GLYPH_SCHEME, glyphBytes, preloadGlyphs, viaGlyphScheme } from './glyphs';
import { hoverPopup } from './hoverPopup';
import { BORDER_AREA_BOUNDS, MAX_BOUNDS } from './initialView';
import { bindInteractions, reportView } from './interactions';
import { MapAdapter } from './mapAdapter';
import { MapControls, mapUiLocale } from './mapControls';
import { provideImages } from './mapImages';
import { bindMarkerKeys } from './markerKeys';
import { type ComposeMapImage, copyMapNow, snapshotMap } from './printSnapshot';
import { signalWhenReady } from './readiness';
import { buildStyle } from './style/buildStyle';
import { indexLayers } from './style/layerTags';
import { isGeoSource } from './style/sources';

// The bundled app cannot locate MapLibre's worker by itself.
maplibregl.setWorkerUrl(workerUrl);
// Start the workers and fetch the first labels' glyphs now, while React renders and the record
// loads: both otherwise begin only after the map is created, on the critical path to the first draw.
maplibregl.prewarm();
maplibregl.addProtocol(GLYPH_SCHEME, async (params) => {
  const url = fromGlyphScheme(params.url);
  if (url === null) throw new Error(`not a glyph range URL: ${params.url}`);
  return { data: await glyphBytes(url) };
});
preloadGlyphs(resolveUrl);

declare global {
  interface Window {
    /** The lines of text of the last PNG made, for the browser tests (strings only). */
    __lastPngText?: string[];
  }
}

function resolveUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

/**
 * Keeps the framed area clear of the map's controls on wide screens, and of the layers panel over
 * the map's left edge while it is unfolded (folded, it is a small button in the corner).
 */
function framePadding(width: number, layersOpen: boolean) {
  return width > NARROW_MAX_PX ? { top: 10, bottom: 10, right: 50, left: layersOpen ? LAYERS_PANEL_PX : 10 } : 10;
}

/**
 * For "Zoom to" and the like: also clear of the pointers along the edges (edgePointers.ts), so
 * nothing framed lies under one, and with a margin of context around what is framed.
 */
function fitPadding(width: number, layersOpen: boolean) {
  const frame = framePadding(width, layersOpen);
  const base = typeof frame === 'number' ? { top: frame, bottom: frame, right: frame, left: frame } : frame;
  // A pointer is about 30 px tall; 20 px more on the sides is the margin of context.
  return {
    top: base.top + EDGE_INSET.top + 30,
    bottom: base.bottom + EDGE_INSET.bottom + 30,
    right: base.right + 20,
    left: base.left + 20,
  };
}

/**
 * The one owner of the MapLibre map: it creates it, connects it to the store through the adapter,
 * wires clicks and controls, and answers the few one-off requests views make (a PNG). Views reach
 * it only through MapContext; nothing else imports maplibre-gl.
 */
export class MapController {
  private readonly map: maplibregl.Map;
  private readonly controls: MapControls;
  private readonly cleanups: Array<() => void> = [];
  private readonly adapter: MapAdapter;

  /** Throws when the map cannot be created (no WebGL): the caller shows a message instead. */
  constructor(container: HTMLElement, store: StoreApi<AppStore>, initialView: MapViewState | null) {
    const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
      translate(store.getState().lang, key, params);
    // A view that opens wide starts from the overview outlines; a closer one needs the full ones at
    // once, and so does a link still being applied (a story's step, often close in): fetching both
    // would only delay its first picture.
    const overview = (initialView?.zoom ?? 0) <= OVERVIEW_MAX_ZOOM && !store.getState().linkPending;
    const style = buildStyle({
      resolveUrl,
      glyphUrl: viaGlyphScheme,
      lang: store.getState().lang,
      overview,
    });
    const layers = indexLayers(style.layers);
    // A still embed (`static=1`) is a picture of the view: nothing on it answers a pointer or a key.
    const still = store.getState().embed === 'static';
    this.map = new maplibregl.Map({
      interactive: !still,
      // Inside an article the page scrolls under the reader's wheel and finger: the map zooms with
      // Ctrl (⌘) + wheel and pans with two fingers, and says so when tried otherwise.
      cooperativeGestures: store.getState().embed === 'interactive',
      container,
      style,
      ...(initialView
        ? { center: [initialView.lon, initialView.lat] as [number, number], zoom: initialView.zoom }
        : {
            bounds: BORDER_AREA_BOUNDS,
            fitBoundsOptions: { padding: framePadding(container.clientWidth, store.getState().layersOpen) },
          }),
      maxBounds: MAX_BOUNDS,
      // The style is data built by buildStyle, checked against the style spec by its unit tests in
      // every language; validating it again at each cold load cost about 60 ms of main thread.
      validateStyle: false,
      attributionControl: false,
      // Labels appear at once instead of fading: a fade is ~20 redraws of the whole map per change,
      // which on software rendering makes every slider step (and the counts layer) visibly lag.
      fadeDuration: 0,
      locale: mapUiLocale(t),
    });
    const map = this.map;
    this.controls = new MapControls(map, t, { navigation: !still });
    window.__borderMap = map;
    const outlines = loadFullOutlines(map, resolveUrl, !overview);
    this.cleanups.push(outlines.cancel);

    // A geo file that is missing or broken costs its layer, not the map: name it in a banner.
    const onError = (e: { error?: { message?: string }; sourceId?: string }) => {
      const id = e.sourceId;
      if (!id || !isGeoSource(id)) return;
      const params = { file: outlines.fileOf(id), reason: e.error?.message ?? 'unknown error' };
      store
        .getState()
        .notify(
          isLayerGroup(id)
            ? { key: 'error.geoFile', params, paramKeys: { layer: `layers.${id}` } }
            : { key: 'error.geoFile', params: { ...params, layer: id } },
        );
    };
    map.on('error', onError);
    this.cleanups.push(() => map.off('error', onError));

    if (!still) {
      this.cleanups.push(bindInteractions(map, layers, () => store.getState()));
      this.cleanups.push(bindMarkerKeys(map, () => store.getState(), prefersReducedMotion()));
    } else {
      this.cleanups.push(reportView(map, () => store.getState()));
    }
    this.cleanups.push(provideImages(map));
    const hover = hoverPopup(map);
    this.cleanups.push(() => hover.remove());
    const adapter = new MapAdapter(
      map,
      layers,
      prefersReducedMotion(),
      () => fitPadding(container.clientWidth, store.getState().layersOpen),
      hover,
      () => !firstPaint.held(),
    );
    this.adapter = adapter;
    let disconnect: (() => void) | undefined;
    // The sources exist once the style is parsed: connecting then sends the events to the worker
    // alongside the first basemap tiles instead of after them ('load' waits for those tiles).
    map.once('style.load', () => {
      disconnect = connectStore(store, adapter, (inset) =>
        coveredMapBottom(container.getBoundingClientRect(), window.innerHeight, inset),
      );
    });
    // Ready means drawn with the event record applied (or its failure reported) and the page's link
    // applied (a story link's step), not just the basemap.
    const appReady = () => {
      const s = store.getState();
      return disconnect !== undefined && (s.data !== null || s.loadError !== null) && !s.linkPending;
    };
    // The first frame painted is the whole map, not the first of a dozen partial ones.
    const firstPaint = holdFirstPaint(map, appReady);
    const stopSignal = signalWhenReady(map, appReady);
    this.cleanups.push(
      firstPaint.release,
      stopSignal,
      () => disconnect?.(),
      () => adapter.dispose(),
    );
  }

  /** Control tooltips, the canvas's name and the scale's units in the interface language. */
  setInterfaceLanguage(t: Parameters<MapControls['setLanguage']>[0]): void {
    this.controls.setLanguage(t);
  }

  /**
   * Resolves once the camera has stopped and the map is drawn (a story's Play waits for it before
   * it starts a step's reading time), or after `timeoutMs` in case the map never settles.
   */
  whenSettled(timeoutMs = 5000): Promise<void> {
    const map = this.map;
    return new Promise((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      function done() {
        clearTimeout(timer);
        map.off('idle', done);
        resolve();
      }
      if (!map.isMoving() && map.loaded()) setTimeout(done, 0);
      else map.on('idle', done);
    });
  }

  /** Points the canvas's accessible description at the element that explains its keys. */
  describeCanvas(elementId: string): void {
    this.map.getCanvas().setAttribute('aria-describedby', elementId);
  }

  /**
   * The map as a publishable PNG: redrawn at least 1600 px wide (see captureSharpMap), with the
   * overlay (title, date, selected event, caveat, legend, scale, credits) burned in.
   */
  async capturePng(content: OverlayContent): Promise<Blob> {
    // The overlay text is drawn with the app's font; make sure it is loaded, or the fallback is used.
    await document.fonts?.load('16px "Noto Sans"').catch(() => undefined);
    // Loaded on first use: the image code is not needed to show the map.
    const [{ captureSharpMap }, { canvasToPngBlob, composeMapImage }] = await Promise.all([
      import('./captureMap'),
      import('../export/composeMapImage'),
    ]);
    const { canvas, pixelRatio } = await captureSharpMap(this.map);
    const center = this.map.getCenter();
    const image = composeMapImage(canvas, {
      ...content,
      pixelRatio,
      metersPerPixel: metersPerPixel(center.lat, this.map.getZoom()),
    });
    // Only the words, for the browser tests to read what the image says.
    window.__lastPngText = image.texts;
    return canvasToPngBlob(image.canvas);
  }

  /** The map with its overlay, composed in this task: the browser's own print cannot wait (printSnapshot.ts). */
  snapshotNow(content: OverlayContent, compose: ComposeMapImage): HTMLCanvasElement {
    return snapshotMap(this.map, content, compose);
  }

  /** The map alone as a picture, within the calling task (an embed's print: see map/printSnapshot.ts). */
  copyNow(): HTMLCanvasElement {
    return copyMapNow(this.map).canvas;
  }

  /**
   * Frames for the video recorder: the map drawn sharp enough to fill a `box` of frame pixels, one
   * copy per call once drawn; `release` puts the pixel ratio back (see map/videoFrames.ts).
   */
  async videoFrames(box: { width: number; height: number }): Promise<import('./videoFrames').MapFrameSource> {
    // Loaded on first use, like the PNG code: recording is rare.
    const { mapFrameSource } = await import('./videoFrames');
    return mapFrameSource(this.map, box, () => this.adapter.settleLabels());
  }

  dispose(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.controls.dispose();
    if (window.__borderMap === this.map) delete window.__borderMap;
    this.map.remove();
  }
}
