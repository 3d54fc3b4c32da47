import type { Catalog, ErrorInfo } from '../index.js';

/**
 * `catalog.get` for a code known only at run time, in code generic over the catalog (where `get`'s
 * compile-time check of a literal code cannot resolve): every catalog is a `Catalog`.
 */
export function lookup(catalog: Catalog, code: string): ErrorInfo | undefined {
  return catalog.get(code);
}
