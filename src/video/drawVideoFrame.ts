/*
 * Draws one video frame onto the recorder's canvas, following videoLayout: the whole map fitted in its
 * box, the column's words, key samples and scale bar, and this frame's date.
 */
import { drawOverlayMarks, type MapImage } from '../export/composeMapImage';
import { truncate } from '../export/textFit';
import { VIDEO_COLORS, type VideoLayout } from './videoLayout';

export function drawVideoFrame(ctx: CanvasRenderingContext2D, layout: VideoLayout, mapImage: MapImage, dateText: string): void {
  const { map, drawn, source, column } = layout;
  ctx.save();
  ctx.fillStyle = VIDEO_COLORS.band;
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.drawImage(mapImage, source.x, source.y, source.width, source.height, drawn.x, drawn.y, drawn.width, drawn.height);
  // A hairline where the map meets the column, and where it meets the bands left by fitting it whole.
  ctx.fillStyle = VIDEO_COLORS.rule;
  const hair = Math.max(1, Math.round(layout.height / 720));
  ctx.fillRect(column.x, 0, hair, layout.height);
  if (drawn.y - map.y >= 1) {
    ctx.fillRect(drawn.x, drawn.y - hair, drawn.width, hair);
    ctx.fillRect(drawn.x, drawn.y + drawn.height, drawn.width, hair);
  }
  if (drawn.x - map.x >= 1) {
    ctx.fillRect(drawn.x - hair, drawn.y, hair, drawn.height);
    ctx.fillRect(drawn.x + drawn.width, drawn.y, hair, drawn.height);
  }
  drawOverlayMarks(ctx, layout, Math.max(1.5, (2 * layout.height) / 720));
  const d = layout.date;
  ctx.font = d.font.css;
  ctx.fillStyle = VIDEO_COLORS.text;
  ctx.fillText(
    truncate(dateText, d.maxWidth, d.font, (t) => ctx.measureText(t).width),
    d.x,
    d.y,
  );
  ctx.restore();
}
