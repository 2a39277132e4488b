// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parseCsvFile } from '../../../src/import/csvImport';

describe('parseCsvFile', () => {
  it('reads a large file in chunks, reporting rising progress that ends at 1', async () => {
    const row = '2021-04-29,39.85,70.58,Battles,3,"A note, quoted",AKIpress\n';
    const text = `event_date,latitude,longitude,event_type,fatalities,notes,source\n${row.repeat(60_000)}`;
    const shares: number[] = [];
    const table = await parseCsvFile(new File([text], 'big.csv'), (s) => shares.push(s));
    expect(table.headers[0]).toBe('event_date');
    expect(table.rows.filter((r) => r.length > 1)).toHaveLength(60_000);
    expect(shares.length).toBeGreaterThan(2);
    expect(shares.at(-1)).toBe(1);
    expect([...shares].sort((a, b) => a - b)).toEqual(shares);
  });
});
