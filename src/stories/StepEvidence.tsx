import { useMemo } from 'react';
import { SourceCitation } from '../components/SourceCitation';
import { formatPrecisionDate } from '../i18n/formatDate';
import { LocalText } from '../language/LocalText';
import { useLang, useT } from '../language/useT';
import type { StoryStep } from '../model/story';
import { useActions, useApp } from '../state/store';

/**
 * What a step's text rests on: each event it highlights, as a button that opens the event, with the
 * record's sources for it, so every claim in the step can be checked from the step itself.
 */
export function StepEvidence({ step }: { step: StoryStep }) {
  const t = useT();
  const lang = useLang();
  const data = useApp((s) => s.data);
  const selectedId = useApp((s) => s.selectedId);
  const { reveal } = useActions();
  // Indexed once per record, not on every render (a large import makes the list long).
  const byId = useMemo(() => new Map((data?.events ?? []).map((e) => [e.id, e])), [data]);
  if (!data || !step.events?.length) return null;
  const events = step.events.flatMap((id) => {
    const e = byId.get(id);
    return e ? [e] : [];
  });
  return (
    <div className="story-evidence">
      <h4>{t('story.evidence')}</h4>
      <ul>
        {events.map((e) => {
          const sourceIds = [...new Set([...e.sources, ...e.figures.map((f) => f.source)])];
          return (
            <li key={e.id} className="story-evidence-event">
              <button
                type="button"
                className="link-button story-event-button"
                aria-pressed={selectedId === e.id}
                onClick={() => reveal(e.id, 'keepIfShown')}
              >
                <LocalText value={e.title} />
              </button>{' '}
              <span className="story-event-date">{formatPrecisionDate(e.date, e.precision, lang)}</span>
              <ul className="story-sources" aria-label={t('story.sourcesOf')}>
                {sourceIds.map((id) => {
                  const source = data.sources[id];
                  return source ? (
                    <li key={id}>
                      <SourceCitation source={source} />
                    </li>
                  ) : null;
                })}
              </ul>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
