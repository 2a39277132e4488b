import type { UrlState } from './urlState';

/** Link parameters that put the reader somewhere in particular: a moment, a selection, a place on the map, a story. */
const VIEW_PARAMS = [
  'date',
  'event',
  'checkpoint',
  'view',
  'story',
  'sharedStory',
] as const satisfies readonly (keyof UrlState)[];

/**
 * Whether a link already shows something chosen, so the first-screen invitation would stand in its
 * way. A link that only sets the language, the layers or the filters still opens on the invitation.
 */
export function linkCarriesView(state: UrlState): boolean {
  return VIEW_PARAMS.some((name) => state[name] !== null);
}
