import { type SyntheticEvent, useState } from 'react';
import { useT } from '../language/useT';
import { fullMapLink } from '../state/embedLink';
import { useAppStore } from '../state/store';

/**
 * The embed's one line of frame: whose map this is, the caveat it must never lose, and the way to
 * the same view in the full map (a new tab: the article stays where the reader left it).
 */
export function EmbedBar() {
  const t = useT();
  const store = useAppStore();
  const [href, setHref] = useState(() => fullMapLink(store.getState(), window.location.href));
  // The link follows the view the reader has reached; worked out when it is about to be used, not
  // on every slider step.
  const refresh = (e: SyntheticEvent<HTMLAnchorElement>) => {
    const next = fullMapLink(store.getState(), window.location.href);
    e.currentTarget.href = next;
    setHref(next);
  };
  return (
    <header className="embed-bar">
      <h1>{t('app.title')}</h1>
      <p className="app-caveat">{t('app.caveat')}</p>
      <a
        className="embed-open"
        href={href}
        target="_blank"
        rel="noopener"
        onPointerDown={refresh}
        onFocus={refresh}
        onMouseEnter={refresh}
        onClick={refresh}
      >
        {t('embed.openFull')}
      </a>
    </header>
  );
}
