import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import { firstLoadFile } from '../model/geoOverview';
import { whenIdleAfterFirstMap } from './readiness';
import { GEO_SOURCES, type GeoSourceId } from './style/sources';

/**
 * Up to this zoom the overview outlines (model/geoOverview.ts, 400 m) are within a pixel or two of
 * the full ones; a view that opens closer loads the full files from the start, and zooming past it
 * swaps them in at once.
 */
export const OVERVIEW_MAX_ZOOM = 8;

const WITH_OVERVIEW = (Object.entries(GEO_SOURCES) as [GeoSourceId, string][]).filter(([, path]) => firstLoadFile(path) !== path);

/**
 * Replaces each overview source with its full file once the first map is on screen and the browser
 * is idle, or as soon as the view zooms past OVERVIEW_MAX_ZOOM. `<html data-geo-detail="true">`
 * says when the full outlines are drawn (tests that measure outlines wait for it).
 * `fileOf` names the file a source is loading now, for the banner when it fails.
 */
export function loadFullOutlines(
  map: MlMap,
  resolveUrl: (path: string) => string,
  startedFull: boolean,
): { cancel: () => void; fileOf: (id: GeoSourceId) => string } {
  let full = startedFull;
  const swap = () => {
    if (full) return;
    full = true;
    map.off('zoom', onZoom);
    for (const [id, path] of WITH_OVERVIEW) map.getSource<GeoJSONSource>(id)?.setData(resolveUrl(path));
    map.once('idle', () => {
      document.documentElement.dataset.geoDetail = 'true';
    });
  };
  const onZoom = () => {
    if (map.getZoom() > OVERVIEW_MAX_ZOOM) swap();
  };
  let cancelIdle: () => void = () => undefined;
  if (full) document.documentElement.dataset.geoDetail = 'true';
  else {
    map.on('zoom', onZoom);
    cancelIdle = whenIdleAfterFirstMap(swap);
  }
  return {
    cancel: () => {
      cancelIdle();
      map.off('zoom', onZoom);
    },
    fileOf: (id) => (full ? GEO_SOURCES[id] : firstLoadFile(GEO_SOURCES[id])),
  };
}
