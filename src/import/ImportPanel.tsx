import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../language/useT';
import { IMPORT_FIELDS, type ImportedFile, type Problem } from '../model/importedFile';
import { useApp, useAppStore } from '../state/store';
import { ColumnMappingForm } from './ColumnMappingForm';
import { type ImportChannel, newImportId, openImportChannel } from './importClient';
import { MAX_IMPORT_MB_TEXT, refuseReason } from './importLimits';
import { forgetStoredImports, saveImports } from './importStorage';
import type { ColumnMapping, CsvPreview, ImportOptions } from './importTypes';
import { problemText } from './problemText';
import './import.css';
import { boundsOf } from '../model/lonLatBounds';

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; share: number }
  | { kind: 'mapping'; name: string; preview: CsvPreview }
  | { kind: 'building'; name: string }
  | { kind: 'done'; file: ImportedFile }
  | { kind: 'failed'; name: string; problem: Problem };

const ACCEPT = '.csv,.tsv,.txt,.geojson,.json,text/csv,application/geo+json,application/json';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Import of the person's own events: choose or drop a file, map CSV columns, see every refused row. */
/** "Show on map" frames a file's events, no closer than the zoom at which villages and the border read. */
const SHOW_MAX_ZOOM = 10;

export function ImportPanel() {
  const t = useT();
  const store = useAppStore();
  const imports = useApp((s) => s.imports);
  const keep = useApp((s) => s.keepImports);
  const hasData = useApp((s) => s.data !== null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [open, setOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [storageNote, setStorageNote] = useState('');
  const channel = useRef<ImportChannel | null>(null);
  const result = useRef<HTMLDivElement>(null);

  const close = useCallback(() => {
    channel.current?.close();
    channel.current = null;
  }, []);

  const start = useCallback(
    (file: File) => {
      close();
      setOpen(true);
      const refused = refuseReason(file);
      if (refused) {
        setStep({ kind: 'failed', name: file.name, problem: refused });
        return;
      }
      setStep({ kind: 'reading', name: file.name, share: 0 });
      const ch = openImportChannel((reply) => {
        if (reply.type === 'progress') setStep({ kind: 'reading', name: file.name, share: reply.share });
        else if (reply.type === 'preview') setStep({ kind: 'mapping', name: file.name, preview: reply.preview });
        else if (reply.type === 'failed') {
          setStep({ kind: 'failed', name: file.name, problem: reply.problem });
          close();
        } else {
          if (reply.file.events.length > 0) store.getState().addImport(reply.file);
          setStep({ kind: 'done', file: reply.file });
          close();
        }
      });
      channel.current = ch;
      ch.send({ type: 'open', file, fileId: newImportId(), importedAt: today() });
    },
    [close, store],
  );

  const map = (name: string, mapping: ColumnMapping, options: ImportOptions) => {
    setStep({ kind: 'building', name });
    channel.current?.send({ type: 'map', mapping, options });
  };

  // The mapping form that held the Import button is gone and the outcome is below it, often past the
  // panel's fold: bring the outcome into view and give it the focus, so nobody is left wondering.
  const outcome = step.kind === 'done' || step.kind === 'failed' ? step : null;
  useEffect(() => {
    const el = result.current;
    if (!outcome || !el) return;
    el.focus({ preventScroll: true });
    // jsdom (the component tests) has no scrollIntoView.
    el.scrollIntoView?.({ block: 'nearest' });
  }, [outcome]);

  // Dropping a file anywhere on the page imports it: people drag files onto the map, not onto a small box.
  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) start(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [start]);

  useEffect(() => close, [close]);

  if (!hasData) return null;
  const fieldName = (field: string) =>
    (IMPORT_FIELDS as readonly string[]).includes(field) ? t(`import.field.${field as (typeof IMPORT_FIELDS)[number]}`) : field;

  return (
    <>
      <details className="import" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t('import.heading')}</summary>
        <p className="import-hint">{t('import.intro', { limit: MAX_IMPORT_MB_TEXT })}</p>
        <label className="import-choose">
          <span className="button-like">{t('import.choose')}</span>
          <input
            type="file"
            accept={ACCEPT}
            className="visually-hidden"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) start(file);
              e.currentTarget.value = '';
            }}
          />
        </label>{' '}
        <span className="import-hint">{t('import.drop')}</span>
        {step.kind === 'reading' ? (
          <label className="import-progress">
            {t('import.reading', { file: step.name })}
            <progress max={1} value={step.share} aria-label={t('import.progress')} />
          </label>
        ) : null}
        {step.kind === 'building' ? (
          <p className="import-progress" role="status">
            {t('import.building', { file: step.name })}
          </p>
        ) : null}
        {step.kind === 'mapping' ? (
          <ColumnMappingForm
            fileName={step.name}
            preview={step.preview}
            onImport={(mapping, options) => map(step.name, mapping, options)}
            onCancel={() => {
              close();
              setStep({ kind: 'idle' });
            }}
          />
        ) : null}
        <div role="status" className="import-result" ref={result} tabIndex={-1}>
          {step.kind === 'done' ? <p>{t('import.done', { count: step.file.events.length, file: step.file.name })}</p> : null}
          {step.kind === 'failed' ? (
            <p className="is-error">{t('import.failed', { file: step.name, reason: problemText(t, step.problem) })}</p>
          ) : null}
        </div>
        {step.kind === 'done' && step.file.errorCount > 0 ? (
          <div className="import-errors">
            <p>{t('import.rowErrors', { count: step.file.errorCount })}</p>
            <ul>
              {step.file.errors.map((e) => (
                <li key={`${e.row}-${e.field}`}>
                  {t('import.rowError', { row: e.row, field: fieldName(e.field), reason: problemText(t, e) })}
                </li>
              ))}
            </ul>
            {step.file.errorCount > step.file.errors.length ? (
              <p>{t('import.moreErrors', { count: step.file.errorCount - step.file.errors.length })}</p>
            ) : null}
          </div>
        ) : null}
        {imports.length > 0 ? (
          <>
            <h4>{t('import.files')}</h4>
            <ul className="import-files">
              {imports.map((f) => (
                <li key={f.id}>
                  {t('import.fileLine', { file: f.name, count: f.events.length })}{' '}
                  <button
                    type="button"
                    className="import-file-action"
                    aria-label={t('import.showLabel', { file: f.name })}
                    onClick={() => {
                      const box = boundsOf(f.events.map((e) => e.location));
                      if (box) store.getState().fitTo(box, SHOW_MAX_ZOOM);
                    }}
                  >
                    {t('import.show')}
                  </button>
                  <button
                    type="button"
                    className="import-file-action"
                    aria-label={t('import.removeLabel', { file: f.name })}
                    onClick={() => store.getState().removeImport(f.id)}
                  >
                    {t('import.remove')}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {imports.length > 0 || keep ? (
          <label className="import-keep">
            <input
              type="checkbox"
              checked={keep}
              onChange={(e) => {
                const next = e.currentTarget.checked;
                store.getState().setKeepImports(next);
                setStorageNote('');
                if (next) {
                  void saveImports(store.getState().imports).then((ok) =>
                    setStorageNote(t(ok ? 'import.kept' : 'import.keepFailed')),
                  );
                } else void forgetStoredImports();
              }}
            />{' '}
            {t('import.keep')}
          </label>
        ) : null}
        {keep ? (
          <button
            type="button"
            onClick={() => {
              store.getState().setKeepImports(false);
              void forgetStoredImports().then(() => setStorageNote(t('import.forgotten')));
            }}
          >
            {t('import.forget')}
          </button>
        ) : null}
        {storageNote ? <p role="status">{storageNote}</p> : null}
      </details>
      {dragging ? (
        <div className="import-dropzone" aria-hidden="true">
          {t('import.dropHere')}
        </div>
      ) : null}
    </>
  );
}
