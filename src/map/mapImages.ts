import type { Map as MlMap } from 'maplibre-gl';
import { MAP_COLORS } from '../model/palette';
import { CAPITAL_ICON } from './style/places';

/** Device pixels per CSS pixel the images are drawn at, so they stay sharp on dense screens. */
const PIXEL_RATIO = 2;
/** The star's size in CSS pixels. */
const STAR_PX = 15;

/** The points of a five-pointed star of outer radius `r` around (`c`, `c`), the first pointing up. */
function starPoints(c: number, r: number): [number, number][] {
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return [c + radius * Math.cos(angle), c + radius * Math.sin(angle)];
  });
}

/** A national capital's star: town ink with a white rim, like the town dots. Null where canvases cannot draw. */
function drawCapitalStar(): ImageData | null {
  const size = STAR_PX * PIXEL_RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.beginPath();
  for (const [x, y] of starPoints(size / 2, size / 2 - PIXEL_RATIO)) ctx.lineTo(x, y);
  ctx.closePath();
  ctx.lineJoin = 'round';
  ctx.lineWidth = 1.5 * PIXEL_RATIO;
  ctx.strokeStyle = MAP_COLORS.halo;
  ctx.stroke();
  ctx.fillStyle = MAP_COLORS.town;
  ctx.fill();
  return ctx.getImageData(0, 0, size, size);
}

const DRAWERS: Record<string, () => ImageData | null> = { [CAPITAL_ICON]: drawCapitalStar };

/**
 * Supplies the style's images when MapLibre first asks for them: the style has no sprite (nothing
 * is fetched), so the few symbols it needs are drawn here, on a canvas, once. Returns the unbinding.
 */
export function provideImages(map: Pick<MlMap, 'on' | 'off' | 'hasImage' | 'addImage'>): () => void {
  const onMissing = (e: { id: string }) => {
    const draw = DRAWERS[e.id];
    if (!draw || map.hasImage(e.id)) return;
    const image = draw();
    if (image) map.addImage(e.id, image, { pixelRatio: PIXEL_RATIO });
  };
  map.on('styleimagemissing', onMissing);
  return () => map.off('styleimagemissing', onMissing);
}
