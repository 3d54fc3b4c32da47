// @errs/core/axios: every failing axios call rejects with the catalog's error. axios is not imported:
// the interceptor is a plain `onRejected`.
import type { Catalog } from '../catalog-type.js';
import type { ClientOptions } from './shared.js';
import { clientError, traceFor } from './shared.js';

export type { ClientOptions } from './shared.js';

/**
 * axios's `onRejected`, for `instance.interceptors.response.use(undefined, errsInterceptor(catalog))`:
 * every call of that instance rejects with the catalog's error, the one `catalog.fromError` gives
 * for the AxiosError (an HTTP error, or `UNAVAILABLE` / `DEADLINE_EXCEEDED` / `CANCELLED` without a
 * response), with the AxiosError as `cause` and a stack that starts at your call.
 *
 * Register it after axios-retry and any interceptor that reads axios's own error: interceptors run in
 * the order registered, and axios-retry re-runs the whole chain per attempt, so each retry's final
 * error arrives here already mapped and passes through unchanged. A success is never touched.
 */
export function errsInterceptor(catalog: Catalog, options: ClientOptions = {}): (error: unknown) => Promise<never> {
  const onRejected = async (error: unknown): Promise<never> => {
    const trace = traceFor(options, onRejected, ['axios', 'axios-retry']);
    throw await clientError(catalog, error, { ...options, cause: error, trace });
  };
  return onRejected;
}
