import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/export/download';

describe('exportFileName', () => {
  it('names data files after the events and the day', () => {
    expect(exportFileName('csv', '2022-09-14')).toBe('kg-tj-border-events-2022-09-14.csv');
    expect(exportFileName('geojson', '2022-09-14')).toBe('kg-tj-border-events-2022-09-14.geojson');
  });

  it('names the image after the map', () => {
    expect(exportFileName('png', '2025-03-13')).toBe('kg-tj-border-map-2025-03-13.png');
  });

  it('leaves out a day that is not a real YYYY-MM-DD instead of putting it in a file name', () => {
    expect(exportFileName('csv', '2021-02-30')).toBe('kg-tj-border-events.csv');
    expect(exportFileName('png', '../../etc/passwd')).toBe('kg-tj-border-map.png');
  });
});
