import { isIsoDay } from '../model/isoDate';

export type ExportKind = 'csv' | 'geojson' | 'png';

export const EXPORT_MIME: Record<ExportKind, string> = {
  csv: 'text/csv;charset=utf-8',
  geojson: 'application/geo+json',
  png: 'image/png',
};

/*
 * Revoking the URL in the same task as click() cancels the download in some browsers (older Safari,
 * Firefox on slow disks), because the download starts asynchronously. A short delay is harmless:
 * the blob is small and is freed a few seconds later.
 */
const REVOKE_DELAY_MS = 10_000;

/** Saves a Blob as a file through a temporary <a download>, then frees the object URL. */
export function downloadBlob(blob: Blob, filename: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  // Firefox ignores click() on an anchor that is not in the document.
  doc.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  }
}

/**
 * "kg-tj-border-events-2022-09-14.csv" / "kg-tj-border-map-2022-09-14.png". A malformed day is left
 * out rather than thrown on, so a download never fails over its name.
 */
export function exportFileName(kind: ExportKind, isoDay: string): string {
  const stem = kind === 'png' ? 'kg-tj-border-map' : 'kg-tj-border-events';
  const day = isIsoDay(isoDay) ? `-${isoDay}` : '';
  return `${stem}${day}.${kind}`;
}
