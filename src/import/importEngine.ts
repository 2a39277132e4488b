import { loadAllMessages } from '../i18n/messages';
import type { ImportedFile, Problem } from '../model/importedFile';
import type { BuiltEvents } from './buildImportedEvents';
import { type CsvTable, dataRowCount, importCsvTable, parseCsvFile, previewOf } from './csvImport';
import { ImportFileError, importGeoJson } from './geojsonImport';
import { refuseReason } from './importLimits';
import type { ColumnMapping, CsvPreview, ImportOptions } from './importTypes';

export type ImportRequest =
  | { type: 'open'; file: File; fileId: string; importedAt: string }
  | { type: 'map'; mapping: ColumnMapping; options: ImportOptions };

export type ImportReply =
  | { type: 'progress'; share: number }
  | { type: 'preview'; preview: CsvPreview }
  | { type: 'done'; file: ImportedFile }
  | { type: 'failed'; problem: Problem };

export function isGeoJsonName(name: string, mime = ''): boolean {
  return /\.(geo)?json$/i.test(name) || mime === 'application/geo+json' || mime === 'application/json';
}

/**
 * One import, step by step: open a file (GeoJSON imports at once; CSV stops at a preview so the
 * person can check the column mapping), then map. Runs inside the import worker, or on the main
 * thread where workers are unavailable; it only talks through `post`, so both look the same.
 */
export class ImportEngine {
  private table: CsvTable | null = null;
  private meta: { fileId: string; name: string; importedAt: string } | null = null;

  constructor(private readonly post: (reply: ImportReply) => void) {}

  async handle(request: ImportRequest): Promise<void> {
    try {
      // An import's made-up titles are written in all five languages: the dictionaries this
      // thread lacks are fetched first (once; a failure leaves that language to English).
      await loadAllMessages();
      if (request.type === 'open') await this.open(request.file, request.fileId, request.importedAt);
      else this.map(request.mapping, request.options);
    } catch (error) {
      const problem: Problem =
        error instanceof ImportFileError
          ? error.problem
          : { code: 'failed', value: (error instanceof Error ? error.message : String(error)).slice(0, 120) };
      this.post({ type: 'failed', problem });
    }
  }

  private async open(file: File, fileId: string, importedAt: string): Promise<void> {
    const refused = refuseReason(file);
    if (refused) throw new ImportFileError(refused);
    this.meta = { fileId, name: file.name, importedAt };
    if (isGeoJsonName(file.name, file.type)) {
      let json: unknown;
      try {
        json = JSON.parse(await file.text());
      } catch (error) {
        throw new ImportFileError({
          code: 'notJson',
          value: (error instanceof Error ? error.message : String(error)).slice(0, 120),
        });
      }
      this.post({ type: 'progress', share: 0.5 });
      const built = importGeoJson(json, this.context());
      this.finish(built, built.events.length + built.errorCount);
      return;
    }
    this.table = await parseCsvFile(file, (share) => this.post({ type: 'progress', share }));
    if (this.table.headers.every((h) => h === '')) throw new ImportFileError({ code: 'noHeader' });
    this.post({ type: 'preview', preview: previewOf(this.table) });
  }

  private map(mapping: ColumnMapping, options: ImportOptions): void {
    if (!this.table || !this.meta) throw new ImportFileError({ code: 'failed', value: 'no file is open' });
    const built = importCsvTable(this.table, mapping, { ...this.context(), zeroIsCount: options.zeroIsCount });
    this.finish(built, dataRowCount(this.table));
    this.table = null;
  }

  private context() {
    const meta = this.meta as NonNullable<ImportEngine['meta']>;
    return { fileId: meta.fileId, fileName: meta.name, importedAt: meta.importedAt };
  }

  private finish(built: BuiltEvents, rowCount: number): void {
    const meta = this.meta as NonNullable<ImportEngine['meta']>;
    this.post({
      type: 'done',
      file: {
        id: meta.fileId,
        name: meta.name,
        importedAt: meta.importedAt,
        events: built.events,
        rows: built.rows,
        sources: built.sources,
        errors: built.errors,
        errorCount: built.errorCount,
        rowCount,
      },
    });
  }
}
