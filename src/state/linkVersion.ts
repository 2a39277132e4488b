/**
 * What a link's record version (`v=`) tells its reader: nothing when the record is the one the link
 * was made with; how many of the events on screen were added or changed since when it is older; and
 * that nothing can be compared when it is newer or not a version this record lists. Pure: the
 * codec in urlParams.ts turns the answer into a notice.
 */
import { changesSince } from '../model/recordHistory';
import type { AppState, Notice } from './appState';
import { selectShownEvents } from './selectors';

/**
 * The notice for a link made with `version`, read at the link's own view (date, mode, filters
 * already applied), or null when there is nothing to say.
 */
export function linkVersionNotice(s: AppState, version: string): Notice | null {
  const history = s.data?.history;
  const changes = changesSince(history, version);
  const current = history?.version ?? '';
  switch (changes.kind) {
    case 'same':
      return null;
    case 'newer':
      return { key: 'notice.linkVersionNewer', params: { version, current } };
    case 'unknown':
      return { key: 'notice.linkVersionUnknown', params: { version } };
    case 'changes': {
      // The record's events only: a person's imported rows have no versions.
      const onScreen = new Set(
        selectShownEvents(s)
          .filter((e) => !e.imported)
          .map((e) => e.id),
      );
      return {
        key: 'notice.linkVersion',
        params: { version, current, shown: onScreen.size },
        changes: {
          added: changes.added.filter((id) => onScreen.has(id)),
          changed: changes.changed.filter((c) => onScreen.has(c.id)),
          // Nothing removed is on screen any more: all of them are listed, so none goes unmentioned.
          removed: changes.removed,
        },
      };
    }
  }
}
