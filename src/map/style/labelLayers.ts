import type { LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../../model/languages';
import { MAP_COLORS } from '../../model/palette';
import { labelText } from '../labelText';
import { FONT_BOLD, FONT_REGULAR } from './fontFaces';
import { tagged } from './layerTags';

/** Names, drawn last so no area or marker covers them; their text follows the language. */
export function labelLayers(lang: Lang): LayerSpecification[] {
  const name = labelText(lang);
  const halo = { 'text-halo-color': MAP_COLORS.halo, 'text-halo-width': 1.6, 'text-halo-blur': 0.4 };
  return [
    tagged(
      { group: 'batken', nameLabel: true },
      {
        id: 'batken-label',
        type: 'symbol',
        source: 'batken',
        maxzoom: 9,
        layout: {
          'text-field': name,
          'text-font': [FONT_BOLD],
          'text-size': 13,
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.12,
        },
        paint: { 'text-color': '#8a5a12', ...halo },
      },
    ),
    tagged(
      { group: 'sughd', nameLabel: true },
      {
        id: 'sughd-label',
        type: 'symbol',
        source: 'sughd',
        maxzoom: 9,
        layout: {
          'text-field': name,
          'text-font': [FONT_BOLD],
          'text-size': 13,
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.12,
        },
        paint: { 'text-color': '#2f6b3b', ...halo },
      },
    ),
    tagged(
      { group: 'enclaves', nameLabel: true },
      {
        id: 'enclaves-label',
        type: 'symbol',
        source: 'enclaves',
        minzoom: 8,
        layout: {
          'text-field': name,
          'text-font': [FONT_REGULAR],
          'text-size': 11,
          'text-offset': [0, 1.1],
          'text-optional': true,
        },
        paint: { 'text-color': MAP_COLORS.enclave, ...halo },
      },
    ),
    tagged(
      { group: 'towns', nameLabel: true },
      {
        id: 'towns-label',
        type: 'symbol',
        source: 'towns',
        layout: {
          'text-field': name,
          'text-font': [FONT_REGULAR],
          'text-size': ['interpolate', ['linear'], ['zoom'], 7, 11, 11, 14],
          'text-anchor': 'top',
          'text-offset': [0, 0.5],
          'symbol-sort-key': ['coalesce', ['get', 'rank'], 10],
        },
        paint: { 'text-color': MAP_COLORS.town, ...halo },
      },
    ),
    tagged(
      { group: 'checkpoints', nameLabel: true },
      {
        id: 'checkpoints-label',
        type: 'symbol',
        source: 'checkpoints',
        minzoom: 9,
        layout: {
          'text-field': name,
          'text-font': [FONT_REGULAR],
          'text-size': 11,
          'text-anchor': 'left',
          'text-offset': [1, 0],
        },
        paint: { 'text-color': '#333333', ...halo },
      },
    ),
    tagged(
      { group: 'trijunction', nameLabel: true },
      {
        id: 'trijunction-label',
        type: 'symbol',
        source: 'trijunction',
        layout: {
          'text-field': name,
          'text-font': [FONT_BOLD],
          'text-size': 11,
          'text-anchor': 'bottom',
          'text-offset': [0, -1],
        },
        paint: { 'text-color': MAP_COLORS.trijunction, ...halo },
      },
    ),
  ];
}
