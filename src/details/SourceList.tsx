import type { Source } from '../data/eventSchema';
import { useT } from '../i18n/useT';
import { safeHttpUrl } from './safeUrl';

export function SourceList({ ids, sources }: { ids: readonly string[]; sources: Record<string, Source> }) {
  const t = useT();
  return (
    <div className="sources">
      <h3>{t('details.sources')}</h3>
      <ol>
        {ids.map((id) => {
          const s = sources[id];
          if (!s) return <li key={id}>{id}</li>;
          const href = safeHttpUrl(s.url);
          return (
            <li key={id}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {s.title}
                </a>
              ) : (
                <cite>{s.title}</cite>
              )}
              {` — ${s.publisher}, ${s.date}`}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
