import { useT } from '../language/useT';
import type { Source } from '../model/record';
import { SourceCitation } from './SourceCitation';
import './details.css';

export function SourceList({ ids, sources }: { ids: readonly string[]; sources: Record<string, Source> }) {
  const t = useT();
  return (
    <div className="sources">
      <h3>{t('details.sources')}</h3>
      <ol>
        {ids.map((id) => {
          const s = sources[id];
          return <li key={id}>{s ? <SourceCitation source={s} /> : id}</li>;
        })}
      </ol>
    </div>
  );
}
