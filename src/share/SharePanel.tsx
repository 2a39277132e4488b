import { useState } from 'react';
import { fromDayNumber } from '../data/eventInterval';
import { attributionText } from '../export/composeMapImage';
import { downloadBlob, EXPORT_MIME, exportFileName } from '../export/download';
import { eventsToCsv } from '../export/eventsCsv';
import { eventsToGeoJson, geoJsonText } from '../export/eventsGeoJson';
import { formatDay } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { MAP_ATTRIBUTION } from '../map/attribution';
import { mapImagePng } from '../map/mapCommands';
import { useApp, useAppStore } from '../state/store';
import { eventsInMode } from '../state/timeMode';
import { linkTo } from '../state/urlSync';
import { CATEGORY_COLORS } from '../theme/palette';

type Status = { kind: 'idle' } | { kind: 'busy' | 'done' | 'error'; message: string };

/** Copy link, and downloads of exactly what is on screen: the map as an image, the events as data. */
export function SharePanel() {
  const t = useT();
  const store = useAppStore();
  const hasData = useApp((s) => s.data !== null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [link, setLink] = useState<string | null>(null);
  if (!hasData) return null;

  const visibleNow = () => {
    const s = store.getState();
    return eventsInMode(s.filtered, s.day, s.mode, s.windowMonths);
  };

  const copyLink = async () => {
    const url = linkTo(store.getState(), window.location.href);
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus({ kind: 'done', message: t('share.copied') });
    } catch {
      // Clipboard access can be refused (permissions, insecure origin): the link stays selectable below.
      setStatus({ kind: 'error', message: t('share.copyFailed') });
    }
  };

  const downloadData = (kind: 'csv' | 'geojson') => {
    const s = store.getState();
    if (!s.data) return;
    const events = visibleNow();
    const isoDay = fromDayNumber(s.day);
    const text =
      kind === 'csv'
        ? eventsToCsv(events, s.data.sources, s.data.places)
        : geoJsonText(eventsToGeoJson(events, s.data.sources, s.data.places, { exportedAt: new Date(), mapDate: isoDay }));
    downloadBlob(new Blob([text], { type: EXPORT_MIME[kind] }), exportFileName(kind, isoDay));
    setStatus({ kind: 'done', message: t('share.downloaded', { count: events.length }) });
  };

  const downloadPng = async () => {
    const s = store.getState();
    const categories = [...new Set(visibleNow().map((e) => e.category))];
    setStatus({ kind: 'busy', message: t('export.pngBusy') });
    try {
      const blob = await mapImagePng({
        title: t('app.title'),
        dateText: formatDay(s.day),
        attribution: MAP_ATTRIBUTION.map(attributionText),
        legend: categories.map((c) => ({ label: t(`category.${c}`), color: CATEGORY_COLORS[c] })),
      });
      downloadBlob(blob, exportFileName('png', fromDayNumber(s.day)));
      setStatus({ kind: 'done', message: t('share.imageDone') });
    } catch (error) {
      setStatus({
        kind: 'error',
        message: t('export.pngFailed', { reason: error instanceof Error ? error.message : String(error) }),
      });
    }
  };

  return (
    <details className="share">
      <summary>{t('share.heading')}</summary>
      <div className="share-buttons">
        <button type="button" onClick={copyLink}>
          {t('share.copy')}
        </button>
        <button type="button" onClick={downloadPng} disabled={status.kind === 'busy'}>
          {t('export.png')}
        </button>
        <button type="button" onClick={() => downloadData('csv')}>
          {t('export.csv')}
        </button>
        <button type="button" onClick={() => downloadData('geojson')}>
          {t('export.geojson')}
        </button>
      </div>
      <p className="share-note">{t('share.scope')}</p>
      {link ? (
        <label className="share-link">
          {t('share.link')}
          <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
      ) : null}
      <p className={`share-status${status.kind === 'error' ? ' is-error' : ''}`} role="status">
        {status.kind === 'idle' ? '' : status.message}
      </p>
    </details>
  );
}
