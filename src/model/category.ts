import { CATEGORY_TABLE } from './categoryTable.js';

export type Category = (typeof CATEGORY_TABLE)[number]['id'];

/** Category ids in display order. */
export const CATEGORIES: readonly Category[] = CATEGORY_TABLE.map((c) => c.id);

/** Where an imported word matches no category: the row's own words stay in its title. */
export const FALLBACK_CATEGORY: Category = 'other';

export const CATEGORY_COLORS = Object.fromEntries(CATEGORY_TABLE.map((c) => [c.id, c.color])) as Record<Category, string>;

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

/** The categories whose ticks mark the density strip: the milestones of the record. */
export const MILESTONE_CATEGORIES: readonly Category[] = ['treaty', 'agreement'];

const BY_IMPORT_WORD = new Map<string, Category>(CATEGORY_TABLE.flatMap((c) => c.importWords.map((w) => [w, c.id] as const)));

/** The category a folded word names (its own id, or one of its import words), else the fallback. */
export function categoryForWord(folded: string): Category {
  if (isCategory(folded)) return folded;
  return BY_IMPORT_WORD.get(folded) ?? FALLBACK_CATEGORY;
}

/** The CSS custom property that carries a category's colour (`--category-clash`). */
export function categoryColorVar(category: Category): string {
  return `--category-${category}`;
}
