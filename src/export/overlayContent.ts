/*
 * What the PNG says, in the interface language: built from the same state the screen shows, so the
 * image's legend names exactly what is drawn — the map key's entries whose layers are on, the
 * categories of the events on the map, and the selected event when its ring is there.
 */
import { formatDay, formatPrecisionDate } from '../i18n/formatDate';
import type { MessageKey } from '../i18n/messages.en';
import { translate } from '../i18n/translate';
import { CATEGORIES, type Category } from '../model/category';
import type { Lang } from '../model/languages';
import type { LayerVisibility } from '../model/layerGroup';
import { localized } from '../model/localized';
import { MAP_KEY_ITEMS } from '../model/mapKey';
import { CATEGORY_COLORS, MAP_COLORS } from '../model/palette';
import type { TimedEvent } from '../model/timedEvent';
import type { LegendEntry, OverlayContent } from './overlayTypes';

export interface OverlayInputs {
  lang: Lang;
  day: number;
  layers: LayerVisibility;
  /** The categories of the events the map shows now (any order; the key keeps the table's). */
  categories: Iterable<Category>;
  /** The selected event, only when the map draws its ring (it is shown and events are on). */
  selected: Pick<TimedEvent, 'title' | 'date' | 'precision'> | null;
  /** The map's credits as plain text. */
  attribution: readonly string[];
}

/** The image's key: the map key's entries whose layer is on, then the events' categories and the selection. */
export function overlayLegend(inputs: Omit<OverlayInputs, 'day' | 'attribution'>): LegendEntry[] {
  const t = (key: MessageKey) => translate(inputs.lang, key);
  const entries: LegendEntry[] = MAP_KEY_ITEMS.filter((item) => !item.group || inputs.layers[item.group]).map((item) => ({
    // The map key's ids are checked against the messages by its own test.
    label: t(`legend.${item.id}` as MessageKey),
    swatch: item.swatch,
    color: item.color,
    ...(item.outline ? { outline: item.outline } : {}),
  }));
  if (!inputs.layers.events) return entries;
  const shown = new Set(inputs.categories);
  for (const c of CATEGORIES) {
    if (shown.has(c)) entries.push({ label: t(`category.${c}`), swatch: 'disc', color: CATEGORY_COLORS[c] });
  }
  if (inputs.selected) {
    entries.push({
      label: t('export.pngSelectedKey'),
      swatch: 'ring',
      color: MAP_COLORS.selectedRing,
      outline: MAP_COLORS.selectedStroke,
    });
  }
  return entries;
}

/** Everything the page contributes to the image; the map adds its pixel ratio and ground resolution. */
export function overlayContent(inputs: OverlayInputs): OverlayContent {
  const { lang, selected } = inputs;
  const selectedShown = inputs.layers.events ? selected : null;
  return {
    title: translate(lang, 'app.title'),
    dateText: formatDay(inputs.day, lang),
    selected: selectedShown
      ? translate(lang, 'export.pngSelected', {
          title: localized(selectedShown.title, lang),
          date: formatPrecisionDate(selectedShown.date, selectedShown.precision, lang),
        })
      : null,
    caveat: translate(lang, 'app.caveat'),
    attribution: inputs.attribution,
    legend: overlayLegend({ ...inputs, selected: selectedShown }),
    scaleUnits: { km: translate(lang, 'mapui.km'), m: translate(lang, 'mapui.m') },
  };
}

/**
 * The overlay for the events the map shows: their categories, and the selected event only while its
 * ring is drawn, that is while it is among them (the PNG, the printed briefing and the video all say
 * what the map draws, no more).
 */
export function overlayForShown(
  inputs: Omit<OverlayInputs, 'categories' | 'selected'> & { shown: readonly TimedEvent[]; selected: TimedEvent | null },
): OverlayContent {
  const { shown, selected, ...rest } = inputs;
  return overlayContent({
    ...rest,
    categories: shown.map((e) => e.category),
    selected: selected && shown.some((e) => e.id === selected.id) ? selected : null,
  });
}
