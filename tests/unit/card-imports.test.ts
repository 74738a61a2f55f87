import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** A module's imports, as written: static ones (loaded with it) and dynamic ones (`import()`, loaded later). */
function importsOf(file: string): { static: string[]; dynamic: string[] } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found = { static: [] as string[], dynamic: [] as string[] };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      // Erased from the build: `import type`, and imports whose every name is a type.
      const typeOnly =
        clause?.isTypeOnly ||
        (clause && !clause.name && named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) found.static.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      found.static.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [specifier] = node.arguments;
      if (specifier && ts.isStringLiteral(specifier)) found.dynamic.push(specifier.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The project file a specifier names (`@/…` is the project root), or the package module for a bare one. */
function resolveSpecifier(specifier: string, from: string): { file: string } | { packageModule: string } {
  if (/^(~~?|@@)\//.test(specifier)) throw new Error(`unhandled alias in ${from}: ${specifier}`);
  const local = specifier.startsWith('@/') ? resolve(ROOT, specifier.slice(2)) : specifier.startsWith('.') ? resolve(from, '..', specifier) : undefined;
  if (!local) return { packageModule: specifier };
  for (const candidate of [local, `${local}.ts`, `${local}.tsx`, `${local}/index.ts`, `${local}/index.tsx`]) {
    if (existsSync(candidate) && !candidate.endsWith('/') && /\.(tsx?|css|json)$/.test(candidate)) return { file: candidate };
  }
  throw new Error(`cannot resolve ${specifier} from ${from}`);
}

/**
 * Every project file an entry point loads with it, and every package module it imports (as written:
 * 'preact/hooks', 'wxt/browser'): its static imports, followed through the project's own files
 * (and, with `followDynamic`, its `import()`s too).
 */
function moduleGraph(entry: string, followDynamic = false): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    if (!/\.tsx?$/.test(file)) return;
    const imports = importsOf(file);
    for (const specifier of followDynamic ? [...imports.static, ...imports.dynamic] : imports.static) {
      const target = resolveSpecifier(specifier, file);
      if ('file' in target) visit(target.file);
      else packages.add(target.packageModule);
    }
  };
  visit(resolve(ROOT, entry));
  return { files: [...files].map((file) => relative(ROOT, file)).sort(), packages: [...packages].sort() };
}

describe('what the hover card’s frame loads', () => {
  const card = moduleGraph('entrypoints/card/main.tsx');

  it('carries no glossary: each card reads its term’s own file', () => {
    expect(card.files.filter((file) => file.startsWith('glossary/'))).toEqual([]);
    expect(card.files).toContain('components/card-files.ts');
    expect(card.packages).not.toContain('fuse.js');
  });

  it('leaves the screening check and risk estimate to an import() made when the check is opened', () => {
    const screening = (files: string[]) => files.filter((file) => file.startsWith('screening/') || file.startsWith('components/screening/'));
    // The form's styles are the card's own (a CSS file, no code).
    expect(screening(card.files)).toEqual(['components/screening/screening.css']);
    expect(card.packages).not.toContain('wxt/utils/storage');
    const withDynamic = moduleGraph('entrypoints/card/main.tsx', true);
    expect(withDynamic.files).toContain('components/screening/ScreeningPanel.tsx');
    expect(withDynamic.files).toContain('screening/risk-model.ts');
  });

  it('would see the glossary if it were imported: the popup, which searches it, does', () => {
    const popup = moduleGraph('entrypoints/popup/main.tsx');
    expect(popup.files).toContain('glossary/index.ts');
    expect(popup.files).toContain('components/screening/ScreeningPanel.tsx');
    expect(popup.packages).toContain('fuse.js');
  });
});
