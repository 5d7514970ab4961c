import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Packages a framework-free file must not load, itself or through anything it imports. */
export const FRAMEWORK_PACKAGE = /^(@nestjs\/|typeorm(\/|$))/;

/** A framework package reached from a file: the files passed through, from the file itself to the one importing the package. */
export interface FrameworkImport {
  via: string[];
  specifier: string;
}

export interface ImportGraphOptions {
  /** Directory the `#…` targets and the reported paths are relative to. */
  rootDir: string;
  /** package.json "imports": each `#…` specifier resolves to its `development` (source) target. */
  packageImports: Record<string, { development: string }>;
}

/**
 * The static import graph of TypeScript sources, as Node loads it at run time: type-only imports and exports are
 * left out because the compiler erases them, so a rule file may name a type declared next to a Nest DTO.
 */
export class ImportGraph {
  constructor(private readonly options: ImportGraphOptions) {}

  /** Every framework package `file` loads, with the shortest chain of files leading to it. */
  frameworkImportsFrom(file: string): FrameworkImport[] {
    const start = path.resolve(this.options.rootDir, file);
    const reachedFrom = new Map<string, string | undefined>([[start, undefined]]);
    const found: FrameworkImport[] = [];
    const queue = [start];
    for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
      for (const specifier of runtimeSpecifiers(current)) {
        if (FRAMEWORK_PACKAGE.test(specifier)) {
          found.push({ via: this.chainTo(current, reachedFrom), specifier });
          continue;
        }
        const next = this.resolve(specifier, current);
        if (next === undefined || reachedFrom.has(next)) continue;
        reachedFrom.set(next, current);
        queue.push(next);
      }
    }
    return found;
  }

  /** The source file a specifier names, or `undefined` for a package (other than a framework one, it is not followed). */
  private resolve(specifier: string, importer: string): string | undefined {
    if (specifier.startsWith('#')) {
      const target = this.options.packageImports[specifier];
      if (target === undefined) throw new Error(`${importer}: ${specifier} is not in package.json "imports"`);
      return path.resolve(this.options.rootDir, target.development);
    }
    if (!specifier.startsWith('.')) return undefined;
    const base = path.resolve(path.dirname(importer), specifier);
    const candidates = [base.replace(/\.js$/, '.ts'), `${base}.ts`, path.join(base, 'index.ts'), base];
    const source = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    if (source === undefined) throw new Error(`${importer}: cannot resolve ${specifier}`);
    return source;
  }

  private chainTo(file: string, reachedFrom: Map<string, string | undefined>): string[] {
    const chain: string[] = [];
    for (let step: string | undefined = file; step !== undefined; step = reachedFrom.get(step)) {
      chain.unshift(path.relative(this.options.rootDir, step));
    }
    return chain;
  }
}

/** The module specifiers a file loads when it runs: imports and re-exports that are not type-only, and literal dynamic imports. */
export function runtimeSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && loadsAtRunTime(node.importClause)) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier !== undefined && ts.isStringLiteral(node.moduleSpecifier) && !exportIsTypeOnly(node)) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument !== undefined && ts.isStringLiteralLike(argument)) specifiers.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

function loadsAtRunTime(clause: ts.ImportClause | undefined): boolean {
  if (clause === undefined) return true;
  if (clause.isTypeOnly) return false;
  if (clause.name !== undefined) return true;
  const bindings = clause.namedBindings;
  if (bindings === undefined || ts.isNamespaceImport(bindings)) return true;
  return bindings.elements.length === 0 || bindings.elements.some((element) => !element.isTypeOnly);
}

function exportIsTypeOnly(declaration: ts.ExportDeclaration): boolean {
  if (declaration.isTypeOnly) return true;
  const clause = declaration.exportClause;
  return clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((element) => element.isTypeOnly);
}
