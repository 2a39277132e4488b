import { parseSync } from 'rolldown/experimental';

/** A node of the ESTree-shaped tree rolldown's parser returns. */
export type SyntaxNode = { type?: string; [key: string]: unknown };

/**
 * Parses a source file and calls `visit` on every node, depth first. Throws on a file that does
 * not parse, so a check over the tree can never pass by reading nothing.
 */
export function walkSyntax(file: string, code: string, visit: (node: SyntaxNode) => void): void {
  const { program, errors } = parseSync(file, code);
  if (errors.length > 0) throw new Error(`${file} does not parse: ${errors[0]?.message}`);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) walk(n);
      return;
    }
    if (!node || typeof node !== 'object') return;
    visit(node as SyntaxNode);
    for (const [key, child] of Object.entries(node)) if (key !== 'parent') walk(child);
  };
  walk(program);
}
