import type { CSSProperties, ReactNode } from 'react';
import { useT } from '../language/useT';
import { CATEGORIES } from '../model/category';
import { CATEGORY_COLORS } from '../model/palette';

/** One entry of a key: a swatch drawn like the thing it stands for, and its name. */
export function KeyItem({ swatch, style, children }: { swatch: string; style?: CSSProperties; children: ReactNode }) {
  return (
    <li>
      <span className={swatch} style={style} aria-hidden="true" />
      {children}
    </li>
  );
}

/** Every category with its colour, in the table's order. */
export function CategoryKeyItems({ swatch }: { swatch: string }) {
  const t = useT();
  return (
    <>
      {CATEGORIES.map((c) => (
        <KeyItem key={c} swatch={swatch} style={{ background: CATEGORY_COLORS[c] }}>
          {t(`category.${c}`)}
        </KeyItem>
      ))}
    </>
  );
}
