import { useId, useState } from 'react';
import { useT } from '../language/useT';
import { IMPORT_FIELDS } from '../model/importedFile';
import { missingRequired } from './columnMapping';
import { type ColumnMapping, type CsvPreview, type ImportOptions, REQUIRED_FIELDS } from './importTypes';
import './import.css';

interface Props {
  fileName: string;
  preview: CsvPreview;
  onImport: (mapping: ColumnMapping, options: ImportOptions) => void;
  onCancel: () => void;
}

/** The CSV step: one select per field, pre-filled from the header names, with the first row's value beside it. */
export function ColumnMappingForm({ fileName, preview, onImport, onCancel }: Props) {
  const t = useT();
  const id = useId();
  const [mapping, setMapping] = useState<ColumnMapping>(preview.guess);
  const [zeroIsCount, setZeroIsCount] = useState(false);
  const missing = missingRequired(mapping);
  const first = preview.sample[0] ?? [];
  return (
    <form
      className="import-mapping"
      onSubmit={(e) => {
        e.preventDefault();
        if (missing.length === 0) onImport(mapping, { zeroIsCount });
      }}
    >
      <h4>{t('import.mappingHeading', { file: fileName, count: preview.rowCount })}</h4>
      <p className="import-hint">{t('import.mappingHint')}</p>
      {IMPORT_FIELDS.map((field) => {
        const column = mapping[field];
        const label = t(`import.field.${field}`);
        const sample = column === undefined ? '' : (first[column] ?? '');
        return (
          <div className="import-field" key={field}>
            <label htmlFor={`${id}-${field}`}>
              {REQUIRED_FIELDS.includes(field) ? t('import.required', { field: label }) : label}
            </label>
            <select
              id={`${id}-${field}`}
              value={column === undefined ? '' : String(column)}
              onChange={(e) => {
                const next = { ...mapping };
                if (e.target.value === '') delete next[field];
                else next[field] = Number(e.target.value);
                setMapping(next);
              }}
            >
              <option value="">{t('import.notInFile')}</option>
              {preview.headers.map((h, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional and may share a name
                <option key={i} value={String(i)}>
                  {h || `#${i + 1}`}
                </option>
              ))}
            </select>
            {sample ? <span className="import-sample">{t('import.sample', { value: sample.slice(0, 80) })}</span> : null}
            {field === 'fatalities' && column !== undefined ? (
              <div className="import-zero">
                <label>
                  <input
                    type="checkbox"
                    checked={zeroIsCount}
                    aria-describedby={`${id}-zero-hint`}
                    onChange={(e) => setZeroIsCount(e.currentTarget.checked)}
                  />{' '}
                  {t('import.zeroCounts')}
                </label>
                <p className="import-hint" id={`${id}-zero-hint`}>
                  {t('import.zeroHint')}
                </p>
              </div>
            ) : null}
          </div>
        );
      })}
      {missing.length > 0 ? (
        <p className="import-missing" role="alert">
          {t('import.missing', { fields: missing.map((f) => t(`import.field.${f}`)).join(', ') })}
        </p>
      ) : null}
      <div className="import-actions">
        <button type="submit" disabled={missing.length > 0}>
          {t('import.start')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </form>
  );
}
