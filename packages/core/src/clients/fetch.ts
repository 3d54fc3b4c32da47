// @errs/core/fetch: a fetch whose promise rejects with the catalog's error. No Node built-in: it runs
// wherever fetch does (browsers, workers, Deno, Bun, Node).
import type { Catalog } from '../catalog-type.js';
import { traceAt } from '../stack.js';
import type { ClientOptions } from './shared.js';
import { clientError, isFailure } from './shared.js';

export type { ClientOptions } from './shared.js';

/** The signature of `fetch`. */
export type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** Options of {@link errsFetch}: those of `fromError`, and the fetch to call. */
export interface ErrsFetchOptions extends ClientOptions {
  /** The fetch to call (default: the global `fetch`, looked up at each call). */
  readonly fetch?: Fetch;
}


/**
 * A `fetch` that rejects with the catalog's error where fetch would resolve with a 4xx or 5xx
 * response (read once, by `catalog.fromError`, the Response as `cause`) or reject because no
 * response came (`UNAVAILABLE`, `DEADLINE_EXCEEDED`, `CANCELLED`, fetch's error as `cause`). Other
 * responses resolve as fetch gives them. The error's stack starts at your call.
 *
 * `const fetch = errsFetch(catalog)`; `errsFetch(catalog, { fetch: myFetch })` wraps another fetch.
 */
export function errsFetch(catalog: Catalog, options: ErrsFetchOptions = {}): Fetch {
  const { fetch: given, ...read } = options;
  const errsFetchCall = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const trace = read.stack === false ? undefined : traceAt(errsFetchCall);
    // Called as a plain function: a browser's fetch refuses any other `this` than the global one.
    const run = given ?? globalThis.fetch;
    let response: Response;
    try {
      response = await run(input, init);
    } catch (thrown) {
      throw await clientError(catalog, thrown, { ...read, cause: thrown, trace });
    }
    if (isFailure(response.status)) throw await clientError(catalog, response, { ...read, cause: response, trace });
    return response;
  };
  return errsFetchCall;
}
