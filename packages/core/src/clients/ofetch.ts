// @errs/core/ofetch: hooks after which every failing ofetch call rejects with the catalog's error.
// ofetch is not imported: the hooks are plain functions of its shape.
import type { Catalog } from '../catalog-type.js';
import type { ClientOptions } from './shared.js';
import { clientError, traceFor } from './shared.js';

export type { ClientOptions } from './shared.js';

/** What ofetch hands its hooks (the parts errs reads). */
export interface OfetchContext {
  readonly request: unknown;
  readonly options: { readonly method?: string; readonly retry?: number | false; readonly retryStatusCodes?: readonly number[]; readonly timeout?: number };
  readonly response?: Response & { readonly _data?: unknown };
  readonly error?: Error;
}

/** The hooks {@link errsHooks} gives: `ofetch.create({ ...errsHooks(catalog) })`. */
export interface OfetchHooks {
  onRequestError(context: OfetchContext): Promise<void>;
  onResponseError(context: OfetchContext): Promise<void>;
}

// ofetch 1's defaults: the statuses it retries, and the methods it does not retry unless told.
const RETRY_STATUS = [408, 409, 425, 429, 500, 502, 503, 504];
const PAYLOAD = new Set(['PATCH', 'POST', 'PUT', 'DELETE']);
const PACKAGES = ['ofetch'];

/**
 * Whether ofetch will retry after this hook, by ofetch's own rule: its hooks run before it decides,
 * and a hook that throws ends the call without a retry. So errs lets through an error ofetch will
 * retry, and throws on the attempt ofetch would not.
 */
function ofetchRetries({ options, response, error }: OfetchContext): boolean {
  if (options.retry === false) return false;
  // A user's abort is never retried; an abort by ofetch's own timeout is.
  if (error?.name === 'AbortError' && !options.timeout) return false;
  const retries = typeof options.retry === 'number' ? options.retry : PAYLOAD.has((options.method ?? 'GET').toUpperCase()) ? 0 : 1;
  // ofetch counts a request without a response as a 500.
  const status = response?.status ?? 500;
  return retries > 0 && (Array.isArray(options.retryStatusCodes) ? options.retryStatusCodes : RETRY_STATUS).includes(status);
}

/**
 * ofetch hooks, for `ofetch.create({ ...errsHooks(catalog) })`: a failing call rejects with the
 * catalog's error, the one `catalog.fromError` gives for ofetch's FetchError of the same response
 * (its body as ofetch already read it), or `UNAVAILABLE` / `DEADLINE_EXCEEDED` / `CANCELLED` without
 * one. Its stack starts at your call.
 *
 * ofetch runs these hooks before it decides on a retry, and a hook that throws ends the call: so they
 * let an error through while ofetch will retry it (by ofetch's `retry`, `retryStatusCodes` and method
 * rules), and throw the catalog's error on the attempt it would not retry. ofetch has made no
 * FetchError by then: the `cause` is the Response, or fetch's own error when no response came.
 */
export function errsHooks(catalog: Catalog, options: ClientOptions = {}): OfetchHooks {
  async function onResponseError(context: OfetchContext): Promise<void> {
    if (ofetchRetries(context)) return;
    const trace = traceFor(options, onResponseError, PACKAGES);
    const { response } = context;
    // As ofetch's FetchError carries it: the response and the body it read (`data`).
    throw await clientError(catalog, { response, data: response?._data }, { ...options, cause: response, trace });
  }
  async function onRequestError(context: OfetchContext): Promise<void> {
    if (ofetchRetries(context)) return;
    const trace = traceFor(options, onRequestError, PACKAGES);
    throw await clientError(catalog, context.error, { ...options, cause: context.error, trace });
  }
  return { onRequestError, onResponseError };
}
