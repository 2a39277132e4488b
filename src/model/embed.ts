/**
 * Embedding the map in another page (an article, a report): the page's mode, and the one message
 * the embedded page sends its host. The message is public API — a newsroom's page listens for it to
 * size the frame — so its shape is fixed here and documented in docs/EMBED.md.
 */

/** How the page is shown: the full app, an embed with its slider and details, or a still, non-interactive embed. */
export type EmbedMode = 'off' | 'interactive' | 'static';

/** The `type` of the height message; namespaced so a host page with other frames can tell it apart. */
export const HEIGHT_MESSAGE_TYPE = 'kg-tj-border-map:height';

/** What the embedded page posts to its parent whenever its content's height changes. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  /** The content's height in CSS pixels, rounded up: the frame's height that needs no inner scrollbar. */
  height: number;
}

/** A height worth sending: the frame is never asked to be taller than this (a runaway layout stays contained). */
export const MAX_EMBED_HEIGHT = 10_000;

export function heightMessage(height: number): HeightMessage | null {
  if (!Number.isFinite(height) || height <= 0) return null;
  return { type: HEIGHT_MESSAGE_TYPE, height: Math.min(MAX_EMBED_HEIGHT, Math.ceil(height)) };
}

/** Whether a message event's data is a height message (what a host page checks before resizing). */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return (
    d.type === HEIGHT_MESSAGE_TYPE &&
    typeof d.height === 'number' &&
    Number.isFinite(d.height) &&
    d.height > 0 &&
    d.height <= MAX_EMBED_HEIGHT
  );
}

/** The widths the Embed dialog offers: `null` is "the article's full width" (100%). */
export const EMBED_WIDTHS = [null, 640, 800] as const;
export type EmbedWidth = (typeof EMBED_WIDTHS)[number];
/** Starting heights; with the resize lines the frame then follows the content. */
export const EMBED_HEIGHTS = [480, 600, 720] as const;
export type EmbedHeight = (typeof EMBED_HEIGHTS)[number];
