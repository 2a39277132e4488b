import { useId, useMemo, useState } from 'react';
import { LocalText } from '../language/LocalText';
import { useLang, useT } from '../language/useT';
import { localized } from '../model/localized';
import type { Notice } from '../state/appState';
import { useActions, useApp } from '../state/store';

export type ChangesNotice = Notice & { changes: NonNullable<Notice['changes']> };

/**
 * A link made with an older record version: how many of the events on screen changed or are new
 * since, in a few short sentences, and on request the list of them. Each entry selects its event
 * (the link's date stays unless it would hide it), so the reader can check what they cite.
 */
export function LinkChanges({ notice }: { notice: ChangesNotice }) {
  const t = useT();
  const lang = useLang();
  const data = useApp((s) => s.data);
  const { reveal } = useActions();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const { added, changed, removed } = notice.changes;
  const shown = Number(notice.params?.shown ?? 0);
  const byId = useMemo(() => new Map(open && data ? data.events.map((e) => [e.id, e]) : []), [open, data]);

  const sentences = [
    t(notice.key, notice.params),
    changed.length > 0
      ? t('notice.linkVersion.changed', { count: changed.length, shown })
      : t('notice.linkVersion.unchanged', { shown }),
    ...(added.length > 0 ? [t('notice.linkVersion.added', { count: added.length, shown })] : []),
    ...(removed.length > 0 ? [t('notice.linkVersion.removed', { count: removed.length })] : []),
  ];
  const entry = (id: string, what: string) => {
    const event = byId.get(id);
    return (
      <li key={id}>
        {event ? (
          <button type="button" className="link-button" onClick={() => reveal(id, 'keepIfShown')}>
            <LocalText value={event.title} />
          </button>
        ) : (
          <code>{id}</code>
        )}{' '}
        — {what}
      </li>
    );
  };

  return (
    <>
      {sentences.join(' ')}
      {changed.length + added.length + removed.length > 0 ? (
        <>
          {' '}
          <button
            type="button"
            className="link-button"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen(!open)}
          >
            {t(open ? 'notice.linkVersion.hide' : 'notice.linkVersion.show')}
          </button>
        </>
      ) : null}
      {open ? (
        <ul
          className="notice-changes"
          id={listId}
          aria-label={t('notice.linkVersion.list', { version: String(notice.params?.version ?? '') })}
        >
          {changed.map((c) =>
            entry(c.id, t('notice.linkVersion.itemChanged', { fields: c.fields.map((f) => t(`field.${f}`)).join(', ') })),
          )}
          {added.map((id) => entry(id, t('notice.linkVersion.itemAdded')))}
          {removed.map((r) => (
            <li key={r.id}>
              <code>{r.id}</code> — {t('notice.linkVersion.itemRemoved', { note: localized(r.note, lang) })}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
