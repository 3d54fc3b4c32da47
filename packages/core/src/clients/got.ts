// @errs/core/got: hooks after which every failing got call rejects with the catalog's error. got is
// not imported: the hooks are plain functions of its shape.
import type { Catalog } from '../catalog-type.js';
import type { ClientOptions, Trace } from './shared.js';
import { clientError, traceFor } from './shared.js';

export type { ClientOptions } from './shared.js';

/** The hooks {@link errsHooks} gives: `got.extend({ hooks: errsHooks(catalog) })`. */
export interface GotHooks {
  init: ((init: unknown, options: object) => void)[];
  beforeError: ((error: Error & { readonly options?: unknown }) => Promise<Error>)[];
}

const PACKAGES = ['got'];

/**
 * got hooks, for `got.extend({ hooks: errsHooks(catalog) })`: a failing call rejects with the
 * catalog's error, the one `catalog.fromError` gives for got's error (an HTTPError, or
 * `UNAVAILABLE` / `DEADLINE_EXCEEDED` / `CANCELLED` without a response), got's error as `cause`.
 *
 * got calls `beforeError` once, after its retries (its `retry` settings, Retry-After included, are
 * untouched), and not at all for an HTTP error with `throwHttpErrors: false`, which resolves. got
 * hands the error a hook returns to the caller since 14.6; before, it wrapped any error that is not
 * its own RequestError in one (the catalog's error is then that RequestError's `cause`). got emits
 * its errors from events, where no frame of the call is left: the `init` hook takes the stack at your
 * call instead.
 */
export function errsHooks(catalog: Catalog, options: ClientOptions = {}): GotHooks {
  const traces = new WeakMap<object, Trace>();
  // got runs init hooks in the call (got(url), got.get(url)), so this stack still has the caller's frame.
  function init(_init: unknown, gotOptions: object): void {
    const trace = traceFor(options, init, PACKAGES);
    if (trace !== undefined) traces.set(gotOptions, trace);
  }
  async function beforeError(error: Error & { readonly options?: unknown }): Promise<Error> {
    const at = typeof error.options === 'object' && error.options !== null ? traces.get(error.options) : undefined;
    const trace = at ?? traceFor(options, beforeError, PACKAGES);
    return clientError(catalog, error, { ...options, cause: error, trace });
  }
  return { init: [init], beforeError: [beforeError] };
}
