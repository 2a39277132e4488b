import { MAP_COLORS } from '../model/palette';

/*
 * The image's header and footer: dark text on white, as printed maps are, so these belong to the
 * image alone and stay out of the shared palette. The white round a legend sample is the map's
 * own marker halo and border casing, so a sample in the image looks like what it stands for.
 */
export const OVERLAY_COLORS = {
  text: '#1a1a1a',
  muted: '#444444',
  band: '#ffffff',
  /** The hairline between the map and the bands. */
  boxStroke: 'rgba(0, 0, 0, 0.25)',
  halo: MAP_COLORS.halo,
} as const;
