import { MAP_COLORS } from '../model/palette';

/*
 * Dark text on a translucent white card reads over any part of the map, so these belong to the
 * image overlay alone and stay out of the shared palette. The ring round a legend dot is the map's
 * own marker halo, so a dot in the image looks like the marker it stands for.
 */
export const OVERLAY_COLORS = {
  text: '#1a1a1a',
  muted: '#444444',
  boxFill: 'rgba(255, 255, 255, 0.85)',
  boxStroke: 'rgba(0, 0, 0, 0.18)',
  dotRing: MAP_COLORS.halo,
} as const;
