import type { Category } from '../model/category';
import { CATEGORY_COLORS } from '../model/palette';

/** The category's colour beside its name; decoration only, the name says it. */
export function CategorySwatch({ category, className = 'event-swatch' }: { category: Category; className?: string }) {
  return <span className={className} style={{ background: CATEGORY_COLORS[category] }} aria-hidden="true" />;
}
