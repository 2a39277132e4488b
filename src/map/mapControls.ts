import * as maplibregl from 'maplibre-gl';
import type { Translate } from '../i18n/translate';
import { NARROW_QUERY } from '../model/layout';
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
    'CooperativeGesturesHandler.WindowsHelpText': t('mapui.coopWindows'),
    'CooperativeGesturesHandler.MacHelpText': t('mapui.coopMac'),
    'CooperativeGesturesHandler.MobileHelpText': t('mapui.coopMobile'),
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
  private attribution: maplibregl.AttributionControl;
  private t: Translate;
  private readonly narrow = typeof window.matchMedia === 'function' ? window.matchMedia(NARROW_QUERY) : null;

  constructor(
    private readonly map: maplibregl.Map,
    t: Translate,
    { navigation = true }: { navigation?: boolean } = {},
  ) {
    this.t = t;
    this.scale = new ScaleBar(scaleUnits(t));
    this.controls = [];
    // Zoom buttons on a map that cannot move (a still embed) would be controls that do nothing.
    if (navigation) {
      const nav = new maplibregl.NavigationControl({ visualizePitch: false });
      map.addControl(nav, 'top-right');
      this.controls.push(nav);
    }
    map.addControl(this.scale, 'bottom-left');
    this.controls.push(this.scale);
    this.attribution = this.addAttribution();
    this.narrow?.addEventListener('change', this.onWidthChange);
  }

  /**
   * The credits: spelled out on a wide screen; on a phone folded into MapLibre's (i) button, and
   * folded from the start (MapLibre opens them until the first drag), so they cover neither the
   * map nor the scale bar.
   */
  private addAttribution(): maplibregl.AttributionControl {
    const compact = this.narrow?.matches ?? false;
    const attribution = new maplibregl.AttributionControl({ customAttribution: MAP_ATTRIBUTION, compact });
    this.map.addControl(attribution, 'bottom-right');
    if (compact) {
      const details = this.map.getContainer().querySelector('.maplibregl-ctrl-attrib');
      details?.classList.remove('maplibregl-compact-show');
      details?.removeAttribute('open');
    }
    return attribution;
  }

  private readonly onWidthChange = (): void => {
    this.map.removeControl(this.attribution);
    this.attribution = this.addAttribution();
    this.setLanguage(this.t);
  };

  dispose(): void {
    this.narrow?.removeEventListener('change', this.onWidthChange);
    for (const control of [...this.controls, this.attribution]) this.map.removeControl(control);
  }

  setLanguage(t: Translate): void {
    this.t = t;
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
