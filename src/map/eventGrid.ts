import type { FeatureCollection, Point } from 'geojson';
import type { TimedEvent } from '../model/timedEvent';

/** Cell size in degrees: about 8–11 km here, a readable disc at the zooms the grid is drawn at. */
export const GRID_CELL_DEGREES = 0.1;

export interface GridCellProps {
  cell: number;
  count: number;
}

/** Which bin an event falls in: a key shared by the events of one bin, and where the bin is drawn. */
export type Binning = (location: readonly [number, number]) => { key: string; center: [number, number] };

/** Grid cells of GRID_CELL_DEGREES, drawn at their centres: counts per area for large records. */
export const gridCells: Binning = ([lon, lat]) => {
  const cx = Math.floor(lon / GRID_CELL_DEGREES);
  const cy = Math.floor(lat / GRID_CELL_DEGREES);
  return { key: `${cx}:${cy}`, center: [(cx + 0.5) * GRID_CELL_DEGREES, (cy + 0.5) * GRID_CELL_DEGREES] };
};

/** One bin per exact pin: events drawn on top of one another, whose markers hide each other. */
export const samePin: Binning = ([lon, lat]) => ({ key: `${lon}:${lat}`, center: [lon, lat] });

/**
 * Counts of shown events per bin. The bin of each event is worked out once per record; a slider
 * step only sums the shown flags, so the counts always match exactly what the date and the filters
 * show. The bins are sent to the map once; the adapter writes changed counts as feature-state
 * (disc size, at once) and refreshes the number labels, which are layout and cannot read
 * feature-state, when the slider rests. Two uses: the grid of counts that stands in for the markers
 * of a large record zoomed out, and the badges on pins several events share.
 */
export class EventGrid {
  private binOf = new Int32Array(0);
  private centers: Array<[number, number]> = [];
  private sizes = new Uint32Array(0);
  private totals = new Uint32Array(0);

  /** `minEvents`: bins holding fewer events of the record are never drawn (a lone pin needs no badge). */
  constructor(
    private readonly binning: Binning = gridCells,
    private readonly minEvents = 1,
  ) {}

  reset(events: readonly TimedEvent[]): void {
    const index = new Map<string, number>();
    this.centers = [];
    this.binOf = new Int32Array(events.length);
    const sizes: number[] = [];
    events.forEach((e, i) => {
      const { key, center } = this.binning(e.location);
      let bin = index.get(key);
      if (bin === undefined) {
        bin = this.centers.length;
        index.set(key, bin);
        this.centers.push(center);
        sizes.push(0);
      }
      sizes[bin] = (sizes[bin] ?? 0) + 1;
      this.binOf[i] = bin;
    });
    this.sizes = Uint32Array.from(sizes);
    this.totals = new Uint32Array(this.centers.length);
  }

  /**
   * Recounts from `shown[i]` (non-zero for each event the map shows now, in record order) and
   * returns the drawn bins whose count changed.
   */
  update(shown: Readonly<ArrayLike<number>>): Array<{ cell: number; count: number }> {
    const totals = new Uint32Array(this.centers.length);
    for (let i = 0; i < this.binOf.length; i++) {
      if (!shown[i]) continue;
      const bin = this.binOf[i] as number;
      totals[bin] = (totals[bin] ?? 0) + 1;
    }
    const changes: Array<{ cell: number; count: number }> = [];
    totals.forEach((count, cell) => {
      if (count !== this.totals[cell] && this.drawn(cell)) changes.push({ cell, count });
    });
    this.totals = totals;
    return changes;
  }

  private drawn(cell: number): boolean {
    return (this.sizes[cell] ?? 0) >= this.minEvents;
  }

  /** Every drawn bin with its current count: the data the count labels are drawn from. */
  collection(): FeatureCollection<Point, GridCellProps> {
    const features: FeatureCollection<Point, GridCellProps>['features'] = [];
    this.centers.forEach((center, cell) => {
      if (!this.drawn(cell)) return;
      features.push({
        type: 'Feature',
        id: cell,
        geometry: { type: 'Point', coordinates: center },
        properties: { cell, count: this.totals[cell] ?? 0 },
      });
    });
    return { type: 'FeatureCollection', features };
  }
}
