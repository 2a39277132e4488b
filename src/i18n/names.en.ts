/*
 * Category and figure-metric names in English. They live apart from the rest of the interface
 * text because search matches them in all five languages at once (`searchNames.ts` loads them
 * eagerly) while a whole dictionary loads only for the interface language; `messages.en.ts`
 * spreads them in, so each name is written once.
 */
export const enNames = {
  'category.clash': 'Clash',
  'category.incident': 'Incident',
  'category.closure': 'Closure',
  'category.reopening': 'Reopening',
  'category.agreement': 'Agreement',
  'category.treaty': 'Treaty',
  'category.meeting': 'Meeting',
  'category.visit': 'Visit',
  'category.infrastructure': 'Infrastructure',
  'category.other': 'Other',
  'metric.killed': 'Killed',
  'metric.injured': 'Injured',
  'metric.displaced': 'Displaced',
  'metric.evacuated': 'Evacuated',
  'metric.other': 'Other',
} as const;

export type NameKey = keyof typeof enNames;
export type Names = Record<NameKey, string>;
