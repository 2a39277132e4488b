import type { IControl, Map as MlMap } from 'maplibre-gl';

/** Distances a scale bar may show: 1, 2, 3 or 5 times a power of ten. */
function roundDistance(value: number): number {
  const pow10 = 10 ** Math.floor(Math.log10(value));
  const lead = value / pow10;
  const step = lead >= 5 ? 5 : lead >= 3 ? 3 : lead >= 2 ? 2 : 1;
  return step * pow10;
}

export interface ScaleReading {
  /** Bar length in CSS pixels. */
  width: number;
  /** The distance written on the bar, in `unit`. */
  distance: number;
  unit: 'km' | 'm';
}

/** What a bar at most `maxWidth` px long, spanning `maxMeters` on the ground, should read. */
export function scaleReading(maxMeters: number, maxWidth: number): ScaleReading | null {
  if (!(maxMeters > 0) || !(maxWidth > 0)) return null;
  const unit = maxMeters >= 1000 ? 'km' : 'm';
  const max = unit === 'km' ? maxMeters / 1000 : maxMeters;
  const distance = roundDistance(max);
  return { width: maxWidth * (distance / max), distance, unit };
}

/**
 * MapLibre's scale bar reads its unit names from the map's string table, which can be set only
 * when the map is created. This one is ours, so its units follow the language like every other
 * word on the page; it looks and measures as MapLibre's does (a bar at the centre of the map).
 */
export class ScaleBar implements IControl {
  private map: MlMap | null = null;
  private readonly container = document.createElement('div');
  private units: Record<ScaleReading['unit'], string>;

  constructor(
    units: Record<ScaleReading['unit'], string>,
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

  setUnits(units: Record<ScaleReading['unit'], string>): void {
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
    const label = `${reading.distance}\u00a0${this.units[reading.unit]}`;
    if (this.container.textContent !== label) this.container.textContent = label;
  };
}
