import type { IControl, Map as MlMap } from 'maplibre-gl';
import { type ScaleUnits, scaleLabel, scaleReading } from '../model/scaleReading';

/**
 * MapLibre's scale bar reads its unit names from the map's string table, which can be set only
 * when the map is created. This one is ours, so its units follow the language like every other
 * word on the page; it looks and measures as MapLibre's does (a bar at the centre of the map).
 */
export class ScaleBar implements IControl {
  private map: MlMap | null = null;
  private readonly container = document.createElement('div');
  private units: ScaleUnits;

  constructor(
    units: ScaleUnits,
    private readonly maxWidth = 100,
  ) {
    this.units = units;
    this.container.className = 'maplibregl-ctrl maplibregl-ctrl-scale';
  }

  onAdd(map: MlMap): HTMLElement {
    this.map = map;
    map.on('move', this.update);
    this.update();
    return this.container;
  }

  onRemove(): void {
    this.map?.off('move', this.update);
    this.map = null;
    this.container.remove();
  }

  setUnits(units: ScaleUnits): void {
    this.units = units;
    this.update();
  }

  private readonly update = (): void => {
    const map = this.map;
    if (!map) return;
    const { clientWidth: w, clientHeight: h } = map.getContainer();
    const left = map.unproject([w / 2 - this.maxWidth / 2, h / 2]);
    const right = map.unproject([w / 2 + this.maxWidth / 2, h / 2]);
    const reading = scaleReading(left.distanceTo(right), Math.min(this.maxWidth, w));
    if (!reading) return;
    this.container.style.width = `${reading.width}px`;
    const label = scaleLabel(reading, this.units);
    if (this.container.textContent !== label) this.container.textContent = label;
  };
}
