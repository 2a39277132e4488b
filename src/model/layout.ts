/**
 * The one breakpoint: at this width and below, the side pane stacks under the map and details
 * open as a bottom sheet. CSS reads it as `@media (--narrow)`
 * (vite.config.ts writes the value in), scripts through NARROW_QUERY.
 */
export const NARROW_MAX_PX = 720;
export const NARROW_QUERY = `(max-width: ${NARROW_MAX_PX}px)`;

/** How far the layers panel (open, on a wide screen) reaches over the map from its left edge. */
export const LAYERS_PANEL_PX = 250;
