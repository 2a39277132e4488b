// The flat name fields every named feature carries, so map expressions can coalesce them
// (["coalesce", ["get", "name_ky"], ["get", "name_ru"], ["get", "name_en"]]).

export const NAME_KEYS = /** @type {const} */ (['name_en', 'name_ru', 'name_ky', 'name_tg', 'name_uz']);

/**
 * Copies the name fields present on a curated record; name_en and name_ru are required.
 * @param {Record<string, unknown>} rec
 * @param {string} what for error messages
 * @returns {Record<string, string>}
 */
export function namesOf(rec, what) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const k of NAME_KEYS) {
    const v = rec[k];
    if (typeof v === 'string' && v.trim() !== '') out[k] = v.trim();
  }
  if (!out.name_en || !out.name_ru) throw new Error(`${what}: name_en and name_ru are required`);
  return out;
}

/**
 * Names a curated record gives that GeoNames does not list for that place (case-insensitive, with
 * the GeoNames main name and alternate names). Used as a warning, not an error: curated names may be
 * more current (e.g. Guliston for Kayrakkum) or add a qualifier.
 * @param {Record<string, string>} names
 * @param {{ name: string, alternateNames: string[] }} row
 * @returns {string[]}
 */
export function namesMissingInGeoNames(names, row) {
  const known = new Set([row.name, ...row.alternateNames].map((s) => s.toLowerCase()));
  return Object.entries(names)
    .filter(([, v]) => !known.has(v.toLowerCase()))
    .map(([k, v]) => `${k}=${v}`);
}
