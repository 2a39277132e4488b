import type { CitationInput } from '../export/citation';
import { PROJECT_AUTHOR, viewCitationTitle } from '../export/citation';
import { translate } from '../i18n/translate';
import { fromDayNumber } from '../model/days';
import type { Lang } from '../model/languages';
import { localized } from '../model/localized';
import { storyText } from '../model/story';
import type { AppState } from '../state/appState';
import { selectSelectedEvent } from '../state/selectors';
import { linkTo } from '../state/urlSync';

/** The reader's day in UTC, as the access date: the same day a server log would show. */
export function accessDay(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

function common(state: AppState, lang: Lang, accessed: string) {
  const history = state.data?.history;
  return {
    author: PROJECT_AUTHOR,
    mapName: translate(lang, 'cite.mapName'),
    version: history?.version ?? null,
    released: history?.released ?? null,
    accessed,
    lang,
  };
}

/** What the title of a view's citation says: the story step when one is open, else date, mode and selection. */
export function currentViewTitle(state: AppState, lang: Lang = state.lang): string {
  const open = state.story;
  const step = open?.story.steps[open.step];
  const event = selectSelectedEvent(state);
  return viewCitationTitle({
    lang,
    date: fromDayNumber(state.day),
    mode: state.mode,
    windowMonths: state.windowMonths,
    eventTitle: event ? localized(event.title, lang) : null,
    story:
      open && step
        ? { title: storyText(open.story.title, lang).text, step: open.step + 1, stepTitle: storyText(step.title, lang).text }
        : null,
  });
}

/** Citing exactly the view on screen: its link is the one Copy link gives (with `v=`). */
export function viewCitationInput(state: AppState, href: string, accessed: string, lang: Lang = state.lang): CitationInput {
  return {
    kind: 'view',
    title: currentViewTitle(state, lang),
    url: linkTo(state, href),
    ...common(state, lang, accessed),
  };
}

/**
 * Citing the selected event on its own, with its sources. Its link is the view with the event chosen,
 * outside any story (a story's link names only the step, which may move to another event later).
 */
export function eventCitationInput(
  state: AppState,
  href: string,
  accessed: string,
  lang: Lang = state.lang,
): CitationInput | null {
  const event = selectSelectedEvent(state);
  const data = state.data;
  if (!event || !data) return null;
  const sources = event.sources.flatMap((id) => {
    const source = data.sources[id];
    return source ? [{ id, ...source }] : [];
  });
  return {
    kind: 'event',
    title: localized(event.title, lang),
    url: linkTo({ ...state, story: null, selectedCheckpoint: null }, href),
    event: { id: event.id, date: event.date, precision: event.precision, end: event.end },
    sources,
    ...common(state, lang, accessed),
  };
}
