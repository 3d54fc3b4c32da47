// Loading a team's catalog module: .js, .mjs and .cjs by Node itself, TypeScript through tsx, and
// finding the catalogs it exports.
import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Catalog } from '@errs/core';
import { UsageError } from './usage.js';

const TYPESCRIPT = new Set(['.ts', '.mts', '.cts', '.tsx']);

/** `./catalog.ts#acme` -> the file and the export named (undefined: find them). */
export function splitSpecifier(specifier: string): { file: string; name: string | undefined } {
  const hash = specifier.lastIndexOf('#');
  if (hash <= 0) return { file: specifier, name: undefined };
  const name = specifier.slice(hash + 1);
  return { file: specifier.slice(0, hash), name: name === '' ? undefined : name };
}

/**
 * A module's namespace, by its path from `cwd`. TypeScript goes through tsx's `tsImport` on every
 * Node version: Node 20 cannot strip types, and Node's own stripping (22.18+) does not map a
 * `./envelope.js` import to `envelope.ts` as tsc and bundlers do, which catalogs written for tsc use.
 */
export async function loadModule(file: string, cwd: string): Promise<Record<string, unknown>> {
  const path = resolve(cwd, file);
  if (!existsSync(path)) throw new UsageError(`cannot find the module ${file} (looked for ${path})`);
  const url = pathToFileURL(path).href;
  try {
    if (TYPESCRIPT.has(extname(path))) {
      const { tsImport } = await import('tsx/esm/api');
      return (await tsImport(url, import.meta.url)) as Record<string, unknown>;
    }
    return (await import(url)) as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(`cannot load ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Whether a value is an errs catalog (what `defineCatalog` gives), from any copy of @errs/core. */
export function isCatalog(value: unknown): value is Catalog {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c.vendor === 'string' &&
    Array.isArray(c.codes) &&
    typeof c.envelope === 'object' &&
    c.envelope !== null &&
    ['get', 'create', 'encode', 'parse', 'safeParse'].every((method) => typeof c[method] === 'function')
  );
}

/** A module's exports by name: a CommonJS module's `module.exports` object counts as its exports. */
function exportsOf(namespace: Record<string, unknown>): Map<string, unknown> {
  const out = new Map<string, unknown>(Object.entries(namespace));
  const fallback = namespace.default;
  if (typeof fallback === 'object' && fallback !== null && !isCatalog(fallback)) {
    for (const [name, value] of Object.entries(fallback)) if (!out.has(name)) out.set(name, value);
  }
  return out;
}

/** The catalogs a module exports, by export name: the one named, or every one (each once). */
export function catalogsOf(namespace: Record<string, unknown>, file: string, name: string | undefined): { name: string; catalog: Catalog }[] {
  const exports = exportsOf(namespace);
  if (name !== undefined) {
    if (!exports.has(name)) {
      const found = catalogsOf(namespace, file, undefined).map((c) => c.name);
      throw new UsageError(`${file} has no export ${JSON.stringify(name)}${found.length ? `; its catalogs: ${found.join(', ')}` : ''}`);
    }
    const value = exports.get(name);
    if (!isCatalog(value)) throw new UsageError(`${file}#${name} is not an errs catalog (defineCatalog gives one); it is ${describe(value)}`);
    return [{ name, catalog: value }];
  }
  const seen = new Set<unknown>();
  const found: { name: string; catalog: Catalog }[] = [];
  // A named export names a catalog better than `default`: take those first.
  for (const [key, value] of [...exports].sort(([a], [b]) => Number(a === 'default') - Number(b === 'default'))) {
    if (!isCatalog(value) || seen.has(value)) continue;
    seen.add(value);
    found.push({ name: key, catalog: value });
  }
  if (found.length === 0) {
    const names = [...exports.keys()];
    throw new UsageError(
      `${file} exports no errs catalog (${names.length ? `its exports: ${names.join(', ')}` : 'it exports nothing'}); export the value defineCatalog gives, as in \`export const acme = defineCatalog({ ... })\``,
    );
  }
  return found;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : type === 'undefined' ? 'undefined' : `a ${type}`;
}
