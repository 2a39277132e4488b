import { formatPrecisionDate } from '../i18n/formatDate';
import { useLang, useT } from '../language/useT';
import { selectSelectedUpdate } from '../state/selectors';
import { useApp } from '../state/store';

/**
 * "Updated 1 December 2026 (record version 1.0.0)" under the sources: a reader citing the event
 * knows which version of the record they read, and when this event last changed in it.
 */
export function RecordUpdated() {
  const t = useT();
  const lang = useLang();
  const update = useApp(selectSelectedUpdate);
  if (!update) return null;
  const date = formatPrecisionDate(update.date, 'day', lang);
  const text =
    update.version === null
      ? t('details.updatedUnversioned', { date })
      : update.current !== null && update.current !== update.version
        ? t('details.updatedSince', { date, version: update.version, current: update.current })
        : t('details.updated', { date, version: update.version });
  return <p className="details-updated">{text}</p>;
}
