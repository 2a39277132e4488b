import { useT } from '../language/useT';
import { useActions, useApp } from '../state/store';
import { type ChangesNotice, LinkChanges } from './LinkChanges';
import './notices.css';

/**
 * Banners for things the person should know: a file that failed, records skipped, a link not
 * understood, a link made with an older record version (with its list of changes).
 */
export function Notices() {
  const t = useT();
  const notices = useApp((s) => s.notices);
  const loadError = useApp((s) => s.loadError);
  const skipped = useApp((s) => s.skippedRecords);
  const { dismissNotice: dismiss } = useActions();
  if (!loadError && skipped === 0 && notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {loadError ? <p className="notice notice-error">{t('error.data', loadError)}</p> : null}
      {skipped > 0 ? <p className="notice">{t('error.records', { count: skipped })}</p> : null}
      {notices.map((n, i) => (
        // A div: the record-version notice may hold a list.
        <div className="notice" key={JSON.stringify(n)}>
          {n.changes ? (
            <LinkChanges notice={n as ChangesNotice} />
          ) : (
            t(n.key, { ...n.params, ...Object.fromEntries(Object.entries(n.paramKeys ?? {}).map(([k, key]) => [k, t(key)])) })
          )}{' '}
          <button type="button" className="link-button" onClick={() => dismiss(i)}>
            {t('notice.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
