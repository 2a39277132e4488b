import * as maplibregl from 'maplibre-gl';
import type { Translate } from '../i18n/translate';
import { MAP_ATTRIBUTION } from './attribution';
import { ScaleBar } from './scaleBar';

/** MapLibre's own interface strings (control tooltips, the canvas's accessible name) in our language. */
export function mapUiLocale(t: Translate): Record<string, string> {
  return {
    'Map.Title': t('map.name'),
    'NavigationControl.ZoomIn': t('mapui.zoomIn'),
    'NavigationControl.ZoomOut': t('mapui.zoomOut'),
    'NavigationControl.ResetBearing': t('mapui.resetBearing'),
    'AttributionControl.ToggleAttribution': t('mapui.toggleAttribution'),
  };
}

/* The buttons MapLibre's controls draw, by their documented class names, and the string each shows. */
const BUTTONS: ReadonlyArray<[selector: string, key: string]> = [
  ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
  ['.maplibregl-ctrl-compass', 'NavigationControl.ResetBearing'],
  ['.maplibregl-ctrl-attrib-button', 'AttributionControl.ToggleAttribution'],
];

/**
 * The map's controls, in the interface language. MapLibre takes its string table only when the map
 * is created (the `locale` option, see MapController), so a later change of language re-labels the
 * controls' buttons and the canvas through the DOM, and the scale bar is our own control.
 */
export class MapControls {
  private readonly scale: ScaleBar;
  private readonly controls: maplibregl.IControl[];

  constructor(
    private readonly map: maplibregl.Map,
    t: Translate,
  ) {
    this.scale = new ScaleBar(scaleUnits(t));
    const nav = new maplibregl.NavigationControl({ visualizePitch: false });
    const attribution = new maplibregl.AttributionControl({ customAttribution: MAP_ATTRIBUTION });
    map.addControl(nav, 'top-right');
    map.addControl(this.scale, 'bottom-left');
    map.addControl(attribution, 'bottom-right');
    this.controls = [nav, this.scale, attribution];
  }

  dispose(): void {
    for (const control of this.controls) this.map.removeControl(control);
  }

  setLanguage(t: Translate): void {
    const strings = mapUiLocale(t);
    const title = strings['Map.Title'];
    if (title) this.map.getCanvas().setAttribute('aria-label', title);
    const root = this.map.getContainer();
    for (const [selector, key] of BUTTONS) {
      const text = strings[key];
      if (!text) continue;
      for (const button of root.querySelectorAll(selector)) {
        button.setAttribute('title', text);
        button.setAttribute('aria-label', text);
      }
    }
    this.scale.setUnits(scaleUnits(t));
  }
}

function scaleUnits(t: Translate): { km: string; m: string } {
  return { km: t('mapui.km'), m: t('mapui.m') };
}
