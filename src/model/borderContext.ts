/**
 * Where a point stands relative to the Kyrgyz–Tajik line as mapped before the 13 March 2025
 * treaty: the country whose (pre-treaty) outline holds it and how far the line is. Types only; the
 * geometry is read and measured in data/borderGeometry.ts.
 */
import type { LonLat } from './record';

/** The three countries of the Fergana valley by name; any other outline is 'other', none at all 'none'. */
export const BORDER_SIDES = ['KG', 'TJ', 'UZ', 'other', 'none'] as const;
export type BorderSide = (typeof BORDER_SIDES)[number];

export interface BorderContext {
  side: BorderSide;
  /** Great-circle distance to the nearest point of the KG–TJ line, in kilometres. */
  distanceKm: number;
}

/** One country's outline: its parts (rings of [lon, lat], outer first) and their bounding box. */
export interface CountryOutline {
  iso2: string;
  polygons: LonLat[][][];
  /** [west, south, east, north]: lets most points skip the ring test. */
  bbox: [number, number, number, number];
}

/** The KG–TJ line and the country outlines, validated: what the distance and the side are read from. */
export interface BorderGeometry {
  lines: LonLat[][];
  countries: CountryOutline[];
}

/** The country's side of the border for an ISO 3166-1 alpha-2 code (or none). */
export function sideOf(iso2: string | null): BorderSide {
  if (iso2 === null) return 'none';
  return iso2 === 'KG' || iso2 === 'TJ' || iso2 === 'UZ' ? iso2 : 'other';
}
