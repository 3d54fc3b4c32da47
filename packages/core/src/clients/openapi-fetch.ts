// @errs/core/openapi-fetch: a middleware after which a client's calls reject with the catalog's error.
// openapi-fetch is not imported: the middleware is a plain object of its shape.
import type { Catalog } from '../catalog-type.js';
import type { ClientOptions } from './shared.js';
import { clientError, isFailure, traceFor } from './shared.js';


export type { ClientOptions } from './shared.js';

/** The middleware {@link errsMiddleware} gives: openapi-fetch's `Middleware` shape. */
export interface ErrsMiddleware {
  onResponse(params: { readonly response: Response }): Promise<undefined>;
  onError(params: { readonly error: unknown }): Promise<Error>;
}

const PACKAGES = ['openapi-fetch'];

/**
 * openapi-fetch middleware, for `client.use(errsMiddleware(catalog))`: a call whose response is a
 * 4xx or 5xx rejects with the catalog's error (instead of resolving with `{ error, response }`), the
 * body read once, by `catalog.fromError`, the Response as `cause`; a call without a response rejects
 * with `UNAVAILABLE`, `DEADLINE_EXCEEDED` or `CANCELLED`, fetch's error as `cause`. Any other response
 * goes on as openapi-fetch gives it.
 *
 * Register it first: openapi-fetch runs `onResponse` from the last middleware registered back to the
 * first, so the others (a retry, a token refresh) see the response before errs ends the call.
 */
export function errsMiddleware(catalog: Catalog, options: ClientOptions = {}): ErrsMiddleware {
  async function onResponse({ response }: { readonly response: Response }): Promise<undefined> {
    if (!isFailure(response.status)) return undefined;
    const trace = traceFor(options, onResponse, PACKAGES);
    throw await clientError(catalog, response, { ...options, cause: response, trace });
  }
  // Returned, not thrown: openapi-fetch hands it to the middleware registered before, then throws it.
  async function onError({ error }: { readonly error: unknown }): Promise<Error> {
    const trace = traceFor(options, onError, PACKAGES);
    return clientError(catalog, error, { ...options, cause: error, trace });
  }
  return { onResponse, onError };
}
