import { useEffect, useRef } from 'react';
import { SourceCitation } from '../components/SourceCitation';
import { formatPrecisionDate } from '../i18n/formatDate';
import { LocalText } from '../language/LocalText';
import { useLang, useT } from '../language/useT';
import { useActions, useApp } from '../state/store';
import './about.css';

/** Loaded lazily: most visits never open it, so it stays out of the first download. */
export default function AboutPanel() {
  const t = useT();
  const lang = useLang();
  // The built-in record's sources: imported rows are cited with their events, not listed as the map's sources.
  const data = useApp((s) => s.builtIn);
  const { setAboutOpen } = useActions();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setAboutOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setAboutOpen]);

  const history = data?.history;
  const day = (iso: string) => formatPrecisionDate(iso, 'day', lang);
  const sources = data ? Object.entries(data.sources).sort(([, a], [, b]) => (a.date ?? '').localeCompare(b.date ?? '')) : [];
  return (
    <div className="about" role="dialog" aria-modal="false" aria-labelledby="about-heading">
      <div className="about-head">
        <h2 id="about-heading" ref={heading} tabIndex={-1}>
          {t('about.heading')}
        </h2>
        <button type="button" onClick={() => setAboutOpen(false)}>
          {t('about.close')}
        </button>
      </div>
      <p>{t('about.what')}</p>
      <h3>{t('about.caveatHeading')}</h3>
      <p>{t('about.caveat')}</p>
      <h3>{t('about.figuresHeading')}</h3>
      <p>{t('about.figures')}</p>
      <h3>{t('about.dataHeading')}</h3>
      <ul>
        <li>{t('about.data.osm')}</li>
        <li>{t('about.data.ne')}</li>
        <li>{t('about.data.geonames')}</li>
        <li>{t('about.data.fonts')}</li>
      </ul>
      <h3>{t('about.versionHeading')}</h3>
      {/* Which record a reader saw, for citing: newest version first, each with what it did. */}
      <p className="about-version">
        {history ? t('about.version', { version: history.version, date: day(history.released) }) : t('about.versionUnknown')}
      </p>
      {history && history.changelog.length > 0 ? (
        <ul className="about-versions">
          {[...history.changelog].reverse().map((entry) => (
            <li key={entry.version}>
              {t('about.versionEntry', {
                version: entry.version,
                date: day(entry.released),
                added: entry.added.length,
                changed: entry.changed.length,
                removed: entry.removed.length,
              })}{' '}
              <LocalText value={entry.note} />
            </li>
          ))}
        </ul>
      ) : null}
      <p>{t('about.versionFile')}</p>
      <h3>{t('about.sourcesHeading')}</h3>
      <ol className="about-sources">
        {sources.map(([id, s]) => (
          <li key={id}>
            <SourceCitation source={s} />
          </li>
        ))}
      </ol>
      <h3>{t('about.citeHeading')}</h3>
      <p>{t('about.cite', { version: __APP_VERSION__ })}</p>
    </div>
  );
}
