/*
 * Prepares the briefing from the store and the map. Two paths, one result: the button's (async:
 * the map redrawn sharp through capturePng, as the PNG download does) and the browser's own print
 * (`beforeprint`, synchronous: the map copied within the task, see map/printSnapshot.ts).
 */

import { accessDay, viewCitationInput } from '../cite/citationInput';
import type * as AttributionModule from '../export/attributionText';
import { citationText } from '../export/citation';
import type * as ComposeModule from '../export/composeMapImage';
import type * as OverlayModule from '../export/overlayContent';
import type { OverlayContent } from '../export/overlayTypes';
import { translate } from '../i18n/translate';
import { MAP_ATTRIBUTION } from '../map/attribution';
import type { MapController } from '../map/MapController';
import { boundsContain } from '../model/lonLatBounds';
import type { TimedEvent } from '../model/timedEvent';
import type { AppState } from '../state/appState';
import { eventsInMode } from '../state/eventQueries';
import { selectFiltered, selectSelectedEvent, selectTimeView } from '../state/selectors';
import { linkTo } from '../state/urlSync';
import type { PreparedBriefing } from './briefingStore';

interface ImageModules {
  overlay: typeof OverlayModule;
  attribution: typeof AttributionModule;
  compose: typeof ComposeModule;
}

let modules: ImageModules | null = null;

/** The image code, loaded once; the browser's print needs it already there, so it is fetched ahead. */
export async function loadImageModules(): Promise<ImageModules> {
  if (modules) return modules;
  const [overlay, attribution, compose] = await Promise.all([
    import('../export/overlayContent'),
    import('../export/attributionText'),
    import('../export/composeMapImage'),
  ]);
  modules = { overlay, attribution, compose };
  return modules;
}

/** Whether a prepared briefing still shows the screen: the same link, in the same language. */
export function briefingKey(s: AppState, href: string): string {
  return `${s.lang} ${linkTo(s, href)}`;
}

/** The same overlay the PNG download draws. */
function overlayOf(s: AppState, shown: readonly TimedEvent[], m: ImageModules): OverlayContent {
  return m.overlay.overlayForShown({
    lang: s.lang,
    day: s.day,
    layers: s.layers,
    shown,
    selected: selectSelectedEvent(s),
    attribution: MAP_ATTRIBUTION.map(m.attribution.attributionText),
  });
}

/** Everything but the image, as the store stands now. */
function describeView(s: AppState, href: string, today: Date): Omit<PreparedBriefing, 'image' | 'imageError'> {
  const view = selectTimeView(s);
  const shown = eventsInMode(selectFiltered(s), view);
  // The table lists what the printed map shows: the events within its view (the same count the
  // timeline gives as "in the map's view"); the others are counted, so nothing vanishes silently.
  const bounds = s.view?.bounds;
  const events = bounds ? shown.filter((e) => boundsContain(bounds, e.location)) : shown;
  const link = linkTo(s, href);
  // The same citation the Cite dialog gives for this view.
  const citation = citationText(viewCitationInput(s, href, accessDay(today)));
  return { key: `${s.lang} ${link}`, lang: s.lang, view, events, shownCount: shown.length, link, citation };
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** For the button: the sharp image (≥ 1600 px wide), decoded before it is handed over. */
export async function prepareBriefing(s: AppState, map: MapController | null, href: string): Promise<PreparedBriefing> {
  const base = describeView(s, href, new Date());
  try {
    const m = await loadImageModules();
    if (!map) throw new Error(translate(s.lang, 'error.noWebgl'));
    const blob = await map.capturePng(overlayOf(s, base.events, m));
    const image = new Image();
    image.src = URL.createObjectURL(blob);
    try {
      await image.decode();
    } catch (error) {
      URL.revokeObjectURL(image.src);
      throw error;
    }
    return { ...base, image, imageError: null };
  } catch (error) {
    return { ...base, image: null, imageError: reason(error) };
  }
}

/** For `beforeprint`: everything within this task; the image only if its code has already loaded. */
export function prepareBriefingNow(s: AppState, map: MapController | null, href: string): PreparedBriefing {
  const base = describeView(s, href, new Date());
  try {
    if (!modules) throw new Error(translate(s.lang, 'print.mapNotReady'));
    if (!map) throw new Error(translate(s.lang, 'error.noWebgl'));
    return {
      ...base,
      image: map.snapshotNow(overlayOf(s, base.events, modules), modules.compose.composeMapImage),
      imageError: null,
    };
  } catch (error) {
    return { ...base, image: null, imageError: reason(error) };
  }
}
