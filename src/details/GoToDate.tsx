import { useT } from '../language/useT';
import { isWithinEvent } from '../model/revealDay';
import type { TimedEvent } from '../model/timedEvent';
import { useActions, useApp } from '../state/store';
import './goToDate.css';

/**
 * Brings the slider to the event's date. Once the date is within the event's own dates it says so
 * instead, and stays focusable (aria-disabled, not disabled) so focus is not lost on the click.
 */
export function GoToDate({ event }: { event: TimedEvent }) {
  const t = useT();
  const showing = useApp((s) => isWithinEvent(event, s.day));
  const { reveal } = useActions();
  return (
    <button
      type="button"
      className="details-goto"
      aria-disabled={showing ? 'true' : undefined}
      onClick={() => {
        if (!showing) reveal(event.id, 'goTo');
      }}
    >
      {showing ? t('details.showingDate') : t('details.goToDate')}
    </button>
  );
}
