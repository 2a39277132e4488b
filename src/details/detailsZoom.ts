/**
 * "Zoom to" in the details panels comes no closer than this: villages and the border still read
 * around the place, so the reader sees where it happened rather than a blank field.
 */
export const DETAILS_ZOOM = 10;
