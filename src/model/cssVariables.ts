/*
 * The palette and the breakpoint as CSS sees them. vite.config.ts serves paletteCss() as
 * `virtual:palette.css` and runs every stylesheet through resolveCustomMedia(), so the stylesheets
 * name colours and the breakpoint without repeating their values. The config loads this file (and
 * what it imports) outside the app's bundler, so imports here name their files in full.
 */
import { CATEGORIES, categoryColorVar } from './category.ts';
import { NARROW_QUERY } from './layout.ts';
import { CATEGORY_COLORS, MAP_COLORS, STATUS_COLORS } from './palette.ts';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Every palette colour as [custom property, colour]: `--category-<id>`, `--status-<name>`, `--map-<name>`. */
export function paletteProperties(): [string, string][] {
  return [
    ...CATEGORIES.map((c): [string, string] => [categoryColorVar(c), CATEGORY_COLORS[c]]),
    ...Object.entries(STATUS_COLORS).map(([name, colour]): [string, string] => [`--status-${kebab(name)}`, colour]),
    ...Object.entries(MAP_COLORS).map(([name, colour]): [string, string] => [`--map-${kebab(name)}`, colour]),
  ];
}

/** The stylesheet that declares the palette's custom properties. */
export function paletteCss(): string {
  const lines = paletteProperties().map(([property, colour]) => `  ${property}: ${colour};`);
  return `:root {\n${lines.join('\n')}\n}\n`;
}

/*
 * Browsers do not support @custom-media yet, so `@media (--narrow)` is written out at build time.
 * An unknown name throws: left in place, it would be a query that never matches, silently.
 */
const CUSTOM_MEDIA: Readonly<Record<string, string>> = { '--narrow': NARROW_QUERY };

/** The CSS with each `(--name)` in an @media prelude replaced by the query it stands for. */
export function resolveCustomMedia(css: string): string {
  return css.replace(/@media[^{;]*/g, (prelude) =>
    prelude.replace(/\(\s*(--[\w-]+)\s*\)/g, (_, name: string) => {
      const query = CUSTOM_MEDIA[name];
      if (query === undefined) throw new Error(`Unknown custom media ${name} in "${prelude.trim()}"`);
      return query;
    }),
  );
}
