import { useT } from '../language/useT';
import type { LocationPrecision } from '../model/record';
import { selectSelectedBorderContext } from '../state/selectors';
import { useApp } from '../state/store';
import { borderLineText } from './borderLineText';

/**
 * The selected event's side of the pre-2025 line and its distance from it, as a term and its
 * description for the details list. Nothing until the geometry has loaded, or if it never does
 * (a notice then says why). For an event with several places this is about its one pin.
 */
export function BorderLine({ precision }: { precision: LocationPrecision }) {
  const t = useT();
  const context = useApp(selectSelectedBorderContext);
  if (!context) return null;
  return (
    <>
      <dt>{t('details.border')}</dt>
      <dd className="details-border">{borderLineText(t, context, precision)}</dd>
    </>
  );
}
