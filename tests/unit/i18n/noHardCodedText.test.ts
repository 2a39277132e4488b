import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSync } from 'rolldown/experimental';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '../../../src');
/** Attributes a person reads or hears: their text must come from the message files too. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label', 'aria-valuetext']);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? tsxFiles(join(dir, d.name)) : d.name.endsWith('.tsx') ? [join(dir, d.name)] : [],
  );
}

type Node = { type?: string; [key: string]: unknown };

/** Every JSX text with a letter in it, and every readable attribute given as a string literal. */
function hardCodedText(file: string, code = readFileSync(file, 'utf8')): string[] {
  const { program, errors } = parseSync(file, code);
  if (errors.length > 0) throw new Error(`${file} does not parse: ${errors[0]?.message}`);
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (n.type === 'JSXText' && /\p{L}/u.test(String(n.value))) found.push(String(n.value).trim());
    if (n.type === 'JSXAttribute') {
      const name = (n.name as Node | undefined)?.name;
      const value = n.value as Node | null;
      if (
        typeof name === 'string' &&
        TEXT_ATTRIBUTES.has(name) &&
        value?.type === 'Literal' &&
        /\p{L}/u.test(String(value.value))
      ) {
        found.push(`${name}="${String(value.value)}"`);
      }
    }
    for (const [key, child] of Object.entries(n)) if (key !== 'parent') visit(child);
  };
  visit(program);
  return found;
}

describe('no hard-coded interface text', () => {
  const files = tsxFiles(SRC);

  it('finds the components to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('catches a hard-coded string when there is one', () => {
    const code = "const a = <button title=\"Close\" aria-label={t('x')}>Close {t('y')} 12 </button>;";
    expect(hardCodedText('x.tsx', code)).toEqual(['title="Close"', 'Close']);
  });

  it.each(files.map((f) => [relative(SRC, f), f]))('%s takes all its text from the message files', (_name, file) => {
    expect(hardCodedText(file)).toEqual([]);
  });
});
