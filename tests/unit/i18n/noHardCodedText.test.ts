import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type SyntaxNode, walkSyntax } from '../../helpers/syntaxTree';

const SRC = join(__dirname, '../../../src');
/** Attributes a person reads or hears: their text must come from the message files too. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label', 'aria-valuetext']);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? tsxFiles(join(dir, d.name)) : d.name.endsWith('.tsx') ? [join(dir, d.name)] : [],
  );
}

/** Every JSX text with a letter in it, and every readable attribute given as a string literal. */
function hardCodedText(file: string, code = readFileSync(file, 'utf8')): string[] {
  const found: string[] = [];
  walkSyntax(file, code, (n) => {
    if (n.type === 'JSXText' && /\p{L}/u.test(String(n.value))) found.push(String(n.value).trim());
    if (n.type === 'JSXAttribute') {
      const name = (n.name as SyntaxNode | undefined)?.name;
      const value = n.value as SyntaxNode | null;
      if (
        typeof name === 'string' &&
        TEXT_ATTRIBUTES.has(name) &&
        value?.type === 'Literal' &&
        /\p{L}/u.test(String(value.value))
      ) {
        found.push(`${name}="${String(value.value)}"`);
      }
    }
  });
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
