export const GLYPH_DIR: string;
export const GLYPH_STACKS: ReadonlyArray<{ name: string; weight: number }>;
export const GLYPH_SUBSETS: readonly string[];
export const GLYPH_LAST_CODE_POINT: number;
export const GLYPH_SDF: { fontSize: number; buffer: number; radius: number; cutoff: number };
export const GLYPH_TOP_ADJUST: number;
