import { useT } from '../language/useT';
import { citedTitle } from '../model/citedTitle';
import { safeHttpUrl } from '../model/httpUrl';
import type { Source } from '../model/record';
import { sourceDateText } from './sourceLabel';

/** One source as the app cites it everywhere: its title (a link only when http(s)), publisher and date. */
export function SourceCitation({
  source,
}: {
  source: Pick<Source, 'title' | 'publisher' | 'date' | 'undated' | 'url' | 'titleSupplied' | 'kind'>;
}) {
  const t = useT();
  const href = safeHttpUrl(source.url);
  const date = sourceDateText(source, t);
  // A row of the person's own file: the file does not say when its source was published, so no date
  // is shown (the import day would read as one).
  if (source.kind === 'import') {
    return <cite>{t('import.citation', { title: source.title, publisher: source.publisher })}</cite>;
  }
  const title = citedTitle(source);
  return (
    <>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {title}
        </a>
      ) : (
        <cite>{title}</cite>
      )}
      {source.titleSupplied && <span className="source-supplied"> ({t('source.titleSupplied')})</span>}
      {date ? ` — ${source.publisher}, ${date}` : ` — ${source.publisher}`}
    </>
  );
}
