// Example errors of a catalog: one per top-level code, built the same way on every call (params from
// the code's schema, a fixed request id), so that documents made from them are byte-stable.
import { lookup } from './lookup.js';
import type { CatalogOf, CreatedError } from '../catalog-type.js';
import type { CodeOf, ErrorDefs, ParamsInput, TopCode } from '../definition.js';
import type { ErrsError } from '../error.js';
import { EXAMPLE_UUID, exampleParams } from '../testing/examples.js';

/** One example error per top-level code, typed per code (a union over the catalog's codes). */
export type ExampleError<E extends ErrorDefs> = string extends CodeOf<E>
  ? ErrsError & { readonly known: true }
  : { [C in TopCode<E>]: CreatedError<E, C> }[TopCode<E>];

/** Options of {@link exampleErrors}. */
export interface ExampleOptions<E extends ErrorDefs> {
  /** The codes to make, in this order (default: every top-level code, in the catalog's order). Nested codes are left out. */
  readonly codes?: readonly CodeOf<E>[] | undefined;
  /**
   * Params of codes whose schema `exampleParams` cannot build a value for (a refinement, a kind it
   * does not know), or that you want shown: code -> params (as verifyCatalog's `params` option).
   */
  readonly params?: ExampleParams<E> | undefined;
}

/** Params per code, as `create` takes them. */
export type ExampleParams<E extends ErrorDefs> = string extends CodeOf<E>
  ? Readonly<Record<string, Readonly<Record<string, unknown>>>>
  : { readonly [C in CodeOf<E>]?: ParamsInput<E, C> };

/**
 * The example error of every top-level code of a catalog, in its order: what `create` gives for the
 * code with params built from the code's schema (`exampleParams`: no randomness) and the request id
 * `EXAMPLE_UUID`. Typed per code, with no cast: loop over them to make fixtures, mocks or documents.
 *
 * ```ts
 * for (const error of exampleErrors(acme)) console.log(error.code, acme.encode(error).body);
 * ```
 *
 * Throws a TypeError naming a code of `codes` that the catalog lacks, or whose params schema has no
 * deterministic example (see `exampleOf` of `@errs/core/testing`) and `params` gives none.
 */
export function exampleErrors<V extends string, E extends ErrorDefs>(catalog: CatalogOf<V, E>, options: ExampleOptions<E> = {}): ExampleError<E>[] {
  const out: ExampleError<E>[] = [];
  const given: Readonly<Record<string, unknown>> = options.params ?? {};
  for (const code of selectCodes(catalog, options.codes)) {
    const info = lookup(catalog, code);
    if (info === undefined || info.nested) continue;
    let params = Object.hasOwn(given, code) ? given[code] : undefined;
    if (params === undefined) {
      try {
        params = exampleParams(info);
      } catch (error) {
        throw new TypeError(`${catalog.vendor}: no example params for ${code} (${(error as Error).message}); give them in options.params`, { cause: error });
      }
    }
    // The wide view of `create`: the code is a run-time value here, its params checked by its schema.
    const create = catalog.create as (code: string, params: unknown, options: { requestId: string }) => ExampleError<E>;
    out.push(create(code, params, { requestId: EXAMPLE_UUID }));
  }
  return out;
}

/** The codes an option names (each checked against the catalog), or every code of the catalog. */
export function selectCodes(catalog: { readonly vendor: string; readonly codes: readonly string[] }, codes: readonly string[] | undefined): readonly string[] {
  if (codes === undefined) return catalog.codes;
  const known = new Set(catalog.codes);
  const missing = codes.filter((code) => !known.has(code));
  if (missing.length > 0) {
    throw new TypeError(`${catalog.vendor} has no code ${missing.map((c) => JSON.stringify(c)).join(', ')} (codes option)`);
  }
  return codes;
}
