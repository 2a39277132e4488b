import type { Problem } from '../model/importedFile';
import { MAX_IMPORT_BYTES } from './importTypes';

export function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** The limit as the interface states it ("50"). */
export const MAX_IMPORT_MB_TEXT = megabytes(MAX_IMPORT_BYTES).replace(/\.0$/, '');

/** Why a file is refused before it is read, or null when it may be read. */
export function refuseReason(file: Pick<File, 'size'>): Problem | null {
  if (file.size > MAX_IMPORT_BYTES) return { code: 'tooLarge', value: megabytes(file.size) };
  if (file.size === 0) return { code: 'emptyFile' };
  return null;
}
