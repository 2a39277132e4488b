/**
 * Spellings of place names that the fold in searchFold cannot bring together, because the vowels
 * or the whole name differ: older romanisations and former names. Keyed by the skeleton of the
 * place's English name; each variant is indexed with the place, so any event naming it is found.
 * Keep it small: the fold and the fuzzy match cover ordinary misspellings.
 */
export const NAME_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  // The older French-style and Russian romanisations of Ходжент, and the Soviet-era name (1936–1991).
  hujand: ['Khodjent', 'Khodzhent', 'Leninabad'],
  // Batken as Tajik writes it.
  batken: ['Ботканд'],
};
