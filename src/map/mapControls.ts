import * as maplibregl from 'maplibre-gl';
import type { Translate } from '../i18n/useT';
import { MAP_ATTRIBUTION } from './attribution';

/** MapLibre's own interface strings (control tooltips, the canvas's accessible name) in our language. */
export function mapUiLocale(t: Translate): Record<string, string> {
  return {
    'Map.Title': t('map.name'),
    'NavigationControl.ZoomIn': t('mapui.zoomIn'),
    'NavigationControl.ZoomOut': t('mapui.zoomOut'),
    'NavigationControl.ResetBearing': t('mapui.resetBearing'),
    'AttributionControl.ToggleAttribution': t('mapui.toggleAttribution'),
    'ScaleControl.Kilometers': t('mapui.km'),
    'ScaleControl.Meters': t('mapui.m'),
  };
}

/**
 * The map's controls. MapLibre reads its UI strings when a control is added, so a change of
 * language replaces them (after updating the map's string table) instead of rebuilding the map.
 */
export class MapControls {
  private controls: maplibregl.IControl[] = [];

  constructor(private readonly map: maplibregl.Map) {}

  setLocale(locale: Record<string, string>): void {
    // `_locale` is the table MapLibre fills from the `locale` option; it is typed in the public d.ts.
    this.map._locale = { ...this.map._locale, ...locale };
    const title = locale['Map.Title'];
    if (title) this.map.getCanvas().setAttribute('aria-label', title);
    for (const c of this.controls) this.map.removeControl(c);
    const nav = new maplibregl.NavigationControl({ visualizePitch: false });
    const scale = new maplibregl.ScaleControl({ unit: 'metric' });
    const attribution = new maplibregl.AttributionControl({ customAttribution: MAP_ATTRIBUTION });
    this.map.addControl(nav, 'top-right');
    this.map.addControl(scale, 'bottom-left');
    this.map.addControl(attribution, 'bottom-right');
    this.controls = [nav, scale, attribution];
  }
}
