import { SourceCitation } from '../components/SourceCitation';
import { useT } from '../language/useT';
import { independentOutlets } from '../model/outlets';
import type { Source } from '../model/record';
import './details.css';

export function SourceList({ ids, sources }: { ids: readonly string[]; sources: Record<string, Source> }) {
  const t = useT();
  return (
    <div className="sources">
      <h3>{t('details.sources')}</h3>
      <Corroboration ids={ids} sources={sources} />
      <ol>
        {ids.map((id) => {
          const s = sources[id];
          return <li key={id}>{s ? <SourceCitation source={s} /> : id}</li>;
        })}
      </ol>
    </div>
  );
}

/**
 * How well the event is corroborated, counted in outlets rather than links, so a reader sees at once
 * whether a second newsroom reported it. Imported rows are the person's own file: no claim is made.
 */
function Corroboration({ ids, sources }: { ids: readonly string[]; sources: Record<string, Source> }) {
  const t = useT();
  if (ids.some((id) => sources[id]?.kind === 'import')) return null;
  const count = independentOutlets(ids, sources).size;
  const text = count === 0 ? t('details.outlets.none') : count === 1 ? t('details.outlets.one') : t('details.outlets', { count });
  return (
    <p className={count < 2 ? 'sources-outlets sources-outlets-weak' : 'sources-outlets'} data-testid="outlets">
      {text}
    </p>
  );
}
