import { attributionText } from '../../../src/export/attributionText';
import { overlayContent } from '../../../src/export/overlayContent';
import type { OverlayContent } from '../../../src/export/overlayTypes';
import { MAP_ATTRIBUTION } from '../../../src/map/attribution';
import { CATEGORIES } from '../../../src/model/category';
import { toDayNumber } from '../../../src/model/days';
import type { Lang } from '../../../src/model/languages';
import { layersShown } from '../../../src/model/layerGroup';

/** A stand-in event (not from the record), shaped as the record gives one, for the "selected event" line. */
export const SELECTED = {
  title: { en: 'Example event', ru: 'Пример события' },
  date: '2021-04-29',
  precision: 'day' as const,
};

/** The overlay as the app fills it in (every layer on, every category shown), shared by the layout and drawing tests. */
export function contentIn(lang: Lang, selected: typeof SELECTED | null = null): OverlayContent {
  return overlayContent({
    lang,
    day: toDayNumber('2022-09-14'),
    layers: layersShown(),
    categories: CATEGORIES,
    selected,
    attribution: MAP_ATTRIBUTION.map(attributionText),
  });
}

export const content: OverlayContent = contentIn('en');
