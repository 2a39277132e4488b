import { useState } from 'react';
import { downloadBlob, EXPORT_MIME, exportFileName } from '../export/download';
import { useT } from '../language/useT';
import { MAP_ATTRIBUTION } from '../map/attribution';
import { useMapController } from '../map/MapContext';
import { fromDayNumber } from '../model/days';
import { eventsInMode } from '../state/eventQueries';
import { selectFiltered, selectSelectedEvent, selectTimeView } from '../state/selectors';
import { useApp, useAppStore } from '../state/store';
import { linkTo } from '../state/urlSync';
import './share.css';
import { CiteButton } from '../cite/CiteButton';
import { LinkField } from '../components/LinkField';
import { EmbedButton } from '../embed/EmbedButton';
import { copyText } from '../platform/clipboard';
import { PrintButton } from '../print/PrintButton';
import { VideoButton } from '../video/VideoButton';

/** What the last button press is doing or did, said under the buttons. */
type Progress = { kind: 'idle' } | { kind: 'busy' | 'done' | 'error'; message: string };

/** Copy link, and downloads of exactly what is on screen: the map as an image, the events as data. */
export function SharePanel() {
  const t = useT();
  const store = useAppStore();
  const hasData = useApp((s) => s.data !== null);
  const map = useMapController();
  const [status, setStatus] = useState<Progress>({ kind: 'idle' });
  const [link, setLink] = useState<string | null>(null);
  if (!hasData) return null;

  const visibleNow = () => {
    const s = store.getState();
    return eventsInMode(selectFiltered(s), selectTimeView(s));
  };

  const copyLink = async () => {
    const url = linkTo(store.getState(), window.location.href);
    setLink(url);
    // Clipboard access can be refused (permissions, insecure origin): the link stays selectable below.
    const copied = await copyText(url);
    setStatus(copied ? { kind: 'done', message: t('share.copied') } : { kind: 'error', message: t('share.copyFailed') });
  };

  // The exporters load on first use: few visits download anything, so they stay out of the first load.
  const downloadData = async (kind: 'csv' | 'geojson') => {
    const s = store.getState();
    const data = s.data;
    if (!data) return;
    const events = visibleNow();
    const isoDay = fromDayNumber(s.day);
    const text =
      kind === 'csv'
        ? (await import('../export/eventsCsv')).eventsToCsv(events, data.sources, data.places, s.lang, data.history?.version)
        : await import('../export/eventsGeoJson').then(({ eventsToGeoJson, geoJsonText }) =>
            geoJsonText(
              eventsToGeoJson(events, data.sources, data.places, {
                exportedAt: new Date(),
                mapDate: isoDay,
                lang: s.lang,
                ...(data.history ? { record: data.history } : {}),
              }),
            ),
          );
    downloadBlob(new Blob([text], { type: EXPORT_MIME[kind] }), exportFileName(kind, isoDay));
    setStatus({ kind: 'done', message: t('share.downloaded', { count: events.length }) });
  };

  const downloadPng = async () => {
    const s = store.getState();
    const shown = visibleNow();
    const selected = selectSelectedEvent(s);
    setStatus({ kind: 'busy', message: t('export.pngBusy') });
    try {
      const [{ attributionText }, { overlayForShown }] = await Promise.all([
        import('../export/attributionText'),
        import('../export/overlayContent'),
      ]);
      if (!map) throw new Error('the map is not ready');
      const blob = await map.capturePng(
        overlayForShown({
          lang: s.lang,
          day: s.day,
          layers: s.layers,
          shown,
          selected,
          attribution: MAP_ATTRIBUTION.map(attributionText),
        }),
      );
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
      {/* Publishing: each feature owns its button and what it opens (embed code, citation, briefing, video). */}
      <h3 className="share-subhead">{t('share.publish')}</h3>
      <div className="share-buttons share-publish">
        <EmbedButton />
        <CiteButton />
        <PrintButton />
        <VideoButton />
      </div>
      {link ? <LinkField label={t('share.link')} link={link} /> : null}
      <p className={`share-status${status.kind === 'error' ? ' is-error' : ''}`} role="status">
        {status.kind === 'idle' ? '' : status.message}
      </p>
    </details>
  );
}
