import type { EmbedMode } from '../model/embed';
import type { AppState } from './appState';
import type { UrlState } from './urlState';
import { linkTo } from './urlSync';

/** The page mode a link asks for: `static=1` is a still embed whether or not `embed=1` is there too. */
export function embedModeOf(link: Pick<UrlState, 'embed' | 'staticEmbed'>): EmbedMode {
  if (link.staticEmbed) return 'static';
  return link.embed ? 'interactive' : 'off';
}

/** The link an iframe loads to show exactly this view embedded: the view's own link plus the mode. */
export function embedLink(state: AppState, base: string, mode: Exclude<EmbedMode, 'off'>): string {
  return linkTo(state, base, { embed: true, staticEmbed: mode === 'static' ? true : null });
}

/** The same view in the full map: what an embed's "Open the full map" opens. */
export function fullMapLink(state: AppState, base: string): string {
  return linkTo(state, base, { embed: null, staticEmbed: null });
}
