/**
 * What a release changed, event by event: the `added`, `changed` (with field names) and `removed`
 * lists of a changelog entry, computed by comparing the record as last released with the record now,
 * so no correction goes unlisted. Plain JS so the release script runs in Node without a build.
 */

/** Fields whose change is the release's own bookkeeping, not a change of the event. */
const BOOKKEEPING = new Set(['updated']);

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/**
 * @param {{ events: { id: string, sources: string[] }[], sources: Record<string, unknown> }} before
 * @param {{ events: { id: string, sources: string[] }[], sources: Record<string, unknown> }} after
 * @returns {{ added: string[], changed: { id: string, fields: string[] }[], removed: string[] }}
 */
export function recordDiff(before, after) {
  const old = new Map(before.events.map((e) => [e.id, e]));
  const now = new Map(after.events.map((e) => [e.id, e]));
  const added = after.events.filter((e) => !old.has(e.id)).map((e) => e.id);
  const removed = before.events.filter((e) => !now.has(e.id)).map((e) => e.id);
  const changed = [];
  for (const e of after.events) {
    const was = old.get(e.id);
    if (!was) continue;
    const keys = new Set([...Object.keys(was), ...Object.keys(e)]);
    const fields = [...keys].filter((k) => !BOOKKEEPING.has(k) && !same(was[k], e[k]));
    // A corrected headline or date of a cited source changes what the event cites.
    if (!fields.includes('sources') && e.sources.some((id) => !same(before.sources[id], after.sources[id]))) {
      fields.push('sources');
    }
    if (fields.length > 0) changed.push({ id: e.id, fields: fields.sort() });
  }
  return { added, changed, removed };
}
