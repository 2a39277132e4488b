import { useId, useState } from 'react';
import { Dialog } from '../components/Dialog';
import { embedCode } from '../export/embedCode';
import { useT } from '../language/useT';
import { EMBED_HEIGHTS, EMBED_WIDTHS, type EmbedHeight, type EmbedWidth } from '../model/embed';
import { copyText } from '../platform/clipboard';
import { embedLink } from '../state/embedLink';
import { useAppStore } from '../state/store';
import './embed.css';

/**
 * The code a newsroom pastes into an article to show this view — date, event, layers, filters,
 * story step, language — with the slider working, or as a still picture. The view is read when the
 * dialog opens: what the reader saw when they asked is what the article gets.
 */
export default function EmbedDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const store = useAppStore();
  const [width, setWidth] = useState<EmbedWidth>(null);
  const [height, setHeight] = useState<EmbedHeight>(600);
  const [still, setStill] = useState(false);
  const [autoHeight, setAutoHeight] = useState(true);
  const [status, setStatus] = useState('');
  const [state] = useState(() => store.getState());
  const ids = { width: useId(), height: useId(), code: useId() };

  const src = embedLink(state, window.location.href, still ? 'static' : 'interactive');
  const code = embedCode({ src, title: t('embed.frameTitle'), width, height, autoHeight });

  const copy = async () => {
    setStatus((await copyText(code)) ? t('embed.copied') : t('embed.copyFailed'));
  };

  return (
    <Dialog title={t('embed.heading')} closeLabel={t('dialog.close')} onClose={onClose} className="embed-dialog">
      <p>{t('embed.intro')}</p>
      <div className="embed-options">
        <label htmlFor={ids.width}>
          {t('embed.width')}
          <select
            id={ids.width}
            value={width === null ? 'full' : String(width)}
            onChange={(e) => setWidth(e.target.value === 'full' ? null : (Number(e.target.value) as EmbedWidth))}
          >
            {EMBED_WIDTHS.map((w) => (
              <option key={String(w)} value={w === null ? 'full' : String(w)}>
                {w === null ? t('embed.fullWidth') : t('embed.pixels', { n: w })}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={ids.height}>
          {t('embed.height')}
          <select id={ids.height} value={String(height)} onChange={(e) => setHeight(Number(e.target.value) as EmbedHeight)}>
            {EMBED_HEIGHTS.map((h) => (
              <option key={h} value={String(h)}>
                {t('embed.pixels', { n: h })}
              </option>
            ))}
          </select>
        </label>
        <label className="embed-check">
          <input type="checkbox" checked={still} onChange={(e) => setStill(e.target.checked)} />
          {t('embed.static')}
        </label>
        <label className="embed-check">
          <input type="checkbox" checked={autoHeight} onChange={(e) => setAutoHeight(e.target.checked)} />
          {t('embed.autoHeight')}
        </label>
      </div>
      <label htmlFor={ids.code} className="embed-code-label">
        {t('embed.code')}
      </label>
      <textarea
        id={ids.code}
        className="embed-code"
        readOnly
        rows={autoHeight ? 10 : 4}
        value={code}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="embed-actions">
        <button type="button" onClick={copy}>
          {t('embed.copy')}
        </button>
        <a href={src} target="_blank" rel="noopener">
          {t('embed.preview')}
        </a>
      </div>
      <p className="embed-status" role="status">
        {status}
      </p>
    </Dialog>
  );
}
