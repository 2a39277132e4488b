/**
 * The event categories, one record each, in the order the legend, filters and density strip list
 * them. Everything about a category lives here: the schema, the palette, the legend, the filters,
 * the CSS custom properties and the import mapping all read this table.
 *
 * A plain ES module rather than TypeScript so Node scripts (the benchmark's generator) read the same
 * table as the app without a build step; TypeScript takes the literal types from the const assertion.
 * Colours come from a colour-blind-safe qualitative set (Okabe–Ito based); each passes 3:1 against
 * the muted basemap. `importWords` are words in imported files (ACLED event types, plain words),
 * compared after folding case, spaces and punctuation, that mean this category.
 */
export const CATEGORY_TABLE = /** @type {const} */ ([
  { id: 'clash', color: '#c0392b', importWords: ['battles', 'battle', 'explosionsremoteviolence', 'armedclash'] },
  { id: 'incident', color: '#e67e22', importWords: ['violenceagainstcivilians', 'riots'] },
  { id: 'closure', color: '#6c3483', importWords: ['closed'] },
  { id: 'reopening', color: '#1e8449', importWords: ['opened'] },
  { id: 'agreement', color: '#0072b2', importWords: [] },
  { id: 'treaty', color: '#154360', importWords: [] },
  { id: 'meeting', color: '#56b4e9', importWords: [] },
  { id: 'visit', color: '#cc79a7', importWords: [] },
  { id: 'infrastructure', color: '#8d6e63', importWords: [] },
  { id: 'other', color: '#7f8c8d', importWords: ['protests', 'strategicdevelopments'] },
]);
