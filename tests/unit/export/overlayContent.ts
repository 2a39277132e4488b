import { attributionText } from '../../../src/export/attributionText';
import type { OverlayContent } from '../../../src/export/overlayTypes';
import { MAP_ATTRIBUTION } from '../../../src/map/attribution';
import { CATEGORY_COLORS } from '../../../src/model/palette';

/** The overlay as the app fills it in, shared by the layout and drawing tests. */
export const content: OverlayContent = {
  title: 'Kyrgyzstan–Tajikistan border',
  dateText: '14 September 2022',
  attribution: MAP_ATTRIBUTION.map(attributionText),
  legend: Object.entries(CATEGORY_COLORS).map(([label, color]) => ({ label: `${label} events`, color })),
};
