/**
 * The source tree's import graph and the rules it must keep: every import points down (or sideways
 * within one layer) in the layer order, and nothing imports itself round a circle. Pure functions
 * over plain data, so the test can prove each rule catches a breach.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { type SyntaxNode, walkSyntax } from './syntaxTree';

/** A source file (path relative to src/, forward slashes) and the src files it imports. */
export type ImportGraph = Map<string, { target: string; specifier: string }[]>;

const CODE = /\.(ts|tsx|js|mjs)$/;

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? codeFiles(join(dir, d.name)) : CODE.test(d.name) ? [join(dir, d.name)] : [],
  );
}

/** Every module specifier a file names: static imports, re-exports, import() and new URL(…, import.meta.url). */
export function specifiersOf(file: string, code: string): string[] {
  const out: string[] = [];
  walkSyntax(file, code, (n) => {
    const source = n.source as SyntaxNode | undefined;
    const names = ['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'];
    if (names.includes(String(n.type)) && source?.type === 'Literal' && typeof source.value === 'string') out.push(source.value);
    if (n.type === 'NewExpression' && (n.callee as SyntaxNode | undefined)?.name === 'URL') {
      const first = (n.arguments as SyntaxNode[] | undefined)?.[0];
      if (first?.type === 'Literal' && typeof first.value === 'string') out.push(first.value);
    }
  });
  return out;
}

function resolveInSrc(fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(fromFile), specifier.replace(/\?.*$/, ''));
  for (const candidate of [base, ...['.ts', '.tsx', '.js', '.mjs'].map((e) => base + e), join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile() && CODE.test(candidate)) return candidate;
  }
  return null;
}

/** The import graph of every code file under `srcDir` (imports of styles, assets and packages left out). */
export function readImportGraph(srcDir: string): ImportGraph {
  const graph: ImportGraph = new Map();
  const name = (f: string) => relative(srcDir, f).split('\\').join('/');
  for (const file of codeFiles(srcDir)) {
    const edges = specifiersOf(file, readFileSync(file, 'utf8')).flatMap((specifier) => {
      const target = resolveInSrc(file, specifier);
      return target ? [{ target: name(target), specifier }] : [];
    });
    graph.set(name(file), edges);
  }
  return graph;
}

/** The module a file belongs to: its folder under src/, or '.' for the files at the top (App, main). */
export function moduleOf(file: string): string {
  return file.includes('/') ? (file.split('/')[0] as string) : '.';
}

/** Imports that reach a module the layer table does not know, or one in a higher layer. */
export function layerBreaches(graph: ImportGraph, layers: readonly (readonly string[])[]): string[] {
  const level = new Map(layers.flatMap((mods, i) => mods.map((m) => [m, i] as const)));
  const out: string[] = [];
  for (const [file, edges] of graph) {
    const from = level.get(moduleOf(file));
    if (from === undefined) {
      out.push(`${file}: its folder '${moduleOf(file)}' is in no layer; add it to the layer table`);
      continue;
    }
    for (const { target, specifier } of edges) {
      const to = level.get(moduleOf(target));
      if (to === undefined || to > from) {
        out.push(
          `${file} imports '${specifier}': ${moduleOf(file)} (layer ${from}) must not depend on ${moduleOf(target)} (layer ${to ?? '?'})`,
        );
      }
    }
  }
  return out;
}

/** Every circle of imports, each as the path that closes it (a → b → a). */
export function findCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    path.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of [...edges.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

/** File-to-file edges, and module-to-module edges (a module importing itself does not count). */
export function fileEdges(graph: ImportGraph): Map<string, string[]> {
  return new Map([...graph].map(([file, edges]) => [file, edges.map((e) => e.target)]));
}

export function moduleEdges(graph: ImportGraph): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const [file, edges] of graph) {
    const from = moduleOf(file);
    const targets = out.get(from) ?? new Set<string>();
    for (const { target } of edges) if (moduleOf(target) !== from) targets.add(moduleOf(target));
    out.set(from, targets);
  }
  return new Map([...out].map(([m, t]) => [m, [...t].sort()]));
}
