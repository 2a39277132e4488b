/*
 * What every frame of a recording says, from the state when Record is pressed: the same words and
 * key as the PNG (export/overlayContent), with the key fixed for the whole period, so the column
 * never reflows while the date plays. The categories are those of the events the map shows at any
 * frame of the period (with the filters as they are).
 */
import { overlayForShown, overlayLegend } from '../export/overlayContent';
import { formatDay } from '../i18n/formatDate';
import { modeText } from '../i18n/modeText';
import { translate } from '../i18n/translate';
import type { Lang } from '../model/languages';
import type { LayerVisibility } from '../model/layerGroup';
import { MAP_KEY_ITEMS } from '../model/mapKey';
import type { TimedEvent } from '../model/timedEvent';
import { endBound, type TimeView } from '../model/timeMode';
import type { VideoKeyEntry, VideoOverlay } from './videoLayout';

/**
 * Which of the map's key entries are left out first when even the smallest key does not fit
 * (lowest first): the neighbouring countries' fills and rivers explain themselves on the map;
 * the checkpoints' statuses and the border lines do not.
 */
function keep(id: string): number {
  if (id.startsWith('country.')) return 0;
  if (id === 'river' || id === 'town') return 1;
  return 2;
}

export interface VideoContentInputs {
  lang: Lang;
  view: Omit<TimeView, 'day'>;
  layers: LayerVisibility;
  /** The events that pass the filters. */
  events: readonly TimedEvent[];
  selected: TimedEvent | null;
  days: readonly number[];
  attribution: readonly string[];
}

/** Events the map shows on at least one day of [from, to]: begun by `to`, not over before `from`'s bound. */
export function eventsInPeriod(
  events: readonly TimedEvent[],
  view: Omit<TimeView, 'day'>,
  from: number,
  to: number,
): TimedEvent[] {
  const bound = endBound({ ...view, day: from });
  return events.filter((e) => e.startDay <= to && e.endDay > bound);
}

export function videoContent(inputs: VideoContentInputs): Omit<VideoOverlay, 'metersPerPixel'> {
  const { lang, days, layers } = inputs;
  const from = days[0] ?? 0;
  const to = days[days.length - 1] ?? from;
  const inPeriod = eventsInPeriod(inputs.events, inputs.view, from, to);
  const base = overlayForShown({
    lang,
    day: to,
    layers,
    shown: inPeriod,
    selected: inputs.selected,
    attribution: inputs.attribution,
  });
  const legend = overlayLegend({ lang, layers, categories: [], selected: null });
  // overlayLegend lists MAP_KEY_ITEMS whose layers are on, in order: the same filter pairs them with their ids.
  const ids = MAP_KEY_ITEMS.filter((item) => !item.group || layers[item.group]).map((item) => item.id);
  const mapKey: VideoKeyEntry[] = legend.map((entry, k) => ({ ...entry, keep: keep(ids[k] ?? '') }));
  return {
    title: translate(lang, 'app.title'),
    dateTexts: days.map((d) => formatDay(d, lang)),
    mode: modeText(lang, inputs.view),
    caveat: base.caveat,
    selected: base.selected,
    // The key's own entries come first in overlayLegend; what follows is the events' (and the ring).
    categories: base.legend.slice(mapKey.length),
    mapKey,
    attribution: base.attribution,
    scaleUnits: base.scaleUnits,
  };
}
