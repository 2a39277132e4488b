/** Types for scripts/record/recordDiff.mjs. */
export interface RecordDiff {
  added: string[];
  changed: { id: string; fields: string[] }[];
  removed: string[];
}
export declare function recordDiff(
  before: { events: { id: string; sources: string[] }[]; sources: Record<string, unknown> },
  after: { events: { id: string; sources: string[] }[]; sources: Record<string, unknown> },
): RecordDiff;
