/*
 * What the map draws, as a key: one list read by the on-screen legend and by the PNG's legend, so
 * the two can never disagree. Each entry's label is the message `legend.<id>` (checked by a test);
 * its swatch says how to draw it, with the same colours the style uses.
 */
import type { LayerGroup } from './layerGroup';
import { ENCLAVE_COLORS, ENCLAVE_OWNERS, MAP_COLORS, STATUS_COLORS } from './palette';

/** How an entry's sample is drawn: a filled area, a line (solid or dashed), a ring, a disc or a star. */
export type KeySwatch = 'area' | 'line' | 'dashed' | 'ring' | 'disc' | 'star';

export interface MapKeyItem {
  /** Message `legend.<id>` names it. */
  id: string;
  swatch: KeySwatch;
  /** Fill (area, disc, star) or stroke (line, dashed, ring). */
  color: string;
  /** An area's outline, when it has one. */
  outline?: string;
  /** Hidden with this layer group (then left out of the key too). */
  group?: LayerGroup;
}

/** The enclaves, one entry per country that holds some, each in that country's look. */
const enclaveItems = ENCLAVE_OWNERS.map(
  (owner): MapKeyItem => ({
    id: `enclave.${owner.toLowerCase()}`,
    swatch: 'area',
    color: ENCLAVE_COLORS[owner].fill,
    outline: ENCLAVE_COLORS[owner].line,
    group: 'enclaves',
  }),
);

export const MAP_KEY_ITEMS: readonly MapKeyItem[] = [
  { id: 'batken', swatch: 'area', color: MAP_COLORS.batkenArea, outline: MAP_COLORS.batken, group: 'batken' },
  { id: 'sughd', swatch: 'area', color: MAP_COLORS.sughdArea, outline: MAP_COLORS.sughd, group: 'sughd' },
  // The three countries' own fills, so the colours say which country is which before any name shows.
  ...(['kg', 'tj', 'uz'] as const).map(
    (c): MapKeyItem => ({ id: `country.${c}`, swatch: 'area', color: MAP_COLORS[c], outline: MAP_COLORS.countryLine }),
  ),
  ...enclaveItems,
  { id: 'countryBorder', swatch: 'line', color: MAP_COLORS.countryLine },
  { id: 'border', swatch: 'line', color: MAP_COLORS.border },
  { id: 'river', swatch: 'line', color: MAP_COLORS.river },
  { id: 'capital', swatch: 'star', color: MAP_COLORS.town, group: 'towns' },
  { id: 'town', swatch: 'disc', color: MAP_COLORS.town, group: 'towns' },
  { id: 'recordPlace', swatch: 'ring', color: MAP_COLORS.recordPlace, group: 'towns' },
  { id: 'checkpoint.open', swatch: 'ring', color: STATUS_COLORS.open, group: 'checkpoints' },
  { id: 'checkpoint.restricted', swatch: 'ring', color: STATUS_COLORS.restricted, group: 'checkpoints' },
  { id: 'checkpoint.closed', swatch: 'ring', color: STATUS_COLORS.closed, group: 'checkpoints' },
  { id: 'checkpoint.unknown', swatch: 'ring', color: STATUS_COLORS.unknown, group: 'checkpoints' },
  { id: 'trijunction', swatch: 'ring', color: MAP_COLORS.trijunction, group: 'trijunction' },
];
