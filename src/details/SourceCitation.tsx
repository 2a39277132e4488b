import type { Source } from '../data/eventSchema';
import { safeHttpUrl } from './safeUrl';

/** One source as the app cites it everywhere: its title (a link only when http(s)), publisher and date. */
export function SourceCitation({ source }: { source: Source }) {
  const href = safeHttpUrl(source.url);
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
