import { useId, useMemo, useState } from 'react';
import { Dialog } from '../components/Dialog';
import { SourceCitation } from '../components/SourceCitation';
import { CITATION_MIME, type CitationFormat, citationFileName, citationFormats, citationText } from '../export/citation';
import { downloadBlob } from '../export/download';
import { useLang, useT } from '../language/useT';
import { copyText } from '../platform/clipboard';
import { useAppStore } from '../state/store';
import { accessDay, eventCitationInput, viewCitationInput } from './citationInput';
import './cite.css';

const FORMATS: readonly { id: CitationFormat; label: string }[] = [
  { id: 'bibtex', label: 'BibTeX' },
  { id: 'ris', label: 'RIS' },
  { id: 'cslJson', label: 'CSL-JSON' },
];

/**
 * The citation of the view on screen, or of the selected event with its sources: a ready text and
 * the three files reference managers read. The view is read when the dialog opens (what the reader
 * saw when they asked is what they cite); a change of language re-words it.
 */
export default function CiteDialog({ kind, onClose }: { kind: 'view' | 'event'; onClose: () => void }) {
  const t = useT();
  const lang = useLang();
  const store = useAppStore();
  const [opened] = useState(() => ({ state: store.getState(), href: window.location.href, accessed: accessDay() }));
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  const input = useMemo(() => {
    const { state, href, accessed } = opened;
    return kind === 'event' ? eventCitationInput(state, href, accessed, lang) : viewCitationInput(state, href, accessed, lang);
  }, [opened, kind, lang]);
  const formats = useMemo(() => (input ? citationFormats(input) : null), [input]);
  const title = kind === 'event' ? t('cite.eventTitle') : t('cite.viewTitle');

  if (!input || !formats) {
    // Nothing to cite yet: the record is still loading, or the event was closed before the dialog loaded.
    return (
      <Dialog title={title} closeLabel={t('dialog.close')} onClose={onClose} className="cite-dialog">
        <p>{t('cite.loading')}</p>
      </Dialog>
    );
  }

  const text = citationText(input, lang);
  const copy = async (value: string) => {
    const ok = await copyText(value);
    setStatus(ok ? { text: t('cite.copied'), error: false } : { text: t('cite.copyFailed'), error: true });
  };
  const download = (format: CitationFormat) => {
    const file = citationFileName(input, format);
    downloadBlob(new Blob([formats[format]], { type: CITATION_MIME[format] }), file);
    setStatus({ text: t('cite.downloaded', { file }), error: false });
  };

  return (
    <Dialog title={title} closeLabel={t('dialog.close')} onClose={onClose} className="cite-dialog">
      <h3>{t('cite.ready')}</h3>
      <p className="cite-text">{text}</p>
      <button type="button" onClick={() => copy(text)}>
        {t('cite.copyCitation')}
      </button>
      {kind === 'event' && input.sources && input.sources.length > 0 ? (
        <>
          <h3>{t('cite.sources')}</h3>
          <ol className="cite-sources">
            {input.sources.map((source) => (
              <li key={source.id}>
                <SourceCitation source={source} />
              </li>
            ))}
          </ol>
          <p className="cite-hint">{t('cite.sourcesHint')}</p>
        </>
      ) : null}
      <h3>{t('cite.formats')}</h3>
      {FORMATS.map(({ id, label }) => (
        <FormatBlock
          key={id}
          label={label}
          value={formats[id]}
          copyLabel={t('cite.copyFormat', { format: label })}
          downloadLabel={t('cite.downloadFormat', { file: citationFileName(input, id) })}
          onCopy={() => copy(formats[id])}
          onDownload={() => download(id)}
        />
      ))}
      <p className={`cite-status${status?.error ? ' is-error' : ''}`} role="status">
        {status?.text ?? ''}
      </p>
    </Dialog>
  );
}

function FormatBlock(props: {
  label: string;
  value: string;
  copyLabel: string;
  downloadLabel: string;
  onCopy: () => void;
  onDownload: () => void;
}) {
  const id = useId();
  return (
    <div className="cite-format">
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        readOnly
        spellCheck={false}
        rows={Math.min(12, props.value.split('\n').length)}
        value={props.value}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="cite-actions">
        <button type="button" onClick={props.onCopy}>
          {props.copyLabel}
        </button>
        <button type="button" onClick={props.onDownload}>
          {props.downloadLabel}
        </button>
      </div>
    </div>
  );
}
