import { useT } from '../language/useT';
import { safeHttpUrl } from '../model/httpUrl';
import type { Source } from '../model/record';

/** One source as the app cites it everywhere: its title (a link only when http(s)), publisher and date. */
export function SourceCitation({ source }: { source: Source }) {
  const t = useT();
  const href = safeHttpUrl(source.url);
  // A row of the person's own file: its date is the day of the import, and must not read as a publication date.
  if (source.kind === 'import') {
    return <cite>{t('import.citation', { title: source.title, publisher: source.publisher, date: source.date })}</cite>;
  }
  return (
    <>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {source.title}
        </a>
      ) : (
        <cite>{source.title}</cite>
      )}
      {` — ${source.publisher}, ${source.date}`}
    </>
  );
}
