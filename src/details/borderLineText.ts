import type { Translate } from '../i18n/translate';
import type { BorderContext } from '../model/borderContext';
import type { LocationPrecision } from '../model/record';

/** A distance as the panel may state it: a plain figure, an "about" one, or a ceiling. */
export interface StatedDistance {
  form: 'km' | 'kmAbout' | 'kmUnder';
  km: number;
}

/**
 * Never more precise than the pin and the line allow. The line is OpenStreetMap's, simplified to
 * 30 m near the border (docs/GEO.md), so an exact pin earns 0.1 km close by, whole km further out
 * and tens of km beyond 100 km, where a few km more or less says nothing. A pin placed by
 * approximation or inference is off by an unknown amount: whole km at best, always "about".
 */
export function statedDistance(km: number, exactPin: boolean): StatedDistance {
  if (km >= 100) return { form: 'kmAbout', km: Math.round(km / 10) * 10 };
  if (!exactPin) return km < 1 ? { form: 'kmUnder', km: 1 } : { form: 'kmAbout', km: Math.round(km) };
  if (km < 0.1) return { form: 'kmUnder', km: 0.1 };
  return { form: 'km', km: km < 10 ? Math.round(km * 10) / 10 : Math.round(km) };
}

/**
 * The details panel's line: how far the pin is from the pre-2025 KG–TJ line and on which side,
 * saying when the pin itself is approximate. A pin that stands for a whole area gets no distance.
 */
export function borderLineText(t: Translate, context: BorderContext, precision: LocationPrecision): string {
  if (precision === 'region') return t('border.line.region');
  const { form, km } = statedDistance(context.distanceKm, precision === 'exact');
  return t(`border.line.${precision}`, { distance: t(`border.${form}`, { km }), side: t(`border.side.${context.side}`) });
}
