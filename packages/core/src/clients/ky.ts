// @errs/core/ky: hooks after which every failing ky call rejects with the catalog's error, for ky 1
// and ky 2. ky is not imported: the hooks are plain functions of both majors' shapes.
import type { Catalog } from '../catalog-type.js';
import type { ClientOptions } from './shared.js';
import { clientError, traceFor } from './shared.js';

export type { ClientOptions } from './shared.js';

/** ky's `beforeError` hook, as ky 2 (one state object, every error) and ky 1 (the HTTPError, and its state) call it. */
export interface KyBeforeErrorHook {
  (state: { readonly error: Error }): Promise<Error>;
  // ky 1's types ask for the HTTPError back; what it throws is whatever the hook returns.
  <E extends Error>(error: E, state: { readonly retryCount: number }): Promise<E>;
}

/** ky's `beforeRetry` hook (ky 1 and 2). */
export type KyBeforeRetryHook = (state: { readonly error: Error }) => Promise<void>;

/** The hooks {@link errsHooks} gives: `ky.create({ hooks: errsHooks(catalog) })`. */
export interface KyHooks {
  beforeError: KyBeforeErrorHook[];
  beforeRetry: KyBeforeRetryHook[];
}

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null;
const PACKAGES = ['ky'];

/**
 * Whether ky 1 will retry this HTTPError, by ky 1's own rules: ky 1 calls `beforeError` before it
 * decides, and decides on the error the hook returns. Without a `shouldRetry` of the user's it retries
 * any error that is no HTTPError, so a mapped 404 would be retried: the hooks hand ky 1 its own error
 * while it retries, and map the one it will not.
 */
function kyOneRetries(error: Obj, state: unknown): { retries: boolean; userDecides: boolean } {
  const retry = isObject(error.options) ? error.options.retry : undefined;
  const count = isObject(state) ? state.retryCount : undefined;
  if (!isObject(retry) || typeof count !== 'number') return { retries: false, userDecides: false };
  // The user's shouldRetry decides, on the catalog's error (status and retryAfterMs are on it).
  if (typeof retry.shouldRetry === 'function') return { retries: false, userDecides: true };
  const request = isObject(error.request) ? error.request : {};
  const response = isObject(error.response) ? error.response : {};
  const method = typeof request.method === 'string' ? request.method.toLowerCase() : '';
  const status = response.status;
  const has = (list: unknown, value: unknown) => Array.isArray(list) && list.includes(value);
  let retries = typeof retry.limit === 'number' && count + 1 <= retry.limit && has(retry.methods, method) && has(retry.statusCodes, status);
  if (retries && status === 413) {
    // ky 1 retries a 413 only when the server says when (Retry-After).
    const headers = response.headers as { get?: (name: string) => string | null } | undefined;
    retries = typeof headers?.get === 'function' && headers.get('retry-after') !== null && has(retry.afterStatusCodes, 413);
  }
  return { retries, userDecides: false };
}

/**
 * ky hooks, for `ky.create({ hooks: errsHooks(catalog) })` (or `ky.extend`): a failing call rejects
 * with the catalog's error, the one `catalog.fromError` gives for ky's error, with ky's error as
 * `cause` and a stack that starts at your call.
 *
 * - ky 2 calls `beforeError` once, after its retries, for every error (network failures and
 *   timeouts too: `UNAVAILABLE`, `DEADLINE_EXCEEDED`, `CANCELLED`), with the body already read.
 * - ky 1 calls it only for an HTTPError, and before it decides on a retry: errs keeps ky 1's own
 *   error while ky 1 retries it (its Retry-After honoured), and maps the error ky 1 will not retry.
 *   ky 1 retries any error that is no HTTPError, so for one it would not retry (a 404 of a GET) it
 *   first waits its backoff (0.3 s by default), then `beforeRetry` stops it: no second request is
 *   sent. With a `retry.shouldRetry` of yours, ky 1 asks it about the catalog's error instead.
 *   ky 1 throws network failures and timeouts without calling any hook: read them with
 *   `catalog.fromError(e)`.
 */
export function errsHooks(catalog: Catalog, options: ClientOptions = {}): KyHooks {
  // Errors mapped for ky 1 that ky 1 would not have retried: beforeRetry ends their retry.
  const final = new WeakSet<object>();
  async function beforeError(first: unknown, state?: unknown): Promise<unknown> {
    const kyOne = isObject(first) && typeof first.name === 'string' && typeof first.message === 'string';
    let error: unknown = first;
    let userDecides = false;
    if (kyOne) {
      const decision = kyOneRetries(first, state);
      if (decision.retries) return first;
      userDecides = decision.userDecides;
    } else if (isObject(first)) {
      error = first.error;
    }
    const trace = traceFor(options, beforeError, PACKAGES);
    const mapped = await clientError(catalog, error, { ...options, cause: error, trace });
    if (kyOne && !userDecides) final.add(mapped);
    return mapped;
  }
  const beforeRetry = ({ error }: { readonly error: Error }): Promise<void> => (final.has(error) ? Promise.reject(error) : Promise.resolve());
  return { beforeError: [beforeError as KyBeforeErrorHook], beforeRetry: [beforeRetry] };
}
